#include "keychainsecretstore.h"
#include "keystoretest.h"
#include "secretscan.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using Kind = SecretStoreError::Kind;
using KeystoreTest::waitForJob;

namespace {

struct Outcome
{
    bool finished = false;
    SecretStoreError error;
    QByteArray secret; // test secrets only
};

Outcome wait(SecretStoreJob *job, int timeoutMs = 20000)
{
    Outcome outcome;
    outcome.finished = waitForJob(
        job,
        [&outcome](SecretStoreJob *done) {
            outcome.error = done->error();
            outcome.secret = done->secret().utf8();
        },
        timeoutMs);
    return outcome;
}

// A secret of exactly `bytes` UTF-8 bytes mixing ASCII and three-byte Chinese characters, fresh
// for this run.
QByteArray mixedSecret(qsizetype bytes)
{
    QByteArray secret = KeystoreTest::randomToken(16);
    const QByteArray chinese = QStringLiteral("密钥").toUtf8();
    while (secret.size() + chinese.size() <= bytes)
        secret += chinese;
    secret += KeystoreTest::randomToken(int(bytes - secret.size()));
    return secret;
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void readOfMissingEntryIsNotFound();
    void removeOfMissingEntrySucceeds();
    void tooLargeIsRefusedNotTruncated();
    void invalidRequestsTouchNothing_data();
    void invalidRequestsTouchNothing();
    void finishedComesFromTheEventLoop();
    void servicesKeepEntriesApart();
    void manyRequestsAnswerInOrder();
    void storeDestroyedWhileKeychainWorks();
    void scannerFindsPlantedSecret();

private:
    QString entry(const QString &name) const
    {
        return QStringLiteral("tst/") + m_run + u'/' + name;
    }
    QByteArray remember(const QByteArray &secret)
    {
        m_secrets << secret;
        return secret;
    }

    KeychainSecretStore m_store;
    QString m_run = QString::fromLatin1(KeystoreTest::randomToken(8));
    QList<QByteArray> m_secrets;
};

void tst_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
    QCOMPARE(m_store.service(), QStringLiteral("apigw-keys"));
    QCOMPARE(m_store.timeout(), std::chrono::milliseconds(10'000));
}

void tst_KeychainSecretStore::cleanupTestCase()
{
    if (!KeystoreTest::inKeychainSandbox())
        return;
    // Whatever this run wrote went to the keychain only: no file in the throw-away HOME and XDG
    // directories (the keyring's own file included, which gnome-keyring encrypts) holds it.
    const SecretScan::Findings findings =
        SecretScan::scan(qEnvironmentVariable("APIGW_TEST_SANDBOX"), m_secrets);
    QVERIFY(m_secrets.size() > 5);
    // The keyring file, which does hold them, encrypted, is among the files scanned.
    QVERIFY(std::any_of(findings.files.begin(), findings.files.end(),
                        [](const QString &path) { return path.endsWith(u".keyring"); }));
    QVERIFY2(findings.hits.isEmpty(), qPrintable(findings.hits.join(u'\n')));
}

void tst_KeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("ascii") << QStringLiteral("ascii-name_1") << KeystoreTest::randomToken(40);
    QTest::newRow("chinese name") << QStringLiteral("生产环境/密钥一")
                                  << KeystoreTest::randomToken(40);
    QTest::newRow("chinese secret") << QStringLiteral("zh-secret") << mixedSecret(200);
    QTest::newRow("longest secret")
        << QStringLiteral("longest") << mixedSecret(KeychainSecretStore::PlatformMaxSecretBytes);
    QTest::newRow("longest entry name")
        << QStringLiteral("x").repeated(KeychainSecretStore::MaxEntryNameLength - 30)
        << KeystoreTest::randomToken(20);
    QTest::newRow("json-like secret")
        << QStringLiteral("json")
        << QByteArray("{\"a\":\"\\\"" + KeystoreTest::randomToken(12) + "\"}");
}

void tst_KeychainSecretStore::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, secret);
    remember(secret);
    const QString id = entry(name);
    QVERIFY(id.size() <= KeychainSecretStore::MaxEntryNameLength);

    const Outcome saved = wait(m_store.save(id, SecretString::fromUtf8(secret)));
    QVERIFY(saved.finished);
    QCOMPARE(SecretStoreError::kindName(saved.error.kind), QStringLiteral("None"));

    const Outcome read = wait(m_store.read(id));
    QVERIFY(read.finished);
    QCOMPARE(SecretStoreError::kindName(read.error.kind), QStringLiteral("None"));
    QCOMPARE(read.secret.size(), secret.size());
    QVERIFY(read.secret == secret);

    const Outcome removed = wait(m_store.remove(id));
    QCOMPARE(SecretStoreError::kindName(removed.error.kind), QStringLiteral("None"));
    const Outcome gone = wait(m_store.read(id));
    QCOMPARE(SecretStoreError::kindName(gone.error.kind), QStringLiteral("NotFound"));
    QVERIFY(gone.secret.isEmpty());
}

