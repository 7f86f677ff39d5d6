#include "keychainsecretstore.h"
#include "keystoretest.h"
#include "savedkeys.h"
#include "secretscan.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using KeystoreTest::waitForJob;

namespace {

struct Result
{
    bool finished = false;
    SecretStoreError keychain;
    KeyIndexError index;
};

Result wait(SavedKeyJob *job)
{
    Result result;
    result.finished = waitForJob(job, [&result](SavedKeyJob *done) {
        result.keychain = done->keychainError();
        result.index = done->indexError();
    });
    return result;
}

struct Read
{
    SecretStoreError error;
    QByteArray secret;
};

Read wait(SecretStoreJob *job)
{
    Read read;
    read.error.kind = SecretStoreError::Kind::Other;
    waitForJob(job, [&read](SecretStoreJob *done) {
        read.error = done->error();
        read.secret = done->secret().utf8();
    });
    return read;
}

QString kind(const SecretStoreError &error)
{
    return SecretStoreError::kindName(error.kind);
}
QString kind(const KeyIndexError &error)
{
    return KeyIndexError::kindName(error.kind);
}

} // namespace

class tst_SavedKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void saveRecordsAndStoresSecret();
    void saveAgainIsTheRetry();
    void sameKeyIdOnTwoGatewaysKeptApart();
    void removeRemovesBoth();
    void removalSaysWhenTheIndexFailed();
    void readOfVanishedSecretCorrectsTheRecord();

private:
    KeyRecord record(const QString &keyId, const QUrl &endpoint = QUrl(QStringLiteral(
                                               "https://apigateway.tencentcloudapi.com/"))) const
    {
        KeyRecord r;
        r.keyId = keyId;
        r.name = QStringLiteral("部署机器人 ") + keyId;
        r.type = KeyType::Manual;
        r.createdUtc = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        r.endpoint = endpoint;
        r.region = QStringLiteral("ap-shanghai");
        r.account = QStringLiteral("AKIDtst") + m_run;
        return r;
    }
    QByteArray remember(const QByteArray &secret)
    {
        m_secrets << secret;
        return secret;
    }

    QString m_run = QString::fromLatin1(KeystoreTest::randomToken(8));
    QList<QByteArray> m_secrets;
    KeychainSecretStore m_keychain;
    std::unique_ptr<KeyIndex> m_index;
    std::unique_ptr<SavedKeys> m_saved;
};

void tst_SavedKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("apigw-keys-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedkeys"));
    KEYSTORE_REQUIRE_SANDBOX();
    // The index goes where the application keeps it, inside the sandbox's HOME, so that the final
    // scan covers it.
    QVERIFY(KeyIndex::defaultSettingsPath().startsWith(qEnvironmentVariable("APIGW_TEST_SANDBOX")));
}

void tst_SavedKeys::init()
{
    QFile::remove(KeyIndex::defaultSettingsPath());
    m_index = std::make_unique<KeyIndex>(KeyIndex::defaultSettingsPath());
    m_saved = std::make_unique<SavedKeys>(*m_index, m_keychain);
}

void tst_SavedKeys::cleanup()
{
    // Whatever a test left in the index goes from the keychain too.
    const KeyIndex left(KeyIndex::defaultSettingsPath());
    for (const KeyRecord &r : left.records())
        wait(m_keychain.remove(r.secretEntry()));
    m_saved.reset();
    m_index.reset();
}

void tst_SavedKeys::cleanupTestCase()
{
    if (!KeystoreTest::inKeychainSandbox())
        return;
    const SecretScan::Findings findings =
        SecretScan::scan(qEnvironmentVariable("APIGW_TEST_SANDBOX"), m_secrets);
    QVERIFY(findings.files.contains(KeyIndex::defaultSettingsPath()));
    QVERIFY2(findings.hits.isEmpty(), qPrintable(findings.hits.join(u'\n')));
}

void tst_SavedKeys::saveRecordsAndStoresSecret()
{
    const KeyRecord r = record(QStringLiteral("saved_key"));
    const QByteArray secret = remember(KeystoreTest::randomToken(40));
    const Result saved = wait(m_saved->save(r, SecretString::fromUtf8(secret)));
    QVERIFY(saved.finished);
    QCOMPARE(kind(saved.keychain), QStringLiteral("None"));
    QCOMPARE(kind(saved.index), QStringLiteral("None"));

    // On disk, for the next start: the record, marked as having its secret in the keychain.
    const KeyIndex reopened(KeyIndex::defaultSettingsPath());
    QCOMPARE(reopened.records().size(), 1);
    KeyRecord expected = r;
    expected.secretInKeychain = true;
    QCOMPARE(reopened.records().constFirst(), expected);

    const Read read = wait(m_saved->readSecret(r.id()));
    QCOMPARE(kind(read.error), QStringLiteral("None"));
    QVERIFY(read.secret == secret);
}

