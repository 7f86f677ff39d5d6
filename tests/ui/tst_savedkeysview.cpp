// The saved keys page, in the whole application: keys created and saved through the window (the
// real emulator, the real Secret Service of scripts/test), listed, copied again from the keychain
// and removed; and a damaged key index that is shown, not overwritten.

#include "apptestdriver.h"
#include "copyoncedialog.h"
#include "createform.h"
#include "entryname.h"
#include "gatewayemulator.h"
#include "gatewayendpoint.h"
#include "keychainsecretstore.h"
#include "keyindex.h"
#include "keystoretest.h"
#include "mainwindow.h"
#include "savedkeys.h"
#include "savedkeysmodel.h"
#include "savedkeysview.h"
#include "sensitiveclipboard.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using KeystoreTest::waitForJob;

class TestSavedKeysView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { QGuiApplication::clipboard()->clear(); }

    void listsSavedKeysAndSorts();
    void copiesASecretAgainWithTheCountdown();
    void removesBothHalvesAfterConfirmation();
    void keepingOnTheConfirmationRemovesNothing();
    void confirmationShowsTheNameAsPlainText();
    void damagedIndexIsShownAndNotOverwritten();

private:
    QStringList column(AppTestDriver &app, int column) const;
    void removeAll(AppTestDriver &app);
};

void TestSavedKeysView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
}

QStringList TestSavedKeysView::column(AppTestDriver &app, int column) const
{
    auto *table = app.find<QTableView>(&app.window().savedKeysView(), "keysTable");
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values.append(table->model()->index(row, column).data().toString());
    return values;
}

void TestSavedKeysView::removeAll(AppTestDriver &app)
{
    const QList<KeyRecord> records = app.root().keyIndex().records();
    for (const KeyRecord &record : records) {
        QVERIFY(waitForJob(app.root().savedKeys().remove(record.id()),
                           [](SavedKeyJob *job) { QVERIFY(job->succeeded()); }));
    }
}

void TestSavedKeysView::listsSavedKeysAndSorts()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QString autoId;
    QVERIFY(app.createKey(u"beta-service"_s, true, &autoId));
    QTest::mouseClick(app.find<QRadioButton>(&app.form(), "manualTypeRadio"), Qt::LeftButton);
    app.chooseManual(u"alpha_key_id_01"_s, u"Alpha_secret_0123456789"_s);
    QVERIFY(app.createKey(u"alpha-service"_s, true));
    QVERIFY(app.createKey(u"gamma-service"_s, false)); // not saved: not listed

    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    QVERIFY(!app.find<QLabel>(&view, "emptyLabel")->isVisible());
    QVERIFY(!app.find<QWidget>(&view, "indexProblemBanner")->isVisible());
    auto *table = app.find<QTableView>(&view, "keysTable");
    QCOMPARE(table->model()->rowCount(), 2);

    // Newest first by default (the gateway reports seconds, so these two may tie); a click on a
    // header sorts by that column, a second click the other way round.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(SavedKeysModel::Created));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    table->sortByColumn(SavedKeysModel::Name, Qt::DescendingOrder);
    QCOMPARE(column(app, SavedKeysModel::Name),
             QStringList({u"beta-service"_s, u"alpha-service"_s}));
    QTest::mouseClick(
        table->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(table->horizontalHeader()->sectionViewportPosition(SavedKeysModel::Name) + 5, 5));
    QCOMPARE(column(app, SavedKeysModel::Name),
             QStringList({u"alpha-service"_s, u"beta-service"_s}));

    // Every column says something, the secret none.
    QCOMPARE(column(app, SavedKeysModel::KeyId), QStringList({u"alpha_key_id_01"_s, autoId}));
    QCOMPARE(column(app, SavedKeysModel::Type), QStringList({u"Manual"_s, u"Automatic"_s}));
    const QString endpoint = u"127.0.0.1:%1"_s.arg(app.emulator()->port());
    QCOMPARE(column(app, SavedKeysModel::Endpoint), QStringList({endpoint, endpoint}));
    QCOMPARE(column(app, SavedKeysModel::Region),
             QStringList({GatewayEndpoint::defaultRegion(), GatewayEndpoint::defaultRegion()}));
    QCOMPARE(column(app, SavedKeysModel::InKeychain), QStringList({u"Yes"_s, u"Yes"_s}));
    QCOMPARE(column(app, SavedKeysModel::Api), QStringList({u"3.0"_s, u"3.0"_s}));
    for (const QString &created : column(app, SavedKeysModel::Created))
        QVERIFY(!created.isEmpty());
    for (int c = 0; c < SavedKeysModel::ColumnCount; ++c)
        QVERIFY(!column(app, c).join(u' ').contains(u"Alpha_secret_0123456789"_s));
    removeAll(app);
    QTRY_VERIFY(app.find<QLabel>(&view, "emptyLabel")->isVisible());
}

