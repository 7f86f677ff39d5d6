#include "keychainerrors.h"

#include <QtTest>

using Kind = SecretStoreError::Kind;
using Status = SecretServiceState::Status;
using Operation = SecretStoreJob::Operation;

// Every row of the mapping, including those the real services cannot be made to produce here
// (NoBackendAvailable, a probe that timed out, a platform without the Secret Service).
class tst_KeychainErrors : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void keepsBackendWords();
    void probesOnlyWhenNeeded();
};

void tst_KeychainErrors::classify_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QKeychain::Error>("error");
    QTest::addColumn<Status>("status");
    QTest::addColumn<Kind>("expected");

    const auto row = [](const char *name, Operation op, QKeychain::Error error, Status status,
                        Kind kind) { QTest::newRow(name) << op << error << status << kind; };

    // The bus decides first: without one, no QtKeychain code means more than "no keychain".
    row("no bus, read", Operation::Read, QKeychain::OtherError, Status::NoBus, Kind::NoBackend);
    row("no bus, not found", Operation::Read, QKeychain::EntryNotFound, Status::NoBus,
        Kind::NoBackend);
    row("no provider, save", Operation::Save, QKeychain::OtherError, Status::NoProvider,
        Kind::NoBackend);
    row("provider unreachable", Operation::Remove, QKeychain::OtherError, Status::Unreachable,
        Kind::NoBackend);
    row("QtKeychain's own no-backend", Operation::Read, QKeychain::NoBackendAvailable,
        Status::NotApplicable, Kind::NoBackend);

    // A locked keyring: libsecret says "not found" for reads and "denied" for writes.
    row("locked read", Operation::Read, QKeychain::EntryNotFound, Status::Locked, Kind::Locked);
    row("locked save", Operation::Save, QKeychain::AccessDenied, Status::Locked, Kind::Locked);
    row("locked remove that claims success", Operation::Remove, QKeychain::NoError, Status::Locked,
        Kind::Locked);

    // Not found is only said when it is known.
    row("not found, unlocked", Operation::Read, QKeychain::EntryNotFound, Status::Unlocked,
        Kind::NotFound);
    row("not found, other platform", Operation::Read, QKeychain::EntryNotFound,
        Status::NotApplicable, Kind::NotFound);
    row("not found, lock state unknown", Operation::Read, QKeychain::EntryNotFound, Status::Unknown,
        Kind::NotFoundOrLocked);
    row("remove of a missing entry", Operation::Remove, QKeychain::EntryNotFound, Status::Unlocked,
        Kind::None);
    row("remove of a missing entry, lock unknown", Operation::Remove, QKeychain::EntryNotFound,
        Status::Unknown, Kind::NotFoundOrLocked);
    row("remove, unlocked", Operation::Remove, QKeychain::NoError, Status::Unlocked, Kind::None);
    row("remove, state unknown", Operation::Remove, QKeychain::NoError, Status::Unknown,
        Kind::None);

    row("denied by user", Operation::Read, QKeychain::AccessDeniedByUser, Status::Unlocked,
        Kind::AccessDenied);
    row("denied", Operation::Save, QKeychain::AccessDenied, Status::Unknown, Kind::AccessDenied);
    row("could not delete", Operation::Remove, QKeychain::CouldNotDeleteEntry, Status::Unlocked,
        Kind::Other);
    row("not implemented", Operation::Save, QKeychain::NotImplemented, Status::NotApplicable,
        Kind::Other);
    row("other", Operation::Save, QKeychain::OtherError, Status::Unlocked, Kind::Other);
}

void tst_KeychainErrors::classify()
{
    QFETCH(Operation, operation);
    QFETCH(QKeychain::Error, error);
    QFETCH(Status, status);
    QFETCH(Kind, expected);

    const SecretStoreError result = KeychainErrors::classify(operation, error, {}, {status, {}});
    QCOMPARE(SecretStoreError::kindName(result.kind), SecretStoreError::kindName(expected));
}

void tst_KeychainErrors::keepsBackendWords()
{
    const SecretStoreError result =
        KeychainErrors::classify(Operation::Read, QKeychain::OtherError,
                                 QStringLiteral("Could not connect: No such file or directory"),
                                 {Status::NoBus, QStringLiteral("no session bus")});
    QCOMPARE(result.backendText, QStringLiteral("Could not connect: No such file or directory"));
    QCOMPARE(result.diagnosis, QStringLiteral("no session bus"));
    QVERIFY(!result.mayStillComplete);
}

void tst_KeychainErrors::probesOnlyWhenNeeded()
{
    QVERIFY(!KeychainErrors::needsProbe(Operation::Read, QKeychain::NoError));
    QVERIFY(!KeychainErrors::needsProbe(Operation::Save, QKeychain::NoError));
    QVERIFY(KeychainErrors::needsProbe(Operation::Remove, QKeychain::NoError));
    QVERIFY(KeychainErrors::needsProbe(Operation::Read, QKeychain::EntryNotFound));
    QVERIFY(KeychainErrors::needsProbe(Operation::Save, QKeychain::AccessDenied));
}

QTEST_GUILESS_MAIN(tst_KeychainErrors)
#include "tst_keychainerrors.moc"