void tst_SavedKeys::saveAgainIsTheRetry()
{
    const KeyRecord r = record(QStringLiteral("retried"));
    const QByteArray secret = remember(KeystoreTest::randomToken(40));
    QVERIFY(wait(m_saved->save(r, SecretString::fromUtf8(secret))).finished);
    const Result again = wait(m_saved->save(r, SecretString::fromUtf8(secret)));
    QCOMPARE(kind(again.keychain), QStringLiteral("None"));
    QCOMPARE(m_index->records().size(), 1);
    QVERIFY(m_index->records().constFirst().secretInKeychain);
}

void tst_SavedKeys::sameKeyIdOnTwoGatewaysKeptApart()
{
    const KeyRecord cloud = record(QStringLiteral("same_id"));
    const KeyRecord emulator =
        record(QStringLiteral("same_id"), QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    const QByteArray cloudSecret = remember(KeystoreTest::randomToken(30));
    const QByteArray emulatorSecret = remember(KeystoreTest::randomToken(30));
    QVERIFY(!wait(m_saved->save(cloud, SecretString::fromUtf8(cloudSecret))).keychain.isError());
    QVERIFY(
        !wait(m_saved->save(emulator, SecretString::fromUtf8(emulatorSecret))).keychain.isError());
    QCOMPARE(m_index->records().size(), 2);
    QVERIFY(wait(m_saved->readSecret(cloud.id())).secret == cloudSecret);
    QVERIFY(wait(m_saved->readSecret(emulator.id())).secret == emulatorSecret);
}

void tst_SavedKeys::removeRemovesBoth()
{
    const KeyRecord gone = record(QStringLiteral("to_remove"));
    const KeyRecord kept = record(QStringLiteral("to_keep"));
    const QByteArray keptSecret = remember(KeystoreTest::randomToken(30));
    QVERIFY(
        !wait(m_saved->save(gone, SecretString::fromUtf8(remember(KeystoreTest::randomToken(30)))))
             .keychain.isError());
    QVERIFY(!wait(m_saved->save(kept, SecretString::fromUtf8(keptSecret))).keychain.isError());

    const Result removed = wait(m_saved->remove(gone.id()));
    QVERIFY(removed.finished);
    QCOMPARE(kind(removed.keychain), QStringLiteral("None"));
    QCOMPARE(kind(removed.index), QStringLiteral("None"));

    QCOMPARE(kind(wait(m_keychain.read(gone.secretEntry())).error), QStringLiteral("NotFound"));
    const KeyIndex reopened(KeyIndex::defaultSettingsPath());
    QCOMPARE(reopened.records().size(), 1);
    QCOMPARE(reopened.records().constFirst().id(), kept.id());
    QVERIFY(wait(m_saved->readSecret(kept.id())).secret == keptSecret);
}

void tst_SavedKeys::removalSaysWhenTheIndexFailed()
{
    // Two records saved normally, then the second one damaged by hand: the index still lists the
    // first but refuses changes. Removal takes the secret out of the keychain and says that the
    // index part failed, leaving the file as the user left it.
    const KeyRecord r = record(QStringLiteral("damaged_index"));
    QVERIFY(!wait(m_saved->save(r, SecretString::fromUtf8(remember(KeystoreTest::randomToken(30)))))
                 .keychain.isError());
    QVERIFY(!wait(m_saved->save(record(QStringLiteral("other")),
                                SecretString::fromUtf8(remember(KeystoreTest::randomToken(30)))))
                 .keychain.isError());
    QFile file(KeyIndex::defaultSettingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray damaged = file.readAll();
    file.close();
    QVERIFY(damaged.contains("2\\type=manual"));
    damaged.replace("2\\type=manual", "2\\type=hand-edited");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(damaged);
    file.close();

    KeyIndex index(KeyIndex::defaultSettingsPath());
    QVERIFY(!index.isWritable());
    QVERIFY(index.find(r.id()).has_value());
    SavedKeys saved(index, m_keychain);
    const Result removed = wait(saved.remove(r.id()));
    QVERIFY(removed.finished);
    QCOMPARE(kind(removed.keychain), QStringLiteral("None"));
    QCOMPARE(kind(removed.index), QStringLiteral("ReadOnly"));
    QCOMPARE(kind(wait(m_keychain.read(r.secretEntry())).error), QStringLiteral("NotFound"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
    QVERIFY(
        !wait(m_keychain.remove(record(QStringLiteral("other")).secretEntry())).error.isError());
}

void tst_SavedKeys::readOfVanishedSecretCorrectsTheRecord()
{
    const KeyRecord r = record(QStringLiteral("vanished"));
    QVERIFY(!wait(m_saved->save(r, SecretString::fromUtf8(remember(KeystoreTest::randomToken(30)))))
                 .keychain.isError());
    // Removed behind the application's back (a keychain manager, say).
    QVERIFY(!wait(m_keychain.remove(r.secretEntry())).error.isError());
    QCOMPARE(kind(wait(m_saved->readSecret(r.id())).error), QStringLiteral("NotFound"));
    QTRY_VERIFY(!m_index->find(r.id()).value_or(KeyRecord()).secretInKeychain);
    QVERIFY(m_index->find(r.id()).has_value());
}

QTEST_GUILESS_MAIN(tst_SavedKeys)
#include "tst_savedkeys.moc"
