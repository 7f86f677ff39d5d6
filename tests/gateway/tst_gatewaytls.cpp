// GatewayClient over TLS against the emulator, with certificates made for this run: failures
// are failures, said in words, and a private CA can be trusted on top of the system's.

#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaytest.h"
#include "testcertificates.h"
#include "testenvironment.h"

#include <QSslSocket>
#include <QtTest>

using namespace GatewayTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Kind = GatewayError::Kind;

Q_DECLARE_METATYPE(CaBundleProblem)

namespace {

enum class ServerCertificate { Loopback, OtherHost, Expired, SelfSigned };

} // namespace

Q_DECLARE_METATYPE(ServerCertificate)

class tst_GatewayTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void succeedsWithPrivateCaTrusted_data();
    void succeedsWithPrivateCaTrusted();
    void refusesCertificateProblems_data();
    void refusesCertificateProblems();
    void refusesBadCaBundles_data();
    void refusesBadCaBundles();
    void badBundleDropsEarlierTrust();
    void extraCasComeOnTopOfTheSystems();

private:
    const TestCertificates::Leaf &leaf(ServerCertificate which) const;
    void listen(ServerCertificate which);

    TestCertificates m_certificates;
    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<GatewayClient> m_client;
};

void tst_GatewayTls::initTestCase()
{
    APIGW_REQUIRE(QSslSocket::supportsSsl(), u"Qt has no TLS backend here"_s);
    QString why;
    APIGW_REQUIRE(m_certificates.generate(&why), why);
}

void tst_GatewayTls::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    m_client = std::make_unique<GatewayClient>();
    m_client->setIdleTimeout(10s);
}

void tst_GatewayTls::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

const TestCertificates::Leaf &tst_GatewayTls::leaf(ServerCertificate which) const
{
    switch (which) {
    case ServerCertificate::Loopback:
        break;
    case ServerCertificate::OtherHost:
        return m_certificates.otherHost();
    case ServerCertificate::Expired:
        return m_certificates.expired();
    case ServerCertificate::SelfSigned:
        return m_certificates.selfSigned();
    }
    return m_certificates.loopback();
}

void tst_GatewayTls::listen(ServerCertificate which)
{
    const TestCertificates::Leaf &serverLeaf = leaf(which);
    QVERIFY2(m_emulator->listenTls(serverLeaf.certificate, serverLeaf.key),
             qPrintable(m_emulator->errorString()));
    QCOMPARE(m_emulator->baseUrl().scheme(), u"https"_s);
}

void tst_GatewayTls::succeedsWithPrivateCaTrusted_data()
{
    QTest::addColumn<Shape>("shape");
    for (const Shape &shape : allShapes())
        QTest::addRow("%s", qPrintable(shape.name())) << shape;
}

void tst_GatewayTls::succeedsWithPrivateCaTrusted()
{
    QFETCH(Shape, shape);
    listen(ServerCertificate::Loopback);
    const CaBundle bundle = m_client->setExtraCaBundle(m_certificates.caBundlePath());
    QVERIFY2(bundle.isValid(), qPrintable(bundle.detail));
    QCOMPARE(m_client->extraCaCertificates().size(), 1);

    CallWatcher watcher(
        m_client->sendAction(buildRequest(*m_emulator, shape, autoKey()), shape.generation));
    QVERIFY(watcher.wait());
    QVERIFY2(watcher.key(), qPrintable(describe(watcher)));
    QCOMPARE(m_emulator->requestCount(), 1);
}

void tst_GatewayTls::refusesCertificateProblems_data()
{
    QTest::addColumn<ServerCertificate>("server");
    QTest::addColumn<bool>("trustPrivateCa");
    // Any of these named in the detail; OpenSSL reports a chain problem in one of a few ways.
    QTest::addColumn<QList<QSslError::SslError>>("problems");

    using E = QSslError;
    QTest::newRow("private CA not trusted")
        << ServerCertificate::Loopback << false
        << QList<E::SslError>{E::UnableToGetLocalIssuerCertificate,
                              E::UnableToVerifyFirstCertificate, E::SelfSignedCertificateInChain};
    QTest::newRow("certificate for another host")
        << ServerCertificate::OtherHost << true << QList<E::SslError>{E::HostNameMismatch};
    QTest::newRow("expired") << ServerCertificate::Expired << true
                             << QList<E::SslError>{E::CertificateExpired};
    QTest::newRow("self-signed") << ServerCertificate::SelfSigned << true
                                 << QList<E::SslError>{E::SelfSignedCertificate};
}

