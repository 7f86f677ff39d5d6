// The application's window as app/main.cpp builds it, driven through its widgets against the real
// gateway emulator over loopback (demo mode unless said otherwise) and, where credentials are
// kept, the real Secret Service of scripts/test.

#include "apptestdriver.h"
#include "copyoncedialog.h"
#include "createform.h"
#include "createkeycontroller.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "gatewayemulator.h"
#include "gatewaykeyscontroller.h"
#include "gatewaykeysmodel.h"
#include "gatewaykeysview.h"
#include "keychainsecretstore.h"
#include "keystoretest.h"
#include "mainwindow.h"
#include "operatorcredentialstore.h"
#include "profilesession.h"
#include "profilesettingsstore.h"
#include "sensitiveclipboard.h"
#include "settingscontroller.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ApiGeneration)
Q_DECLARE_METATYPE(GatewayEmulator::Fault)
Q_DECLARE_METATYPE(GatewayError::Kind)
Q_DECLARE_METATYPE(ErrorCategory)

namespace {

enum class Mistake { WrongSecretKey, DuplicateKeyId, Fault };

const QString KeyId = u"orders_key_0001"_s;
const QString KeySecret = u"Secret_value_0123456789abcdef"_s;

// Every visible label and button shows all of its text: wide enough for its minimum, and a
// word-wrapped label tall enough for its lines at its width.
QStringList clippedWidgets(QWidget *window)
{
    QStringList clipped;
    const auto check = [&](QWidget *widget, const QString &text) {
        if (!widget->isVisibleTo(window) || text.isEmpty())
            return;
        const QSize minimum = widget->minimumSizeHint();
        const auto *label = qobject_cast<QLabel *>(widget);
        bool ok = widget->width() >= minimum.width() && widget->height() >= minimum.height();
        if (label && label->wordWrap() && label->hasHeightForWidth())
            ok = widget->height() >= label->heightForWidth(widget->width());
        if (!ok)
            clipped.append(u"%1 (%2x%3, needs %4x%5): %6"_s.arg(widget->objectName())
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(minimum.width())
                               .arg(label && label->wordWrap()
                                        ? label->heightForWidth(widget->width())
                                        : minimum.height())
                               .arg(text.left(40)));
    };
    for (QLabel *label : window->findChildren<QLabel *>())
        check(label, label->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        check(button, button->text());
    return clipped;
}

} // namespace

Q_DECLARE_METATYPE(Mistake)

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void demoIsMarkedInTitleAndBanner();
    void createdKeyOpensTheDialogAndResetsTheForm();
    void createOutcomeIsClearedByTheNextCreate();
    void doubleClickAndEnterSendOneRequest();
    void inputsLockedWhileCreating();
    void cancelStopsTheCreateAndKeepsTheInput();
    void failureShowsTheErrorAndKeepsTheInput_data();
    void failureShowsTheErrorAndKeepsTheInput();
    void connectionSettingsReachTheClient();
    void closingWhileAKeyWaitsIsRefused();
    void clipboardClearedWhenTheApplicationEnds();
    void withoutCredentialsCreateIsOffAndSettingsHelp();
    void profilesHaveTheirOwnCredentials();
    void windowLayoutIsRemembered();
    void displayLanguageIsKeptForTheNextStart();
    void keyboardReachesEverything();
    void demoFillsTheGatewayPage();
    void layoutHoldsWhenNarrow_data();
    void layoutHoldsWhenNarrow();

private:
    void removeCredentials(const QString &service, const QString &profile);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::cleanup()
{
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::demoIsMarkedInTitleAndBanner()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QVERIFY(app.window().windowTitle().contains(u"Demo"_s));
    auto *banner = app.find<QLabel>("demoBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(app.emulator()->baseUrl().toString()));
    // Demo credentials are there at once, without a keychain.
    QVERIFY(app.root().credentials().isAvailable());
    QVERIFY(app.root().credentials().keepsInMemoryOnly());

    // The emulator serves whichever generation is chosen.
    QCOMPARE(app.root().profile().settings().endpoint.url,
             app.emulator()->endpointUrl(ApiGeneration::Api3));
    QVERIFY(app.setApiGeneration(ApiGeneration::Api2));
    QCOMPARE(app.root().profile().settings().endpoint.url,
             app.emulator()->endpointUrl(ApiGeneration::Api2));
    QCOMPARE(app.form().apiGeneration(), ApiGeneration::Api2);
}

void TestMainWindow::createdKeyOpensTheDialogAndResetsTheForm()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.typeName(u"orders-service"_s);
    app.chooseManual(KeyId, KeySecret);
    app.clickCreate();
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(app.emulator()->hasKey(KeyId));
    QCOMPARE(app.find<QLineEdit>(dialog, "keyIdEdit")->text(), KeyId);
    // The form forgot the secret once the dialog has it.
    QVERIFY(app.find<QLineEdit>(&app.form(), "nameEdit")->text().isEmpty());
    QVERIFY(app.find<QLineEdit>(&app.form(), "keySecretEdit")->text().isEmpty());
    QVERIFY(!app.form().isBusy());
    QVERIFY(!app.window().errorPanel().isVisible());
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
    QVERIFY(!app.root().createKeyController().openDialog());
}

void TestMainWindow::createOutcomeIsClearedByTheNextCreate()
{
    KEYSTORE_REQUIRE_SANDBOX();
    AppTestDriver app({});
    QVERIFY(app.start());
    app.chooseManual(KeyId, KeySecret);
    QVERIFY(app.createKey(u"first"_s, true));
    auto *notice = app.find<QWidget>("noticeBanner");
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(app.find<QLabel>("noticeLabel")->text().contains(u"saved in the keychain"_s));

    // The same manual id again: the gateway refuses it. The notice about the first create is gone
    // as soon as the second starts, and only the second's error is on screen.
    app.emulator()->setFault(GatewayEmulator::Fault::Delay, 300ms);
    app.typeName(u"second"_s);
    app.chooseManual(KeyId, KeySecret);
    app.clickCreate();
    QVERIFY(app.isCreating());
    QVERIFY(!notice->isVisible());
    QVERIFY(app.waitUntilNotCreating());
    QVERIFY(app.window().errorPanel().isVisible());
    QVERIFY(!notice->isVisible());
}

void TestMainWindow::doubleClickAndEnterSendOneRequest()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    // Slow enough that every extra click lands while the first create is under way.
    app.emulator()->setFault(GatewayEmulator::Fault::Delay, 400ms);
    app.typeName(u"orders-service"_s);
    auto *create = app.find<QPushButton>(&app.form(), "createButton");
    QTest::mouseDClick(create, Qt::LeftButton);
    QTest::mouseClick(create, Qt::LeftButton);
    QTest::keyClick(app.find<QLineEdit>(&app.form(), "nameEdit"), Qt::Key_Return);
    app.form().requestCreate();
    QVERIFY(app.isCreating());

    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    // Anything still queued would have arrived by now.
    QTest::qWait(200);
    QCOMPARE(app.emulator()->requestCount(), 1);
    QCOMPARE(app.emulator()->createdKeyCount(), 1);
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
}

