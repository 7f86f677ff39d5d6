// The copy-once dialog's "Save in the keychain", answered by the application through SavedKeys
// against the real Secret Service of scripts/test: a save that works, and one that fails because
// the keyring is really locked (over D-Bus, as a screen locker would) and then works on Retry.
// Locking the shared login keyring disturbs other tests, so this one runs alone (RUN_SERIAL).

#include "apptestdriver.h"
#include "copyoncedialog.h"
#include "createkeycontroller.h"
#include "credentialscontroller.h"
#include "gatewayemulator.h"
#include "keyindex.h"
#include "keyringcontrol.h"
#include "keystoretest.h"
#include "mainwindow.h"
#include "savedkeys.h"
#include "savedkeysview.h"
#include "secretscan.h"
#include "sensitiveclipboard.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using KeystoreTest::waitForJob;

class TestSaveToKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void savedWhenLeavingTheDialog();
    void failedSaveIsShownAndRetried();
    void failedRemovalSaysWhichHalfAndKeepsTheKey();
    void credentialsThatCannotBeSavedAreExplained();

private:
    // The secret on the clipboard after pressing the dialog's Copy secret.
    QString copySecret(AppTestDriver &app, CopyOnceDialog *dialog);
    QByteArray readSecret(AppTestDriver &app, const QString &recordId);
    void removeKey(AppTestDriver &app, const QString &recordId);
    bool unlock();

    QString m_collection;
    QList<QByteArray> m_secrets;
};

void TestSaveToKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
    QString error;
    m_collection = KeyringControl::defaultCollection(&error);
    QVERIFY2(!m_collection.isEmpty(), qPrintable(error));
}

void TestSaveToKeychain::cleanup()
{
    // Whatever a test did, the next one (and the next test program) finds the keyring open.
    QVERIFY(unlock());
    QGuiApplication::clipboard()->clear();
}

void TestSaveToKeychain::cleanupTestCase()
{
    if (!KeystoreTest::inKeychainSandbox() || m_secrets.isEmpty())
        return;
    // The created secrets went to the keychain only: no file of the sandbox holds them in any
    // encoding (the keyring's own file is encrypted).
    const SecretScan::Findings findings =
        SecretScan::scan(qEnvironmentVariable("APIGW_TEST_SANDBOX"), m_secrets);
    QVERIFY(findings.filesScanned > 0);
    QVERIFY2(findings.hits.isEmpty(), qPrintable(findings.hits.join(u'\n')));
}

void TestSaveToKeychain::savedWhenLeavingTheDialog()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.typeName(u"orders-service"_s);
    app.clickCreate();
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    const QString secret = copySecret(app, dialog);
    const QString keyId = app.find<QLineEdit>(dialog, "keyIdEdit")->text();
    QVERIFY(app.find<QCheckBox>(dialog, "saveToKeychainCheck")->isChecked()); // on by default
    QVERIFY(app.leaveCopyOnceDialog(dialog, true));
    // Leaving cleared the clipboard, which still held our value.
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    const QList<KeyRecord> records = app.root().keyIndex().records();
    QCOMPARE(records.size(), 1);
    const KeyRecord &record = records.first();
    QCOMPARE(record.keyId, keyId);
    QCOMPARE(record.name, u"orders-service"_s);
    QCOMPARE(record.type, KeyType::Auto);
    QCOMPARE(record.generation, ApiGeneration::Api3);
    QCOMPARE(record.endpoint, app.emulator()->endpointUrl(ApiGeneration::Api3));
    QCOMPARE(record.region, GatewayEndpoint::defaultRegion());
    QCOMPARE(record.account, GatewayEmulator::demoCredentials().secretId);
    QVERIFY(record.secretInKeychain);
    QCOMPARE(readSecret(app, record.id()), secret.toUtf8());
    QTRY_VERIFY(app.find<QLabel>("noticeLabel")->text().contains(u"Saved keys"_s));
    removeKey(app, record.id());
}

void TestSaveToKeychain::failedSaveIsShownAndRetried()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    app.typeName(u"orders-service"_s);
    app.chooseManual(u"locked_keyring_key"_s, u"Locked_keyring_secret_0123"_s);
    m_secrets.append("Locked_keyring_secret_0123");
    app.clickCreate();
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);

    QString error;
    QVERIFY2(KeyringControl::lock(m_collection, &error), qPrintable(error));
    AppTestDriver::tick(app.find<QCheckBox>(dialog, "acknowledgeCheck"), true);
    QPushButton *done =
        app.find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->saveState(), CopyOnceDialog::SaveState::Failed, 20000);

    // The key stays on screen with the reason and Retry; leaving again does not drop it.
    QVERIFY(dialog->isVisible());
    auto *status = app.find<QLabel>(dialog, "saveStatusLabel");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"keychain"_s), qPrintable(status->text()));
    QVERIFY(!status->text().contains(u"Locked_keyring_secret_0123"_s));
    auto *retry = app.find<QPushButton>(dialog, "retrySaveButton");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(done, Qt::LeftButton);
    QVERIFY(dialog->isVisible());

    // The record was kept, not yet claiming the secret.
    QCOMPARE(app.root().keyIndex().records().size(), 1);
    const KeyRecord record = app.root().keyIndex().records().first();
    QVERIFY(!record.secretInKeychain);

    QVERIFY(unlock());
    QSignalSpy closed(&app.root().createKeyController(),
                      &CreateKeyController::copyOnceDialogClosed);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(closed.wait(20000));
    QCOMPARE(closed.first().first().toBool(), true);
    QVERIFY(app.root().keyIndex().find(record.id())->secretInKeychain);
    QCOMPARE(readSecret(app, record.id()), QByteArray("Locked_keyring_secret_0123"));
    // Failing and retrying the save never sent the create again.
    QCOMPARE(app.emulator()->requestCount(), 1);
    removeKey(app, record.id());
}

