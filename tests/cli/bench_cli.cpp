// Whole-process time of `apigw-keys-cli create`, and of `gateway list --all` over 5,000 keys,
// against the emulator, beside curl sending equivalent signed requests to the same emulator, in
// one run. Prints figures; the goal (the CLI within 1.5 times curl) is read from them, never
// asserted, since the machine may be busy.

#include "benchmarkfigures.h"
#include "createapikeyrequest.h"
#include "gatewayemulator.h"
#include "keyactions.h"
#include "requestsigning.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class bench_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliAndCurl();
    void listAllAndCurl();

private:
    // Starts the program and waits with the event loop running, since the emulator answering it
    // lives in this process. Returns the wall time from start to exit.
    double runOnce(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, QByteArray *out);
    static QProcessEnvironment demoEnvironment(const QString &configHome);

    GatewayEmulator m_emulator;
};

void bench_Cli::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.setRateLimit(0);
    m_emulator.setKeyLimit(1'000'000);
    QLoggingCategory::setFilterRules(u"apigw.*=false"_s);
}

double bench_Cli::runOnce(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment, QByteArray *out)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    loop.exec();
    const double milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? milliseconds
                                                                                   : -1;
}

QProcessEnvironment bench_Cli::demoEnvironment(const QString &configHome)
{
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, demo.secretId);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, demo.secretKey.toString());
    return environment;
}

void bench_Cli::cliAndCurl()
{
    const QString cli = qEnvironmentVariable("APIGW_CLI_EXECUTABLE");
    QVERIFY(QFileInfo(cli).isExecutable());
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    APIGW_REQUIRE(!curl.isEmpty(), u"curl is not installed"_s);
    QTemporaryDir config;
    QVERIFY(config.isValid());

    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    const QProcessEnvironment environment = demoEnvironment(config.path());
    const QUrl endpoint = m_emulator.endpointUrl(ApiGeneration::Api3);
    const QStringList cliArguments = {u"create"_s,     u"--name"_s,         u"bench"_s,
                                      u"--endpoint"_s, endpoint.toString(), u"--json"_s};

    // curl gets the same kind of signed API 3.0 request; TC3 has no nonce, so one request may be
    // sent repeatedly within the allowed skew, each time creating a key.
    SystemClock clock;
    SystemNonceSource nonces;
    GatewayEndpoint target;
    target.url = endpoint;
    KeySpec spec;
    spec.name = u"bench"_s;
    const BuiltRequest built = CreateApiKeyRequestBuilder(clock, nonces).build(spec, demo, target);
    QVERIFY(built.isValid());
    QTemporaryDir dir;
    QFile headers(dir.filePath(u"headers"_s));
    QVERIFY(headers.open(QIODevice::WriteOnly));
    for (const auto &[name, value] : built.request.headers)
        headers.write(name + ": " + value + "\n");
    headers.close();
    const QStringList curlArguments = {
        u"--silent"_s,
        u"--show-error"_s,
        u"--noproxy"_s,
        u"*"_s,
        u"--fail"_s,
        u"--request"_s,
        u"POST"_s,
        u"--header"_s,
        u"@"_s + headers.fileName(),
        u"--data-binary"_s,
        QString::fromUtf8(built.request.body),
        QString::fromLatin1(built.request.url.toEncoded()),
    };

    const int createdBefore = m_emulator.createdKeyCount();
    const int runs = 15;
    BenchmarkFigures cliFigures;
    BenchmarkFigures curlFigures;
    QByteArray out;
    // Alternating the two spreads any change in the machine's load over both.
    for (int i = 0; i < runs + 1; ++i) {
        const double cliTime = runOnce(cli, cliArguments, environment, &out);
        QVERIFY2(cliTime >= 0, out.constData());
        QVERIFY(out.contains("\"keyId\""));
        const double curlTime = runOnce(curl, curlArguments, environment, &out);
        QVERIFY2(curlTime >= 0, out.constData());
        QVERIFY(out.contains("AccessKeySecret"));
        if (i == 0)
            continue; // warm-up: page cache, first D-Bus and TLS library loads
        cliFigures.milliseconds.append(cliTime);
        curlFigures.milliseconds.append(curlTime);
    }
    QCOMPARE(m_emulator.createdKeyCount(), createdBefore + 2 * (runs + 1));
    cliFigures.print("apigw-keys-cli create, whole process, 3.0");
    curlFigures.print("curl, whole process, same signed request");
    std::printf("BENCHMARK cli/curl median ratio %.2f (goal: at most 1.5)\n",
                cliFigures.median() / curlFigures.median());
    std::fflush(stdout);
}

