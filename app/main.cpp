// apigw-keys: the composition root's front door. Parses the command line, makes the
// CompositionRoot, shows its window and runs the event loop.

#include "applicationidentity.h"
#include "applicationstyle.h"
#include "compositionroot.h"
#include "languagechoice.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QPixmap>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

struct CommandLine
{
    bool demo = false;
    QString screenshotFile;
    bool quitAfterScreenshot = false;
    bool benchmarkStartup = false;
};

// --help and --version need no display; everything else is parsed once QApplication has taken
// its own options (-platform, -style ...) out of the arguments.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// A --lang that names no translation is refused, like --help answered, without needing a display.
bool namesNoTranslation(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const std::optional<QString> language = LanguageChoice::commandLineValue(arguments);
    return language && !LanguageChoice::translationFor(*language);
}

// --lang, else the setting, else the system's language: before the parser is made, since its own
// help text is translated too. Null, after saying why on stderr, for a --lang that names no
// translation: what was asked for cannot be given. A setting that names none is only warned
// about: the user did not ask for it now, and the window is where they can fix it.
std::unique_ptr<TranslationLoader> installTranslations()
{
    QString error;
    QString warning;
    auto translations = CompositionRoot::installTranslations(&error, &warning);
    if (!warning.isEmpty())
        std::fprintf(stderr, "apigw-keys: %s\n", qPrintable(warning));
    if (!translations)
        std::fprintf(stderr, "apigw-keys: %s\n", qPrintable(error));
    return translations;
}

// Once the window is shown and has settled: its picture to `file`. The documentation's pictures of
// other states come from tools/screenshots.
void screenshotWhenSettled(MainWindow &window, const QString &file, bool quitAfter)
{
    // Long enough for posted layout requests and a repaint.
    QTimer::singleShot(std::chrono::milliseconds(300), &window, [&window, file, quitAfter] {
        if (!window.grab().save(file, "PNG")) {
            std::fprintf(stderr, "apigw-keys: no screenshot: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(1);
            return;
        }
        std::fprintf(stderr, "apigw-keys: wrote %s\n", qPrintable(file));
        if (quitAfter)
            QCoreApplication::exit(0);
    });
}

// `forText`: the --help/--version path. Only there can the option descriptions be printed, so only
// there are the translations listed (a look through the resources, a quarter of a millisecond of
// the window's start-up otherwise).
CommandLine parse(const QCoreApplication &app, bool forText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Create API key pairs on Tencent Cloud API Gateway, "
                                            "copy the new secret safely, and keep secrets in the "
                                            "system keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Try every flow against a gateway emulator built in, "
                                            "on 127.0.0.1, with demo credentials kept in memory."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Once the window is shown and idle, write a PNG of it "
                                            "to FILE, and go on running."),
        QStringLiteral("FILE"));
    // Read by installTranslations(); declared here for --help and so that the parser accepts it.
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show everything in LANGUAGE (%1), whatever the "
                                            "setting and the system's language say.")
            .arg(forText ? TranslationLoader::availableLanguages().join(QStringLiteral(", "))
                         : QString()),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption quitAfterScreenshot(
        QStringLiteral("quit-after-screenshot"),
        QCoreApplication::translate("main", "Quit once the screenshot is written."));
    QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"));
    benchmarkStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, language, screenshot, quitAfterScreenshot, benchmarkStartup});
    parser.process(app);

    CommandLine line;
    line.demo = parser.isSet(demo);
    line.screenshotFile = parser.value(screenshot);
    line.quitAfterScreenshot = parser.isSet(quitAfterScreenshot);
    line.benchmarkStartup = parser.isSet(benchmarkStartup);
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv) || namesNoTranslation(argc, argv)) {
        QCoreApplication app(argc, argv);
        ApplicationIdentity::apply();
        const auto translations = installTranslations();
        if (!translations)
            return 2;
        parse(app, true); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    // The libraries' progress notes (requests sent, keys created by the demo's emulator) are for
    // whoever asks with QT_LOGGING_RULES, which takes precedence over this.
    QLoggingCategory::setFilterRules(QStringLiteral("apigw.*.debug=false\napigw.*.info=false"));
    const auto translations = installTranslations();
    if (!translations)
        return 2;
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.apigwkeys.ApigwKeys"));
    const CommandLine line = parse(app, false);

    QApplication::setStyle(new ApplicationStyle); // before the first widget asks for a style
    CompositionRoot root(CompositionRoot::Options::forUser(line.demo));
    QString error;
    if (!root.start(&error)) {
        std::fprintf(stderr, "apigw-keys: %s\n", qPrintable(error));
        return 1;
    }
    // SIGTERM (the session ending, kill), SIGINT and SIGHUP quit as the menu does: the clipboard
    // cleared, a created key kept.
    QString signalProblem;
    if (!root.watchQuitSignals(&signalProblem))
        std::fprintf(stderr, "apigw-keys: quit signals not watched: %s\n",
                     qPrintable(signalProblem));
    root.showWindow();
    if (line.benchmarkStartup)
        StartupProbe::reportWhenIdle();
    if (!line.screenshotFile.isEmpty())
        screenshotWhenSettled(root.mainWindow(), line.screenshotFile, line.quitAfterScreenshot);
    return app.exec();
}
