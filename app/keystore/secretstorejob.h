#pragma once

#include "keystorejob.h"
#include "secretstoreerror.h"
#include "secretstring.h"

// One asynchronous save, read or removal of a keychain entry; finished() as KeystoreJob says.
// SecretStore implementations finish(error, secret).
class SecretStoreJob : public KeystoreJobOf<SecretStoreJob, SecretStoreError, SecretString>
{
    Q_OBJECT

public:
    enum class Operation { Save, Read, Remove };

    SecretStoreJob(Operation operation, QString entry, QObject *parent);
    ~SecretStoreJob() override;

    Operation operation() const { return m_operation; }
    const QString &entry() const { return m_entry; }

    bool succeeded() const { return isFinished() && !error().isError(); }
    const SecretStoreError &error() const { return m_first; }

    // A successful read's secret; empty otherwise. It is wiped when the job goes away.
    const SecretString &secret() const { return m_second; }
    SecretString takeSecret() { return std::exchange(m_second, SecretString()); }

Q_SIGNALS:
    void finished(SecretStoreJob *job);

private:
    Operation m_operation;
    QString m_entry;
};
