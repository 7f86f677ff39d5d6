#include "networkgatewaycall.h"

#include "eventloop.h"
#include "gatewaylogging.h"
#include "oneshotbodydevice.h"
#include "secretstring.h"
#include "transporterror.h"

#include <QNetworkReply>

namespace {

using namespace Qt::StringLiterals;
using Kind = GatewayError::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return u"gateway error"_s;
    case Kind::MalformedResponse:
        return u"malformed answer"_s;
    case Kind::HttpStatus:
        return u"HTTP status"_s;
    case Kind::ResponseTooLarge:
        return u"answer too large"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Network:
        return u"network error"_s;
    case Kind::Tls:
        return u"TLS error"_s;
    case Kind::InsecureEndpoint:
        return u"insecure endpoint"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::InvalidRequest:
        return u"invalid request"_s;
    }
    return u"error"_s;
}

} // namespace

NetworkGatewayCall::NetworkGatewayCall(ApiGeneration generation, const QUrl &url, QObject *parent)
    : GatewayCall(parent), m_generation(generation), m_url(url)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { stopNow(Stop::TimedOut); });
    m_deadlineTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early; a promised limit should hold to the millisecond.
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { stopNow(Stop::DeadlinePassed); });
    m_elapsed.start();
}

NetworkGatewayCall::~NetworkGatewayCall()
{
    if (m_reply) {
        // Dropped while running: stop quietly. Deleting the reply at once (not later) also drops
        // QNAM's queued start of it, so a request dropped early never leaves.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        delete m_reply;
    }
    wipeBytes(m_answer);
}

void NetworkGatewayCall::start(QNetworkReply *reply, const OneShotBodyDevice *body,
                               std::chrono::milliseconds idleTimeout,
                               std::chrono::milliseconds deadline)
{
    m_reply = reply;
    m_body = body;
    m_idleTimeout = idleTimeout;
    m_deadline = deadline;

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        // Plain HTTP goes to loopback only, where a connection is made at once.
        if (m_url.scheme() == u"http")
            m_connectionReady = true;
        noteProgress();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        m_connectionReady = true;
        noteProgress();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        // QNAM says "one or more times": more than once would mean it re-sent the request.
        if (++m_requestsSent > 1)
            qCWarning(lcGateway) << "the request went out" << m_requestsSent << "times";
        noteProgress();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        m_bytesUploaded = qMax(m_bytesUploaded, sent);
        noteProgress();
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, &NetworkGatewayCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &NetworkGatewayCall::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &NetworkGatewayCall::onDownloadProgress);
    connect(reply, &QNetworkReply::finished, this, &NetworkGatewayCall::onFinished);

    if (m_idleTimeout.count() > 0)
        m_idleTimer.start(m_idleTimeout);
    if (m_deadline.count() > 0)
        m_deadlineTimer.start(m_deadline);
}

void NetworkGatewayCall::refuse(GatewayError refusal)
{
    runFromEventLoop(this, [this, refusal = std::move(refusal)] {
        qCInfo(lcGateway).noquote()
            << "refused before sending:" << kindName(refusal.kind) << refusal.detail;
        finish(refusal);
    });
}

void NetworkGatewayCall::cancelTransfer()
{
    if (m_reply) {
        stopNow(Stop::Cancelled);
        return;
    }
    // Refused and not yet reported: the cancel wins, and nothing was sent either way.
    finish(error(Kind::Cancelled, false, u"cancelled before sending"_s));
}

void NetworkGatewayCall::stop(Stop why)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = why;
    // Finishes the reply synchronously: onFinished() runs before abort() returns.
    m_reply->abort();
}

void NetworkGatewayCall::stopNow(Stop why)
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_stop != Stop::None)
        return;
    stop(why);
    // QNAM starts a reply from a queued call: one aborted before that call ran would still send
    // its request, unless the reply is gone by then. Outside of the reply's own signals (a timer,
    // the user) it is safe to delete it here, although onFinished() asked for a later deletion.
    delete reply;
}

void NetworkGatewayCall::noteProgress()
{
    if (m_idleTimer.isActive())
        m_idleTimer.start(m_idleTimeout);
}

void NetworkGatewayCall::onMetaDataChanged()
{
    m_answerStarted = true;
    noteProgress();
    // Refuse an announced oversized answer before a byte of it is read; from the event loop, as
    // QNAM trips over an abort() from inside this signal.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > ResponseEnvelope::MaxBodySize) {
        m_tooLargeAnnounced = true;
        runFromEventLoop(this, [this] { stop(Stop::TooLarge); });
    }
}

void NetworkGatewayCall::onReadyRead()
{
    m_answerStarted = true;
    noteProgress();
    if (m_tooLargeAnnounced)
        return;
    if (m_answer.size() + m_reply->bytesAvailable() > ResponseEnvelope::MaxBodySize) {
        stop(Stop::TooLarge);
        return;
    }
    m_answer += m_reply->readAll();
}

void NetworkGatewayCall::onDownloadProgress(qint64 received, qint64 total)
{
    noteProgress();
    // QNAM may have buffered more than it announced through readyRead yet.
    if (received > ResponseEnvelope::MaxBodySize || total > ResponseEnvelope::MaxBodySize)
        stop(Stop::TooLarge);
}

