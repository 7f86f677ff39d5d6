// The standalone apigw-keys-emulator: it announces where it listens on its first line, answers a
// request signed for the operator given on its command line, and ends cleanly on SIGTERM/SIGINT.

#include "gatewayemulator.h"
#include "signedrequests.h"
#include "testcertificates.h"
#include "testenvironment.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace SignedRequests;

class TestEmulatorTool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesUntilSignalled_data();
    void servesUntilSignalled();
    void servesHttps();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void refusesDemoCredentialsOnTheNetwork();
    void demoCredentialsOnTheNetwork_data();
    void demoCredentialsOnTheNetwork();
    void seedsKeysAndDemoData();

private:
    // Starts the tool and reads its first line into *url, the URL it announced.
    void start(QProcess &process, const QStringList &arguments, QUrl *url);

    QString m_executable;
};

void TestEmulatorTool::initTestCase()
{
    m_executable = qEnvironmentVariable("APIGW_EMULATOR_EXECUTABLE");
    QVERIFY2(QFileInfo(m_executable).isExecutable(), qPrintable(m_executable));
}

void TestEmulatorTool::start(QProcess &process, const QStringList &arguments, QUrl *url)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy started(&process, &QProcess::started);
    process.start(m_executable, arguments);
    QVERIFY(process.state() == QProcess::Running || started.wait(10000));
    // The first line must arrive while the tool keeps running: it has to flush it.
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    QCOMPARE(process.state(), QProcess::Running);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(u"^listening on (https?://127\\.0\\.0\\.1:\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    *url = QUrl(match.captured(1));
}

void TestEmulatorTool::servesUntilSignalled_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestEmulatorTool::servesUntilSignalled()
{
    QFETCH(int, signalNumber);
    QProcess process;
    QUrl base;
    start(process,
          {u"--port"_s, u"0"_s, u"--secret-id"_s, QString::fromLatin1(SecretId), u"--secret-key"_s,
           QString::fromLatin1(SecretKey), u"--code-as-string"_s},
          &base);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(base.port() > 0);

    EmulatorTestClient client;
    LegacyCall call = legacyCall("POST", QDateTime::currentSecsSinceEpoch(), 31337, "HmacSHA256",
                                 {{"secretName", "from the tool test"}});
    signLegacy(call, base);
    const EmulatorReply reply = send(client, base, call);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.api2Code(), QJsonValue(u"0"_s));

    ::kill(pid_t(process.processId()), signalNumber);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Nothing secret in what it printed.
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY(!output.contains(SecretKey.toByteArray()));
}

void TestEmulatorTool::servesHttps()
{
    TestCertificates certificates;
    QString why;
    APIGW_REQUIRE(certificates.generate(&why), why);
    QProcess process;
    QUrl base;
    start(process,
          {u"--tls-cert"_s, certificates.filePath(u"self.pem"_s), u"--tls-key"_s,
           certificates.filePath(u"self.key"_s)},
          &base);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(base.scheme(), u"https"_s);

    EmulatorTestClient client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificates.selfSigned().certificate});
    client.setSslConfiguration(configuration);
    // The built-in demo pair, as `apigw-keys --demo` would use it, is known without options.
    Tc3Call call =
        tc3Call(QJsonObject{{u"SecretName"_s, u"tls tool"_s}}, QDateTime::currentSecsSinceEpoch());
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    signTc3(call, base, demo.secretId.toUtf8(), demo.secretKey.utf8());
    const EmulatorReply reply = send(client, base, call);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());

    process.terminate();
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestEmulatorTool::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("secret id without key") << QStringList{u"--secret-id"_s, u"AKIDx"_s};
    QTest::newRow("cert without key") << QStringList{u"--tls-cert"_s, u"/nonexistent.pem"_s};
    QTest::newRow("unreadable cert") << QStringList{u"--tls-cert"_s, u"/nonexistent.pem"_s,
                                                    u"--tls-key"_s, u"/nonexistent.pem"_s};
    QTest::newRow("not an address") << QStringList{u"--listen"_s, u"localhost.invalid"_s};
    QTest::newRow("not a port") << QStringList{u"--port"_s, u"70000"_s};
    QTest::newRow("negative seed") << QStringList{u"--seed-keys"_s, u"-1"_s};
    QTest::newRow("seed not a number") << QStringList{u"--seed-keys"_s, u"many"_s};
}

void TestEmulatorTool::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(m_executable, arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!process.readAllStandardError().isEmpty());
    QVERIFY(!process.readAllStandardOutput().startsWith("listening on"));
}