void tst_GatewayTls::refusesCertificateProblems()
{
    QFETCH(ServerCertificate, server);
    QFETCH(bool, trustPrivateCa);
    QFETCH(QList<QSslError::SslError>, problems);

    listen(server);
    if (trustPrivateCa)
        QVERIFY(m_client->setExtraCaBundle(m_certificates.caBundlePath()).isValid());
    for (const Shape &shape : allShapes()) {
        CallWatcher watcher(
            m_client->sendAction(buildRequest(*m_emulator, shape, autoKey()), shape.generation));
        QVERIFY(watcher.wait());
        const GatewayError *error = watcher.error();
        QVERIFY2(error, qPrintable(describe(watcher)));
        QCOMPARE(error->kind, Kind::Tls);
        QVERIFY(!error->mayHaveBeenProcessed);
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [&](QSslError::SslError problem) {
            return error->detail.contains(QSslError(problem).errorString());
        }));
    }
    // Not a byte of any request reached the server.
    QCOMPARE(m_emulator->requestCount(), 0);
}

void tst_GatewayTls::refusesBadCaBundles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<CaBundleProblem>("problem");

    QTest::newRow("missing") << u"missing.pem"_s << QByteArray() << CaBundleProblem::Unreadable;
    QTest::newRow("a folder") << u"."_s << QByteArray() << CaBundleProblem::Unreadable;
    QTest::newRow("no certificate")
        << u"empty.pem"_s << QByteArray("just text\n") << CaBundleProblem::NoCertificates;
    QTest::newRow("a key, not a certificate")
        << u"key.pem"_s
        << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
        << CaBundleProblem::NoCertificates;
    QTest::newRow("broken certificate")
        << u"broken.pem"_s
        << QByteArray("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n")
        << CaBundleProblem::Invalid;
}

void tst_GatewayTls::refusesBadCaBundles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(CaBundleProblem, problem);

    const QString path = m_certificates.filePath(fileName);
    if (!contents.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const CaBundle bundle = m_client->setExtraCaBundle(path);
    QCOMPARE(bundle.problem, problem);
    QVERIFY2(bundle.detail.contains(path), qPrintable(bundle.detail));
    QVERIFY(m_client->extraCaCertificates().isEmpty());
}

void tst_GatewayTls::badBundleDropsEarlierTrust()
{
    listen(ServerCertificate::Loopback);
    QVERIFY(m_client->setExtraCaBundle(m_certificates.caBundlePath()).isValid());
    QCOMPARE(m_client->setExtraCaBundle(m_certificates.filePath(u"missing.pem"_s)).problem,
             CaBundleProblem::Unreadable);
    QVERIFY(m_client->extraCaCertificates().isEmpty());

    CallWatcher watcher(
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    QVERIFY2(watcher.error() && watcher.error()->kind == Kind::Tls, qPrintable(describe(watcher)));

    // An empty path goes back to the system's CAs only, and is no error.
    QVERIFY(m_client->setExtraCaBundle(QString()).isValid());
}

void tst_GatewayTls::extraCasComeOnTopOfTheSystems()
{
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    APIGW_REQUIRE(!system.isEmpty(), u"this system has no CA certificates"_s);
    const QSslConfiguration untouched = m_client->sslConfiguration();
    QCOMPARE(untouched.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(untouched.protocol(), QSsl::TlsV1_2OrLater);

    QVERIFY(m_client->setExtraCaBundle(m_certificates.caBundlePath()).isValid());
    const QList<QSslCertificate> trusted = m_client->sslConfiguration().caCertificates();
    QCOMPARE(trusted.size(), system.size() + 1);
    QVERIFY(trusted.contains(m_client->extraCaCertificates().constFirst()));
    QVERIFY(trusted.contains(system.constFirst()));
    QVERIFY(trusted.contains(system.constLast()));
    QCOMPARE(m_client->sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);

    // Back to the system's own list, looked up as Qt does by default.
    QVERIFY(m_client->setExtraCaBundle(QString()).isValid());
    QCOMPARE(m_client->sslConfiguration().caCertificates(), untouched.caCertificates());
    QVERIFY(!m_client->sslConfiguration().caCertificates().contains(
        m_certificates.loopback().certificate));
}

QTEST_GUILESS_MAIN(tst_GatewayTls)
#include "tst_gatewaytls.moc"
