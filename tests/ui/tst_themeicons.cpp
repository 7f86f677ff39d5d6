// Without an icon theme (a bare window manager, a minimal container) every action and button that
// has an icon still shows one: the bundled fallbacks in resources/icons, through Qt resources.

#include "apptestdriver.h"
#include "copyoncedialog.h"
#include "mainwindow.h"
#include "themeicons.h"

#include <QAbstractButton>
#include <QAction>
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

} // namespace

class TestThemeIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
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