void TestMainWindow::inputsLockedWhileCreating()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.emulator()->setFault(GatewayEmulator::Fault::Delay, 600ms);
    app.typeName(u"orders-service"_s);
    app.clickCreate();
    QVERIFY(app.isCreating());
    QVERIFY(!app.find<QWidget>(&app.form(), "fieldsWidget")->isEnabled());
    QVERIFY(!app.find<QPushButton>(&app.form(), "createButton")->isEnabled());
    QVERIFY(app.find<QProgressBar>(&app.form(), "busyBar")->isVisible());
    QVERIFY(app.find<QPushButton>(&app.form(), "cancelButton")->isVisible());
    // Another profile cannot be chosen under a create that belongs to this one.
    QVERIFY(!app.find<QComboBox>("profileCombo")->isEnabled());
    QVERIFY(app.waitUntilNotCreating());
    QVERIFY(app.find<QComboBox>("profileCombo")->isEnabled());
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
}

void TestMainWindow::cancelStopsTheCreateAndKeepsTheInput()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.emulator()->setFault(GatewayEmulator::Fault::Delay, 30s);
    app.typeName(u"orders-service"_s);
    app.chooseManual(KeyId, KeySecret);
    QSignalSpy received(app.emulator(), &GatewayEmulator::requestReceived);
    app.clickCreate();
    QVERIFY(received.wait(10000));

    auto *cancel = app.find<QPushButton>(&app.form(), "cancelButton");
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!app.isCreating());
    QVERIFY(!app.form().isBusy());

    ErrorPanel &panel = app.window().errorPanel();
    QVERIFY(panel.isVisible());
    QCOMPARE(panel.failure().gateway.kind, GatewayError::Kind::Cancelled);
    // It had left: the user is told that the key may exist anyway.
    QVERIFY(panel.failure().gateway.mayHaveBeenProcessed);
    QVERIFY(!panel.description().mayHaveBeenProcessedWarning.isEmpty());
    QCOMPARE(app.find<QLineEdit>(&app.form(), "nameEdit")->text(), u"orders-service"_s);
    QCOMPARE(app.find<QLineEdit>(&app.form(), "keyIdEdit")->text(), KeyId);
    QCOMPARE(app.find<QLineEdit>(&app.form(), "keySecretEdit")->text(), KeySecret);
    QVERIFY(app.form().canCreate());
    QVERIFY(!app.root().createKeyController().openDialog());
    QCOMPARE(app.emulator()->requestCount(), 1);
}

