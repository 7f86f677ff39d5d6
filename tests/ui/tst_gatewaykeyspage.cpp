// The "Keys on the gateway" page: the real window (MainWindow) and its controller, against the
// real gateway emulator in this process over loopback through the real GatewayClient. The
// keychain is InMemorySecretStore, so that a failing save can be had on demand.

#include "copyoncedialog.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaykeyscontroller.h"
#include "gatewaykeysmodel.h"
#include "gatewaykeysview.h"
#include "inmemorysecretstore.h"
#include "keyindex.h"
#include "mainwindow.h"
#include "manualticker.h"
#include "profilesession.h"
#include "profilesettingsstore.h"
#include "savedkeys.h"
#include "savedkeysmodel.h"
#include "savedkeysview.h"
#include "sensitiveclipboard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using Action = GatewayKeysView::Action;

namespace {

const QString DemoAccount = GatewayEmulator::demoCredentials().secretId;

// The window's parts as the composition root wires them, on a keychain in memory.
class Page
{
public:
    Page()
        : settings(folder.filePath(u"settings.ini"_s), QSettings::IniFormat)
        , store(settings)
        , profile(store)
        , index(folder.filePath(u"keys.ini"_s))
        , savedKeys(index, secrets)
        , clipboard(QGuiApplication::clipboard(), std::make_unique<ManualTicker>())
        , window(savedKeys, clipboard, QGuiApplication::clipboard())
        , controller({window, client, clock, nonces, profile, credentials, savedKeys, clipboard,
                      QGuiApplication::clipboard()})
    {
        emulator.listen();
        GatewayEmulator *gateway = &emulator;
        profile.setEndpointOverride(
            [gateway](ApiGeneration generation) { return gateway->endpointUrl(generation); });
        credentials.setInMemory(GatewayEmulator::demoCredentials());
        client.setIdleTimeout(std::chrono::seconds(5));
    }

    bool show()
    {
        window.resize(1000, 640);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.showGatewayKeysPage();
        return waitUntilLoaded();
    }

    GatewayKeysView &view() { return controller.view(); }
    GatewayKeysModel &model() { return view().model(); }
    QTableView *table() { return view().findChild<QTableView *>(u"keysTable"_s); }
    template <typename T> T *find(const char *name)
    {
        return view().findChild<T *>(QLatin1StringView(name));
    }

    bool waitUntilLoaded()
    {
        const bool loaded =
            QTest::qWaitFor([this] { return model().hasLoaded() && !model().isLoading(); }, 15000);
        if (!loaded)
            qWarning("the page did not load");
        return loaded;
    }

    QStringList column(int column)
    {
        QStringList values;
        for (int row = 0; row < model().rowCount(); ++row)
            values.append(model().index(row, column).data().toString());
        return values;
    }
    QString keyIdNamed(const QString &name) { return emulatorKeyNamed(emulator, name); }

    static QString emulatorKeyNamed(const GatewayEmulator &gateway, const QString &name)
    {
        for (const QString &id : gateway.keyIds(DemoAccount)) {
            if (gateway.keyName(id) == name)
                return id;
        }
        return {};
    }

    bool select(const QString &keyId)
    {
        return QTest::qWaitFor([&] { return model().rowOf(keyId) >= 0; }, 5000) &&
               view().selectKey(keyId);
    }

    // Triggers the action and waits for the gateway's part of it to end.
    bool act(Action action, int timeoutMs = 15000)
    {
        QSignalSpy finished(&controller, &GatewayKeysController::actionFinished);
        view().action(action)->trigger();
        return finished.count() > 0 || finished.wait(timeoutMs);
    }

