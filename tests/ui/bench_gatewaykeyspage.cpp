// The "Keys on the gateway" page with 5,000 keys on an emulator of its own process (so that its
// work never counts as the window's): time to the first page shown, time to the whole list
// fetched by scrolling to the end, the peak memory, and the longest stall of the event loop while
// fetching (goal: under 50 ms). Prints figures; asserts only what the user relies on (every key
// listed once, no page refused by the rate limit), never a time, since the machine may be busy.

#include "benchmarkfigures.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaykeys.h"
#include "gatewaykeysmodel.h"
#include "gatewaykeysview.h"
#include "noncesource.h"
#include "sensitiveclipboard.h"
#include "testenvironment.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeyCount = 5000;

// The peak resident memory of this process so far (VmHWM), in MiB.
double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(u"^VmHWM:\\s+(\\d+) kB"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// The longest the event loop went without running a 1 ms timer, beyond that millisecond: how
// long the window could not have answered the user.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_clock.restart();
            m_longest = std::max(m_longest, gap - 1.0);
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

} // namespace

class bench_GatewayKeysPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fiveThousandKeys();

private:
    QProcess m_emulator;
    QUrl m_endpoint;
};

void bench_GatewayKeysPage::initTestCase()
{
    QLoggingCategory::setFilterRules(u"apigw.*=false"_s);
    const QString program = qEnvironmentVariable("APIGW_EMULATOR_EXECUTABLE");
    QVERIFY(QFileInfo(program).isExecutable());
    m_emulator.setProcessChannelMode(QProcess::SeparateChannels);
    // The emulator's default rate limit is the gateway's (20 a second): the page keeps to it.
    m_emulator.start(program, {u"--port"_s, u"0"_s, u"--seed-keys"_s, QString::number(KeyCount)});
    QVERIFY(m_emulator.waitForStarted(10000));
    const QRegularExpression listening(u"listening on (\\S+)"_s);
    QByteArray said;
    QVERIFY(QTest::qWaitFor(
        [&] {
            said += m_emulator.readAllStandardOutput();
            return listening.match(QString::fromUtf8(said)).hasMatch();
        },
        20000));
    m_endpoint = QUrl(listening.match(QString::fromUtf8(said)).captured(1));
    m_endpoint.setPath(u"/"_s);
    QVERIFY(m_endpoint.isValid());
}

void bench_GatewayKeysPage::cleanupTestCase()
{
    m_emulator.terminate();
    m_emulator.waitForFinished(5000);
}

void bench_GatewayKeysPage::fiveThousandKeys()
{
    GatewayClient client;
    SystemClock clock;
    SystemNonceSource nonces;
    GatewayKeys keys(client, clock, nonces);
    GatewayEndpoint endpoint;
    endpoint.url = m_endpoint;
    keys.setAccount(GatewayEmulator::demoCredentials(), endpoint);
    SensitiveClipboard clipboard(QGuiApplication::clipboard());
    const double memoryBefore = peakMemoryMiB();

    GatewayKeysView view(keys, clipboard, QGuiApplication::clipboard());
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGeneration(ApiGeneration::Api3);
    view.setReady(true);
    GatewayKeysModel &model = view.model();
    auto *table = view.findChild<QTableView *>(u"keysTable"_s);
    QVERIFY(table);

    const int runs = qEnvironmentVariableIntValue("APIGW_BENCH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("APIGW_BENCH_RUNS")
                         : 3;
    BenchmarkFigures firstPage;
    BenchmarkFigures wholeList;
    BenchmarkFigures stalls;
    StallMeter meter;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        meter.start();
        timer.start();
        view.reload();
        QVERIFY(QTest::qWaitFor([&] { return model.hasLoaded() && !model.isLoading(); }, 20000));
        // Shown: the rows are laid out and painted once.
        table->viewport()->repaint();
        firstPage.milliseconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(model.totalCount(), KeyCount);

        // The user drags the scroll bar to the end again and again; the view asks for more.
        while (!model.isComplete()) {
            QVERIFY2(!model.hasFailed(), "a page failed");
            const int before = model.rowCount();
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            QVERIFY(QTest::qWaitFor([&] { return model.rowCount() > before; }, 20000));
        }
        wholeList.milliseconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        stalls.milliseconds.append(meter.stop());

        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.key(row).keyId);
        QCOMPARE(ids.size(), KeyCount);
        QCOMPARE(model.pagesRequested(), KeyCount / GatewayKeysModel::PageSize);
    }
    firstPage.print("gateway page: first page shown (5000 keys)");
    wholeList.print("gateway page: all 5000 keys fetched");
    stalls.print("gateway page: longest event-loop stall");
    std::printf("BENCHMARK gateway page: longest stall %.1f ms (goal: under 50 ms); peak memory "
                "%.1f MiB, %.1f MiB more than before the page\n",
                stalls.percentile(1.0), peakMemoryMiB(), peakMemoryMiB() - memoryBefore);
    std::fflush(stdout);
}

QTEST_MAIN(bench_GatewayKeysPage)
#include "bench_gatewaykeyspage.moc"