void tst_KeychainSecretStore::overwrite()
{
    const QString id = entry(QStringLiteral("overwrite"));
    const QByteArray first = remember(KeystoreTest::randomToken(30));
    const QByteArray second = remember(KeystoreTest::randomToken(31));
    QVERIFY(!wait(m_store.save(id, SecretString::fromUtf8(first))).error.isError());
    QVERIFY(!wait(m_store.save(id, SecretString::fromUtf8(second))).error.isError());
    const Outcome read = wait(m_store.read(id));
    QVERIFY(!read.error.isError());
    QVERIFY(read.secret == second);
    QVERIFY(!wait(m_store.remove(id)).error.isError());
}

void tst_KeychainSecretStore::readOfMissingEntryIsNotFound()
{
    const Outcome read = wait(m_store.read(entry(QStringLiteral("never-written"))));
    QVERIFY(read.finished);
    // The keychain is unlocked, so the store may say "not found" outright, not "or locked".
    QCOMPARE(SecretStoreError::kindName(read.error.kind), QStringLiteral("NotFound"));
    QVERIFY(!read.error.backendText.isEmpty());
}

void tst_KeychainSecretStore::removeOfMissingEntrySucceeds()
{
    const Outcome removed = wait(m_store.remove(entry(QStringLiteral("never-written"))));
    QVERIFY(removed.finished);
    QCOMPARE(SecretStoreError::kindName(removed.error.kind), QStringLiteral("None"));
}

void tst_KeychainSecretStore::tooLargeIsRefusedNotTruncated()
{
    const QString id = entry(QStringLiteral("too-large"));
    const QByteArray small = remember(KeystoreTest::randomToken(20));
    QVERIFY(!wait(m_store.save(id, SecretString::fromUtf8(small))).error.isError());

    const QByteArray large = remember(mixedSecret(m_store.maxSecretBytes() + 1));
    const Outcome refused = wait(m_store.save(id, SecretString::fromUtf8(large)));
    QCOMPARE(SecretStoreError::kindName(refused.error.kind), QStringLiteral("TooLarge"));
    QVERIFY(refused.error.diagnosis.contains(QString::number(m_store.maxSecretBytes())));

    // Neither cut down and stored, nor the old value lost.
    const Outcome read = wait(m_store.read(id));
    QVERIFY(read.secret == small);
    QVERIFY(!wait(m_store.remove(id)).error.isError());
}

void tst_KeychainSecretStore::invalidRequestsTouchNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("empty entry name") << QString() << QByteArray("abc");
    QTest::newRow("entry name too long")
        << QStringLiteral("y").repeated(KeychainSecretStore::MaxEntryNameLength + 1)
        << QByteArray("abc");
    QTest::newRow("empty secret") << QStringLiteral("empty") << QByteArray();
    // libsecret stores a C string: a NUL would silently cut the secret short.
    QTest::newRow("NUL inside") << QStringLiteral("nul") << QByteArray("abc\0def", 7);
    QTest::newRow("invalid UTF-8") << QStringLiteral("utf8") << QByteArray("abc\xff\xfe", 5);
}

void tst_KeychainSecretStore::invalidRequestsTouchNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, secret);
    const QString id = name.size() > KeychainSecretStore::MaxEntryNameLength || name.isEmpty()
                           ? name
                           : entry(name);
    const Outcome refused = wait(m_store.save(id, SecretString::fromUtf8(secret)));
    QVERIFY(refused.finished);
    QCOMPARE(SecretStoreError::kindName(refused.error.kind), QStringLiteral("InvalidRequest"));
    QVERIFY(!refused.error.diagnosis.isEmpty());
    if (!id.isEmpty() && id.size() <= KeychainSecretStore::MaxEntryNameLength) {
        const Outcome read = wait(m_store.read(id));
        QCOMPARE(SecretStoreError::kindName(read.error.kind), QStringLiteral("NotFound"));
    }
}