    template <typename T> T *waitForWindowChild(const QString &name)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                found = window.findChild<T *>(name);
                return found && found->isVisible();
            },
            10000);
        return shown ? found : nullptr;
    }

    KeyRecord saveLocally(const QString &keyId, const QString &secret)
    {
        KeyRecord record;
        record.keyId = keyId;
        record.name = emulator.keyName(keyId);
        record.type = KeyType::Auto;
        record.createdUtc = QDateTime::currentDateTimeUtc();
        record.endpoint = profile.settings().endpoint.url;
        record.region = profile.settings().endpoint.region;
        record.generation = profile.settings().endpoint.generation;
        record.account = DemoAccount;
        SavedKeyJob *job = savedKeys.save(record, SecretString(secret));
        QSignalSpy spy(job, &SavedKeyJob::finished);
        spy.wait(5000);
        return *index.find(record.id());
    }

    QTemporaryDir folder;
    GatewayEmulator emulator;
    QSettings settings;
    ProfileSettingsStore store;
    ProfileSession profile;
    CredentialsController credentials{nullptr};
    InMemorySecretStore secrets;
    KeyIndex index;
    SavedKeys savedKeys;
    SensitiveClipboard clipboard;
    GatewayClient client;
    SystemClock clock;
    SystemNonceSource nonces;
    MainWindow window;
    GatewayKeysController controller;
};

QString clipboardText()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime ? mime->text() : QString();
}

// Ticks "I have stored the secret", chooses whether to save, presses Done.
void leave(CopyOnceDialog *dialog, bool save)
{
    dialog->findChild<QCheckBox *>(u"acknowledgeCheck"_s)->setChecked(true);
    dialog->findChild<QCheckBox *>(u"saveToKeychainCheck"_s)->setChecked(save);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
}

bool isGone(const QPointer<CopyOnceDialog> &guard)
{
    const CopyOnceDialog *dialog = guard.data();
    return dialog == nullptr || !dialog->isVisible();
}

SecretString copiedSecret(CopyOnceDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"copySecretButton"_s), Qt::LeftButton);
    return SecretString(clipboardText());
}

} // namespace

class TestGatewayKeysPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QGuiApplication::clipboard()->clear(); }

    void listsTheAccountsKeysWithPlansAndKeychain();
    void emptyAccountSaysSo();
    void searchAndStatusAskTheGateway();
    void pagesAreFetchedAsTheViewScrolls();
    void sortsWhatIsLoaded();
    void enableAndDisable();
    void copyIdWithTheShortcut();
    void deleteConfirmsNamingTheKey();
    void deleteOfAnEnabledKeyDisablesFirst();
    void deleteRefusedWhileBound();
    void rotateReplacesTheKeychainEntry();
    void rotateWithAFailingKeychainSaveKeepsTheSecret();
    void rotateOfAManualKeyTakesTheNewSecret();
    void showSecretGoesThroughTheCopyOnceDialog();
    void bindAndUnbind();
    void lostAnswerSaysItMayHaveBeenApplied();
    void slowActionShowsProgressAndCancels();
    void gatewayErrorShowsCodeAndRequestId();
    void api2LacksWhatItLacks();
    void savedKeysMarkKeysGoneFromTheGateway();
    void accessibleNamesAndTabOrder();
};

void TestGatewayKeysPage::listsTheAccountsKeysWithPlansAndKeychain()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    const QString saved = page.keyIdNamed(u"reporting dashboard"_s);
    page.saveLocally(saved, u"Old_secret_0123456789"_s);
    QVERIFY(page.show());

    QCOMPARE(page.model().rowCount(), 6);
    QVERIFY(page.column(GatewayKeysModel::Name).contains(u"orders-service production"_s));
    const int orders = page.model().rowOf(page.keyIdNamed(u"orders-service production"_s));
    const int beta = page.model().rowOf(page.keyIdNamed(u"mobile-app beta"_s));
    const int partner = page.model().rowOf(page.keyIdNamed(u"partner-feed acme"_s));
    QCOMPARE(page.model().index(beta, GatewayKeysModel::Status).data().toString(), u"Disabled"_s);
    QCOMPARE(page.model().index(orders, GatewayKeysModel::Status).data().toString(), u"Enabled"_s);
    QCOMPARE(page.model().index(partner, GatewayKeysModel::Type).data().toString(), u"Manual"_s);
    QVERIFY(!page.model().index(orders, GatewayKeysModel::Created).data().toString().isEmpty());
    // The plans come with a second request.
    QTRY_COMPARE(page.model().index(partner, GatewayKeysModel::UsagePlans).data().toString(),
                 u"restricted, standard"_s);
    QCOMPARE(page.model()
                 .index(page.model().rowOf(saved), GatewayKeysModel::InKeychain)
                 .data()
                 .toString(),
             u"Yes"_s);
    QCOMPARE(page.model().index(orders, GatewayKeysModel::InKeychain).data().toString(), u"No"_s);
    QVERIFY(page.find<QLabel>("countLabel")->text().contains(u"6"_s));
    QVERIFY(!page.find<QLabel>("stateLabel")->isVisible());
}