void TestMainWindow::failureShowsTheErrorAndKeepsTheInput_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<Mistake>("mistake");
    QTest::addColumn<GatewayEmulator::Fault>("fault");
    QTest::addColumn<GatewayError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<int>("httpStatus");

    const auto none = GatewayEmulator::Fault::None;
    const auto gateway = GatewayError::Kind::Gateway;
    QTest::newRow("3.0 wrong SecretKey")
        << ApiGeneration::Api3 << Mistake::WrongSecretKey << none << gateway
        << u"AuthFailure.SignatureFailure"_s << ErrorCategory::Authentication << 200;
    QTest::newRow("2.0 wrong SecretKey")
        << ApiGeneration::Api2 << Mistake::WrongSecretKey << none << gateway << u"4100"_s
        << ErrorCategory::Authentication << 200;
    QTest::newRow("3.0 duplicate key id")
        << ApiGeneration::Api3 << Mistake::DuplicateKeyId << none << gateway
        << u"FailedOperation.AccessKeyExist"_s << ErrorCategory::Duplicate << 200;
    QTest::newRow("2.0 duplicate key id")
        << ApiGeneration::Api2 << Mistake::DuplicateKeyId << none << gateway << u"4000"_s
        << ErrorCategory::Duplicate << 200;
    QTest::newRow("3.0 HTTP 500 page")
        << ApiGeneration::Api3 << Mistake::Fault << GatewayEmulator::Fault::Http500Html
        << GatewayError::Kind::HttpStatus << QString() << ErrorCategory::Unknown << 500;
    QTest::newRow("2.0 HTTP 500 page")
        << ApiGeneration::Api2 << Mistake::Fault << GatewayEmulator::Fault::Http500Html
        << GatewayError::Kind::HttpStatus << QString() << ErrorCategory::Unknown << 500;
    QTest::newRow("3.0 not JSON") << ApiGeneration::Api3 << Mistake::Fault
                                  << GatewayEmulator::Fault::MalformedJson
                                  << GatewayError::Kind::MalformedResponse << QString()
                                  << ErrorCategory::Unknown << 200;
}

