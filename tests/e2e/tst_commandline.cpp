// apigw-keys as a process: its command line and --screenshot in demo mode on the offscreen
// platform; and apigw-keys-screenshots, which makes the README's pictures of the demo's states.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run run(const QStringList &arguments, int timeoutMs = 60000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(APIGW_KEYS_EXECUTABLE), arguments, timeoutMs, environment);
}

Run runScreenshots(const QStringList &arguments)
{
    return runProgram(QStringLiteral(APIGW_SCREENSHOTS_EXECUTABLE), arguments);
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

// A throw-away config folder whose settings.ini holds `language` (none when empty), and a system
// locale of `locale`.
struct LanguageSetup
{
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    LanguageSetup(const QString &locale, const QString &language)
    {
        environment.insert(u"LC_ALL"_s, locale);
        environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
        QDir(config.path()).mkpath(u"apigw-keys"_s);
        QFile settings(config.filePath(u"apigw-keys/settings.ini"_s));
        if (!language.isEmpty() && settings.open(QIODevice::WriteOnly))
            settings.write("[application]\nlanguage=" + language.toUtf8() + "\n");
    }
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpNeedsNoDisplay();
    void helpFollowsTheSystemLanguage();
    void versionIsTheProjects();
    void languageChoice_data();
    void languageChoice();
    void unknownLanguageOptionIsAUsageError();
    void unknownLanguageSettingIsPassedOver();
    void unknownOptionIsRefused();
    void screenshotOfTheDemo();
    void screenshotToolRefusesUnknownStates();
    void screenshotToolShowsEveryState_data();
    void screenshotToolShowsEveryState();
};

void TestCommandLine::helpNeedsNoDisplay()
{
    // No platform at all: --help must not need one.
    qputenv("QT_QPA_PLATFORM", "no-such-platform");
    const Run help = run({u"--help"_s});
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    for (const QString &option :
         {u"--demo"_s, u"--screenshot"_s, u"--quit-after-screenshot"_s, u"--version"_s})
        QVERIFY2(help.out.contains(option), qPrintable(help.out));
    QVERIFY(!help.out.contains(u"--benchmark-startup"_s));
    // The documentation's states are the screenshot tool's, not the shipped program's.
    QVERIFY(!help.out.contains(u"--screenshot-state"_s));
}

void TestCommandLine::helpFollowsTheSystemLanguage()
{
    const QByteArray before = qgetenv("LC_ALL");
    qputenv("LC_ALL", "zh_CN.UTF-8");
    const Run help = run({u"--help"_s});
    qputenv("LC_ALL", before);
    QCOMPARE(help.exitCode, 0);
    // The application's own description, in Chinese.
    QVERIFY2(hasHan(help.out), qPrintable(help.out));
}

void TestCommandLine::versionIsTheProjects()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(APIGW_VERSION)), qPrintable(version.out));
}

void TestCommandLine::languageChoice_data()
{
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("system") << u"zh_CN.UTF-8"_s << QString() << QStringList() << true;
    QTest::newRow("setting over system") << u"C"_s << u"zh_CN"_s << QStringList() << true;
    QTest::newRow("setting over system, back to English")
        << u"zh_CN.UTF-8"_s << u"en"_s << QStringList() << false;
    QTest::newRow("--lang over setting")
        << u"C"_s << u"en"_s << QStringList{u"--lang"_s, u"zh_CN"_s} << true;
    QTest::newRow("--lang=en over system and setting")
        << u"zh_CN.UTF-8"_s << u"zh_CN"_s << QStringList{u"--lang=en"_s} << false;
}

void TestCommandLine::languageChoice()
{
    QFETCH(QString, systemLocale);
    QFETCH(QString, setting);
    QFETCH(QStringList, arguments);
    QFETCH(bool, chinese);
    LanguageSetup setup(systemLocale, setting);
    const Run help = run(arguments + QStringList{u"--help"_s}, 60000, setup.environment);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    QVERIFY(help.out.contains(u"--lang <LANGUAGE>"_s));
    QCOMPARE(hasHan(help.out), chinese);
    // Qt's own words too: QCommandLineParser's description of --help comes from qtbase's
    // translation (qt6-translations-l10n).
    QCOMPARE(help.out.contains(u"Displays help on commandline options."_s), !chinese);
}

void TestCommandLine::unknownLanguageOptionIsAUsageError()
{
    LanguageSetup setup(u"C"_s, QString());
    setup.environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s); // no display needed
    const std::pair<QStringList, QString> cases[] = {
        {{u"--lang"_s, u"klingon"_s}, u"'klingon'"_s},
        {{u"--lang=fr"_s, u"--help"_s}, u"'fr'"_s}, // refused before the help is printed
    };
    for (const auto &[arguments, asked] : cases) {
        const Run refused = run(arguments, 60000, setup.environment);
        QVERIFY(refused.finished);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        // What was asked for, and what there is.
        for (const QString &word : {u"--lang"_s, asked, u"zh_CN"_s, u"en"_s})
            QVERIFY2(refused.err.contains(word), qPrintable(refused.err));
    }
}

void TestCommandLine::unknownLanguageSettingIsPassedOver()
{
    // A hand-edited settings file must not keep the application from starting.
    LanguageSetup setup(u"zh_CN.UTF-8"_s, u"xx_YY"_s);
    const Run help = run({u"--help"_s}, 60000, setup.environment);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.err.contains(u"xx_YY"_s), qPrintable(help.err));
    QVERIFY(hasHan(help.out)); // the system's language
}

void TestCommandLine::unknownOptionIsRefused()
{
    const Run unknown = run({u"--no-such-option"_s});
    QVERIFY(unknown.finished);
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(unknown.err.contains(u"no-such-option"_s));
}

void TestCommandLine::screenshotOfTheDemo()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"window.png"_s);
    const Run shot = run({u"--demo"_s, u"--screenshot"_s, file, u"--quit-after-screenshot"_s});
    QVERIFY2(shot.finished, "did not quit after the screenshot");
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QVERIFY2(shot.err.contains(u"apigw-keys: wrote "_s), qPrintable(shot.err));
    QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.height() >= 300);
}

void TestCommandLine::screenshotToolRefusesUnknownStates()
{
    QTemporaryDir dir;
    const Run unknown = runScreenshots({u"nonsense"_s, dir.filePath(u"x.png"_s)});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"saved-keys"_s), qPrintable(unknown.err)); // lists the states
    const Run noFile = runScreenshots({u"window"_s});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
}

void TestCommandLine::screenshotToolShowsEveryState_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("window") << u"window"_s;
    QTest::newRow("form") << u"form"_s;
    QTest::newRow("error") << u"error"_s;
    QTest::newRow("dialog") << u"dialog"_s;
    QTest::newRow("settings") << u"settings"_s;
    QTest::newRow("saved keys") << u"saved-keys"_s; // saves three keys in the keychain
}

void TestCommandLine::screenshotToolShowsEveryState()
{
    QFETCH(QString, state);
    QTemporaryDir dir;
    const QString file = dir.filePath(state + u".png"_s);
    const Run shot = runScreenshots({state, file});
    QVERIFY2(shot.finished, "did not quit after the screenshot");
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 400 && image.height() >= 300);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