void TestGatewayKeysPage::emptyAccountSaysSo()
{
    Page page;
    // Slow answers show the loading state first.
    page.emulator.setFault(GatewayEmulator::Fault::Delay, std::chrono::milliseconds(600));
    page.window.resize(1000, 640);
    page.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.window));
    page.window.showGatewayKeysPage();
    QVERIFY(page.model().isLoading());
    QVERIFY(page.find<QLabel>("stateLabel")->text().contains(u"Loading"_s));
    // The page shows its content from a posted event.
    QTRY_VERIFY(page.find<QWidget>("progressRow")->isVisible());
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.model().rowCount(), 0);
    QVERIFY(page.find<QLabel>("stateLabel")->isVisible());
    QVERIFY(page.find<QLabel>("stateLabel")->text().contains(u"no keys"_s));
    QVERIFY(!page.find<QWidget>("progressRow")->isVisible());
}

void TestGatewayKeysPage::searchAndStatusAskTheGateway()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    const int before = page.emulator.requestCount("DescribeApiKeysStatus");

    // Typing asks once the typing pauses, not once a letter.
    auto *search = page.find<QLineEdit>("searchEdit");
    QTest::keyClicks(search, u"billing"_s);
    QTRY_COMPARE(page.model().search(), u"billing"_s);
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.column(GatewayKeysModel::Name), QStringList{u"billing-batch nightly"_s});
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), before + 1);

    // By id too.
    const QString id = page.keyIdNamed(u"legacy-importer"_s);
    search->clear();
    QTest::keyClicks(search, id);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.column(GatewayKeysModel::KeyId), QStringList{id});

    search->clear();
    QVERIFY(page.waitUntilLoaded());
    auto *status = page.find<QComboBox>("statusFilterCombo");
    status->setCurrentIndex(status->findData(int(KeyStatusFilter::Disabled)));
    emit status->activated(status->currentIndex());
    QVERIFY(page.waitUntilLoaded());
    QStringList disabled = page.column(GatewayKeysModel::Name);
    disabled.sort();
    QCOMPARE(disabled, (QStringList{u"legacy-importer"_s, u"mobile-app beta"_s}));

    // Nothing matches: said so.
    QTest::keyClicks(search, u"no-such-key"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.model().rowCount(), 0);
    QVERIFY(page.find<QLabel>("stateLabel")->text().contains(u"No key matches"_s));
}

void TestGatewayKeysPage::pagesAreFetchedAsTheViewScrolls()
{
    Page page;
    page.emulator.seedKeys(250, DemoAccount);
    QVERIFY(page.show());
    QCOMPARE(page.model().rowCount(), GatewayKeysModel::PageSize);
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), 1);
    QVERIFY(page.model().canFetchMore({}));
    QVERIFY(page.find<QLabel>("countLabel")->text().contains(u"100 of 250"_s));

    // Showing the first page fetched nothing more: the view is full.
    QTest::qWait(200);
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), 1);

    QScrollBar *scroll = page.table()->verticalScrollBar();
    scroll->setValue(scroll->maximum());
    // One page at a time: while it is under way, no second one is asked for.
    QTRY_VERIFY(page.model().isLoading() || page.model().rowCount() == 200);
    QVERIFY(!page.model().canFetchMore({}) || !page.model().isLoading());
    QVERIFY(page.waitUntilLoaded());
    QTRY_COMPARE(page.model().rowCount(), 200);
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), 2);

    scroll->setValue(scroll->maximum());
    QTRY_COMPARE(page.model().rowCount(), 250);
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), 3);
    QVERIFY(!page.model().canFetchMore({}));
    QVERIFY(page.model().isComplete());
    QVERIFY(page.find<QLabel>("countLabel")->text().contains(u"250"_s));
    const QStringList listed = page.column(GatewayKeysModel::KeyId);
    const QSet<QString> ids(listed.cbegin(), listed.cend());
    QCOMPARE(ids.size(), 250);

    // Refresh starts over with one page.
    page.view().action(Action::Refresh)->trigger();
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.model().rowCount(), GatewayKeysModel::PageSize);
}