void bench_Cli::listAllAndCurl()
{
    const QString cli = qEnvironmentVariable("APIGW_CLI_EXECUTABLE");
    QVERIFY(QFileInfo(cli).isExecutable());
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    APIGW_REQUIRE(!curl.isEmpty(), u"curl is not installed"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    constexpr int keyCount = 5000;
    constexpr int pageSize = 100;
    const int before = m_emulator.keyCount(demo.secretId);
    m_emulator.seedKeys(keyCount - before, demo.secretId);
    QCOMPARE(m_emulator.keyCount(demo.secretId), keyCount);

    const QProcessEnvironment environment = demoEnvironment(dir.path());
    const QUrl endpoint = m_emulator.endpointUrl(ApiGeneration::Api3);
    const QStringList cliArguments = {u"gateway"_s,    u"list"_s,          u"--all"_s,
                                      u"--limit"_s,    u"100"_s,           u"--json"_s,
                                      u"--endpoint"_s, endpoint.toString()};

    // The gateway admits 20 listings a second per account, so the CLI spaces its pages
    // (GatewayCommand::MinPageInterval) and curl is held to the same pace with --rate; the
    // emulator holds both to the limit as the gateway would.
    m_emulator.setRateLimit(20);
    const auto unlimited = qScopeGuard([this] { m_emulator.setRateLimit(0); });

    // curl gets the same pages as signed API 3.0 requests, all in one process (one config file
    // with a request per page), as a script paging with curl would at best.
    SystemClock clock;
    SystemNonceSource nonces;
    GatewayEndpoint target;
    target.url = endpoint;
    QFile config(dir.filePath(u"curl.config"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("rate = \"19/s\"\n");
    for (int offset = 0; offset < keyCount; offset += pageSize) {
        KeyQuery query;
        query.offset = offset;
        query.limit = pageSize;
        const BuiltRequest built =
            RequestSigner(clock, nonces)
                .sign(KeyActions::listKeys(query, ApiGeneration::Api3), demo, target);
        QVERIFY(built.isValid());
        QFile body(dir.filePath(u"body%1"_s.arg(offset)));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(built.request.body);
        body.close();
        if (offset > 0)
            config.write("next\n");
        // A fresh connection per page, as the CLI makes (docs/PROTOCOL.md, *Never retry a
        // create*); on a kept-alive one the emulator's answer waits on delayed ACKs.
        config.write("silent\nshow-error\nfail\nnoproxy = \"*\"\nrequest = \"POST\"\n"
                     "header = \"Connection: close\"\n");
        for (const auto &[name, value] : built.request.headers)
            config.write("header = \"" + name + ": " + value + "\"\n");
        config.write("data-binary = \"@" + body.fileName().toUtf8() + "\"\n");
        config.write("url = \"" + built.request.url.toEncoded() + "\"\n");
    }
    config.close();
    const QStringList curlArguments = {u"--config"_s, config.fileName()};

    const int runs = 3;
    BenchmarkFigures cliFigures;
    BenchmarkFigures curlFigures;
    QByteArray out;
    for (int i = 0; i < runs + 1; ++i) {
        // A second's pause, so that one run's requests never count in the next one's second.
        QTest::qWait(1100);
        const double cliTime = runOnce(cli, cliArguments, environment, &out);
        QVERIFY2(cliTime >= 0, out.left(2000).constData());
        // Exactly one JSON object, holding every key.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        QCOMPARE(out.count("\"keyId\""), keyCount);
        QTest::qWait(1100);
        const double curlTime = runOnce(curl, curlArguments, environment, &out);
        QVERIFY2(curlTime >= 0, out.left(2000).constData());
        QCOMPARE(out.count("\"AccessKeyId\""), keyCount);
        if (i == 0)
            continue;
        cliFigures.milliseconds.append(cliTime);
        curlFigures.milliseconds.append(curlTime);
    }
    cliFigures.print("cli gateway list --all --json, 5000 keys");
    curlFigures.print("curl --rate 19/s, the same 50 signed pages");
    std::printf("BENCHMARK list --all cli/curl median ratio %.2f (goal: at most 1.5)\n",
                cliFigures.median() / curlFigures.median());
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(bench_Cli)
#include "bench_cli.moc"
