#pragma once

#include "secretstore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <optional>

// A SecretStore in memory, for tests of what builds on the keychain. Like the real store, every
// job finishes from the event loop, never inside the call that made it. It can be told to fail
// every following operation with a given error, to be locked, or to hang (jobs stay open until
// released), so the keychain's faults can be had on demand.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~InMemorySecretStore() override;

    SecretStoreJob *save(const QString &entry, const SecretString &secret) override;
    SecretStoreJob *read(const QString &entry) override;
    SecretStoreJob *remove(const QString &entry) override;
    qsizetype maxSecretBytes() const override { return 4096; }

    // Every following operation fails with `error` (until clearFailure()).
    void failWith(const SecretStoreError &error) { m_failure = error; }
    // Locked: operations fail with Locked and change nothing, as an unlocked keyring's would not.
    void setLocked(bool locked);
    void clearFailure() { m_failure.reset(); }
    // Hanging: jobs are left open; releaseHeld() finishes them as they would have finished.
    void setHanging(bool hanging) { m_hanging = hanging; }
    void releaseHeld();

    bool contains(const QString &entry) const { return m_entries.contains(entry); }
    std::optional<SecretString> secret(const QString &entry) const;
    int operationCount() const { return m_operations; }

private:
    struct Held
    {
        QPointer<SecretStoreJob> job;
        SecretStoreJob::Operation operation;
        SecretString secret;
    };

    SecretStoreJob *start(SecretStoreJob::Operation operation, const QString &entry,
                          const SecretString &secret);
    void complete(SecretStoreJob *job, SecretStoreJob::Operation operation,
                  const SecretString &secret);

    QHash<QString, SecretString> m_entries;
    std::optional<SecretStoreError> m_failure;
    bool m_hanging = false;
    QList<Held> m_held;
    int m_operations = 0;
};