void TestGatewayKeysPage::sortsWhatIsLoaded()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QHeaderView *header = page.table()->horizontalHeader();
    QVERIFY(!header->toolTip().isEmpty());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(GatewayKeysModel::Name) + 5, 5));
    QStringList shown;
    for (int row = 0; row < page.table()->model()->rowCount(); ++row)
        shown.append(page.table()->model()->index(row, GatewayKeysModel::Name).data().toString());
    QStringList sorted = shown;
    sorted.sort(Qt::CaseInsensitive);
    QCOMPARE(shown, sorted);

    // F5 lists them again.
    const int requests = page.emulator.requestCount("DescribeApiKeysStatus");
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_F5);
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), requests + 1);
    QCOMPARE(page.model().rowCount(), 6);
}

void TestGatewayKeysPage::enableAndDisable()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    const QString beta = page.keyIdNamed(u"mobile-app beta"_s);
    QVERIFY(page.select(beta));
    QVERIFY(!page.view().action(Action::Disable)->isEnabled());
    QVERIFY(page.view().action(Action::Enable)->isEnabled());
    QVERIFY(page.act(Action::Enable));
    QVERIFY(page.emulator.keyEnabled(beta));
    QCOMPARE(page.model().index(page.model().rowOf(beta), GatewayKeysModel::Status).data(),
             QVariant(u"Enabled"_s));
    QVERIFY(page.view().statusText().contains(u"mobile-app beta"_s));

    // Ctrl+D on the table disables it again.
    page.table()->setFocus();
    QSignalSpy finished(&page.controller, &GatewayKeysController::actionFinished);
    QTest::keyClick(page.table(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(finished.wait(10000));
    QVERIFY(!page.emulator.keyEnabled(beta));
    QCOMPARE(page.emulator.requestCount("DisableApiKey"), 1);
    QCOMPARE(page.emulator.requestCount("EnableApiKey"), 1);
}

void TestGatewayKeysPage::copyIdWithTheShortcut()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    const QString id = page.keyIdNamed(u"billing-batch nightly"_s);
    QVERIFY(page.select(id));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboardText(), id);
    // Through the guarded clipboard: it goes again.
    QVERIFY(page.clipboard.holdsOurValue());
    QVERIFY(page.clipboard.secondsLeft() > 0);
}

void TestGatewayKeysPage::deleteConfirmsNamingTheKey()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QTRY_VERIFY(page.model().hasPlanBindings());
    const QString id = page.keyIdNamed(u"legacy-importer"_s);
    QVERIFY(page.select(id));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Delete);
    auto *box = page.waitForWindowChild<QMessageBox>(u"deleteConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"legacy-importer"_s));
    QVERIFY(box->text().contains(id));
    // Keep sends nothing.
    box->findChild<QPushButton *>(u"keepButton"_s)->click();
    QTest::qWait(100);
    QCOMPARE(page.emulator.requestCount("DeleteApiKey"), 0);
    QVERIFY(page.emulator.hasKey(id));

    QSignalSpy finished(&page.controller, &GatewayKeysController::actionFinished);
    page.view().action(Action::Delete)->trigger();
    box = page.waitForWindowChild<QMessageBox>(u"deleteConfirmation"_s);
    QVERIFY(box);
    box->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!page.emulator.hasKey(id));
    QCOMPARE(page.model().rowOf(id), -1);
    QCOMPARE(page.emulator.requestCount("DisableApiKey"), 0);
}

void TestGatewayKeysPage::deleteOfAnEnabledKeyDisablesFirst()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QTRY_VERIFY(page.model().hasPlanBindings());
    const QString id = page.keyIdNamed(u"reporting dashboard"_s);
    QVERIFY(page.select(id));
    QSignalSpy finished(&page.controller, &GatewayKeysController::actionFinished);
    page.view().action(Action::Delete)->trigger();
    auto *box = page.waitForWindowChild<QMessageBox>(u"deleteConfirmation"_s);
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(u"confirmDeleteButton"_s);
    QVERIFY(confirm->text().contains(u"Disable, then"_s));
    confirm->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!page.emulator.hasKey(id));
    QCOMPARE(page.emulator.requestCount("DisableApiKey"), 1);
    QCOMPARE(page.emulator.requestCount("DeleteApiKey"), 1);
}