void TestSavedKeysView::copiesASecretAgainWithTheCountdown()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QString secret;
    QVERIFY(app.createKey(u"orders-service"_s, true, nullptr, &secret));
    QVERIFY(!secret.isEmpty());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    auto *table = app.find<QTableView>(&view, "keysTable");
    auto *copy = app.find<QPushButton>(&view, "copySecretButton");
    QVERIFY(!copy->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(copy->isEnabled());
    QSignalSpy copied(&view, &SavedKeysView::secretCopied);
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(copied.wait(20000));

    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret);
    QCOMPARE(mime->data(SensitiveClipboard::passwordManagerHintFormat()), QByteArray("secret"));
    auto *countdown = app.find<QLabel>(&view, "clipboardStatusLabel");
    QVERIFY(countdown->isVisible());
    const int seconds = app.root().clipboard().secondsLeft();
    QVERIFY(seconds > 0);
    QVERIFY2(countdown->text().contains(QString::number(seconds)), qPrintable(countdown->text()));
    QVERIFY(countdown->text().contains(u"orders-service"_s));
    QVERIFY(!countdown->text().contains(secret));

    // The countdown goes on by itself, once a second.
    QTRY_VERIFY_WITH_TIMEOUT(app.root().clipboard().secondsLeft() < seconds, 3000);
    app.root().clipboard().clearNow();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QCOMPARE(countdown->text(), u"The clipboard has been cleared."_s);
    removeAll(app);
}

void TestSavedKeysView::removesBothHalvesAfterConfirmation()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QVERIFY(app.createKey(u"orders-service"_s, true));
    const QString recordId = app.root().keyIndex().records().first().id();

    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    QVERIFY(view.selectRecord(recordId));
    QTest::mouseClick(app.find<QPushButton>(&view, "removeButton"), Qt::LeftButton);
    auto *confirmation = view.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirmation && confirmation->isVisible());
    // It says plainly that the key stays on the gateway.
    QVERIFY2(confirmation->informativeText().contains(u"does not delete the key on the gateway"_s),
             qPrintable(confirmation->informativeText()));
    QSignalSpy removed(&view, &SavedKeysView::removed);
    QTest::mouseClick(app.find<QPushButton>(confirmation, "confirmRemoveButton"), Qt::LeftButton);
    QVERIFY(removed.wait(20000));

    QVERIFY(!app.root().keyIndex().find(recordId));
    QCOMPARE(app.find<QTableView>(&view, "keysTable")->model()->rowCount(), 0);
    SecretStoreError error;
    QVERIFY(waitForJob(app.root().savedKeys().readSecret(recordId),
                       [&](SecretStoreJob *job) { error = job->error(); }));
    QCOMPARE(error.kind, SecretStoreError::Kind::NotFound);
    QVERIFY(app.find<QLabel>(&view, "statusLabel")->text().contains(u"still exists"_s));
}

