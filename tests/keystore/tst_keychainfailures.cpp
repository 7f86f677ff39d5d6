#include "hangingsecretservice.h"
#include "keychainsecretstore.h"
#include "keyringcontrol.h"
#include "keystorehelperprocess.h"
#include "keystoretest.h"
#include "operatorcredentialstore.h"
#include "privatebus.h"
#include "savedkeys.h"
#include "secretscan.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using KeystoreTest::waitForJob;

namespace {

struct Outcome
{
    bool finished = false;
    SecretStoreError error;
    QByteArray secret;
};

Outcome wait(SecretStoreJob *job)
{
    Outcome outcome;
    outcome.finished = waitForJob(job, [&outcome](SecretStoreJob *done) {
        outcome.error = done->error();
        outcome.secret = done->secret().utf8();
    });
    return outcome;
}

QString kind(const SecretStoreError &error)
{
    return SecretStoreError::kindName(error.kind);
}

// The test's own environment, except for the session bus the child is to see. XDG_RUNTIME_DIR
// goes too: GDBus and libdbus both fall back on $XDG_RUNTIME_DIR/bus without an address.
QProcessEnvironment childEnvironment(const QString &busAddress, const QString &runtimeDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
        environment.remove(name);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    if (!busAddress.isEmpty())
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    return environment;
}

} // namespace

// Every failure, produced for real: a locked login keyring (locked over D-Bus during the test), no
// session bus, a bus without a Secret Service, and one whose Secret Service never answers (the
// only fake). Locking the keyring would disturb any other test using it, so this one runs alone
// (RUN_SERIAL).
class tst_KeychainFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void lockedRead();
    void lockedReadOfMissingEntryIsNotCalledNotFound();
    void lockedWrite();
    void lockedRemove();
    void lockedSavedKeysKeepRecordAndRetry();
    void lockedOperatorCredentials();

    void noSessionBus_data();
    void noSessionBus();
    void busWithoutSecretService();
    void hungSecretServiceTimesOut();
    void hungBusTimesOut();

private:
    QString entry(const QString &name) const
    {
        return QStringLiteral("tst-fail/") + m_run + u'/' + name;
    }
    QByteArray remember(const QByteArray &secret)
    {
        m_secrets << secret;
        return secret;
    }
    bool lock();
    bool unlock();

    KeychainSecretStore m_store;
    QString m_collection;
    QString m_run = QString::fromLatin1(KeystoreTest::randomToken(8));
    QList<QByteArray> m_secrets;
    QTemporaryDir m_runtime;
};

void tst_KeychainFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
    QVERIFY(m_runtime.isValid());
    QString error;
    m_collection = KeyringControl::defaultCollection(&error);
    QVERIFY2(!m_collection.isEmpty(), qPrintable(error));
    QCOMPARE(KeyringControl::isLocked(m_collection, &error), std::optional<bool>(false));
}

void tst_KeychainFailures::init()
{
    QVERIFY(unlock());
}

void tst_KeychainFailures::cleanup()
{
    // Whatever a test did, the next one (and the next test program) finds the keyring open.
    QVERIFY(unlock());
}

void tst_KeychainFailures::cleanupTestCase()
{
    if (!KeystoreTest::inKeychainSandbox() || m_secrets.isEmpty())
        return;
    const SecretScan::Findings findings =
        SecretScan::scan(qEnvironmentVariable("APIGW_TEST_SANDBOX"), m_secrets);
    QVERIFY(findings.filesScanned > 0);
    QVERIFY2(findings.hits.isEmpty(), qPrintable(findings.hits.join(u'\n')));
}

bool tst_KeychainFailures::lock()
{
    QString error;
    if (!KeyringControl::lock(m_collection, &error)) {
        qWarning("cannot lock %s: %s", qPrintable(m_collection), qPrintable(error));
        return false;
    }
    return true;
}

bool tst_KeychainFailures::unlock()
{
    QString error;
    if (!KeyringControl::isLocked(m_collection, &error).value_or(true))
        return true;
    if (!KeyringControl::unlock(m_collection, qgetenv("APIGW_TEST_KEYRING_PASSWORD"), &error)) {
        qWarning("cannot unlock %s: %s", qPrintable(m_collection), qPrintable(error));
        return false;
    }
    return true;
}