void TestMainWindow::failureShowsTheErrorAndKeepsTheInput()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(Mistake, mistake);
    QFETCH(GatewayEmulator::Fault, fault);
    QFETCH(GatewayError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(ErrorCategory, category);
    QFETCH(int, httpStatus);

    AppTestDriver app({});
    QVERIFY(app.start());
    QVERIFY(app.setApiGeneration(generation));

    switch (mistake) {
    case Mistake::WrongSecretKey:
        // As a user would mistype it in Settings.
        QVERIFY(app.changeSettings([](SettingsDialog &dialog) {
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"replaceCredentialsButton"_s),
                              Qt::LeftButton);
            auto *edit = dialog.findChild<QLineEdit *>(u"secretKeyEdit"_s);
            QTest::keyClicks(edit, u"notTheDemoSecretKey000000000000"_s);
        }));
        QVERIFY(app.root().credentials().isAvailable());
        break;
    case Mistake::DuplicateKeyId: {
        app.typeName(u"first"_s);
        app.chooseManual(KeyId, KeySecret);
        app.clickCreate();
        CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
        QVERIFY(dialog);
        QVERIFY(app.leaveCopyOnceDialog(dialog, false));
        break;
    }
    case Mistake::Fault:
        app.emulator()->setFault(fault);
        break;
    }

    app.typeName(u"orders-service"_s);
    app.chooseManual(KeyId, KeySecret);
    const int before = app.emulator()->requestCount();
    app.clickCreate();
    QVERIFY(app.waitUntilNotCreating());
    QCOMPARE(app.emulator()->requestCount(), before + 1);
    QVERIFY(!app.root().createKeyController().openDialog());

    ErrorPanel &panel = app.window().errorPanel();
    QVERIFY(panel.isVisible());
    const GatewayError &error = panel.failure().gateway;
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.generation, generation);
    if (!code.isEmpty())
        QCOMPARE(error.code, code);
    if (kind == GatewayError::Kind::Gateway)
        QCOMPARE(error.category, category);
    QCOMPARE(error.httpStatus, httpStatus);
    if (generation == ApiGeneration::Api3 && kind == GatewayError::Kind::Gateway)
        QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!panel.description().title.isEmpty());
    QVERIFY(!panel.description().whatToDo.isEmpty());
    QVERIFY(!panel.detailsText().contains(KeySecret));

    // The input is kept for a correction and another try.
    QCOMPARE(app.find<QLineEdit>(&app.form(), "nameEdit")->text(), u"orders-service"_s);
    QCOMPARE(app.find<QLineEdit>(&app.form(), "keyIdEdit")->text(), KeyId);
    QCOMPARE(app.find<QLineEdit>(&app.form(), "keySecretEdit")->text(), KeySecret);
    QVERIFY(app.find<QPushButton>(&app.form(), "createButton")->isEnabled());

    // Dismissed, it goes; a success afterwards hides any earlier failure too.
    QTest::mouseClick(app.find<QAbstractButton>(&panel, "dismissButton"), Qt::LeftButton);
    QVERIFY(!panel.isVisible());
}

void TestMainWindow::connectionSettingsReachTheClient()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    // A file that is readable (the dialog checks no more) but holds no certificate.
    const QString bundle = QDir(app.folder()).filePath(u"not-a-bundle.pem"_s);
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not PEM\n");
    file.close();
    QVERIFY(app.changeSettings([&](SettingsDialog &dialog) {
        dialog.findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(5);
        dialog.findChild<QLineEdit *>(u"caBundleEdit"_s)->setText(bundle);
    }));

    // The idle timeout of the profile ends a create that gets no answer...
    app.emulator()->setFault(GatewayEmulator::Fault::Delay, 30s);
    app.typeName(u"orders-service"_s);
    QElapsedTimer elapsed;
    elapsed.start();
    app.clickCreate();
    QVERIFY(app.waitUntilNotCreating(20000));
    QCOMPARE(app.window().errorPanel().failure().gateway.kind, GatewayError::Kind::Timeout);
    QVERIFY(elapsed.elapsed() >= 4500);
    QVERIFY(app.window().errorPanel().failure().gateway.mayHaveBeenProcessed);
    // ...and the CA bundle that cannot be used is reported, not silently ignored.
    QVERIFY2(app.find<QLabel>("noticeLabel")->text().contains(u"CA bundle"_s),
             qPrintable(app.find<QLabel>("noticeLabel")->text()));
}

void TestMainWindow::closingWhileAKeyWaitsIsRefused()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.typeName(u"orders-service"_s);
    app.clickCreate();
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    // The secret exists nowhere else yet: the window stays, the dialog comes forward.
    QVERIFY(!app.window().close());
    QVERIFY(app.window().isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
    QVERIFY(app.window().close());
}