void TestGatewayKeysPage::deleteRefusedWhileBound()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QTRY_VERIFY(page.model().hasPlanBindings());
    const QString id = page.keyIdNamed(u"partner-feed acme"_s);
    QVERIFY(page.select(id));
    page.view().action(Action::Delete)->trigger();
    auto *box = page.waitForWindowChild<QMessageBox>(u"deleteRefusedBound"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"partner-feed acme"_s));
    QVERIFY(box->informativeText().contains(u"restricted"_s));
    QVERIFY(box->informativeText().contains(u"standard"_s));
    QVERIFY(!box->findChild<QPushButton *>(u"confirmDeleteButton"_s));
    box->close();
    QCOMPARE(page.emulator.requestCount("DeleteApiKey"), 0);
    QCOMPARE(page.emulator.requestCount("DisableApiKey"), 0);
    QVERIFY(page.emulator.hasKey(id));
}

void TestGatewayKeysPage::rotateReplacesTheKeychainEntry()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    const QString id = page.keyIdNamed(u"orders-service production"_s);
    const KeyRecord record = page.saveLocally(id, u"Old_secret_0123456789"_s);
    QVERIFY(page.show());
    QVERIFY(page.select(id));
    QSignalSpy opened(&page.controller, &GatewayKeysController::copyOnceDialogOpened);
    page.view().action(Action::Rotate)->trigger();
    auto *ask = page.waitForWindowChild<QDialog>(u"rotateSecretDialog"_s);
    QVERIFY(ask);
    QVERIFY(!ask->findChild<QLineEdit *>(u"newSecretEdit"_s)); // the gateway draws it
    ask->findChild<QPushButton *>(u"rotateButton"_s)->click();
    QVERIFY(opened.wait(10000));
    auto *dialog = opened.constFirst().constFirst().value<CopyOnceDialog *>();
    QCOMPARE(dialog->windowTitle(), u"New key secret"_s);
    const SecretString secret = copiedSecret(dialog);
    QCOMPARE(secret, page.emulator.keySecret(id));
    QVERIFY(secret != SecretString(u"Old_secret_0123456789"_s));
    // The keychain still holds the old one until the user leaves with Save.
    QCOMPARE(*page.secrets.secret(record.secretEntry()), SecretString(u"Old_secret_0123456789"_s));
    // The window stays while the new secret exists nowhere else.
    QVERIFY(!page.controller.mayClose());
    QPointer<CopyOnceDialog> guard(dialog);
    leave(dialog, true);
    QTRY_VERIFY(isGone(guard));
    QCOMPARE(*page.secrets.secret(record.secretEntry()), secret);
}

void TestGatewayKeysPage::rotateWithAFailingKeychainSaveKeepsTheSecret()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    const QString id = page.keyIdNamed(u"billing-batch nightly"_s);
    const KeyRecord record = page.saveLocally(id, u"Old_secret_0123456789"_s);
    QVERIFY(page.show());
    QVERIFY(page.select(id));
    QSignalSpy opened(&page.controller, &GatewayKeysController::copyOnceDialogOpened);
    page.view().action(Action::Rotate)->trigger();
    auto *ask = page.waitForWindowChild<QDialog>(u"rotateSecretDialog"_s);
    QVERIFY(ask);
    ask->findChild<QPushButton *>(u"rotateButton"_s)->click();
    QVERIFY(opened.wait(10000));
    auto *dialog = opened.constFirst().constFirst().value<CopyOnceDialog *>();
    const SecretString rotated = page.emulator.keySecret(id);

    SecretStoreError error;
    error.kind = SecretStoreError::Kind::Locked;
    page.secrets.failWith(error);
    QPointer<CopyOnceDialog> guard(dialog);
    leave(dialog, true);
    QTRY_COMPARE(dialog->saveState(), CopyOnceDialog::SaveState::Failed);
    // Shown, and the secret stays on screen: nothing is lost.
    QVERIFY(!isGone(guard));
    QVERIFY(dialog->findChild<QLabel *>(u"saveStatusLabel"_s)->isVisible());
    QCOMPARE(copiedSecret(dialog), rotated);
    // The old entry is as it was.
    QCOMPARE(*page.secrets.secret(record.secretEntry()), SecretString(u"Old_secret_0123456789"_s));

    page.secrets.clearFailure();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"retrySaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(isGone(guard));
    QCOMPARE(*page.secrets.secret(record.secretEntry()), rotated);
}