void tst_KeychainFailures::lockedRead()
{
    const QString id = entry(QStringLiteral("locked-read"));
    const QByteArray secret = remember(KeystoreTest::randomToken(32));
    QVERIFY(!wait(m_store.save(id, SecretString::fromUtf8(secret))).error.isError());

    QVERIFY(lock());
    const Outcome read = wait(m_store.read(id));
    QVERIFY(read.finished);
    // libsecret itself says "not found"; the store must not repeat that.
    QCOMPARE(kind(read.error), QStringLiteral("Locked"));
    QVERIFY(!read.error.backendText.isEmpty());
    QVERIFY(!read.error.diagnosis.isEmpty());
    QVERIFY(read.secret.isEmpty());

    QVERIFY(unlock());
    const Outcome after = wait(m_store.read(id));
    QCOMPARE(kind(after.error), QStringLiteral("None"));
    QVERIFY(after.secret == secret);
    QVERIFY(!wait(m_store.remove(id)).error.isError());
}

void tst_KeychainFailures::lockedReadOfMissingEntryIsNotCalledNotFound()
{
    QVERIFY(lock());
    const Outcome read = wait(m_store.read(entry(QStringLiteral("never-written"))));
    QCOMPARE(kind(read.error), QStringLiteral("Locked"));
    QVERIFY(read.error.diagnosis.contains(m_collection));
}

void tst_KeychainFailures::lockedWrite()
{
    const QString existing = entry(QStringLiteral("locked-write"));
    const QString fresh = entry(QStringLiteral("locked-write-new"));
    const QByteArray original = remember(KeystoreTest::randomToken(32));
    const QByteArray replacement = remember(KeystoreTest::randomToken(33));
    QVERIFY(!wait(m_store.save(existing, SecretString::fromUtf8(original))).error.isError());

    QVERIFY(lock());
    const Outcome overwrite = wait(m_store.save(existing, SecretString::fromUtf8(replacement)));
    QCOMPARE(kind(overwrite.error), QStringLiteral("Locked"));
    const Outcome create = wait(m_store.save(fresh, SecretString::fromUtf8(replacement)));
    QCOMPARE(kind(create.error), QStringLiteral("Locked"));
    QVERIFY(!create.error.backendText.isEmpty());

    // Nothing written, nothing lost.
    QVERIFY(unlock());
    QVERIFY(wait(m_store.read(existing)).secret == original);
    QCOMPARE(kind(wait(m_store.read(fresh)).error), QStringLiteral("NotFound"));
    QVERIFY(!wait(m_store.remove(existing)).error.isError());
}

void tst_KeychainFailures::lockedRemove()
{
    const QString id = entry(QStringLiteral("locked-remove"));
    const QByteArray secret = remember(KeystoreTest::randomToken(32));
    QVERIFY(!wait(m_store.save(id, SecretString::fromUtf8(secret))).error.isError());

    QVERIFY(lock());
    // libsecret reports success here, having removed nothing.
    const Outcome removed = wait(m_store.remove(id));
    QCOMPARE(kind(removed.error), QStringLiteral("Locked"));

    QVERIFY(unlock());
    QVERIFY(wait(m_store.read(id)).secret == secret);
    QVERIFY(!wait(m_store.remove(id)).error.isError());
    QCOMPARE(kind(wait(m_store.read(id)).error), QStringLiteral("NotFound"));
}

