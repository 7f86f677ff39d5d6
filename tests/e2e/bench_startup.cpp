// Start-up of apigw-keys against a minimal Qt Widgets program that shows one label, on the
// offscreen platform: the time from starting the process to its window being shown with the
// event loop idle, and the peak memory (VmHWM) by then, as the program reads it at that moment.
// Median of several runs each, taken in turns so that all meet the same machine load. The goals
// are within TimeGoal of the minimal program on time and MemoryGoal on memory; this prints the
// figures and both ratios and never fails on them, only when a program does not start.
// APIGW_BENCH_BASELINE=/path/to/another/apigw-keys adds that build to the turns (a before/after
// comparison under the same load); APIGW_BENCH_RUNS changes the number of runs (at least 21).

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinimumRuns = 21;
constexpr double TimeGoal = 1.5;
constexpr double MemoryGoal = 1.35;

struct Sample
{
    double milliseconds = 0;
    double peakMiB = 0;
};

// Starts the program and waits for its "ready <peak KiB>" line, which it prints at its first idle
// (ui/startupprobe.h): the peak memory is read inside, at that moment, since the program goes on
// working after it.
std::optional<Sample> measure(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    while (!out.contains('\n')) {
        if (!process.waitForReadyRead(30000)) {
            qWarning("%s did not report ready", qPrintable(program));
            process.kill();
            process.waitForFinished();
            return std::nullopt;
        }
        out += process.readAllStandardOutput();
    }
    Sample sample;
    sample.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    const QByteArray line = out.left(out.indexOf('\n'));
    bool ok = false;
    const qint64 peakKiB = line.startsWith("ready ") ? line.mid(6).toLongLong(&ok) : 0;
    process.closeWriteChannel(); // the program quits when its standard input closes
    if (!process.waitForFinished(30000) || !ok || peakKiB <= 0) {
        qWarning("%s: unexpected report '%s'", qPrintable(program), line.constData());
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    sample.peakMiB = double(peakKiB) / 1024.0;
    return sample;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void startupAgainstMinimalProgram();
};

void BenchStartup::startupAgainstMinimalProgram()
{
    struct Candidate
    {
        QString label;
        QString program;
        QStringList arguments;
        QList<double> milliseconds;
        QList<double> peakMiB;
    };
    QList<Candidate> candidates = {
        {u"minimal Qt Widgets program"_s, QStringLiteral(APIGW_MINIMAL_WIDGETS), {}, {}, {}},
        {u"apigw-keys"_s,
         QStringLiteral(APIGW_KEYS_EXECUTABLE),
         {u"--benchmark-startup"_s},
         {},
         {}},
        {u"apigw-keys --demo"_s,
         QStringLiteral(APIGW_KEYS_EXECUTABLE),
         {u"--demo"_s, u"--benchmark-startup"_s},
         {},
         {}},
    };
    const QString baseline = qEnvironmentVariable("APIGW_BENCH_BASELINE");
    if (!baseline.isEmpty())
        candidates.append({u"baseline apigw-keys"_s, baseline, {u"--benchmark-startup"_s}, {}, {}});
    const int runs = std::max(MinimumRuns, qEnvironmentVariableIntValue("APIGW_BENCH_RUNS"));

    // One run of each first, unmeasured, so the file cache is warm for all alike.
    for (const Candidate &candidate : candidates)
        QVERIFY2(measure(candidate.program, candidate.arguments), qPrintable(candidate.label));
    for (int run = 0; run < runs; ++run) {
        for (Candidate &candidate : candidates) {
            const std::optional<Sample> sample = measure(candidate.program, candidate.arguments);
            QVERIFY2(sample, qPrintable(candidate.label));
            candidate.milliseconds.append(sample->milliseconds);
            candidate.peakMiB.append(sample->peakMiB);
        }
    }

    const double baseTime = median(candidates.first().milliseconds);
    const double baseMemory = median(candidates.first().peakMiB);
    std::printf("\nStart-up to the first idle moment after show, offscreen, median of %d runs "
                "(goal: within %.2fx of the minimal program on time, %.2fx on memory)\n",
                runs, TimeGoal, MemoryGoal);
    std::printf("  %-28s %10s %8s %12s %8s\n", "program", "time ms", "ratio", "peak MiB", "ratio");
    for (const Candidate &candidate : candidates) {
        const double time = median(candidate.milliseconds);
        const double memory = median(candidate.peakMiB);
        std::printf("  %-28s %10.1f %7.2fx %12.1f %7.2fx\n", qPrintable(candidate.label), time,
                    time / baseTime, memory, memory / baseMemory);
    }
    const double appTime = median(candidates.at(1).milliseconds) / baseTime;
    const double appMemory = median(candidates.at(1).peakMiB) / baseMemory;
    std::printf("  apigw-keys is %s the goal on time (%.2fx) and %s it on memory (%.2fx)\n\n",
                appTime <= TimeGoal ? "within" : "OVER", appTime,
                appMemory <= MemoryGoal ? "within" : "OVER", appMemory);
    std::printf("BENCHMARK startup apigw-keys/minimal median ratio: time %.2f (goal: at most "
                "%.2f), peak memory %.2f (goal: at most %.2f), %d runs\n",
                appTime, TimeGoal, appMemory, MemoryGoal, runs);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
