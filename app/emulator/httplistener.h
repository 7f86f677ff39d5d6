#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <memory>

class QTcpServer;

// Accepts connections over plain TCP, or TLS with a given certificate, and gives each one an
// HttpConnection that reports to the same handlers.
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

private:
    bool startListening(std::unique_ptr<QTcpServer> server, const QHostAddress &address,
                        quint16 port);
    void stopListening();
    void acceptPending();

    HttpConnection::RequestHandler m_onRequest;
    HttpConnection::FailureHandler m_onFailure;
    std::unique_ptr<QTcpServer> m_server;
    QString m_errorString;
    bool m_tls = false;
};
