#include "secretstorejob.h"

SecretStoreJob::SecretStoreJob(Operation operation, QString entry, QObject *parent)
    : QObject(parent), m_operation(operation), m_entry(std::move(entry))
{}

SecretStoreJob::~SecretStoreJob() = default;

SecretString SecretStoreJob::takeSecret()
{
    return std::exchange(m_secret, SecretString());
}

void SecretStoreJob::finish(SecretStoreError error, SecretString secret)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_secret = std::move(secret);
    // Queued, so that finish() may be called from within save()/read()/remove() (a refused
    // request) without the caller missing the signal it has not connected yet.
    QMetaObject::invokeMethod(this, &SecretStoreJob::emitFinished, Qt::QueuedConnection);
}

void SecretStoreJob::emitFinished()
{
    Q_EMIT finished(this);
    deleteLater();
}