void TestMainWindow::clipboardClearedWhenTheApplicationEnds()
{
    QString secret;
    {
        AppTestDriver app({});
        QVERIFY(app.start());
        app.typeName(u"orders-service"_s);
        app.clickCreate();
        CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
        QVERIFY(dialog);
        QTest::mouseClick(app.find<QPushButton>(dialog, "copySecretButton"), Qt::LeftButton);
        secret = QGuiApplication::clipboard()->text();
        QVERIFY(!secret.isEmpty());
        QVERIFY(app.root().clipboard().holdsOurValue());
        QVERIFY(app.root().clipboard().secondsLeft() > 0);
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestMainWindow::withoutCredentialsCreateIsOffAndSettingsHelp()
{
    KEYSTORE_REQUIRE_SANDBOX();
    GatewayEmulator gateway;
    QVERIFY(gateway.listen());
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();

    QTemporaryDir folder;
    QString service;
    {
        AppTestDriver app({false, folder.path(), {}});
        service = app.keychainService();
        QVERIFY(app.start());
        QTRY_COMPARE(app.root().credentials().state(), CredentialsController::State::Missing);
        QVERIFY(app.window().windowTitle().contains(u"Demo"_s) == false);
        QVERIFY(!app.find<QLabel>("demoBanner")->isVisible());

        app.typeName(u"orders-service"_s);
        QVERIFY(!app.find<QPushButton>(&app.form(), "createButton")->isEnabled());
        auto *hint = app.find<QLabel>(&app.form(), "hintLabel");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"credentials"_s), qPrintable(hint->text()));
        auto *openSettings = app.find<QPushButton>(&app.form(), "openSettingsButton");
        QVERIFY(openSettings->isVisible());
        QTest::mouseClick(openSettings, Qt::LeftButton);
        SettingsDialog *dialog = app.root().settingsController().dialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());

        // Credentials and a private endpoint, entered in Settings.
        QVERIFY(app.changeSettings([&](SettingsDialog &settings) {
            auto *endpoint = settings.findChild<QLineEdit *>(u"endpointEdit"_s);
            endpoint->setText(gateway.endpointUrl(ApiGeneration::Api3).toString());
            QTest::keyClicks(settings.findChild<QLineEdit *>(u"secretIdEdit"_s), demo.secretId);
            QTest::keyClicks(settings.findChild<QLineEdit *>(u"secretKeyEdit"_s),
                             demo.secretKey.toString());
        }));
        QVERIFY(app.root().credentials().isAvailable());
        auto *notice = app.find<QLabel>("noticeLabel");
        QTRY_VERIFY2(notice->text().contains(u"saved in the keychain"_s),
                     qPrintable(notice->text()));
        QVERIFY(app.find<QPushButton>(&app.form(), "createButton")->isEnabled());
        QVERIFY(!hint->isVisible());

        app.clickCreate();
        CopyOnceDialog *created = app.waitForCopyOnceDialog();
        QVERIFY(created);
        QCOMPARE(gateway.requestCount(), 1);
        QVERIFY(app.leaveCopyOnceDialog(created, false));
    }

    // The settings file holds the endpoint, never the credentials' secret.
    QFile settingsFile(folder.filePath(u"settings.ini"_s));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray written = settingsFile.readAll();
    QVERIFY(written.contains(QByteArray::number(gateway.port())));
    QVERIFY(!written.contains(demo.secretKey.utf8()));
    QVERIFY(!written.contains(demo.secretId.toUtf8()));

    // After a restart they come from the keychain.
    {
        AppTestDriver app({false, folder.path(), service});
        QVERIFY(app.start());
        QTRY_COMPARE(app.root().credentials().state(), CredentialsController::State::Present);
        QCOMPARE(app.root().credentials().credentials().secretId, demo.secretId);
        app.typeName(u"orders-service"_s);
        QVERIFY(app.find<QPushButton>(&app.form(), "createButton")->isEnabled());
    }
    removeCredentials(service, ProfileSettingsStore::defaultProfileName());
}