void tst_KeychainSecretStore::finishedComesFromTheEventLoop()
{
    // A refused request is decided inside save(), a real one later: either way the caller, which
    // connects after the call returns, gets the signal.
    for (const QString &id : {QString(), entry(QStringLiteral("async"))}) {
        SecretStoreJob *job = m_store.read(id);
        QVERIFY(!job->isFinished() || id.isEmpty());
        QSignalSpy finished(job, &SecretStoreJob::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
    }
}

void tst_KeychainSecretStore::servicesKeepEntriesApart()
{
    KeychainSecretStore other(QStringLiteral("apigw-keys-test-other"));
    const QString id = entry(QStringLiteral("shared-name"));
    const QByteArray mine = remember(KeystoreTest::randomToken(25));
    const QByteArray theirs = remember(KeystoreTest::randomToken(26));
    QVERIFY(!wait(m_store.save(id, SecretString::fromUtf8(mine))).error.isError());
    QVERIFY(!wait(other.save(id, SecretString::fromUtf8(theirs))).error.isError());
    QVERIFY(wait(m_store.read(id)).secret == mine);
    QVERIFY(wait(other.read(id)).secret == theirs);
    QVERIFY(!wait(other.remove(id)).error.isError());
    QVERIFY(wait(m_store.read(id)).secret == mine);
    QVERIFY(!wait(m_store.remove(id)).error.isError());
}

void tst_KeychainSecretStore::manyRequestsAnswerInOrder()
{
    // All issued at once: the store queues them and hands QtKeychain one at a time.
    constexpr int Count = 12;
    QList<QByteArray> secrets;
    QList<SecretStoreJob *> saves;
    QList<SecretStoreJob *> reads;
    for (int i = 0; i < Count; ++i) {
        secrets << remember(KeystoreTest::randomToken(20 + i));
        saves << m_store.save(entry(QStringLiteral("many-%1").arg(i)),
                              SecretString::fromUtf8(secrets.last()));
        reads << m_store.read(entry(QStringLiteral("many-%1").arg(i)));
    }
    QList<int> order;
    QList<Outcome> outcomes(Count);
    for (int i = 0; i < Count; ++i) {
        connect(reads[i], &SecretStoreJob::finished, this, [&, i](SecretStoreJob *done) {
            order << i;
            outcomes[i] = {true, done->error(), done->secret().utf8()};
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), Count, 30000);
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(order.at(i), i);
        QVERIFY(!outcomes.at(i).error.isError());
        QVERIFY(outcomes.at(i).secret == secrets.at(i));
    }
    for (int i = 0; i < Count; ++i)
        QVERIFY(!wait(m_store.remove(entry(QStringLiteral("many-%1").arg(i)))).error.isError());
}

void tst_KeychainSecretStore::storeDestroyedWhileKeychainWorks()
{
    // The save reaches QtKeychain at once; destroying the store must neither delete that running
    // job nor crash when it ends, and the keychain stays usable for the next store.
    const QString id = entry(QStringLiteral("orphan"));
    const QByteArray secret = remember(KeystoreTest::randomToken(33));
    {
        auto store = std::make_unique<KeychainSecretStore>();
        store->save(id, SecretString::fromUtf8(secret));
        store->read(id); // still queued in the store: dropped with it
    }
    KeychainSecretStore next;
    const Outcome read = wait(next.read(id));
    QVERIFY(read.finished);
    QVERIFY(!read.error.isError());
    QVERIFY(read.secret == secret);
    QVERIFY(!wait(next.remove(id)).error.isError());
}

void tst_KeychainSecretStore::scannerFindsPlantedSecret()
{
    // The final scan is only worth something if it can find a secret where there is one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray planted = KeystoreTest::randomToken(24);
    QFile file(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key=" + planted.toBase64() + '\n');
    file.close();
    const SecretScan::Findings findings = SecretScan::scan(dir.path(), {planted});
    QCOMPARE(findings.filesScanned, 1);
    QVERIFY(!findings.hits.isEmpty());
    QVERIFY(SecretScan::scan(dir.path(), {KeystoreTest::randomToken(24)}).hits.isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
