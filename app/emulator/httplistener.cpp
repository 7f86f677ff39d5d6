#include "httplistener.h"

#include "emulatorlogging.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

HttpListener::HttpListener(HttpConnection::RequestHandler onRequest,
                           HttpConnection::FailureHandler onFailure, QObject *parent)
    : QObject(parent), m_onRequest(std::move(onRequest)), m_onFailure(std::move(onFailure))
{}

HttpListener::~HttpListener() = default;

bool HttpListener::listen(const QHostAddress &address, quint16 port)
{
    m_tls = false;
    return startListening(std::make_unique<QTcpServer>(), address, port);
}

bool HttpListener::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                             const QHostAddress &address, quint16 port)
{
    if (certificate.isNull() || key.isNull()) {
        stopListening();
        m_errorString = QStringLiteral("a TLS listener needs a certificate and its private key");
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    connect(server.get(), &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError error) {
                qCDebug(lcEmulator) << "TLS connection failed:" << error;
            });
    m_tls = true;
    return startListening(std::move(server), address, port);
}

bool HttpListener::startListening(std::unique_ptr<QTcpServer> server, const QHostAddress &address,
                                  quint16 port)
{
    stopListening();
    // The connections are children of this listener, not of the server, so that closing the
    // server does not cut them off in the middle of an answer.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpListener::acceptPending);
    if (!server->listen(address, port)) {
        m_errorString = server->errorString();
        return false;
    }
    m_errorString.clear();
    m_server = std::move(server);
    return true;
}

void HttpListener::stopListening()
{
    if (m_server)
        m_server->close();
    m_server.reset();
}

void HttpListener::close()
{
    stopListening();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->closeWithoutAnswer();
}

bool HttpListener::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress HttpListener::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 HttpListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString HttpListener::errorString() const
{
    return m_errorString;
}

int HttpListener::connectionCount() const
{
    int open = 0;
    for (const HttpConnection *connection :
         findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        open += connection->isClosed() ? 0 : 1;
    return open;
}

bool HttpListener::makeRoom()
{
    HttpConnection *longestIdle = nullptr;
    int open = 0;
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly)) {
        if (connection->isClosed())
            continue;
        ++open;
        if (connection->isWaitingForClient() &&
            (!longestIdle || connection->idleMilliseconds() > longestIdle->idleMilliseconds()))
            longestIdle = connection;
    }
    if (open < m_limits.maxConnections)
        return true;
    if (!longestIdle)
        return false;
    qCDebug(lcEmulator) << "at" << open << "connections: closing the longest idle";
    longestIdle->closeWithoutAnswer();
    return true;
}

void HttpListener::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!makeRoom()) {
            // Every open connection is being answered: the newcomer is the one turned away.
            qCDebug(lcEmulator) << "at the connection cap: refusing a connection";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_onRequest, m_onFailure, m_limits, this);
        connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
    }
}