void TestGatewayKeysPage::rotateOfAManualKeyTakesTheNewSecret()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    const QString id = page.keyIdNamed(u"partner-feed acme"_s);
    QVERIFY(page.select(id));
    QSignalSpy opened(&page.controller, &GatewayKeysController::copyOnceDialogOpened);
    page.view().action(Action::Rotate)->trigger();
    auto *ask = page.waitForWindowChild<QDialog>(u"rotateSecretDialog"_s);
    QVERIFY(ask);
    auto *edit = ask->findChild<QLineEdit *>(u"newSecretEdit"_s);
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto *rotate = ask->findChild<QPushButton *>(u"rotateButton"_s);
    QTest::keyClicks(edit, u"short"_s);
    QVERIFY(!rotate->isEnabled());
    QVERIFY(ask->findChild<QLabel *>(u"newSecretProblemLabel"_s)->isVisible());
    edit->clear();
    const QString chosen = u"Partner_new_secret_2026"_s;
    QTest::keyClicks(edit, chosen);
    QVERIFY(rotate->isEnabled());
    rotate->click();
    QVERIFY(opened.wait(10000));
    QCOMPARE(page.emulator.keySecret(id), SecretString(chosen));
    auto *dialog = opened.constFirst().constFirst().value<CopyOnceDialog *>();
    QCOMPARE(copiedSecret(dialog), SecretString(chosen));
    leave(dialog, false);
}

void TestGatewayKeysPage::showSecretGoesThroughTheCopyOnceDialog()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    const QString id = page.keyIdNamed(u"billing-batch nightly"_s);
    QVERIFY(page.select(id));
    QCOMPARE(page.emulator.requestCount("DescribeApiKey"), 0);
    QSignalSpy opened(&page.controller, &GatewayKeysController::copyOnceDialogOpened);
    page.view().action(Action::ShowSecret)->trigger();
    QVERIFY(opened.wait(10000));
    auto *dialog = opened.constFirst().constFirst().value<CopyOnceDialog *>();
    // Masked until asked.
    auto *masked = dialog->findChild<QLineEdit *>(u"keySecretEdit"_s);
    QCOMPARE(masked->echoMode(), QLineEdit::Password);
    QVERIFY(!masked->text().contains(page.emulator.keySecret(id).toString()));
    QCOMPARE(copiedSecret(dialog), page.emulator.keySecret(id));
    // A shown secret can be asked for again: it does not hold the window open.
    QVERIFY(page.controller.mayClose());
    // Leaving clears the clipboard, and saves nothing unless asked.
    QPointer<CopyOnceDialog> guard(dialog);
    leave(dialog, false);
    QTRY_VERIFY(isGone(guard));
    QVERIFY(clipboardText().isEmpty());
    QCOMPARE(page.secrets.operationCount(), 0);
}

void TestGatewayKeysPage::bindAndUnbind()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QTRY_VERIFY(page.model().hasPlanBindings());
    const QString id = page.keyIdNamed(u"reporting dashboard"_s);
    QVERIFY(!page.emulator.isBound(id));
    QVERIFY(page.select(id));
    page.view().action(Action::Plans)->trigger();
    auto *chooser = page.waitForWindowChild<QDialog>(u"planChooser"_s);
    QVERIFY(chooser);
    auto *combo = chooser->findChild<QComboBox *>(u"planCombo"_s);
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(combo->findText(u"restricted"_s, Qt::MatchStartsWith));
    const QString planId = combo->currentData().toString();
    QVERIFY(!chooser->findChild<QPushButton *>(u"unbindButton"_s)->isEnabled());
    QSignalSpy finished(&page.controller, &GatewayKeysController::actionFinished);
    chooser->findChild<QPushButton *>(u"bindButton"_s)->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.emulator.plansOfKey(id), QStringList{planId});
    QCOMPARE(page.model().index(page.model().rowOf(id), GatewayKeysModel::UsagePlans).data(),
             QVariant(u"restricted"_s));

    page.view().action(Action::Plans)->trigger();
    chooser = page.waitForWindowChild<QDialog>(u"planChooser"_s);
    QVERIFY(chooser);
    combo = chooser->findChild<QComboBox *>(u"planCombo"_s);
    combo->setCurrentIndex(combo->findData(planId));
    QVERIFY(!chooser->findChild<QPushButton *>(u"bindButton"_s)->isEnabled());
    chooser->findChild<QPushButton *>(u"unbindButton"_s)->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!page.emulator.isBound(id));
}

