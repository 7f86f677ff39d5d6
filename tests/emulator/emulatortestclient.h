#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>
#include <utility>

// What came back for one request, as the tests look at it.
struct EmulatorReply
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;

    // API 3.0: Response.Error.Code (empty on success), Response.RequestId, Response.Result.
    QString api3Code() const;
    QString requestId() const;
    QJsonObject api3Result() const;
    // API 2.0: `code` as it came (number or string), and codeDesc.
    QJsonValue api2Code() const;
    QString api2CodeDesc() const;
};

// Sends requests exactly as given (headers, body, already encoded URL) with a
// QNetworkAccessManager that follows no redirect, and waits for the answer.
class EmulatorTestClient
{
public:
    EmulatorTestClient();

    EmulatorReply send(const QByteArray &method, const QUrl &url,
                       const QList<std::pair<QByteArray, QByteArray>> &headers,
                       const QByteArray &body, int timeoutMs = 10000);
    // For HTTPS: the configuration each request carries (trusted CA certificates).
    void setSslConfiguration(const QSslConfiguration &configuration);

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_sslConfiguration;
    bool m_hasSslConfiguration = false;
};

// Sends raw bytes over a fresh TCP connection and collects what comes back within `waitMs`
// (or until the server closes), for what QNetworkAccessManager would hide.
struct RawExchange
{
    QByteArray received;
    bool closedByServer = false;
};
RawExchange rawExchange(quint16 port, const QByteArray &request, int waitMs);
