// How long one create takes on loopback against the emulator: GatewayClient in-process, and curl
// sending the same kind of signed request. Prints figures; time is never a pass/fail criterion
// here (the machine may be busy), correctness is.

#include "benchmarkfigures.h"
#include "createapikeyresponse.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaytest.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cstdio>

using namespace GatewayTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// Waits in a real event loop: QTest::qWaitFor sleeps 10 ms between its checks, which would
// measure the sleep rather than the round trip.
CreateApiKeyResult sendAndWait(GatewayClient &client, const HttpRequest &request,
                               ApiGeneration generation, double *milliseconds)
{
    QEventLoop loop;
    CreateApiKeyResult result;
    QElapsedTimer timer;
    timer.start();
    GatewayCall *call = client.sendAction(request, generation);
    QObject::connect(call, &GatewayCall::finished, &loop, [&](const GatewayAnswer &answer) {
        *milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        result = CreateApiKeyResponse::decode(answer, KeyType::Auto);
        loop.quit();
    });
    loop.exec();
    call->deleteLater();
    return result;
}

} // namespace

class bench_GatewayClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inProcessClient_data();
    void inProcessClient();
    void curl();

private:
    GatewayEmulator m_emulator;
};

void bench_GatewayClient::initTestCase()
{
    QVERIFY(m_emulator.listen());
    m_emulator.setRateLimit(0);
    m_emulator.setKeyLimit(1'000'000);
}

void bench_GatewayClient::inProcessClient_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("creates");
    const Shape api2Get{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA256,
                        LegacyHttpMethod::Get};
    QTest::newRow("API 3.0 POST") << Shape{} << 200;
    QTest::newRow("API 2.0 GET") << api2Get << 100;
}

void bench_GatewayClient::inProcessClient()
{
    QFETCH(Shape, shape);
    QFETCH(int, creates);
    // The log line per create would be part of what is measured.
    QLoggingCategory::setFilterRules(QStringLiteral("apigw.*=false"));
    GatewayClient client;
    const int createdBefore = m_emulator.createdKeyCount();

    BenchmarkFigures figures;
    const int warmUp = 10;
    for (int i = 0; i < warmUp + creates; ++i) {
        const HttpRequest request = buildRequest(m_emulator, shape, autoKey());
        double milliseconds = 0;
        const CreateApiKeyResult result =
            sendAndWait(client, request, shape.generation, &milliseconds);
        QVERIFY2(std::holds_alternative<CreatedKey>(result), "a create failed");
        if (i >= warmUp)
            figures.milliseconds.append(milliseconds);
    }
    QCOMPARE(m_emulator.createdKeyCount(), createdBefore + warmUp + creates);
    figures.print(qPrintable(u"GatewayClient in-process, "_s + shape.name()));
    QLoggingCategory::setFilterRules(QString());
}

void bench_GatewayClient::curl()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    APIGW_REQUIRE(!curl.isEmpty(), QStringLiteral("curl is not installed"));

    // The same kind of signed API 3.0 request; TC3 has no nonce, so curl may send it repeatedly
    // within the five minutes of allowed skew, each time creating a key.
    const HttpRequest request = buildRequest(m_emulator, Shape{}, autoKey());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile headers(dir.filePath(QStringLiteral("headers")));
    QVERIFY(headers.open(QIODevice::WriteOnly));
    for (const auto &[name, value] : request.headers)
        headers.write(name + ": " + value + "\n");
    headers.close();
    QFile body(dir.filePath(QStringLiteral("body")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(request.body);
    body.close();

    const QStringList arguments{
        QStringLiteral("--silent"),
        QStringLiteral("--show-error"),
        QStringLiteral("--noproxy"),
        QStringLiteral("*"),
        QStringLiteral("--output"),
        QStringLiteral("/dev/null"),
        QStringLiteral("--write-out"),
        QStringLiteral("%{http_code} %{time_total}"),
        QStringLiteral("--request"),
        QString::fromLatin1(request.method),
        QStringLiteral("--header"),
        u"@"_s + headers.fileName(),
        QStringLiteral("--data-binary"),
        u"@"_s + body.fileName(),
        QString::fromLatin1(request.url.toEncoded()),
    };

    const int createdBefore = m_emulator.createdKeyCount();
    const int runs = 60;
    BenchmarkFigures figures;
    for (int i = 0; i < runs; ++i) {
        // curl talks to the emulator in this very process: wait with the event loop running.
        QProcess process;
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        process.start(curl, arguments);
        loop.exec();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> out = process.readAllStandardOutput().split(' ');
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0), QByteArray("200"));
        bool ok = false;
        const double seconds = out.at(1).toDouble(&ok);
        QVERIFY(ok);
        figures.milliseconds.append(seconds * 1000);
    }
    QCOMPARE(m_emulator.createdKeyCount(), createdBefore + runs);
    figures.print("curl (its own time_total), 3.0 POST");
}

QTEST_GUILESS_MAIN(bench_GatewayClient)
#include "bench_gatewayclient.moc"