void TestGatewayKeysPage::lostAnswerSaysItMayHaveBeenApplied()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QTRY_VERIFY(page.model().hasPlanBindings());
    const QString id = page.keyIdNamed(u"orders-service production"_s);
    QVERIFY(page.select(id));
    page.client.setIdleTimeout(std::chrono::milliseconds(800));
    page.emulator.setFault(GatewayEmulator::Fault::StallMidBody);
    QVERIFY(page.act(Action::Disable));
    page.emulator.setFault(GatewayEmulator::Fault::None);
    // The gateway did it; the answer never came.
    QVERIFY(!page.emulator.keyEnabled(id));
    QCOMPARE(page.emulator.requestCount("DisableApiKey"), 1);
    QVERIFY(page.view().errorPanel().isVisible());
    QVERIFY(page.view().statusText().contains(u"may have been applied"_s));
    QCOMPARE(QApplication::focusWidget(), page.find<QToolButton>("refreshButton"));
    // Nothing is sent again by itself.
    QTest::qWait(300);
    QCOMPARE(page.emulator.requestCount("DisableApiKey"), 1);
    page.view().action(Action::Refresh)->trigger();
    QVERIFY(page.waitUntilLoaded());
    QCOMPARE(page.model().index(page.model().rowOf(id), GatewayKeysModel::Status).data(),
             QVariant(u"Disabled"_s));
}

void TestGatewayKeysPage::slowActionShowsProgressAndCancels()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    QTRY_VERIFY(page.model().hasPlanBindings());
    const QString id = page.keyIdNamed(u"reporting dashboard"_s);
    QVERIFY(page.select(id));
    page.emulator.setFault(GatewayEmulator::Fault::Delay, std::chrono::milliseconds(3000));
    QSignalSpy finished(&page.controller, &GatewayKeysController::actionFinished);
    page.view().action(Action::Disable)->trigger();
    QTRY_VERIFY(page.find<QWidget>("progressRow")->isVisible());
    QVERIFY(page.find<QLabel>("progressLabel")->text().contains(u"reporting dashboard"_s));
    // While it runs, no other action starts.
    QVERIFY(!page.view().action(Action::Delete)->isEnabled());
    QTRY_COMPARE(page.emulator.requestCount("DisableApiKey"), 1);
    QTest::mouseClick(page.find<QPushButton>("cancelButton"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!page.find<QWidget>("progressRow")->isVisible());
    QVERIFY(page.view().errorPanel().isVisible());
    // The request had left: the change may have been made.
    QVERIFY(page.view().statusText().contains(u"may have been applied"_s));
    QVERIFY(page.view().action(Action::Delete)->isEnabled());
}

void TestGatewayKeysPage::gatewayErrorShowsCodeAndRequestId()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    // Unknown to the gateway: the listing fails with its code and RequestId.
    page.credentials.setInMemory({});
    QVERIFY(page.find<QLabel>("stateLabel")->text().contains(u"Settings"_s));
    page.credentials.setInMemory(OperatorCredentials::fromInput(
        u"AKIDnotKnownToTheGateway000000000000"_s, u"whatever-secret-key-000000000000"_s));
    QVERIFY(page.waitUntilLoaded() || page.model().hasFailed());
    QTRY_VERIFY(page.view().errorPanel().isVisible());
    const FailureFacts facts = FailureText::facts(page.view().errorPanel().failure());
    QCOMPARE(facts.code, u"AuthFailure.SecretIdNotFound"_s);
    QVERIFY(!facts.requestId.isEmpty());
    auto *requestId = page.view().errorPanel().findChild<QLabel *>(u"requestIdValueLabel"_s);
    QCOMPARE(requestId->text(), facts.requestId);
    // A failed page is not asked for again by itself.
    const int requests = page.emulator.requestCount("DescribeApiKeysStatus");
    QTest::qWait(300);
    QCOMPARE(page.emulator.requestCount("DescribeApiKeysStatus"), requests);
    QVERIFY(!page.model().canFetchMore({}));
}

