#include "httpconnection.h"

#include "emulatorlogging.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

// The kernel's share of what a client that does not read can make us hold; left to itself it
// grows to megabytes per connection.
constexpr int SendBufferSize = 64 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler onRequest,
                               FailureHandler onFailure, const HttpConnectionLimits &limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_onRequest(std::move(onRequest))
    , m_onFailure(std::move(onFailure))
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Unread bytes stay in the kernel once this is full, so that a client sending faster than
    // it is answered is slowed down by TCP rather than buffered here.
    m_socket->setReadBufferSize(ReadChunkSize);
    m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, SendBufferSize);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        noteActivity();
        // Answers drained: requests held back behind them may be read now.
        processBuffered();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    noteActivity();
    // Bytes may have arrived before the connection was made (a TLS socket hands over with data).
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isWaitingForClient() const
{
    return m_state == State::Reading || m_state == State::Closing;
}

void HttpConnection::noteActivity()
{
    m_lastActivity.start();
    m_idleTimer.start();
}

void HttpConnection::onIdleTimeout()
{
    // The emulator's own waits (a handler at work, a deliberate stall) are not the client's
    // idleness; those connections end with the handler or the test that stalled them.
    if (!isWaitingForClient()) {
        m_idleTimer.start();
        return;
    }
    qCDebug(lcEmulator) << "closing a connection idle for" << m_limits.idleTimeout.count() << "ms";
    closeWithoutAnswer();
}

void HttpConnection::readAvailable()
{
    noteActivity();
    if (m_state == State::Stalled || m_state == State::Closing) {
        // A stalled server still drains its socket, as a hung process's kernel would.
        m_socket->readAll();
        return;
    }
    processBuffered();
}

void HttpConnection::processBuffered()
{
    // Bytes are taken from the socket only while a request is awaited and earlier answers have
    // been taken by the client: what waits beyond that waits in the kernel, which slows the
    // sender down, and the parser never holds more than one request and one chunk.
    while (m_state == State::Reading && m_socket->bytesToWrite() <= m_limits.maxUnsentBytes) {
        ReceivedRequest request;
        switch (m_parser.next(&request)) {
        case HttpRequestParser::Status::NeedMore:
            if (m_socket->bytesAvailable() <= 0)
                return;
            m_parser.append(m_socket->read(ReadChunkSize));
            continue;
        case HttpRequestParser::Status::Failed:
            m_keepAlive = false;
            m_state = State::Answering;
            m_onFailure(*this, m_parser.failure());
            return;
        case HttpRequestParser::Status::Complete:
            m_keepAlive = request.keepsAlive();
            m_state = State::Answering;
            m_onRequest(*this, request);
            return;
        }
    }
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Answering)
        return;
    noteActivity();
    m_socket->write(response.head(m_keepAlive));
    m_socket->write(response.body);
    if (!m_keepAlive) {
        m_state = State::Closing;
        // Flushes what is written before closing.
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::Reading;
    // Queued, so that a pipelined next request is not handled inside this one's handler.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

void HttpConnection::respondPartially(const HttpResponse &response, qsizetype bodyBytes)
{
    if (m_state != State::Answering)
        return;
    m_socket->write(response.head(m_keepAlive));
    m_socket->write(response.body.left(bodyBytes));
    m_socket->flush();
    m_state = State::Stalled;
    qCDebug(lcEmulator) << "stalled after" << bodyBytes << "of" << response.body.size()
                        << "body bytes";
}

void HttpConnection::respondTrickling(const HttpResponse &response,
                                      std::chrono::milliseconds interval)
{
    if (m_state != State::Answering)
        return;
    m_socket->write(response.head(false));
    m_socket->flush();
    // Nothing else is read or answered on this connection meanwhile.
    m_state = State::Stalled;
    auto *timer = new QTimer(this);
    timer->setInterval(interval);
    connect(timer, &QTimer::timeout, this, [this, timer, body = response.body, sent = 0]() mutable {
        if (sent < body.size()) {
            m_socket->write(body.mid(sent, 1));
            ++sent;
            return;
        }
        timer->stop();
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    });
    timer->start();
}

void HttpConnection::closeWithoutAnswer()
{
    if (m_state == State::Closing && m_closedReported)
        return;
    m_state = State::Closing;
    m_idleTimer.stop();
    // abort() rather than disconnectFromHost(): nothing is pending, and the peer must see the
    // connection end at once.
    m_socket->abort();
    markClosed();
}

void HttpConnection::markClosed()
{
    m_state = State::Closing;
    if (m_closedReported)
        return;
    m_closedReported = true;
    emit closed();
}
