#include "keystorejob.h"
#include "operatorcredentialstore.h"
#include "savedkeys.h"
#include "secretstorejob.h"

#include <QPointer>
#include <QtTest>

#include <functional>
#include <memory>

// The promise every keystore job makes to its callers (KeystoreJob): one finished(), always from
// the event loop, carrying the first outcome, and the job gone afterwards.

namespace {

// The smallest job: its outcome is a number and a note.
class NumberJob : public KeystoreJobOf<NumberJob, int, QString>
{
    Q_OBJECT

public:
    explicit NumberJob(QObject *parent) : KeystoreJobOf(parent) {}

    int value() const { return m_first; }
    const QString &note() const { return m_second; }

Q_SIGNALS:
    void finished(NumberJob *job);
};

// A call that knows its outcome at once, as a store refusing a request does: the caller can only
// connect after it returns.
NumberJob *refusedAtOnce(QObject *parent)
{
    auto *job = new NumberJob(parent);
    job->finish(-1);
    return job;
}

SecretStoreError failure(SecretStoreError::Kind kind)
{
    SecretStoreError error;
    error.kind = kind;
    return error;
}

// What one job announced, checked while the job was still there to ask.
template <typename Job> struct Announcements
{
    int count = 0;
    bool finishedWhenAnnounced = false;
    std::function<void(Job *)> inspect;
};

// Connects to `job`, lets the event loop run until the job is gone, and returns what it said.
template <typename Job>
std::shared_ptr<Announcements<Job>> listen(Job *job, QObject *context,
                                           std::function<void(Job *)> inspect)
{
    auto heard = std::make_shared<Announcements<Job>>();
    heard->inspect = std::move(inspect);
    QObject::connect(job, &Job::finished, context, [heard](Job *announced) {
        ++heard->count;
        heard->finishedWhenAnnounced = announced->isFinished();
        heard->inspect(announced);
    });
    return heard;
}

} // namespace

class tst_KeystoreJob : public QObject
{
    Q_OBJECT

private slots:
    void announcesFromTheEventLoop();
    void announcesExactlyOnce();
    void firstOutcomeWins();
    void outcomeDuringAnnouncementIgnored();
    void deletesItselfAfterAnnouncing();
    void unfinishedJobWaits();
    void abandonedWithItsParent();

    void secretStoreJob();
    void savedKeyJob();
    void operatorCredentialsJob();
};

void tst_KeystoreJob::announcesFromTheEventLoop()
{
    QObject owner;
    NumberJob *job = refusedAtOnce(&owner);
    // Connected only now, after the call that finished the job returned: nothing is lost.
    QSignalSpy spy(job, &NumberJob::finished);
    QVERIFY(job->isFinished());
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
}

void tst_KeystoreJob::announcesExactlyOnce()
{
    QObject owner;
    QPointer<NumberJob> job = refusedAtOnce(&owner);
    int announced = 0;
    connect(job, &NumberJob::finished, &owner, [&announced] { ++announced; });
    QTRY_VERIFY(job.isNull());
    QCoreApplication::processEvents();
    QCOMPARE(announced, 1);
}

void tst_KeystoreJob::firstOutcomeWins()
{
    QObject owner;
    auto *job = new NumberJob(&owner);
    job->finish(1, QStringLiteral("first"));
    job->finish(2); // a late answer, after a timeout already decided
    QCOMPARE(job->value(), 1);
    int value = 0;
    QString note;
    auto heard = listen<NumberJob>(job, &owner, [&](NumberJob *j) {
        value = j->value();
        note = j->note();
    });
    QTRY_COMPARE(heard->count, 1);
    QCOMPARE(value, 1);
    // Both parts come from the first outcome: the late one neither replaced nor cleared the note.
    QCOMPARE(note, QStringLiteral("first"));
}

void tst_KeystoreJob::outcomeDuringAnnouncementIgnored()
{
    QObject owner;
    QPointer<NumberJob> job = new NumberJob(&owner);
    job->finish(1);
    auto heard = listen<NumberJob>(job, &owner, [](NumberJob *j) { j->finish(2); });
    QTRY_VERIFY(job.isNull());
    QCOMPARE(heard->count, 1);
}

