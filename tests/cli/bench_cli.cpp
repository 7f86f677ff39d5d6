// Whole-process time of `apigw-keys-cli create` against the emulator, beside curl sending an
// equivalent signed request to the same emulator, in one run. Prints figures; the goal (the CLI
// within 1.5 times curl) is read from them, never asserted, since the machine may be busy.

#include "benchmarkfigures.h"
#include "createapikeyrequest.h"
#include "gatewayemulator.h"
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

private:
    // Starts the program and waits with the event loop running, since the emulator answering it
    // lives in this process. Returns the wall time from start to exit.
    double runOnce(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, QByteArray *out);

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

void bench_Cli::cliAndCurl()
{
    const QString cli = qEnvironmentVariable("APIGW_CLI_EXECUTABLE");
    QVERIFY(QFileInfo(cli).isExecutable());
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    APIGW_REQUIRE(!curl.isEmpty(), u"curl is not installed"_s);
    QTemporaryDir config;
    QVERIFY(config.isValid());

    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"TENCENTCLOUD_SECRET_ID"_s, demo.secretId);
    environment.insert(u"TENCENTCLOUD_SECRET_KEY"_s, demo.secretKey.toString());
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

QTEST_GUILESS_MAIN(bench_Cli)
#include "bench_cli.moc"
