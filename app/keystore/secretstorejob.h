#pragma once

#include "keystorejob.h"
#include "secretstoreerror.h"
#include "secretstring.h"

struct SecretStoreOutcome
{
    SecretStoreError error;
    SecretString secret;
};

// One asynchronous save, read or removal of a keychain entry; finished() as KeystoreJob says.
class SecretStoreJob : public KeystoreJobOf<SecretStoreJob, SecretStoreOutcome>
{
    Q_OBJECT

public:
    enum class Operation { Save, Read, Remove };

    SecretStoreJob(Operation operation, QString entry, QObject *parent);
    ~SecretStoreJob() override;

    Operation operation() const { return m_operation; }
    const QString &entry() const { return m_entry; }

    bool succeeded() const { return isFinished() && !error().isError(); }
    const SecretStoreError &error() const { return outcome().error; }

    // A successful read's secret; empty otherwise. It is wiped when the job goes away.
    const SecretString &secret() const { return outcome().secret; }
    SecretString takeSecret() { return std::exchange(outcome().secret, SecretString()); }

    // For SecretStore implementations.
    void finish(SecretStoreError error, SecretString secret = {})
    {
        settle({std::move(error), std::move(secret)});
    }

Q_SIGNALS:
    void finished(SecretStoreJob *job);

private:
    Operation m_operation;
    QString m_entry;
};