void TestMainWindow::profilesHaveTheirOwnCredentials()
{
    KEYSTORE_REQUIRE_SANDBOX();
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    AppTestDriver app({false, {}, {}});
    QVERIFY(app.start());
    QTRY_COMPARE(app.root().credentials().state(), CredentialsController::State::Missing);
    QVERIFY(app.changeSettings([&](SettingsDialog &settings) {
        QTest::keyClicks(settings.findChild<QLineEdit *>(u"secretIdEdit"_s), demo.secretId);
        QTest::keyClicks(settings.findChild<QLineEdit *>(u"secretKeyEdit"_s),
                         demo.secretKey.toString());
    }));
    QTRY_VERIFY(app.find<QLabel>("noticeLabel")->text().contains(u"saved in the keychain"_s));

    // A new profile, named in a dialog, starts without credentials.
    app.window().findChild<QAction *>(u"newProfileAction"_s)->trigger();
    auto *ask = app.window().findChild<QInputDialog *>(u"newProfileDialog"_s);
    QVERIFY(ask && ask->isVisible());
    ask->setTextValue(u"second account"_s);
    ask->accept();
    QCOMPARE(app.root().profile().profileName(), u"second account"_s);
    QVERIFY(app.window().windowTitle().contains(u"second account"_s));
    QTRY_COMPARE(app.root().credentials().state(), CredentialsController::State::Missing);
    auto *combo = app.find<QComboBox>("profileCombo");
    QCOMPARE(combo->currentText(), u"second account"_s);
    QCOMPARE(combo->count(), 2);

    // Back to the first: its credentials come back from the keychain.
    combo->setCurrentIndex(combo->findText(ProfileSettingsStore::defaultProfileName()));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(app.root().profile().profileName(), ProfileSettingsStore::defaultProfileName());
    QTRY_COMPARE(app.root().credentials().state(), CredentialsController::State::Present);
    QCOMPARE(app.root().credentials().credentials().secretId, demo.secretId);

    // A name taken already is refused with a reason.
    app.window().findChild<QAction *>(u"newProfileAction"_s)->trigger();
    ask = app.window().findChild<QInputDialog *>(u"newProfileDialog"_s);
    QVERIFY(ask);
    ask->setTextValue(u"second account"_s);
    ask->accept();
    QCOMPARE(app.root().profile().profileName(), ProfileSettingsStore::defaultProfileName());
    QVERIFY(app.find<QLabel>("noticeLabel")->text().contains(u"already"_s));

    removeCredentials(app.keychainService(), ProfileSettingsStore::defaultProfileName());
}

void TestMainWindow::windowLayoutIsRemembered()
{
    QTemporaryDir folder;
    QSize size;
    {
        AppTestDriver app({true, folder.path(), {}});
        QVERIFY(app.start());
        app.window().resize(700, 520);
        QTRY_COMPARE(app.window().size(), QSize(700, 520));
        size = app.window().size();
        app.root().saveWindowLayout();
    }
    AppTestDriver app({true, folder.path(), {}});
    QVERIFY(app.start());
    QCOMPARE(app.window().size(), size);
}

void TestMainWindow::displayLanguageIsKeptForTheNextStart()
{
    // In demo mode too: the profiles are the demo's, the language is the user's.
    QTemporaryDir folder;
    QString settingsPath;
    {
        AppTestDriver app({true, folder.path(), {}});
        QVERIFY(app.start());
        settingsPath = app.settingsPath();
        QVERIFY(app.changeSettings([](SettingsDialog &dialog) {
            auto *combo = dialog.findChild<QComboBox *>(u"displayLanguageCombo"_s);
            combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
        }));
    }
    QSettings file(settingsPath, QSettings::IniFormat);
    QCOMPARE(file.value(u"application/language"_s).toString(), u"zh_CN"_s);

    AppTestDriver app({true, folder.path(), {}});
    QVERIFY(app.start());
    QVERIFY(app.changeSettings([](SettingsDialog &dialog) {
        QCOMPARE(dialog.displayLanguage(), u"zh_CN"_s);
        QVERIFY(!dialog.findChild<QLabel *>(u"displayLanguageNoteLabel"_s)->isVisible());
    }));
}

