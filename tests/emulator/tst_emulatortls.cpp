// The emulator over HTTPS with a certificate made for the test: requests succeed for a client
// that trusts it, and fail with a TLS error for one that does not.

#include "gatewayemulator.h"
#include "signedrequests.h"
#include "testcertificates.h"
#include "testenvironment.h"

#include <QSslSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SignedRequests;

class TestEmulatorTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void servesBothGenerationsOverHttps_data();
    void servesBothGenerationsOverHttps();
    void untrustedCertificateIsATlsError();
    void plainHttpToTheTlsPortGetsNoAnswer();
    void refusesToListenWithoutKey();

private:
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<GatewayEmulator> m_emulator;
};

void TestEmulatorTls::initTestCase()
{
    APIGW_REQUIRE(QSslSocket::supportsSsl(), u"Qt has no TLS backend"_s);
    m_certificates = std::make_unique<TestCertificates>();
    QString why;
    APIGW_REQUIRE(m_certificates->generate(&why), why);
}

void TestEmulatorTls::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    m_emulator->addCredentials(QString::fromLatin1(SecretId), SecretKey.toByteArray());
    QVERIFY(m_emulator->listenTls(m_certificates->selfSigned().certificate,
                                  m_certificates->selfSigned().key));
}

void TestEmulatorTls::cleanup()
{
    m_emulator.reset();
}

void TestEmulatorTls::servesBothGenerationsOverHttps_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("3.0") << ApiGeneration::Api3;
    QTest::newRow("2.0") << ApiGeneration::Api2;
}

void TestEmulatorTls::servesBothGenerationsOverHttps()
{
    QFETCH(ApiGeneration, generation);
    QVERIFY(m_emulator->isTls());
    const QUrl base = m_emulator->baseUrl();
    QCOMPARE(base.scheme(), u"https"_s);
    QCOMPARE(m_emulator->endpointUrl(generation).scheme(), u"https"_s);

    EmulatorTestClient client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_certificates->selfSigned().certificate});
    client.setSslConfiguration(configuration);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    EmulatorReply reply;
    if (generation == ApiGeneration::Api3) {
        Tc3Call call = tc3Call(QJsonObject{{u"SecretName"_s, u"over tls"_s}}, now);
        signTc3(call, base);
        reply = send(client, base, call);
        QVERIFY2(reply.api3Code().isEmpty(), qPrintable(reply.errorString));
    } else {
        LegacyCall call = legacyCall("GET", now, 77, "HmacSHA1", {{"secretName", "over tls"}});
        signLegacy(call, base);
        reply = send(client, base, call);
        QCOMPARE(reply.api2Code().toInt(-1), 0);
    }
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_emulator->createdKeyCount(), 1);
}

void TestEmulatorTls::untrustedCertificateIsATlsError()
{
    EmulatorTestClient client;
    const QUrl base = m_emulator->baseUrl();
    Tc3Call call =
        tc3Call(QJsonObject{{u"SecretName"_s, u"untrusted"_s}}, QDateTime::currentSecsSinceEpoch());
    signTc3(call, base);
    const EmulatorReply reply = send(client, base, call);
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(m_emulator->requestCount(), 0);
    QCOMPARE(m_emulator->createdKeyCount(), 0);
}

void TestEmulatorTls::plainHttpToTheTlsPortGetsNoAnswer()
{
    const RawExchange raw =
        rawExchange(m_emulator->port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 3000);
    QVERIFY(!raw.received.startsWith("HTTP/"));
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TestEmulatorTls::refusesToListenWithoutKey()
{
    GatewayEmulator emulator;
    QVERIFY(!emulator.listenTls(m_certificates->selfSigned().certificate, QSslKey()));
    QVERIFY(!emulator.isListening());
    QVERIFY(!emulator.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorTls)
#include "tst_emulatortls.moc"
