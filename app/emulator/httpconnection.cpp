#include "httpconnection.h"

#include "emulatorlogging.h"

#include <QTcpSocket>
#include <QTimer>

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler onRequest,
                               FailureHandler onFailure, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_onRequest(std::move(onRequest))
    , m_onFailure(std::move(onFailure))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    // Bytes may have arrived before the connection was made (a TLS socket hands over with data).
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readAvailable()
{
    if (m_state == State::Stalled || m_state == State::Closing) {
        // A stalled server still drains its socket, as a hung process's kernel would.
        m_socket->readAll();
        return;
    }
    m_parser.append(m_socket->readAll());
    processBuffered();
}

void HttpConnection::processBuffered()
{
    if (m_state != State::Reading)
        return;
    ReceivedRequest request;
    switch (m_parser.next(&request)) {
    case HttpRequestParser::Status::NeedMore:
        return;
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

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Answering)
        return;
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
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
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