void tst_KeystoreJob::deletesItselfAfterAnnouncing()
{
    QObject owner;
    QPointer<NumberJob> job = refusedAtOnce(&owner);
    int value = 0;
    // The receiver may still read the outcome: the deletion waits until it returns.
    auto heard = listen<NumberJob>(job, &owner, [&value](NumberJob *j) { value = j->value(); });
    QTRY_COMPARE(heard->count, 1);
    QVERIFY(heard->finishedWhenAnnounced);
    QCOMPARE(value, -1);
    QTRY_VERIFY(job.isNull());
    QVERIFY(owner.children().isEmpty());
}

void tst_KeystoreJob::unfinishedJobWaits()
{
    QObject owner;
    QPointer<NumberJob> job = new NumberJob(&owner);
    QSignalSpy spy(job, &NumberJob::finished);
    QCoreApplication::sendPostedEvents(); // a job reports through a posted event, if at all
    QVERIFY(!job.isNull());
    QVERIFY(!job->isFinished());
    QCOMPARE(spy.count(), 0);
}

void tst_KeystoreJob::abandonedWithItsParent()
{
    QObject listener;
    int announced = 0;
    {
        QObject owner;
        NumberJob *job = refusedAtOnce(&owner);
        connect(job, &NumberJob::finished, &listener, [&announced] { ++announced; });
    }
    QCoreApplication::sendPostedEvents();
    QCOMPARE(announced, 0);
}

// The three jobs of the keystore keep the same promise with their own outcomes.

void tst_KeystoreJob::secretStoreJob()
{
    QObject owner;
    QPointer<SecretStoreJob> job =
        new SecretStoreJob(SecretStoreJob::Operation::Read, QStringLiteral("entry"), &owner);
    job->finish({}, SecretString::fromUtf8("first"));
    job->finish(failure(SecretStoreError::Kind::Timeout));
    QByteArray secret;
    bool succeeded = false;
    auto heard = listen<SecretStoreJob>(job, &owner, [&](SecretStoreJob *j) {
        succeeded = j->succeeded();
        secret = j->secret().utf8();
    });
    QCOMPARE(heard->count, 0);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(heard->count, 1);
    QVERIFY(succeeded);
    QCOMPARE(secret, QByteArray("first"));
}

void tst_KeystoreJob::savedKeyJob()
{
    QObject owner;
    QPointer<SavedKeyJob> job =
        new SavedKeyJob(SavedKeyJob::Operation::Remove, QStringLiteral("key_1"), &owner);
    job->finish(failure(SecretStoreError::Kind::Locked), {});
    job->finish({}, {});
    SecretStoreError::Kind keychain = SecretStoreError::Kind::None;
    auto heard = listen<SavedKeyJob>(
        job, &owner, [&keychain](SavedKeyJob *j) { keychain = j->keychainError().kind; });
    QCOMPARE(heard->count, 0);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(heard->count, 1);
    QCOMPARE(keychain, SecretStoreError::Kind::Locked);
}

void tst_KeystoreJob::operatorCredentialsJob()
{
    QObject owner;
    QPointer<OperatorCredentialsJob> job =
        new OperatorCredentialsJob(QStringLiteral("default"), &owner);
    job->finish(failure(SecretStoreError::Kind::NotFound));
    OperatorCredentials late;
    late.secretId = QStringLiteral("AKIDlate");
    job->finish({}, late);
    SecretStoreError::Kind kind = SecretStoreError::Kind::None;
    QString secretId;
    auto heard = listen<OperatorCredentialsJob>(job, &owner, [&](OperatorCredentialsJob *j) {
        kind = j->error().kind;
        secretId = j->credentials().secretId;
    });
    QCOMPARE(heard->count, 0);
    QTRY_VERIFY(job.isNull());
    QCOMPARE(heard->count, 1);
    QCOMPARE(kind, SecretStoreError::Kind::NotFound);
    QVERIFY(secretId.isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeystoreJob)
#include "tst_keystorejob.moc"
