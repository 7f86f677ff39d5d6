#include "secretstorejob.h"

SecretStoreJob::SecretStoreJob(Operation operation, QString entry, QObject *parent)
    : KeystoreJob(parent), m_operation(operation), m_entry(std::move(entry))
{}

SecretStoreJob::~SecretStoreJob() = default;

SecretString SecretStoreJob::takeSecret()
{
    return std::exchange(m_secret, SecretString());
}

void SecretStoreJob::finish(SecretStoreError error, SecretString secret)
{
    if (!acceptOutcome())
        return;
    m_error = std::move(error);
    m_secret = std::move(secret);
}

void SecretStoreJob::announceFinished()
{
    Q_EMIT finished(this);
}
