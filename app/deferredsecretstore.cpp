#include "deferredsecretstore.h"

DeferredSecretStore::DeferredSecretStore(Maker maker, QObject *parent)
    : SecretStore(parent), m_maker(std::move(maker))
{}

// The real store's jobs are its children: they go with it, without a signal, as the interface
// promises for a destroyed store.
DeferredSecretStore::~DeferredSecretStore() = default;

SecretStore *DeferredSecretStore::store() const
{
    if (!m_store && m_maker) {
        m_store = m_maker(&m_problem);
        m_maker = nullptr; // once: a part that cannot be loaded stays so
    }
    return m_store.get();
}

SecretStoreJob *DeferredSecretStore::unavailable(SecretStoreJob::Operation operation,
                                                 const QString &entry)
{
    auto *job = new SecretStoreJob(operation, entry, this);
    SecretStoreError error;
    error.kind = SecretStoreError::Kind::MissingPart;
    error.diagnosis = m_problem;
    job->finish(error);
    return job;
}

SecretStoreJob *DeferredSecretStore::save(const QString &entry, const SecretString &secret)
{
    if (SecretStore *real = store())
        return real->save(entry, secret);
    return unavailable(SecretStoreJob::Operation::Save, entry);
}

SecretStoreJob *DeferredSecretStore::read(const QString &entry)
{
    if (SecretStore *real = store())
        return real->read(entry);
    return unavailable(SecretStoreJob::Operation::Read, entry);
}

SecretStoreJob *DeferredSecretStore::remove(const QString &entry)
{
    if (SecretStore *real = store())
        return real->remove(entry);
    return unavailable(SecretStoreJob::Operation::Remove, entry);
}

qsizetype DeferredSecretStore::maxSecretBytes() const
{
    const SecretStore *real = store();
    return real ? real->maxSecretBytes() : 0;
}
