#include "entryname.h"
#include "keychainsecretstore.h"
#include "keystoretest.h"
#include "operatorcredentialstore.h"
#include "secretscan.h"

#include <QStandardPaths>
#include <QtTest>

using KeystoreTest::waitForJob;

namespace {

struct Loaded
{
    bool finished = false;
    SecretStoreError error;
    OperatorCredentials credentials;
};

Loaded load(OperatorCredentialStore &store, const QString &profile)
{
    Loaded loaded;
    loaded.finished = waitForJob(store.load(profile), [&loaded](OperatorCredentialsJob *job) {
        loaded.error = job->error();
        loaded.credentials = job->credentials();
    });
    return loaded;
}

SecretStoreError finish(SecretStoreJob *job)
{
    SecretStoreError error;
    error.kind = SecretStoreError::Kind::Other;
    error.diagnosis = QStringLiteral("did not finish");
    waitForJob(job, [&error](SecretStoreJob *done) { error = done->error(); });
    return error;
}

OperatorCredentials credentials(const QByteArray &secretKey, const QByteArray &token = {})
{
    OperatorCredentials result;
    result.secretId = QStringLiteral("AKID") + QString::fromLatin1(KeystoreTest::randomToken(32));
    result.secretKey = SecretString::fromUtf8(secretKey);
    result.sessionToken = SecretString::fromUtf8(token);
    return result;
}

} // namespace

class tst_OperatorCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // The entry's content, no keychain needed.
    void encodeDecode_data();
    void encodeDecode();
    void decodeRefuses_data();
    void decodeRefuses();

    // Against the real Secret Service.
    void roundTripPerProfile_data();
    void roundTripPerProfile();
    void twoProfilesDoNotCollide();
    void sessionTokenIsOptional();
    void loadOfMissingProfileIsNotFound();
    void invalidInputTouchesNothing();
    void foreignEntryIsMalformed();

private:
    QString profile(const QString &name) const { return m_run + u'-' + name; }
    QByteArray remember(const QByteArray &secret)
    {
        m_secrets << secret;
        return secret;
    }

    KeychainSecretStore m_keychain;
    OperatorCredentialStore m_store{m_keychain};
    QString m_run = QString::fromLatin1(KeystoreTest::randomToken(8));
    QList<QByteArray> m_secrets;
};

void tst_OperatorCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_OperatorCredentialStore::cleanupTestCase()
{
    if (!KeystoreTest::inKeychainSandbox() || m_secrets.isEmpty())
        return;
    const SecretScan::Findings findings =
        SecretScan::scan(qEnvironmentVariable("APIGW_TEST_SANDBOX"), m_secrets);
    QVERIFY(findings.filesScanned > 0);
    QVERIFY2(findings.hits.isEmpty(), qPrintable(findings.hits.join(u'\n')));
}

void tst_OperatorCredentialStore::encodeDecode_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("without token")
        << QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE")
        << QByteArray("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE") << QByteArray()
        << QByteArray("{\"secretId\":\"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\","
                      "\"secretKey\":\"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE\"}");
    QTest::newRow("with token") << QStringLiteral("AKIDa") << QByteArray("key")
                                << QByteArray("tok/en+==")
                                << QByteArray("{\"secretId\":\"AKIDa\",\"secretKey\":\"key\","
                                              "\"sessionToken\":\"tok/en+==\"}");
    QTest::newRow("quote and backslash escaped")
        << QStringLiteral("AKIDb") << QByteArray("a\"b\\c") << QByteArray()
        << QByteArray("{\"secretId\":\"AKIDb\",\"secretKey\":\"a\\\"b\\\\c\"}");
}

void tst_OperatorCredentialStore::encodeDecode()
{
    QFETCH(QString, secretId);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, json);

    OperatorCredentials original;
    original.secretId = secretId;
    original.secretKey = SecretString::fromUtf8(secretKey);
    original.sessionToken = SecretString::fromUtf8(token);
    const SecretString encoded = OperatorCredentialStore::encode(original);
    QCOMPARE(encoded.utf8(), json);
    // Any JSON reader agrees on what it says.
    QVERIFY(QJsonDocument::fromJson(encoded.utf8()).isObject());
    const auto decoded = OperatorCredentialStore::decode(encoded);
    QVERIFY(decoded.has_value());
    QVERIFY(*decoded == original);
}

void tst_OperatorCredentialStore::decodeRefuses_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hunter2");
    QTest::newRow("array") << QByteArray("[\"AKID\",\"key\"]");
    QTest::newRow("no secretKey") << QByteArray("{\"secretId\":\"AKID\"}");
    QTest::newRow("no secretId") << QByteArray("{\"secretKey\":\"key\"}");
    QTest::newRow("number value") << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":5}");
    QTest::newRow("unsupported escape")
        << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":\"a\\u0041\"}");
    QTest::newRow("duplicate member")
        << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":\"a\",\"secretKey\":\"b\"}");
    QTest::newRow("trailing garbage") << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":\"a\"}x");
    QTest::newRow("unterminated") << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":\"a");
    QTest::newRow("control character")
        << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":\"a\tb\"}");
    QTest::newRow("space inside key, refused by checkCredentials")
        << QByteArray("{\"secretId\":\"AKID\",\"secretKey\":\"a b\"}");
}

void tst_OperatorCredentialStore::decodeRefuses()
{
    QFETCH(QByteArray, content);
    QVERIFY(!OperatorCredentialStore::decode(SecretString::fromUtf8(content)).has_value());
}

void tst_OperatorCredentialStore::roundTripPerProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withToken");
    QTest::newRow("ascii") << QStringLiteral("default") << false;
    QTest::newRow("chinese, with token") << QStringLiteral("生产环境") << true;
    QTest::newRow("slash in name") << QStringLiteral("team/ops") << true;
}