void TestSavedKeysView::keepingOnTheConfirmationRemovesNothing()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QVERIFY(app.createKey(u"orders-service"_s, true));
    const QString recordId = app.root().keyIndex().records().first().id();
    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    QVERIFY(view.selectRecord(recordId));
    view.removeSelected();
    auto *confirmation = view.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirmation);
    // Escape, and the default button, keep the key.
    QCOMPARE(confirmation->defaultButton()->objectName(), u"keepButton"_s);
    QTest::keyClick(confirmation, Qt::Key_Escape);
    QTest::qWait(100);
    QVERIFY(app.root().keyIndex().find(recordId));
    QCOMPARE(app.find<QTableView>(&view, "keysTable")->model()->rowCount(), 1);
    removeAll(app);
}

void TestSavedKeysView::confirmationShowsTheNameAsPlainText()
{
    // The name in the confirmation is the one the gateway sent back. A message box's default
    // format would render it as HTML: a link, an image, styled text in a question about deleting.
    const QString name = u"<b>orders</b> <a href=\"https://example.invalid/\">service</a>"_s;
    AppTestDriver app({});
    QVERIFY(app.start());
    QVERIFY(app.createKey(name, true));
    const QString recordId = app.root().keyIndex().records().first().id();
    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    QVERIFY(view.selectRecord(recordId));
    view.removeSelected();
    auto *confirmation = view.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirmation);
    QCOMPARE(confirmation->textFormat(), Qt::PlainText);
    QVERIFY2(confirmation->text().contains(name), qPrintable(confirmation->text()));
    for (QLabel *label : confirmation->findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    QTest::keyClick(confirmation, Qt::Key_Escape);
    removeAll(app);
}

void TestSavedKeysView::damagedIndexIsShownAndNotOverwritten()
{
    QTemporaryDir folder;
    const QByteArray damaged = "[keys]\nthis is=not what apigw-keys writes\n\x01\x02garbage\n";
    QFile file(folder.filePath(u"keys.ini"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(damaged);
    file.close();

    AppTestDriver app({true, folder.path(), {}});
    QVERIFY(app.start());
    QVERIFY(app.root().keyIndex().loadProblem().isError());
    app.window().showSavedKeysPage();
    SavedKeysView &view = app.window().savedKeysView();
    QVERIFY(app.find<QWidget>(&view, "indexProblemBanner")->isVisible());
    QVERIFY(!app.find<QLabel>(&view, "indexProblemLabel")->text().isEmpty());

    // A key created meanwhile is shown and can be saved in the keychain, but not listed: the
    // dialog says so, and the damaged file stays exactly as it was.
    app.window().showCreatePage();
    app.typeName(u"orders-service"_s);
    app.clickCreate();
    CopyOnceDialog *dialog = app.waitForCopyOnceDialog();
    QVERIFY(dialog);
    const QString keyId = app.find<QLineEdit>(dialog, "keyIdEdit")->text();
    AppTestDriver::tick(app.find<QCheckBox>(dialog, "acknowledgeCheck"), true);
    QTest::mouseClick(app.find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->saveState(), CopyOnceDialog::SaveState::Failed, 20000);
    const QString reason = app.find<QLabel>(dialog, "saveStatusLabel")->text();
    QVERIFY2(reason.contains(u"list of saved keys"_s), qPrintable(reason));
    QVERIFY(app.leaveCopyOnceDialog(dialog, false));
    QCOMPARE(app.emulator()->requestCount(), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
    file.close();
    // The secret did reach the keychain; this test's entry goes again.
    KeychainSecretStore store(app.keychainService());
    QVERIFY(waitForJob(
        store.remove(EntryName::keySecret(app.emulator()->endpointUrl(ApiGeneration::Api3),
                                          GatewayEmulator::demoCredentials().secretId, keyId)),
        [](SecretStoreJob *job) { QVERIFY(job->succeeded()); }));

    // Reload keeps reporting it until it is repaired or set aside.
    QTest::mouseClick(app.find<QPushButton>(&view, "reloadIndexButton"), Qt::LeftButton);
    QVERIFY(app.find<QWidget>(&view, "indexProblemBanner")->isVisibleTo(&view));
}

QTEST_MAIN(TestSavedKeysView)
#include "tst_savedkeysview.moc"
