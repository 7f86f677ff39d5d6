#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <memory>

class QTcpServer;

// Accepts connections over plain TCP, or TLS with a given certificate, and gives each one an
// HttpConnection that reports to the same handlers. At most limits().maxConnections are open: a
// newcomer past the cap takes the place of the connection that has waited on its client the
// longest, so that a client holding many connections open cannot lock the others out.
class HttpListener : public QObject
{
    Q_OBJECT
public:
    HttpListener(HttpConnection::RequestHandler onRequest, HttpConnection::FailureHandler onFailure,
                 QObject *parent = nullptr);
    ~HttpListener() override;

    bool listen(const QHostAddress &address, quint16 port);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address, quint16 port);
    // Stops listening and drops the connections in progress.
    void close();

    bool isListening() const;
    bool isTls() const { return m_tls; }
    QHostAddress address() const;
    quint16 port() const;
    QString errorString() const;

    // For connections accepted from now on.
    void setLimits(const HttpConnectionLimits &limits) { m_limits = limits; }
    const HttpConnectionLimits &limits() const { return m_limits; }
    int connectionCount() const;

private:
    bool startListening(std::unique_ptr<QTcpServer> server, const QHostAddress &address,
                        quint16 port);
    void stopListening();
    void acceptPending();
    bool makeRoom();

    HttpConnection::RequestHandler m_onRequest;
    HttpConnection::FailureHandler m_onFailure;
    std::unique_ptr<QTcpServer> m_server;
    QString m_errorString;
    HttpConnectionLimits m_limits;
    bool m_tls = false;
};