void TestMainWindow::keyboardReachesEverything()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window()));

    // Tab walks the create page from top to bottom, then the toolbar and the page tabs, and
    // round again.
    auto *name = app.find<QLineEdit>(&app.form(), "nameEdit");
    name->setFocus();
    QTest::keyClicks(name, u"orders"_s);
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order, QStringList({u"nameEdit"_s, u"autoTypeRadio"_s, u"createButton"_s,
                                 u"profileCombo"_s, u"qt_tabwidget_tabbar"_s, u"nameEdit"_s}));
    name->clear();

    // Mnemonics: the pages, the fields, and the accessible names a screen reader reads.
    QTest::keyClick(&app.window(), Qt::Key_V, Qt::AltModifier);
    QCOMPARE(app.find<QTabWidget>("pagesTab")->currentWidget()->objectName(), u"savedKeysPage"_s);
    QTest::keyClick(&app.window(), Qt::Key_K, Qt::AltModifier);
    QCOMPARE(app.find<QTabWidget>("pagesTab")->currentWidget()->objectName(), u"createPage"_s);
    QTest::keyClick(&app.window(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(app.find<QLineEdit>(&app.form(), "keyIdEdit")->isVisible());
    QTest::keyClick(&app.window(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, u"keyboard-only"_s);
    // A button's mnemonic animates its click, which lands a moment later.
    QTest::keyClick(&app.window(), Qt::Key_G, Qt::AltModifier); // Generate id and secret
    QTRY_VERIFY(!app.find<QLineEdit>(&app.form(), "keyIdEdit")->text().isEmpty());
    QVERIFY2(app.form().canCreate(),
             qPrintable(app.find<QLabel>(&app.form(), "hintLabel")->text()));
    QTest::keyClick(&app.window(), Qt::Key_C, Qt::AltModifier); // Create key
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
    QVERIFY(!app.find<QComboBox>("profileCombo")->accessibleName().isEmpty());
    QVERIFY(!app.find<QTabWidget>("pagesTab")->accessibleName().isEmpty());
}

void TestMainWindow::demoFillsTheGatewayPage()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    // Nothing is asked of the gateway before the page is shown.
    QCOMPARE(app.emulator()->requestCount("DescribeApiKeysStatus"), 0);
    QTest::keyClick(&app.window(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(app.find<QTabWidget>("pagesTab")->currentWidget()->objectName(), u"gatewayKeysPage"_s);
    GatewayKeysModel &model = app.root().gatewayKeysController().view().model();
    QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 15000);
    QCOMPARE(model.rowCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(model.hasPlanBindings(), 15000);
    QStringList plans;
    for (int row = 0; row < model.rowCount(); ++row)
        plans.append(model.index(row, GatewayKeysModel::UsagePlans).data().toString());
    QVERIFY(plans.contains(u"restricted, standard"_s));
}

void TestMainWindow::layoutHoldsWhenNarrow_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("roomy") << 960;
    QTest::newRow("narrow") << 420;
}

void TestMainWindow::layoutHoldsWhenNarrow()
{
    QFETCH(int, width);
    AppTestDriver app({});
    QVERIFY(app.start());
    app.window().resize(width, 600);
    // Everything that can show at once: a failed create (with the panel) on a manual key.
    app.emulator()->setFault(GatewayEmulator::Fault::Http500Html);
    app.typeName(u"payments-reconciliation-service-eu"_s);
    app.chooseManual(KeyId, KeySecret);
    app.clickCreate();
    QVERIFY(app.waitUntilNotCreating());
    QVERIFY(app.window().errorPanel().isVisible());
    app.window().showNotice(
        MainWindow::NoticeKind::Information,
        u"A notice long enough to need more than one line in a narrow window."_s);
    QTRY_VERIFY(clippedWidgets(&app.window()).isEmpty());
    // The window may grow beyond the width asked for only as far as its minimum.
    QVERIFY2(app.window().minimumSizeHint().width() <= 480,
             qPrintable(QString::number(app.window().minimumSizeHint().width())));
    const QStringList clipped = clippedWidgets(&app.window());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));

    app.window().showSavedKeysPage();
    // The page lays itself out from posted events, which a loaded machine may deliver late.
    QTRY_VERIFY2(clippedWidgets(&app.window()).isEmpty(),
                 qPrintable(clippedWidgets(&app.window()).join(u'\n')));

    // The keys on the gateway, with a key selected so that every action button shows.
    app.emulator()->setFault(GatewayEmulator::Fault::None);
    app.window().showGatewayKeysPage();
    GatewayKeysView &gateway = app.root().gatewayKeysController().view();
    QTRY_VERIFY_WITH_TIMEOUT(gateway.model().hasLoaded() && !gateway.model().isLoading(), 15000);
    QVERIFY(gateway.selectKey(gateway.model().key(0).keyId));
    QTRY_VERIFY2(clippedWidgets(&app.window()).isEmpty(),
                 qPrintable(clippedWidgets(&app.window()).join(u'\n')));
    QVERIFY2(app.window().minimumSizeHint().width() <= 480,
             qPrintable(QString::number(app.window().minimumSizeHint().width())));
}

void TestMainWindow::removeCredentials(const QString &service, const QString &profile)
{
    KeychainSecretStore store(service);
    OperatorCredentialStore credentials(store);
    QVERIFY(KeystoreTest::waitForJob(credentials.remove(profile),
                                     [](SecretStoreJob *job) { QVERIFY(job->succeeded()); }));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
