// Every fault mode of the emulator, observed at the HTTP level: what a client would see, byte by
// byte where QNetworkAccessManager would hide it, and whether the request was acted on.

#include "gatewayemulator.h"
#include "signedrequests.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SignedRequests;
using Fault = GatewayEmulator::Fault;

namespace {

// A complete HTTP 200 whose body is an API 3.0 Result with a key.
bool isNormalAnswer(const QByteArray &received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.1 200 OK\r\n") || headEnd < 0)
        return false;
    const QJsonObject json = QJsonDocument::fromJson(received.mid(headEnd + 4)).object();
    return !json.value(u"Response"_s)
                .toObject()
                .value(u"Result"_s)
                .toObject()
                .value(u"AccessKeyId"_s)
                .toString()
                .isEmpty();
}

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void delay_data();
    void delay();
    void stallMidBody();
    void http500Html();
    void malformedJson();
    void oversizedBody();
    void redirectOtherOrigin();
    void closeWithoutAnswer();
    void clearingTheFaultRestoresService_data();
    void clearingTheFaultRestoresService();
    void keepAliveServesSeveralRequests();
    void closeDropsStalledConnections();

private:
    // A valid request of the generation, as raw HTTP/1.1 bytes with the signature of the moment.
    QByteArray rawRequest(ApiGeneration generation, bool keepAlive = false);
    EmulatorReply sendValid(ApiGeneration generation);

    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    quint32 m_nonce = 5000;
};

void TestEmulatorFaults::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    m_emulator->addCredentials(QString::fromLatin1(SecretId), SecretKey.toByteArray());
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<EmulatorTestClient>();
}

void TestEmulatorFaults::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

QByteArray TestEmulatorFaults::rawRequest(ApiGeneration generation, bool keepAlive)
{
    const QUrl base = m_emulator->baseUrl();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray head;
    QByteArray body;
    if (generation == ApiGeneration::Api3) {
        Tc3Call call = tc3Call(QJsonObject{{u"SecretName"_s, u"raw"_s}}, now);
        signTc3(call, base);
        body = call.body;
        head = "POST / HTTP/1.1\r\nContent-Type: " + call.contentType +
               "\r\nX-TC-Action: CreateApiKey\r\nX-TC-Version: 2018-08-08\r\nX-TC-Timestamp: " +
               call.timestamp +
               "\r\nX-TC-Region: ap-guangzhou\r\nAuthorization: " + call.authorization + "\r\n";
    } else {
        LegacyCall call = legacyCall("POST", now, ++m_nonce, "HmacSHA256", {{"secretName", "raw"}});
        signLegacy(call, base);
        body = ReferenceSigner::encodeParameters(call.parameters);
        head = "POST /v2/index.php HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n";
    }
    head +=
        "Host: " + hostOf(base) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    return head + "\r\n" + body;
}

EmulatorReply TestEmulatorFaults::sendValid(ApiGeneration generation)
{
    const QUrl base = m_emulator->baseUrl();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (generation == ApiGeneration::Api3) {
        Tc3Call call = tc3Call(QJsonObject{{u"SecretName"_s, u"fault"_s}}, now);
        signTc3(call, base);
        return send(*m_client, base, call);
    }
    LegacyCall call = legacyCall("POST", now, ++m_nonce, "HmacSHA256", {{"secretName", "fault"}});
    signLegacy(call, base);
    return send(*m_client, base, call);
}

void TestEmulatorFaults::delay_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("3.0") << ApiGeneration::Api3;
    QTest::newRow("2.0") << ApiGeneration::Api2;
}

void TestEmulatorFaults::delay()
{
    QFETCH(ApiGeneration, generation);
    m_emulator->setFault(Fault::Delay, std::chrono::milliseconds(400));
    QCOMPARE(m_emulator->fault(), Fault::Delay);
    QElapsedTimer timer;
    timer.start();
    const EmulatorReply reply = sendValid(generation);
    QVERIFY(timer.elapsed() >= 400);
    QCOMPARE(reply.status, 200);
    // The answer is the normal one, only late, and the key was created before it left.
    QVERIFY(reply.api3Code().isEmpty());
    QVERIFY(reply.body.contains("AKID"));
    QCOMPARE(m_emulator->createdKeyCount(), 1);
}

void TestEmulatorFaults::stallMidBody()
{
    m_emulator->setFault(Fault::StallMidBody);
    const RawExchange raw = rawExchange(m_emulator->port(), rawRequest(ApiGeneration::Api3), 1500);
    QVERIFY2(!raw.closedByServer, "a stalled server keeps the connection open");
    QVERIFY(raw.received.startsWith("HTTP/1.1 200 "));
    const qsizetype headEnd = raw.received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray head = raw.received.left(headEnd);
    const qsizetype at = head.indexOf("Content-Length: ");
    QVERIFY(at > 0);
    const qsizetype promised = head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
    const qsizetype delivered = raw.received.size() - headEnd - 4;
    QVERIFY(delivered > 0);
    QVERIFY2(delivered < promised, qPrintable(u"%1 of %2 bytes"_s.arg(delivered).arg(promised)));
    // The request was acted on: the answer was real, it just never arrived whole.
    QCOMPARE(m_emulator->createdKeyCount(), 1);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void TestEmulatorFaults::http500Html()
{
    m_emulator->setFault(Fault::Http500Html);
    const EmulatorReply reply = sendValid(ApiGeneration::Api3);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.error, QNetworkReply::InternalServerError);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<html>"));
    QCOMPARE(m_emulator->createdKeyCount(), 0);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void TestEmulatorFaults::malformedJson()
{
    m_emulator->setFault(Fault::MalformedJson);
    const EmulatorReply reply = sendValid(ApiGeneration::Api2);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_emulator->createdKeyCount(), 0);
}

