#include "credentialssession.h"
#include "failuretext.h"
#include "inmemorysecretstore.h"
#include "operatorcredentialstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OperatorCredentials credentials(const QString &id = u"AKIDexampleexampleexample"_s)
{
    return {id, SecretString(u"exampleSecretKeyexample0"_s), {}};
}

} // namespace

class tst_CredentialsSession : public QObject
{
    Q_OBJECT

private slots:
    void missingOnFirstRun();
    void saveThenLoad();
    void replaceKeepsOnlyTheNewOnes();
    void forgetRemovesThem();
    void lockedKeychainIsUnavailable();
    void failedSaveKeepsThemForTheSession();
    void answerToAnOlderLoadIsIgnored();
    void memoryOnlyNeverTouchesAStore();

private:
    static void settle(CredentialsSession &session)
    {
        QTRY_VERIFY(session.state() != CredentialsSession::State::Loading);
    }
};

void tst_CredentialsSession::missingOnFirstRun()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    session.load(u"default"_s);
    QCOMPARE(session.state(), CredentialsSession::State::Loading);
    settle(session);
    QCOMPARE(session.state(), CredentialsSession::State::Missing);
    QVERIFY(!session.isAvailable());
}

void tst_CredentialsSession::saveThenLoad()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    QSignalSpy saved(&session, &CredentialsSession::saved);
    session.save(u"work"_s, credentials());
    QVERIFY(session.isAvailable()); // in use at once
    QVERIFY(saved.wait(2000));
    QCOMPARE(saved.first().at(0).toString(), u"work"_s);
    QVERIFY(saved.first().at(1).toBool());

    CredentialsSession later(&credentialStore);
    later.load(u"work"_s);
    settle(later);
    QCOMPARE(later.state(), CredentialsSession::State::Present);
    QCOMPARE(later.credentials().secretId, credentials().secretId);
    QCOMPARE(later.credentials().secretKey, credentials().secretKey);
}

void tst_CredentialsSession::replaceKeepsOnlyTheNewOnes()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    QSignalSpy saved(&session, &CredentialsSession::saved);
    session.save(u"work"_s, credentials(u"AKIDfirstfirstfirstfirst"_s));
    session.save(u"work"_s, credentials(u"AKIDsecondsecondsecond"_s));
    QTRY_COMPARE(saved.count(), 2);
    session.load(u"work"_s);
    settle(session);
    QCOMPARE(session.credentials().secretId, u"AKIDsecondsecondsecond"_s);
}

void tst_CredentialsSession::forgetRemovesThem()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    QSignalSpy saved(&session, &CredentialsSession::saved);
    QSignalSpy forgotten(&session, &CredentialsSession::forgotten);
    session.save(u"work"_s, credentials());
    QVERIFY(saved.wait(2000));
    session.forget(u"work"_s);
    QCOMPARE(session.state(), CredentialsSession::State::Missing);
    QVERIFY(session.credentials().secretId.isEmpty());
    QVERIFY(forgotten.wait(2000));
    QVERIFY(forgotten.first().at(0).toBool());
    session.load(u"work"_s);
    settle(session);
    QCOMPARE(session.state(), CredentialsSession::State::Missing);
}

void tst_CredentialsSession::lockedKeychainIsUnavailable()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    store.setLocked(true);
    session.load(u"default"_s);
    settle(session);
    QCOMPARE(session.state(), CredentialsSession::State::Unavailable);
    QCOMPARE(session.failure().origin, Failure::Origin::Keychain);
    QCOMPARE(session.failure().keychain.kind, SecretStoreError::Kind::Locked);
    QCOMPARE(
        FailureText::storeProblems(session.failure()),
        QStringList{u"The keychain is locked. Unlock it and try again; nothing was changed."_s});
}

void tst_CredentialsSession::failedSaveKeepsThemForTheSession()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    store.failWith({SecretStoreError::Kind::NoBackend, {}, {}, false});
    QSignalSpy saved(&session, &CredentialsSession::saved);
    session.save(u"default"_s, credentials());
    QVERIFY(saved.wait(2000));
    QVERIFY(!saved.first().at(1).toBool());
    QCOMPARE(saved.first().at(2).value<Failure>().keychain.kind, SecretStoreError::Kind::NoBackend);
    QVERIFY(session.isAvailable());
}

void tst_CredentialsSession::answerToAnOlderLoadIsIgnored()
{
    InMemorySecretStore store;
    OperatorCredentialStore credentialStore(store);
    CredentialsSession session(&credentialStore);
    QSignalSpy saved(&session, &CredentialsSession::saved);
    session.save(u"old"_s, credentials(u"AKIDoldoldoldoldoldold"_s));
    QVERIFY(saved.wait(2000));

    store.setHanging(true);
    session.load(u"old"_s);
    // The user types new ones while the keychain still thinks.
    session.setInMemory(credentials(u"AKIDtypedtypedtypedtyped"_s));
    store.setHanging(false);
    store.releaseHeld();
    QTest::qWait(50);
    QCOMPARE(session.credentials().secretId, u"AKIDtypedtypedtypedtyped"_s);
}

void tst_CredentialsSession::memoryOnlyNeverTouchesAStore()
{
    CredentialsSession session(nullptr);
    QVERIFY(session.keepsInMemoryOnly());
    session.load(u"default"_s);
    QCOMPARE(session.state(), CredentialsSession::State::NotLoaded);
    QSignalSpy saved(&session, &CredentialsSession::saved);
    session.save(u"default"_s, credentials());
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.first().at(1).toBool());
    QVERIFY(session.isAvailable());
}

QTEST_GUILESS_MAIN(tst_CredentialsSession)
#include "tst_credentialssession.moc"
