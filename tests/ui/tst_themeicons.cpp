// Without an icon theme (a bare window manager, a minimal container) every action and button that
// has an icon still shows one: the bundled fallbacks in resources/icons, through Qt resources.
// And they cost start-up no image-format plugin.

#include "applicationstyle.h"
#include "apptestdriver.h"
#include "copyoncedialog.h"
#include "mainwindow.h"
#include "themeicons.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QImageReader>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// Null when the icon cannot draw anything, which is what a missing fallback looks like.
bool drawsAt(const QIcon &icon, int size)
{
    return !icon.isNull() && !icon.pixmap(size).isNull();
}

// The image-format plugins (SVG, JPEG, GIF ...) this process has loaded, from its memory map.
QStringList loadedImageFormatPlugins()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {u"(cannot read /proc/self/maps)"_s};
    QStringList plugins;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype at = line.indexOf("/imageformats/");
        if (at >= 0 && !plugins.contains(QString::fromUtf8(line.mid(at))))
            plugins.append(QString::fromUtf8(line.mid(at)));
    }
    return plugins;
}

} // namespace

class TestThemeIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowDrawnWithoutImageFormatPlugins(); // first: nothing may have loaded one yet
    void applicationIconIsBundled();
    void everyActionAndButtonHasAnIcon();

private:
    QTemporaryDir m_noThemes;
};

void TestThemeIcons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Before any widget: no theme anywhere, so only the bundled icons can answer.
    QIcon::setThemeSearchPaths({m_noThemes.path()});
    QIcon::setFallbackSearchPaths({});
    QIcon::setThemeName(u"no-such-theme"_s);
    QIcon::setFallbackThemeName(u"no-such-theme"_s);
    QVERIFY(!QIcon::hasThemeIcon(u"edit-copy"_s));
    QVERIFY(!QIcon::hasThemeIcon(u"apigw-keys"_s));
}

// The window as main.cpp makes it, drawn with its icons, loads none of the image-format plugins:
// asking each whether it reads PNG was a tenth of the start-up time (ThemeIcons::action,
// ApplicationStyle). Then a plain QImageReader, which does ask them, shows the check can fail.
void TestThemeIcons::windowDrawnWithoutImageFormatPlugins()
{
    QVERIFY2(loadedImageFormatPlugins().isEmpty(),
             qPrintable(loadedImageFormatPlugins().join(u' ')));
    QApplication::setStyle(new ApplicationStyle);
    {
        AppTestDriver app({});
        QVERIFY(app.start());
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        const QPixmap drawn = app.window().grab();
        QVERIFY(!drawn.isNull());
        auto *createButton = app.find<QAbstractButton>("createButton");
        QVERIFY(createButton && drawsAt(createButton->icon(), 16));
        // The menu bar's overflow button, which ApplicationStyle gives Qt's own picture.
        const QIcon overflow = app.window().menuBar()->style()->standardIcon(
            QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, app.window().menuBar());
        QVERIFY(drawsAt(overflow, 16));
        QVERIFY2(loadedImageFormatPlugins().isEmpty(),
                 qPrintable(loadedImageFormatPlugins().join(u' ')));
    }

    QImageReader probing(u":/icons/actions/edit-copy.png"_s);
    QCOMPARE(probing.format(), QByteArray("png"));
    // QtGui's own package installs the GIF, ICO and JPEG plugins.
    QVERIFY(!loadedImageFormatPlugins().isEmpty());
}

void TestThemeIcons::applicationIconIsBundled()
{
    const QIcon icon = ThemeIcons::application();
    for (const int size : {16, 32, 48, 256})
        QVERIFY2(drawsAt(icon, size), qPrintable(QString::number(size)));
    QVERIFY(icon.availableSizes().contains(QSize(48, 48))); // a real size, not a scaled one
}

void TestThemeIcons::everyActionAndButtonHasAnIcon()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    MainWindow &window = app.window();

    for (const char *name : {"settingsAction", "newProfileAction", "quitAction", "aboutAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1StringView(name));
        QVERIFY2(action, name);
        QVERIFY2(drawsAt(action->icon(), 16), name);
    }
    const auto checkButtons = [](const QObject *parent, std::initializer_list<const char *> names) {
        for (const char *name : names) {
            auto *button = parent->findChild<QAbstractButton *>(QLatin1StringView(name));
            QVERIFY2(button, name);
            QVERIFY2(drawsAt(button->icon(), 16), name);
            QVERIFY2(!button->text().isEmpty(), name); // the icon is beside the words, not for them
        }
    };
    checkButtons(&window, {"retryCredentialsButton", "dismissNoticeButton", "showSecretButton",
                           "openSettingsButton", "cancelButton", "createButton", "dismissButton",
                           "copyDetailsButton"});

    app.find<QTabWidget>("pagesTab")->setCurrentWidget(app.find<QWidget>("savedKeysPage"));
    checkButtons(&window,
                 {"reloadIndexButton", "copySecretButton", "copyKeyIdButton", "removeButton"});

    app.typeName(u"icons"_s);
    app.chooseAutomatic();
    app.find<QTabWidget>("pagesTab")->setCurrentWidget(app.find<QWidget>("createPage"));
    app.clickCreate();
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    checkButtons(dialog,
                 {"copyKeyIdButton", "showSecretButton", "copySecretButton", "retrySaveButton"});
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
}

QTEST_MAIN(TestThemeIcons)
#include "tst_themeicons.moc"
