#pragma once

#include "keyindex.h"
#include "keystorejob.h"
#include "secretstore.h"

#include <QObject>

// The saving or removal of one created key on this machine: its record in the key index and its
// secret in the keychain. Each half reports separately, so the user is told which one failed:
// SavedKeys finishes it with (keychainError, indexError). finished() as KeystoreJob says.
class SavedKeyJob : public KeystoreJobOf<SavedKeyJob, SecretStoreError, KeyIndexError>
{
    Q_OBJECT

public:
    enum class Operation { Save, Remove };

    SavedKeyJob(Operation operation, QString recordId, QObject *parent);
    ~SavedKeyJob() override;

    Operation operation() const { return m_operation; }
    const QString &recordId() const { return m_recordId; }
    bool succeeded() const { return !keychainError().isError() && !indexError().isError(); }
    const SecretStoreError &keychainError() const { return m_first; }
    const KeyIndexError &indexError() const { return m_second; }

Q_SIGNALS:
    void finished(SavedKeyJob *job);

private:
    Operation m_operation;
    QString m_recordId;
};

// Keys saved on this machine: the key index and the keychain kept in step.
class SavedKeys : public QObject
{
    Q_OBJECT

public:
    SavedKeys(KeyIndex &index, SecretStore &store, QObject *parent = nullptr);
    ~SavedKeys() override;

    KeyIndex &index() const { return m_index; }

    // Records the key at once (so it can be found even if the keychain fails), then saves its
    // secret; once the secret is in the keychain the record says so. Calling it again for the
    // same key is the retry. A record is kept even when the keychain fails: the key exists on the
    // gateway whether or not its secret could be kept here.
    SavedKeyJob *save(const KeyRecord &record, const SecretString &secret);

    // The secret again, for copying. A definite NotFound also clears the record's
    // secretInKeychain, so the list stops promising a secret that is not there.
    SecretStoreJob *readSecret(const QString &recordId);

    // Removes the keychain entry first and the record only after that worked: a record whose
    // secret may still be in the keychain is never dropped, so the removal can be retried.
    SavedKeyJob *remove(const QString &recordId);

private:
    KeyIndex &m_index;
    SecretStore &m_store;
};
