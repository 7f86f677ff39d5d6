// End to end: the real main window in demo mode creates an automatic and a manual key through
// the embedded emulator for each API generation, saves them in the real Secret Service of
// scripts/test, and finds them in the saved keys list; the secrets are in the keychain and in
// no file.

#include "apptestdriver.h"
#include "createform.h"
#include "gatewayemulator.h"
#include "keyindex.h"
#include "keystoretest.h"
#include "mainwindow.h"
#include "savedkeys.h"
#include "savedkeysmodel.h"
#include "savedkeysview.h"
#include "secretscan.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using KeystoreTest::waitForJob;

Q_DECLARE_METATYPE(ApiGeneration)
Q_DECLARE_METATYPE(KeyType)

class TestDemoFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsSavesAndListsKeysOfBothGenerations();

private:
    QList<QByteArray> m_secrets;
};

void TestDemoFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
}

void TestDemoFlow::cleanupTestCase()
{
    if (m_secrets.isEmpty())
        return;
    const SecretScan::Findings findings =
        SecretScan::scan(qEnvironmentVariable("APIGW_TEST_SANDBOX"), m_secrets);
    QVERIFY(findings.filesScanned > 0);
    QVERIFY2(findings.hits.isEmpty(), qPrintable(findings.hits.join(u'\n')));
}

void TestDemoFlow::createsSavesAndListsKeysOfBothGenerations()
{
    AppTestDriver app({});
    QVERIFY(app.start());
    QVERIFY(app.window().isDemo());

    struct Created
    {
        ApiGeneration generation;
        KeyType type;
        QString name;
        QString keyId;
        QString secret;
    };
    QList<Created> created;
    for (const ApiGeneration generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        QVERIFY(app.setApiGeneration(generation));
        const QString suffix = generation == ApiGeneration::Api3 ? u"v3"_s : u"v2"_s;

        Created automatic{generation, KeyType::Auto, u"e2e-auto-"_s + suffix, {}, {}};
        app.chooseAutomatic();
        QVERIFY(app.createKey(automatic.name, true, &automatic.keyId, &automatic.secret));
        created.append(automatic);

        Created manual{generation, KeyType::Manual, u"e2e-manual-"_s + suffix, {}, {}};
        QTest::mouseClick(app.find<QRadioButton>(&app.form(), "manualTypeRadio"), Qt::LeftButton);
        QTest::mouseClick(app.find<QPushButton>(&app.form(), "generateButton"), Qt::LeftButton);
        QVERIFY(app.createKey(manual.name, true, &manual.keyId, &manual.secret));
        created.append(manual);
    }
    QCOMPARE(app.emulator()->createdKeyCount(), 4);

    app.window().showSavedKeysPage();
    auto *table = app.find<QTableView>(&app.window().savedKeysView(), "keysTable");
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 4);
    for (const Created &key : created) {
        QVERIFY(!key.keyId.isEmpty());
        QVERIFY(!key.secret.isEmpty());
        m_secrets.append(key.secret.toUtf8());
        QVERIFY(app.emulator()->hasKey(key.keyId));

        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, SavedKeysModel::KeyId).data().toString() == key.keyId)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(key.name));
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(SavedKeysModel::Name), key.name);
        QCOMPARE(cell(SavedKeysModel::Type),
                 key.type == KeyType::Manual ? u"Manual"_s : u"Automatic"_s);
        QCOMPARE(cell(SavedKeysModel::InKeychain), u"Yes"_s);
        QCOMPARE(cell(SavedKeysModel::Api), apiGenerationName(key.generation));
        QVERIFY(model->index(row, SavedKeysModel::Endpoint)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"API "_s + apiGenerationName(key.generation)));

        const QString recordId = model->index(row, 0).data(SavedKeysModel::RecordIdRole).toString();
        const std::optional<KeyRecord> record = app.root().keyIndex().find(recordId);
        QVERIFY(record);
        QCOMPARE(record->generation, key.generation);
        QCOMPARE(record->endpoint, app.emulator()->endpointUrl(key.generation));

        // The keychain holds exactly the secret the dialog showed.
        QByteArray stored;
        QVERIFY(waitForJob(app.root().savedKeys().readSecret(recordId),
                           [&](SecretStoreJob *job) { stored = job->secret().utf8(); }));
        QCOMPARE(stored, key.secret.toUtf8());
    }

    // A copy: each removal replaces the index's list, which a loop over records() would read
    // after it was freed (AddressSanitizer: heap-use-after-free).
    const QList<KeyRecord> records = app.root().keyIndex().records();
    for (const KeyRecord &record : records) {
        QVERIFY(waitForJob(app.root().savedKeys().remove(record.id()),
                           [](SavedKeyJob *job) { QVERIFY(job->succeeded()); }));
    }
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestDemoFlow)
#include "tst_demoflow.moc"