void NetworkGatewayCall::onFinished()
{
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    if (m_stop == Stop::None && reply->bytesAvailable() > 0) {
        if (m_tooLargeAnnounced ||
            m_answer.size() + reply->bytesAvailable() > ResponseEnvelope::MaxBodySize)
            m_stop = Stop::TooLarge;
        else
            m_answer += reply->readAll();
    }

    GatewayAnswer answer = outcome(*reply);
    wipeBytes(m_answer);
    m_body = nullptr;

    const auto elapsedMs = m_elapsed.elapsed();
    if (const auto *failure = std::get_if<GatewayError>(&answer)) {
        qCInfo(lcGateway).noquote()
            << "call failed after" << elapsedMs << "ms:" << kindName(failure->kind) << failure->code
            << "HTTP" << failure->httpStatus
            << "may have been processed:" << failure->mayHaveBeenProcessed;
    } else {
        qCInfo(lcGateway) << "call answered after" << elapsedMs << "ms";
    }
    finish(answer);
}

GatewayAnswer NetworkGatewayCall::outcome(QNetworkReply &reply)
{
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    switch (m_stop) {
    case Stop::Cancelled: {
        GatewayError cancelled = error(Kind::Cancelled, requestMayHaveLeft(), u"cancelled"_s);
        cancelled.httpStatus = status;
        return cancelled;
    }
    case Stop::TimedOut: {
        GatewayError timedOut = error(Kind::Timeout, requestMayHaveLeft(),
                                      u"no progress for %1 ms"_s.arg(m_idleTimeout.count()));
        timedOut.httpStatus = status;
        return timedOut;
    }
    case Stop::DeadlinePassed: {
        GatewayError late =
            error(Kind::Timeout, requestMayHaveLeft(),
                  u"no complete answer within the time limit of %1 ms"_s.arg(m_deadline.count()));
        late.httpStatus = status;
        return late;
    }
    case Stop::TooLarge: {
        // Whatever the gateway was saying, it was saying it about a request it had received.
        GatewayError tooLarge =
            error(Kind::ResponseTooLarge, true,
                  u"the answer is larger than %1 bytes"_s.arg(ResponseEnvelope::MaxBodySize));
        tooLarge.httpStatus = status;
        return tooLarge;
    }
    case Stop::None:
        break;
    }

    if (status >= 300 && status < 400) {
        // Never followed: the signed request would travel to wherever the answer points, and a
        // 301/302/303 would turn the POST into a GET. A 303 (See Other) is the answer of a server
        // that has processed the POST and points at its result: the key may exist. The other
        // redirects mean the request went no further.
        const bool processed = status == 303;
        const QUrl target = reply.url().resolved(
            QUrl::fromEncoded(reply.rawHeader("Location"), QUrl::TolerantMode));
        GatewayError redirect =
            error(Kind::Redirect, processed,
                  u"the gateway redirected to %1"_s.arg(TransportError::origin(target)));
        redirect.httpStatus = status;
        return redirect;
    }
    if (status != 0 && status != 200)
        return statusError(status, reply);

    if (reply.error() != QNetworkReply::NoError) {
        const TransportError::Mapping mapping = TransportError::classify(reply.error());
        QString detail = TransportError::redactUrl(reply.errorString(), m_url);
        if (mapping.kind == Kind::Tls && !m_sslErrors.isEmpty())
            detail = TransportError::describeSslErrors(m_sslErrors);
        if (reply.error() == QNetworkReply::ContentReSendError ||
            (m_body && m_body->rewindWasRefused()))
            detail =
                u"the connection ended after the request was sent, without a readable answer"_s;
        const bool mayHaveBeenProcessed =
            !mapping.beforeSending && (requestMayHaveLeft() || m_answerStarted || status != 0);
        GatewayError failure = error(mapping.kind, mayHaveBeenProcessed, detail);
        failure.httpStatus = status;
        return failure;
    }
    if (status != 200)
        return error(Kind::MalformedResponse, true, u"the answer has no HTTP status"_s);

    GatewayAnswer parsed = ResponseEnvelope::parse(m_generation, m_answer);
    if (auto *failure = std::get_if<GatewayError>(&parsed))
        failure->httpStatus = status;
    return parsed;
}

GatewayError NetworkGatewayCall::error(Kind kind, bool mayHaveBeenProcessed, QString detail) const
{
    return GatewayError::of(kind, m_generation, std::move(detail), mayHaveBeenProcessed);
}

GatewayError NetworkGatewayCall::statusError(int status, const QNetworkReply &reply) const
{
    // A 4xx means the server refused the request as such; anything else may come after the work.
    const bool refused = status >= 400 && status < 500;
    QString detail = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString excerpt = TransportError::bodyExcerpt(m_answer);
    if (!excerpt.isEmpty())
        detail = detail.isEmpty() ? excerpt : detail + u": "_s + excerpt;
    GatewayError failure = error(Kind::HttpStatus, !refused, detail);
    failure.httpStatus = status;
    if (status >= 500) {
        failure.category = ErrorCategory::Server;
        failure.retryLater = status == 502 || status == 503 || status == 504;
    } else if (status == 429) {
        failure.category = ErrorCategory::RateLimit;
        failure.retryLater = true;
    } else if (status == 404 || status == 405) {
        failure.category = ErrorCategory::Endpoint;
    }
    return failure;
}

bool NetworkGatewayCall::requestMayHaveLeft() const
{
    // QNAM writes the request as soon as the connection is up, and says requestSent() only for
    // requests with a body: a ready connection already counts. All of these arrive through
    // queued signals from QNAM's thread, so the idle timer could fire in the instant between the
    // fact and its news; the window is microseconds against a timeout of seconds.
    return m_connectionReady || m_requestsSent > 0 || m_bytesUploaded > 0 || m_answerStarted;
}
