#pragma once

#include "secretstorejob.h"

#include <QObject>

// Where secrets live: an asynchronous keychain. Every call returns at once with a job whose
// finished() carries the outcome; nothing here ever blocks the event loop. Jobs are children of
// the store: destroying the store abandons them without a signal.
//
// Entry names are plain strings chosen by the caller (see EntryName); the store keeps entries of
// different names apart and never looks inside a secret.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override;

    // Creates or overwrites the entry.
    virtual SecretStoreJob *save(const QString &entry, const SecretString &secret) = 0;
    // The secret arrives in SecretStoreJob::secret().
    virtual SecretStoreJob *read(const QString &entry) = 0;
    // Succeeds when the entry is gone afterwards, including when it was never there.
    virtual SecretStoreJob *remove(const QString &entry) = 0;

    // The longest secret, in UTF-8 bytes, that save() accepts; longer ones fail with TooLarge.
    virtual qsizetype maxSecretBytes() const = 0;
};
