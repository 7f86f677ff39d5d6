// apigw-keys as a process: its command line, and --screenshot in demo mode on the offscreen
// platform, the way the README's pictures are made.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(APIGW_KEYS_EXECUTABLE), arguments);
    Run result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpNeedsNoDisplay();
    void helpFollowsTheSystemLanguage();
    void versionIsTheProjects();
    void unknownOptionIsRefused();
    void screenshotStatesNeedDemo();
    void screenshotOfTheDemo_data();
    void screenshotOfTheDemo();
};

void TestCommandLine::helpNeedsNoDisplay()
{
    // No platform at all: --help must not need one.
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    const Run help = run({u"--help"_s});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--demo"_s, u"--screenshot"_s, u"--screenshot-state"_s,
                                  u"--quit-after-screenshot"_s, u"--version"_s})
        QVERIFY2(help.out.contains(option), qPrintable(help.out));
    QVERIFY(!help.out.contains(u"--benchmark-startup"_s));
}

void TestCommandLine::helpFollowsTheSystemLanguage()
{
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", "zh_CN.UTF-8");
    const Run help = run({u"--help"_s});
    qputenv("LC_ALL", before);
    QCOMPARE(help.exitCode, 0);
    // The application's own description, in Chinese.
    const bool hasHan = std::any_of(help.out.cbegin(), help.out.cend(),
                                    [](QChar c) { return c.script() == QChar::Script_Han; });
    QVERIFY2(hasHan, qPrintable(help.out));
}

void TestCommandLine::versionIsTheProjects()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(APIGW_VERSION)), qPrintable(version.out));
}

void TestCommandLine::unknownOptionIsRefused()
{
    const Run unknown = run({u"--no-such-option"_s});
    QVERIFY(unknown.finished);
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains(u"no-such-option"_s));
}

void TestCommandLine::screenshotStatesNeedDemo()
{
    QTemporaryDir dir;
    const Run refused = run({u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--screenshot-state"_s,
                             u"error"_s, u"--quit-after-screenshot"_s});
    QCOMPARE(refused.exitCode, 2);
    const Run unknown = run({u"--demo"_s, u"--screenshot"_s, dir.filePath(u"x.png"_s),
                             u"--screenshot-state"_s, u"nonsense"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
}

void TestCommandLine::screenshotOfTheDemo_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("window") << u"window"_s;
    QTest::newRow("form") << u"form"_s;
    QTest::newRow("error") << u"error"_s;
    QTest::newRow("dialog") << u"dialog"_s;
    QTest::newRow("settings") << u"settings"_s;
    QTest::newRow("saved keys") << u"saved-keys"_s; // saves three keys in the keychain
}

void TestCommandLine::screenshotOfTheDemo()
{
    QFETCH(QString, state);
    QTemporaryDir dir;
    const QString file = dir.filePath(state + u".png"_s);
    const Run shot = run({u"--demo"_s, u"--screenshot"_s, file, u"--screenshot-state"_s, state,
                          u"--quit-after-screenshot"_s});
    QVERIFY2(shot.finished, "did not quit after the screenshot");
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.height() >= 300);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
