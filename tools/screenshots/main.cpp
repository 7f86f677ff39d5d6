// apigw-keys-screenshots: the documentation's pictures of the demo, in any of the states that
// ScreenshotDirector knows. Not installed: it is the shipped window (CompositionRoot, started as
// app/main.cpp starts it, quit signals included) with a director on top.

#include "applicationidentity.h"
#include "applicationstyle.h"
#include "compositionroot.h"
#include "screenshotdirector.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    QLoggingCategory::setFilterRules(u"apigw.*.debug=false\napigw.*.info=false"_s);
    QString problem;
    QString warning;
    const auto translations = CompositionRoot::installTranslations(&problem, &warning);
    if (!warning.isEmpty())
        std::fprintf(stderr, "apigw-keys-screenshots: %s\n", qPrintable(warning));
    if (!translations) {
        std::fprintf(stderr, "apigw-keys-screenshots: %s\n", qPrintable(problem));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Brings the demo's window to STATE and writes a PNG of it to FILE, then quits."_s);
    parser.addHelpOption();
    const QCommandLineOption language(u"lang"_s, u"The window's language, as apigw-keys --lang."_s,
                                      u"LANGUAGE"_s);
    const QCommandLineOption keepRunning(
        u"keep-running"_s, u"Go on running once the picture is written (until a quit signal)."_s);
    parser.addOptions({language, keepRunning});
    parser.addPositionalArgument(u"STATE"_s, ScreenshotDirector::stateNames().join(u", "));
    parser.addPositionalArgument(u"FILE"_s, u"The PNG file to write."_s);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    const std::optional<ScreenshotDirector::State> state =
        ScreenshotDirector::stateFromName(positional.at(0));
    if (!state) {
        std::fprintf(stderr, "apigw-keys-screenshots: unknown state '%s' (one of: %s)\n",
                     qPrintable(positional.at(0)),
                     qPrintable(ScreenshotDirector::stateNames().join(u", ")));
        return 2;
    }

    QApplication::setStyle(new ApplicationStyle);
    CompositionRoot root(CompositionRoot::Options::forUser(true));
    if (!root.start(&problem)) {
        std::fprintf(stderr, "apigw-keys-screenshots: %s\n", qPrintable(problem));
        return 1;
    }
    if (!root.watchQuitSignals(&problem))
        std::fprintf(stderr, "apigw-keys-screenshots: quit signals not watched: %s\n",
                     qPrintable(problem));
    root.showWindow();
    ScreenshotDirector director(root, positional.at(1), *state, !parser.isSet(keepRunning));
    director.start();
    return app.exec();
}
