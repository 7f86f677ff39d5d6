#include "transporterror.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
using namespace Qt::StringLiterals;
using Kind = GatewayError::Kind;
} // namespace

TransportError::Mapping TransportError::classify(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::ConnectionRefusedError:
    case E::HostNotFoundError:
    case E::ProxyConnectionRefusedError:
    case E::ProxyNotFoundError:
    case E::ProxyAuthenticationRequiredError:
    case E::NetworkSessionFailedError:
    case E::BackgroundRequestNotAllowedError:
    case E::TemporaryNetworkFailureError:
        return {Kind::Network, true};
    case E::SslHandshakeFailedError:
        // The request is written only once the handshake succeeded.
        return {Kind::Tls, true};
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
        return {Kind::InvalidRequest, true};
    case E::TimeoutError:
    case E::ProxyTimeoutError:
        return {Kind::Timeout, false};
    case E::OperationCanceledError:
        return {Kind::Cancelled, false};
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return {Kind::Redirect, false};
    case E::ProtocolFailure:
        return {Kind::MalformedResponse, false};
    case E::NoError:
    case E::RemoteHostClosedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionClosedError:
    case E::UnknownProxyError:
    // QNAM wanted to send the request again after the connection closed without an answer.
    case E::ContentReSendError:
        return {Kind::Network, false};
    case E::ContentAccessDenied:
    case E::ContentOperationNotPermittedError:
    case E::ContentNotFoundError:
    case E::AuthenticationRequiredError:
    case E::ContentConflictError:
    case E::ContentGoneError:
    case E::UnknownContentError:
    case E::InternalServerError:
    case E::OperationNotImplementedError:
    case E::ServiceUnavailableError:
    case E::UnknownServerError:
        return {Kind::HttpStatus, false};
    }
    return {Kind::Network, false};
}

QString TransportError::bodyExcerpt(const QByteArray &body, qsizetype maxChars)
{
    // Only the start matters, and the rest may be megabytes.
    QString text = QString::fromUtf8(body.first(qMin(body.size(), maxChars * 8)));
    static const QRegularExpression scriptOrStyle(
        u"<(script|style)\\b.*?</\\1\\s*>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    text.replace(scriptOrStyle, u" "_s);
    text.replace(tag, u" "_s);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text.append(u'…');
    }
    return text;
}

QString TransportError::describeSslErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        if (!texts.contains(error.errorString()))
            texts.append(error.errorString());
    }
    return texts.join(u"; "_s);
}

QString TransportError::redactUrl(QString text, const QUrl &url)
{
    if (!url.hasQuery())
        return text;
    const QUrl redacted = url.adjusted(QUrl::RemoveQuery);
    const QString forms[] = {
        url.toString(),
        url.toString(QUrl::FullyEncoded),
        url.toDisplayString(),
    };
    for (const QString &form : forms)
        text.replace(form, redacted.toString());
    // Whatever form Qt chose, the query itself must not remain.
    for (const QString &query : {url.query(QUrl::FullyEncoded), url.query(QUrl::PrettyDecoded),
                                 url.query(QUrl::FullyDecoded)}) {
        if (!query.isEmpty())
            text.replace(query, u"…"_s);
    }
    return text;
}

QString TransportError::origin(const QUrl &url)
{
    return url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                        QUrl::RemoveUserInfo);
}