void tst_OperatorCredentialStore::roundTripPerProfile()
{
    KEYSTORE_REQUIRE_SANDBOX();
    QFETCH(QString, name);
    QFETCH(bool, withToken);
    // A real STS token runs to a few KiB.
    const OperatorCredentials original =
        credentials(remember(KeystoreTest::randomToken(32)),
                    withToken ? remember(KeystoreTest::randomToken(2048)) : QByteArray());

    QCOMPARE(SecretStoreError::kindName(finish(m_store.save(profile(name), original)).kind),
             QStringLiteral("None"));
    const Loaded loaded = load(m_store, profile(name));
    QVERIFY(loaded.finished);
    QCOMPARE(SecretStoreError::kindName(loaded.error.kind), QStringLiteral("None"));
    QVERIFY(loaded.credentials == original);

    QVERIFY(!finish(m_store.remove(profile(name))).isError());
    QCOMPARE(SecretStoreError::kindName(load(m_store, profile(name)).error.kind),
             QStringLiteral("NotFound"));
}

void tst_OperatorCredentialStore::twoProfilesDoNotCollide()
{
    KEYSTORE_REQUIRE_SANDBOX();
    const OperatorCredentials work = credentials(remember(KeystoreTest::randomToken(32)));
    const OperatorCredentials home = credentials(remember(KeystoreTest::randomToken(32)),
                                                 remember(KeystoreTest::randomToken(64)));
    QVERIFY(!finish(m_store.save(profile(QStringLiteral("work")), work)).isError());
    QVERIFY(!finish(m_store.save(profile(QStringLiteral("home")), home)).isError());
    QVERIFY(load(m_store, profile(QStringLiteral("work"))).credentials == work);
    QVERIFY(load(m_store, profile(QStringLiteral("home"))).credentials == home);

    QVERIFY(!finish(m_store.remove(profile(QStringLiteral("work")))).isError());
    QCOMPARE(SecretStoreError::kindName(load(m_store, profile(QStringLiteral("work"))).error.kind),
             QStringLiteral("NotFound"));
    QVERIFY(load(m_store, profile(QStringLiteral("home"))).credentials == home);
    QVERIFY(!finish(m_store.remove(profile(QStringLiteral("home")))).isError());
}

void tst_OperatorCredentialStore::sessionTokenIsOptional()
{
    KEYSTORE_REQUIRE_SANDBOX();
    const QString name = profile(QStringLiteral("token"));
    const OperatorCredentials permanent = credentials(remember(KeystoreTest::randomToken(32)));
    QVERIFY(!finish(m_store.save(name, permanent)).isError());
    const Loaded first = load(m_store, name);
    QVERIFY(first.credentials.sessionToken.isEmpty());

    OperatorCredentials temporary = permanent;
    temporary.sessionToken = SecretString::fromUtf8(remember(KeystoreTest::randomToken(100)));
    QVERIFY(!finish(m_store.save(name, temporary)).isError());
    QVERIFY(load(m_store, name).credentials == temporary);

    // And back: the token of the overwritten entry does not linger.
    QVERIFY(!finish(m_store.save(name, permanent)).isError());
    QVERIFY(load(m_store, name).credentials.sessionToken.isEmpty());
    QVERIFY(!finish(m_store.remove(name)).isError());
}

void tst_OperatorCredentialStore::loadOfMissingProfileIsNotFound()
{
    KEYSTORE_REQUIRE_SANDBOX();
    const Loaded loaded = load(m_store, profile(QStringLiteral("never-saved")));
    QVERIFY(loaded.finished);
    QCOMPARE(SecretStoreError::kindName(loaded.error.kind), QStringLiteral("NotFound"));
    QVERIFY(!loaded.credentials.isComplete());
}

void tst_OperatorCredentialStore::invalidInputTouchesNothing()
{
    KEYSTORE_REQUIRE_SANDBOX();
    const OperatorCredentials valid = credentials(remember(KeystoreTest::randomToken(32)));
    QCOMPARE(SecretStoreError::kindName(finish(m_store.save(QString(), valid)).kind),
             QStringLiteral("InvalidRequest"));
    QCOMPARE(SecretStoreError::kindName(load(m_store, QString()).error.kind),
             QStringLiteral("InvalidRequest"));
    QCOMPARE(SecretStoreError::kindName(finish(m_store.remove(QString())).kind),
             QStringLiteral("InvalidRequest"));

    OperatorCredentials spaced = valid;
    spaced.secretKey = SecretString(QStringLiteral(" pasted with spaces "));
    const QString name = profile(QStringLiteral("invalid"));
    QCOMPARE(SecretStoreError::kindName(finish(m_store.save(name, spaced)).kind),
             QStringLiteral("InvalidRequest"));
    QCOMPARE(SecretStoreError::kindName(load(m_store, name).error.kind),
             QStringLiteral("NotFound"));
}

void tst_OperatorCredentialStore::foreignEntryIsMalformed()
{
    KEYSTORE_REQUIRE_SANDBOX();
    const QString name = profile(QStringLiteral("foreign"));
    const QByteArray foreign = remember(KeystoreTest::randomToken(20));
    QVERIFY(!finish(m_keychain.save(EntryName::operatorCredentials(name),
                                    SecretString::fromUtf8(foreign)))
                 .isError());
    const Loaded loaded = load(m_store, name);
    QCOMPARE(SecretStoreError::kindName(loaded.error.kind), QStringLiteral("Malformed"));
    QVERIFY(!loaded.error.diagnosis.contains(QString::fromLatin1(foreign)));
    QVERIFY(!finish(m_store.remove(name)).isError());
}

QTEST_GUILESS_MAIN(tst_OperatorCredentialStore)
#include "tst_operatorcredentialstore.moc"