void tst_KeychainFailures::lockedSavedKeysKeepRecordAndRetry()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    KeyIndex index(dir.filePath(QStringLiteral("keys.ini")));
    SavedKeys saved(index, m_store);
    KeyRecord record;
    record.keyId = QStringLiteral("locked_key");
    record.name = QStringLiteral("locked");
    record.createdUtc = QDateTime::currentDateTimeUtc();
    record.endpoint = QUrl(QStringLiteral("https://apigateway.tencentcloudapi.com/"));
    record.region = QStringLiteral("ap-guangzhou");
    record.account = QStringLiteral("AKID") + m_run;
    const QByteArray secret = remember(KeystoreTest::randomToken(40));

    auto run = [](SavedKeyJob *job) {
        std::pair<SecretStoreError, KeyIndexError> result;
        result.first.kind = SecretStoreError::Kind::Other;
        waitForJob(job, [&result](SavedKeyJob *done) {
            result = {done->keychainError(), done->indexError()};
        });
        return result;
    };

    // Saving while locked: the key is recorded, without claiming its secret is kept.
    QVERIFY(lock());
    const auto failedSave = run(saved.save(record, SecretString::fromUtf8(secret)));
    QCOMPARE(kind(failedSave.first), QStringLiteral("Locked"));
    QVERIFY(!failedSave.second.isError());
    QVERIFY(index.find(record.id()).has_value());
    QVERIFY(!index.find(record.id())->secretInKeychain);

    // The retry after unlocking.
    QVERIFY(unlock());
    const auto retried = run(saved.save(record, SecretString::fromUtf8(secret)));
    QVERIFY(!retried.first.isError());
    QVERIFY(index.find(record.id())->secretInKeychain);

    // Removing while locked keeps the record, so the removal can be retried.
    QVERIFY(lock());
    const auto failedRemoval = run(saved.remove(record.id()));
    QCOMPARE(kind(failedRemoval.first), QStringLiteral("Locked"));
    QVERIFY(!failedRemoval.second.isError());
    QVERIFY(KeyIndex(index.settingsPath()).find(record.id()).has_value());

    QVERIFY(unlock());
    QVERIFY(wait(m_store.read(record.secretEntry())).secret == secret);
    const auto removed = run(saved.remove(record.id()));
    QVERIFY(!removed.first.isError());
    QVERIFY(!removed.second.isError());
    QVERIFY(index.records().isEmpty());
}

void tst_KeychainFailures::lockedOperatorCredentials()
{
    OperatorCredentialStore credentials(m_store);
    OperatorCredentials saved;
    saved.secretId = QStringLiteral("AKID") + m_run;
    saved.secretKey = SecretString::fromUtf8(remember(KeystoreTest::randomToken(32)));
    const QString profile = QStringLiteral("locked-") + m_run;
    QVERIFY(!wait(credentials.save(profile, saved)).error.isError());

    QVERIFY(lock());
    SecretStoreError error;
    QVERIFY(waitForJob(credentials.load(profile),
                       [&error](OperatorCredentialsJob *job) { error = job->error(); }));
    QCOMPARE(kind(error), QStringLiteral("Locked"));

    QVERIFY(unlock());
    OperatorCredentials loaded;
    QVERIFY(waitForJob(credentials.load(profile),
                       [&loaded](OperatorCredentialsJob *job) { loaded = job->credentials(); }));
    QVERIFY(loaded == saved);
    QVERIFY(!wait(credentials.remove(profile)).error.isError());
}

void tst_KeychainFailures::noSessionBus_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("no address at all") << QString();
    QTest::newRow("dead socket") << QStringLiteral("unix:path=") +
                                        m_runtime.filePath(QStringLiteral("nobody-listens"));
}

void tst_KeychainFailures::noSessionBus()
{
    QFETCH(QString, address);
    KeystoreHelperProcess helper(childEnvironment(address, m_runtime.path()));
    QVERIFY2(helper.start(), qPrintable(helper.diagnostics()));
    QVERIFY(helper.setTimeout(5000));

    const int read = helper.read(entry(QStringLiteral("no-bus")));
    const int save = helper.save(entry(QStringLiteral("no-bus")), "not-stored");
    const int remove = helper.remove(entry(QStringLiteral("no-bus")));
    for (const int seq : {read, save, remove}) {
        const QJsonObject result = helper.result(seq, 15000);
        QVERIFY2(!result.isEmpty(), qPrintable(helper.diagnostics()));
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("NoBackend"));
        // Told at once, not after the timeout.
        QVERIFY(result.value(QStringLiteral("elapsedMs")).toInt() < 5000);
        QVERIFY(!result.value(QStringLiteral("backendText")).toString().isEmpty());
        QVERIFY(!result.value(QStringLiteral("diagnosis")).toString().isEmpty());
    }
}

void tst_KeychainFailures::busWithoutSecretService()
{
    PrivateBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    KeystoreHelperProcess helper(childEnvironment(bus.address(), m_runtime.path()));
    QVERIFY2(helper.start(), qPrintable(helper.diagnostics()));
    QVERIFY(helper.setTimeout(5000));

    const int read = helper.read(entry(QStringLiteral("no-provider")));
    const int save = helper.save(entry(QStringLiteral("no-provider")), "not-stored");
    const int remove = helper.remove(entry(QStringLiteral("no-provider")));
    for (const int seq : {read, save, remove}) {
        const QJsonObject result = helper.result(seq, 15000);
        QVERIFY2(!result.isEmpty(), qPrintable(helper.diagnostics()));
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), QStringLiteral("NoBackend"));
        QVERIFY(result.value(QStringLiteral("diagnosis"))
                    .toString()
                    .contains(u"org.freedesktop.secrets"));
        QVERIFY(result.value(QStringLiteral("elapsedMs")).toInt() < 5000);
    }
}