void TestEmulatorFaults::oversizedBody()
{
    m_emulator->setFault(Fault::OversizedBody);
    const EmulatorReply reply = sendValid(ApiGeneration::Api3);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.size() >= 4 * 1024 * 1024);
    QCOMPARE(reply.header("Content-Length").toLongLong(), reply.body.size());
    // Valid JSON: only its size can make a client refuse it.
    QVERIFY(QJsonDocument::fromJson(reply.body).isObject());
    QCOMPARE(m_emulator->createdKeyCount(), 0);
}

void TestEmulatorFaults::redirectOtherOrigin()
{
    m_emulator->setFault(Fault::RedirectOtherOrigin);
    const EmulatorReply reply = sendValid(ApiGeneration::Api2);
    QCOMPARE(reply.status, 307);
    const QUrl location = QUrl::fromEncoded(reply.header("Location"));
    QVERIFY(location.isValid());
    const QUrl base = m_emulator->baseUrl();
    // Another origin: same scheme and port, another host name for this same emulator.
    QCOMPARE(location.scheme(), base.scheme());
    QVERIFY(location.host() != base.host());
    QCOMPARE(location.port(), base.port());
    QCOMPARE(location.path(), u"/v2/index.php"_s);
    QCOMPARE(m_emulator->createdKeyCount(), 0);
    // The test client follows no redirect: one request reached the emulator.
    QCOMPARE(m_emulator->requestCount(), 1);
}

void TestEmulatorFaults::closeWithoutAnswer()
{
    m_emulator->setFault(Fault::CloseWithoutAnswer);
    QSignalSpy received(m_emulator.get(), &GatewayEmulator::requestReceived);
    const RawExchange raw = rawExchange(m_emulator->port(), rawRequest(ApiGeneration::Api2), 5000);
    QVERIFY(raw.closedByServer);
    QCOMPARE(raw.received, QByteArray());
    QCOMPARE(received.size(), 1);
    QCOMPARE(m_emulator->createdKeyCount(), 0);

    // Through QNetworkAccessManager it is a transport error, not an HTTP status.
    const EmulatorReply reply = sendValid(ApiGeneration::Api3);
    QVERIFY(reply.finished);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QCOMPARE(reply.status, 0);
    QCOMPARE(m_emulator->createdKeyCount(), 0);
}

void TestEmulatorFaults::clearingTheFaultRestoresService_data()
{
    QTest::addColumn<Fault>("fault");
    const QMetaEnum faults = QMetaEnum::fromType<Fault>();
    for (int i = 0; i < faults.keyCount(); ++i) {
        if (Fault(faults.value(i)) != Fault::None)
            QTest::newRow(faults.key(i)) << Fault(faults.value(i));
    }
}

void TestEmulatorFaults::clearingTheFaultRestoresService()
{
    QFETCH(Fault, fault);
    m_emulator->setFault(fault, std::chrono::milliseconds(50));
    // Raw, with a short wait: enough to let every fault show itself without blocking on a stall.
    const RawExchange faulty =
        rawExchange(m_emulator->port(), rawRequest(ApiGeneration::Api3), 500);
    // Only a delay still gives the normal answer; every other fault spoils it.
    QCOMPARE(isNormalAnswer(faulty.received), fault == Fault::Delay);

    m_emulator->setFault(Fault::None);
    const EmulatorReply reply = sendValid(ApiGeneration::Api3);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.api3Result().value(u"AccessKeyId"_s).toString().isEmpty());
    QCOMPARE(m_emulator->requestCount(), 2);
}

void TestEmulatorFaults::keepAliveServesSeveralRequests()
{
    // Two requests on one connection, the second sent before the first is answered.
    const QByteArray twice =
        rawRequest(ApiGeneration::Api3, true) + rawRequest(ApiGeneration::Api2);
    RawExchange raw = rawExchange(m_emulator->port(), twice, 5000);
    QVERIFY(raw.closedByServer);
    QCOMPARE(raw.received.count("HTTP/1.1 200 OK\r\n"), 2);
    QVERIFY(raw.received.contains("Connection: keep-alive"));
    QCOMPARE(m_emulator->createdKeyCount(), 2);
    QCOMPARE(m_emulator->requestCount(), 2);
}

void TestEmulatorFaults::closeDropsStalledConnections()
{
    m_emulator->setFault(Fault::StallMidBody);
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    QVERIFY(connected.wait(5000));
    socket.write(rawRequest(ApiGeneration::Api3));
    QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
    QVERIFY(readyRead.wait(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200 "));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    m_emulator->close();
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
