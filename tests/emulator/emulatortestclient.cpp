#include "emulatortestclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray EmulatorReply::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject EmulatorReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString EmulatorReply::api3Code() const
{
    return json()
        .value(u"Response"_s)
        .toObject()
        .value(u"Error"_s)
        .toObject()
        .value(u"Code"_s)
        .toString();
}

QString EmulatorReply::requestId() const
{
    return json().value(u"Response"_s).toObject().value(u"RequestId"_s).toString();
}

QJsonObject EmulatorReply::api3Result() const
{
    return json().value(u"Response"_s).toObject().value(u"Result"_s).toObject();
}

QJsonValue EmulatorReply::api2Code() const
{
    return json().value(u"code"_s);
}

QString EmulatorReply::api2CodeDesc() const
{
    return json().value(u"codeDesc"_s).toString();
}

EmulatorTestClient::EmulatorTestClient()
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Loopback only; a proxy from the environment must not get between the test and the emulator.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void EmulatorTestClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    m_hasSslConfiguration = true;
}

EmulatorReply EmulatorTestClient::send(const QByteArray &method, const QUrl &url,
                                       const QList<std::pair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (m_hasSslConfiguration)
        request.setSslConfiguration(m_sslConfiguration);
    // A fresh connection per request, so that one test's fault cannot leak into the next
    // request through a kept-alive connection.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Connection", "close");

    QNetworkReply *reply = body.isEmpty() && method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, method, body);
    EmulatorReply result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.finished = true;
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

RawExchange rawExchange(quint16 port, const QByteArray &request, int waitMs)
{
    // The emulator runs on this thread's event loop, so every wait here must spin it: no
    // blocking waitFor...() calls.
    RawExchange exchange;
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return exchange;
    socket.write(request);

    QDeadlineTimer deadline(waitMs);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        timer.start(int(qMax<qint64>(1, deadline.remainingTime())));
        loop.exec();
        exchange.received += socket.readAll();
    }
    exchange.received += socket.readAll();
    exchange.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return exchange;
}