void TestGatewayKeysPage::api2LacksWhatItLacks()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    ProfileSettings settings = page.profile.settings();
    settings.endpoint.generation = ApiGeneration::Api2;
    page.profile.saveSettings(settings);
    QVERIFY(page.show());
    QCOMPARE(page.model().rowCount(), 6);
    auto *status = page.find<QComboBox>("statusFilterCombo");
    QVERIFY(!status->isEnabled());
    QVERIFY(status->toolTip().contains(u"needs API 3.0"_s));

    const QString id = page.keyIdNamed(u"partner-feed acme"_s);
    QVERIFY(page.select(id));
    page.view().action(Action::Plans)->trigger();
    auto *chooser = page.waitForWindowChild<QDialog>(u"planChooser"_s);
    QVERIFY(chooser);
    auto *combo = chooser->findChild<QComboBox *>(u"planCombo"_s);
    combo->setCurrentIndex(combo->findText(u"standard"_s, Qt::MatchStartsWith));
    auto *unbind = chooser->findChild<QPushButton *>(u"unbindButton"_s);
    QVERIFY(!unbind->isEnabled());
    QVERIFY(unbind->toolTip().contains(u"needs API 3.0"_s));
    chooser->close();
}

void TestGatewayKeysPage::savedKeysMarkKeysGoneFromTheGateway()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    const QString present = page.keyIdNamed(u"orders-service production"_s);
    const KeyRecord kept = page.saveLocally(present, u"Some_secret_0123456789"_s);
    const QString gone = page.emulator.addKey(DemoAccount, u"short-lived"_s, KeyType::Auto, false);
    const KeyRecord deleted = page.saveLocally(gone, u"Gone_secret_0123456789"_s);
    QVERIFY(page.show());
    QVERIFY(page.select(gone));
    QSignalSpy checked(&page.controller, &GatewayKeysController::savedKeysChecked);
    page.view().action(Action::Delete)->trigger();
    auto *box = page.waitForWindowChild<QMessageBox>(u"deleteConfirmation"_s);
    QVERIFY(box);
    box->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
    QTRY_VERIFY(!page.emulator.hasKey(gone));
    QVERIFY(checked.wait(10000) || !checked.isEmpty());
    QTRY_VERIFY(checked.constLast().constFirst().value<QSet<QString>>().contains(deleted.id()));

    SavedKeysView &saved = page.window.savedKeysView();
    auto *table = saved.findChild<QTableView *>(u"keysTable"_s);
    QString goneMark;
    QString keptMark;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString recordId =
            table->model()->index(row, 0).data(SavedKeysModel::RecordIdRole).toString();
        const QString mark =
            table->model()->index(row, SavedKeysModel::OnGateway).data().toString();
        (recordId == deleted.id() ? goneMark : keptMark) = mark;
        QVERIFY(recordId == deleted.id() || recordId == kept.id());
    }
    QCOMPARE(goneMark, u"No longer there"_s);
    QVERIFY(keptMark.isEmpty());
}

void TestGatewayKeysPage::accessibleNamesAndTabOrder()
{
    Page page;
    page.emulator.seedDemo(DemoAccount);
    QVERIFY(page.show());
    page.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page.window));
    for (QWidget *widget : page.view().findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named =
            !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(widget->objectName()));
    }

    // The actions that apply to a disabled key are reachable once it is selected.
    QVERIFY(page.select(page.keyIdNamed(u"mobile-app beta"_s)));
    auto *search = page.find<QLineEdit>("searchEdit");
    search->setFocus();
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList{u"searchEdit"_s, u"statusFilterCombo"_s, u"refreshButton"_s,
                                 u"keysTable"_s, u"copyIdButton"_s, u"enableButton"_s}));
    // The page's mnemonic from anywhere in the window.
    page.window.showCreatePage();
    QTest::keyClick(&page.window, Qt::Key_O, Qt::AltModifier);
    QCOMPARE(page.window.findChild<QTabWidget *>(u"pagesTab"_s)->currentWidget()->objectName(),
             u"gatewayKeysPage"_s);
}

QTEST_MAIN(TestGatewayKeysPage)
#include "tst_gatewaykeyspage.moc"