void tst_KeychainFailures::hungSecretServiceTimesOut()
{
    PrivateBus bus;
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    HangingSecretService hanging;
    QVERIFY2(hanging.start(bus.address()), qPrintable(hanging.errorString()));
    KeystoreHelperProcess helper(childEnvironment(bus.address(), m_runtime.path()));
    QVERIFY2(helper.start(), qPrintable(helper.diagnostics()));
    constexpr int Timeout = 1500;
    QVERIFY(helper.setTimeout(Timeout));

    // The read reaches the provider and hangs there; the save waits behind it in the store.
    const int read = helper.read(entry(QStringLiteral("hung")));
    const int save = helper.save(entry(QStringLiteral("hung")), "never-sent");
    const QJsonObject readResult = helper.result(read, 10000);
    QVERIFY2(!readResult.isEmpty(), qPrintable(helper.diagnostics()));
    QCOMPARE(readResult.value(QStringLiteral("kind")).toString(), QStringLiteral("Timeout"));
    QVERIFY(readResult.value(QStringLiteral("elapsedMs")).toInt() >= Timeout - 50);
    QVERIFY(readResult.value(QStringLiteral("elapsedMs")).toInt() < Timeout + 3000);
    QVERIFY(!readResult.value(QStringLiteral("mayStillComplete")).toBool());

    const QJsonObject saveResult = helper.result(save, 10000);
    QCOMPARE(saveResult.value(QStringLiteral("kind")).toString(), QStringLiteral("Timeout"));
    // It never reached the keychain, so it can never happen later.
    QVERIFY(!saveResult.value(QStringLiteral("mayStillComplete")).toBool());
    QVERIFY(!hanging.calls().isEmpty());

    // The provider goes away; the abandoned QtKeychain job ends (the bus fails its call), deletes
    // itself, and the store answers the next request properly.
    hanging.stop();
    QVERIFY(helper.setTimeout(10000));
    const int again = helper.read(entry(QStringLiteral("hung")));
    const QJsonObject againResult = helper.result(again, 20000);
    QVERIFY2(!againResult.isEmpty(), qPrintable(helper.diagnostics()));
    QCOMPARE(againResult.value(QStringLiteral("kind")).toString(), QStringLiteral("NoBackend"));
    QVERIFY(againResult.value(QStringLiteral("elapsedMs")).toInt() < 10000);
}

void tst_KeychainFailures::hungBusTimesOut()
{
    // Not even the bus daemon answers: the store still reports in time and stays responsive.
    PrivateBus bus(PrivateBus::Replies::Dropped);
    QVERIFY2(bus.start(), qPrintable(bus.errorString()));
    KeystoreHelperProcess helper(childEnvironment(bus.address(), m_runtime.path()));
    QVERIFY2(helper.start(), qPrintable(helper.diagnostics()));
    constexpr int Timeout = 1000;
    QVERIFY(helper.setTimeout(Timeout));
    const int read = helper.read(entry(QStringLiteral("hung-bus")));
    const int remove = helper.remove(entry(QStringLiteral("hung-bus")));
    const QJsonObject readResult = helper.result(read, 10000);
    QVERIFY2(!readResult.isEmpty(), qPrintable(helper.diagnostics()));
    QCOMPARE(readResult.value(QStringLiteral("kind")).toString(), QStringLiteral("Timeout"));
    const QJsonObject removeResult = helper.result(remove, 10000);
    QCOMPARE(removeResult.value(QStringLiteral("kind")).toString(), QStringLiteral("Timeout"));
    QVERIFY(!removeResult.value(QStringLiteral("mayStillComplete")).toBool());
    QVERIFY(removeResult.value(QStringLiteral("elapsedMs")).toInt() < Timeout + 3000);
}

QTEST_GUILESS_MAIN(tst_KeychainFailures)
#include "tst_keychainfailures.moc"