namespace {

// The answer to a create signed with the given pair (the demo pair unless told otherwise).
EmulatorReply createSignedBy(const QUrl &base, QByteArrayView secretId, QByteArrayView secretKey)
{
    EmulatorTestClient client;
    Tc3Call call =
        tc3Call(QJsonObject{{u"SecretName"_s, u"network"_s}}, QDateTime::currentSecsSinceEpoch());
    signTc3(call, base, secretId, secretKey);
    return send(client, base, call);
}

} // namespace

void TestEmulatorTool::refusesDemoCredentialsOnTheNetwork()
{
    // The demo pair is public: on an address other computers reach it must not open the emulator
    // unless asked for, and with no other pair there is nothing to serve.
    QProcess process;
    process.start(m_executable, {u"--listen"_s, u"0.0.0.0"_s});
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.contains("--allow-demo-credentials-on-network"), error.constData());
    QVERIFY2(error.contains("--secret-id"), error.constData());
    QVERIFY(!process.readAllStandardOutput().startsWith("listening on"));
}

void TestEmulatorTool::demoCredentialsOnTheNetwork_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("demoAccepted");
    const QStringList ownPair = {u"--secret-id"_s, QString::fromLatin1(SecretId), u"--secret-key"_s,
                                 QString::fromLatin1(SecretKey)};
    QTest::newRow("loopback") << ownPair << true;
    QTest::newRow("all addresses, own pair")
        << QStringList{u"--listen"_s, u"0.0.0.0"_s} + ownPair << false;
    QTest::newRow("all addresses, demo allowed")
        << QStringList{u"--listen"_s, u"0.0.0.0"_s, u"--allow-demo-credentials-on-network"_s} +
               ownPair
        << true;
}

void TestEmulatorTool::demoCredentialsOnTheNetwork()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, demoAccepted);
    QProcess process;
    QUrl base;
    start(process, arguments, &base);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QByteArray second = process.readLine().trimmed();
    QCOMPARE(second.startsWith("demo SecretId:"), demoAccepted);
    if (!demoAccepted)
        QVERIFY2(second.startsWith("demo credentials: refused"), second.constData());

    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    const EmulatorReply demoReply =
        createSignedBy(base, demo.secretId.toUtf8(), demo.secretKey.utf8());
    QCOMPARE(demoReply.status, 200);
    QCOMPARE(demoReply.api3Code(), demoAccepted ? QString() : u"AuthFailure.SecretIdNotFound"_s);
    const EmulatorReply ownReply = createSignedBy(base, SecretId, SecretKey);
    QVERIFY2(ownReply.api3Code().isEmpty(), ownReply.body.constData());

    process.terminate();
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(10000));
}

namespace {

// DescribeApiKeysStatus or DescribeUsagePlansStatus (API 3.0) signed with the given pair.
QJsonObject listSignedBy(const QUrl &base, QByteArrayView action, QByteArrayView secretId,
                         QByteArrayView secretKey)
{
    EmulatorTestClient client;
    Tc3Call call = tc3Call(QJsonObject{{u"Limit"_s, 1}}, QDateTime::currentSecsSinceEpoch());
    call.action = action.toByteArray();
    signTc3(call, base, secretId, secretKey);
    return send(client, base, call).api3Result();
}

} // namespace

void TestEmulatorTool::seedsKeysAndDemoData()
{
    QProcess process;
    QUrl base;
    start(process,
          {u"--secret-id"_s, QString::fromLatin1(SecretId), u"--secret-key"_s,
           QString::fromLatin1(SecretKey), u"--seed-keys"_s, u"250"_s, u"--demo-data"_s},
          &base);
    if (QTest::currentTestFailed())
        return;
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    // Both accepted accounts: 250 seeded keys and the six demo keys, past the key limit of 50.
    for (const auto &[id, key] : {std::pair{SecretId.toByteArray(), SecretKey.toByteArray()},
                                  std::pair{demo.secretId.toUtf8(), demo.secretKey.utf8()}}) {
        QCOMPARE(
            listSignedBy(base, "DescribeApiKeysStatus", id, key).value(u"TotalCount"_s).toInteger(),
            256);
        QCOMPARE(listSignedBy(base, "DescribeUsagePlansStatus", id, key)
                     .value(u"TotalCount"_s)
                     .toInteger(),
                 2);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestEmulatorTool)
#include "tst_emulatortool.moc"