void TestSaveToKeychain::failedRemovalSaysWhichHalfAndKeepsTheKey()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QString secret;
    QVERIFY(app.createKey(u"to-be-removed"_s, true, nullptr, &secret));
    m_secrets.append(secret.toUtf8());
    QCOMPARE(app.root().keyIndex().records().size(), 1);
    const QString recordId = app.root().keyIndex().records().first().id();

    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    QVERIFY(view.selectRecord(recordId));
    QString error;
    QVERIFY2(KeyringControl::lock(m_collection, &error), qPrintable(error));
    QSignalSpy failed(&view, &SavedKeysView::removeFailed);
    QTest::mouseClick(app.find<QPushButton>(&view, "removeButton"), Qt::LeftButton);
    auto *confirmation = view.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirmation && confirmation->isVisible());
    QTest::mouseClick(app.find<QPushButton>(confirmation, "confirmRemoveButton"), Qt::LeftButton);
    QVERIFY(failed.wait(20000));

    // The keychain half failed, so nothing was removed: the key stays listed, and says why.
    auto *status = app.find<QLabel>(&view, "statusLabel");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"could not be deleted from the keychain"_s),
             qPrintable(status->text()));
    QVERIFY(app.root().keyIndex().find(recordId));

    QVERIFY(unlock());
    QCOMPARE(readSecret(app, recordId), secret.toUtf8());
    QSignalSpy removed(&view, &SavedKeysView::removed);
    QVERIFY(view.selectRecord(recordId));
    view.removeSelected();
    confirmation = view.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirmation);
    QTest::mouseClick(app.find<QPushButton>(confirmation, "confirmRemoveButton"), Qt::LeftButton);
    QVERIFY(removed.wait(20000));
    QVERIFY(!app.root().keyIndex().find(recordId));
}

void TestSaveToKeychain::credentialsThatCannotBeSavedAreExplained()
{
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    AppTestDriver app({false, {}, {}});
    QVERIFY(app.start());
    QTRY_COMPARE(app.root().credentials().state(), CredentialsController::State::Missing);

    QString error;
    QVERIFY2(KeyringControl::lock(m_collection, &error), qPrintable(error));
    QVERIFY(app.changeSettings([&](SettingsDialog &settings) {
        QTest::keyClicks(settings.findChild<QLineEdit *>(u"secretIdEdit"_s), demo.secretId);
        QTest::keyClicks(settings.findChild<QLineEdit *>(u"secretKeyEdit"_s),
                         demo.secretKey.toString());
    }));
    auto *notice = app.find<QLabel>("noticeLabel");
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(u"could not be saved in the keychain"_s),
                             20000);
    // The reason is the keychain's, in words; never the secret.
    QVERIFY2(notice->text().contains(u"locked"_s, Qt::CaseInsensitive) ||
                 notice->text().contains(u"refused"_s),
             qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(demo.secretKey.toString()));
    // Usable for this session all the same, and nothing went to the settings file.
    QVERIFY(app.root().credentials().isAvailable());
    QFile settings(app.settingsPath());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(demo.secretKey.utf8()));

    // After a restart they are not there: they were never stored.
    QVERIFY(unlock());
    AppTestDriver again({false, app.folder(), app.keychainService()});
    QVERIFY(again.start());
    QTRY_COMPARE(again.root().credentials().state(), CredentialsController::State::Missing);
}

QString TestSaveToKeychain::copySecret(AppTestDriver &app, CopyOnceDialog *dialog)
{
    QTest::mouseClick(app.find<QPushButton>(dialog, "copySecretButton"), Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || mime->data(SensitiveClipboard::passwordManagerHintFormat()) != "secret")
        return {};
    const QString secret = mime->text();
    m_secrets.append(secret.toUtf8());
    return secret;
}

QByteArray TestSaveToKeychain::readSecret(AppTestDriver &app, const QString &recordId)
{
    QByteArray secret;
    const bool finished = waitForJob(app.root().savedKeys().readSecret(recordId),
                                     [&](SecretStoreJob *job) { secret = job->secret().utf8(); });
    return finished ? secret : QByteArray();
}

void TestSaveToKeychain::removeKey(AppTestDriver &app, const QString &recordId)
{
    QVERIFY(waitForJob(app.root().savedKeys().remove(recordId),
                       [](SavedKeyJob *job) { QVERIFY(job->succeeded()); }));
}

bool TestSaveToKeychain::unlock()
{
    if (m_collection.isEmpty())
        return true;
    if (!KeyringControl::isLocked(m_collection).value_or(true))
        return true;
    QString error;
    if (KeyringControl::unlock(m_collection, qgetenv("APIGW_TEST_KEYRING_PASSWORD"), &error))
        return true;
    qWarning("cannot unlock: %s", qPrintable(error));
    return false;
}

QTEST_MAIN(TestSaveToKeychain)
#include "tst_savetokeychain.moc"
