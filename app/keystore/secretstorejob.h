#pragma once

#include "keystorejob.h"
#include "secretstoreerror.h"
#include "secretstring.h"

// One asynchronous save, read or removal of a keychain entry; finished() as KeystoreJob says.
class SecretStoreJob : public KeystoreJob
{
    Q_OBJECT

public:
    enum class Operation { Save, Read, Remove };

    SecretStoreJob(Operation operation, QString entry, QObject *parent);
    ~SecretStoreJob() override;

    Operation operation() const { return m_operation; }
    const QString &entry() const { return m_entry; }

    bool succeeded() const { return isFinished() && !m_error.isError(); }
    const SecretStoreError &error() const { return m_error; }

    // A successful read's secret; empty otherwise. It is wiped when the job goes away.
    const SecretString &secret() const { return m_secret; }
    SecretString takeSecret();

    // For SecretStore implementations: records the outcome and schedules finished(). The first
    // call wins, later ones are ignored.
    void finish(SecretStoreError error, SecretString secret = {});

Q_SIGNALS:
    void finished(SecretStoreJob *job);

private:
    void announceFinished() override;

    Operation m_operation;
    QString m_entry;
    SecretStoreError m_error;
    SecretString m_secret;
};
