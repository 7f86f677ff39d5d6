#include "clock.h"
#include "copyoncedialog.h"
#include "createform.h"
#include "createkeycontroller.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "inmemorysecretstore.h"
#include "keyindex.h"
#include "noncesource.h"
#include "profilesession.h"
#include "profilesettingsstore.h"
#include "savedkeys.h"
#include "scriptedsender.h"
#include "sensitiveclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

// The window's create controller on the fakes: the form and the dialog are real widgets on the
// offscreen platform, the gateway is a ScriptedSender and the keychain an InMemorySecretStore.
class tst_CreateKeyController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createdKeyShowsTheCopyOnceDialog();
    void failureShowsThePanelAndKeepsTheForm();
    void noSecondSendWhileBusy();

private:
    void fillManualKey(const QString &keyId);
    QPushButton *createButton() const
    {
        return m_form->findChild<QPushButton *>(u"createButton"_s);
    }

    FixedClock m_clock = FixedClock::fromSecsSinceEpoch(1'700'000'000);
    FixedNonceSource m_nonces{12345};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileSettingsStore> m_profileStore;
    std::unique_ptr<ProfileSession> m_profile;
    std::unique_ptr<CredentialsController> m_credentials;
    std::unique_ptr<InMemorySecretStore> m_store;
    std::unique_ptr<KeyIndex> m_index;
    std::unique_ptr<SavedKeys> m_savedKeys;
    std::unique_ptr<SensitiveClipboard> m_clipboard;
    std::unique_ptr<QWidget> m_window;
    CreateForm *m_form = nullptr;
    ErrorPanel *m_panel = nullptr;
    std::unique_ptr<ScriptedSender> m_sender;
    std::unique_ptr<CreateKeyController> m_controller;
};

void tst_CreateKeyController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"settings.conf"_s), QSettings::IniFormat);
    m_profileStore = std::make_unique<ProfileSettingsStore>(*m_settings);
    m_profile = std::make_unique<ProfileSession>(*m_profileStore);
    m_credentials = std::make_unique<CredentialsController>(nullptr);
    m_credentials->setInMemory(
        {u"AKIDexampleexampleexample"_s, SecretString(u"exampleSecretKeyexample0"_s), {}});
    m_store = std::make_unique<InMemorySecretStore>();
    m_index = std::make_unique<KeyIndex>(m_dir->filePath(u"keys.ini"_s));
    m_savedKeys = std::make_unique<SavedKeys>(*m_index, *m_store);
    m_clipboard = std::make_unique<SensitiveClipboard>(QApplication::clipboard());
    m_window = std::make_unique<QWidget>();
    m_form = new CreateForm(m_window.get());
    m_panel = new ErrorPanel(QApplication::clipboard(), m_window.get());
    m_sender = std::make_unique<ScriptedSender>();
    m_controller = std::make_unique<CreateKeyController>(
        CreateKeyController::Parts{*m_form, *m_panel, *m_sender, m_clock, m_nonces, *m_profile,
                                   *m_credentials, *m_savedKeys, *m_clipboard, m_window.get()});
    m_window->show();
}

void tst_CreateKeyController::cleanup()
{
    m_controller.reset();
    m_window.reset();
    m_sender.reset();
    m_savedKeys.reset();
    m_index.reset();
    m_store.reset();
    m_clipboard.reset();
    m_credentials.reset();
    m_profile.reset();
    m_profileStore.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_CreateKeyController::fillManualKey(const QString &keyId)
{
    m_form->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"build bot"_s);
    m_form->findChild<QRadioButton *>(u"manualTypeRadio"_s)->click();
    QTest::keyClicks(m_form->findChild<QLineEdit *>(u"keyIdEdit"_s), keyId);
    QTest::keyClicks(m_form->findChild<QLineEdit *>(u"keySecretEdit"_s),
                     u"manualSecret0123456789"_s);
    QVERIFY(createButton()->isEnabled());
}

void tst_CreateKeyController::createdKeyShowsTheCopyOnceDialog()
{
    CreatedKey key;
    key.name = u"build bot"_s;
    key.type = KeyType::Manual;
    key.keyId = u"build_bot_key"_s;
    key.keySecret = SecretString(u"manualSecret0123456789"_s);
    key.createdUtc = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    m_sender->scriptCreated(key);
    QSignalSpy opened(m_controller.get(), &CreateKeyController::copyOnceDialogOpened);
    fillManualKey(key.keyId);
    createButton()->click();

    QVERIFY(opened.wait(2000));
    CopyOnceDialog *dialog = m_controller->openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"keyIdEdit"_s)->text(), key.keyId);
    QVERIFY(m_panel->isHidden());
    QCOMPARE(m_sender->sendCount(), 1);
    // The key is only in the dialog: the window must not go away under it.
    QVERIFY(!m_controller->mayClose());
    // The form was emptied for the next key; the secret lives in the dialog alone.
    QVERIFY(m_form->findChild<QLineEdit *>(u"keySecretEdit"_s)->text().isEmpty());
}

void tst_CreateKeyController::failureShowsThePanelAndKeepsTheForm()
{
    GatewayError error;
    error.kind = GatewayError::Kind::Gateway;
    error.code = u"ResourceInUse.ApiKeyId"_s;
    error.category = ErrorCategory::Duplicate;
    error.message = u"the key id is in use"_s;
    m_sender->script(error);
    QSignalSpy creating(m_controller.get(), &CreateKeyController::creatingChanged);
    QSignalSpy opened(m_controller.get(), &CreateKeyController::copyOnceDialogOpened);
    fillManualKey(u"taken_key_id"_s);
    createButton()->click();

    QTRY_COMPARE(creating.size(), 2);
    QCOMPARE(creating.last().first().toBool(), false);
    QVERIFY(m_panel->isVisible());
    QCOMPARE(opened.size(), 0);
    QVERIFY(!m_controller->openDialog());
    QCOMPARE(m_form->findChild<QLineEdit *>(u"keyIdEdit"_s)->text(), u"taken_key_id"_s);
    QVERIFY(createButton()->isEnabled());
    QVERIFY(m_controller->mayClose());
}

void tst_CreateKeyController::noSecondSendWhileBusy()
{
    m_sender->holdCalls(true);
    fillManualKey(u"build_bot_key"_s);
    createButton()->click();
    QVERIFY(m_controller->isCreating());
    QCOMPARE(m_sender->sendCount(), 1);

    // Neither the button (disabled while busy) nor a second request by any other way sends again.
    createButton()->click();
    m_form->requestCreate();
    QCoreApplication::processEvents();
    QCOMPARE(m_sender->sendCount(), 1);

    m_sender->release();
    QTRY_VERIFY(!m_controller->isCreating());
    QVERIFY(m_panel->isVisible()); // the unscripted send failed with a network error
    QCOMPARE(m_sender->sendCount(), 1);
}

QTEST_MAIN(tst_CreateKeyController)
#include "tst_createkeycontroller.moc"
