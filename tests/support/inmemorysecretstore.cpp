#include "inmemorysecretstore.h"

InMemorySecretStore::~InMemorySecretStore() = default;

SecretStoreJob *InMemorySecretStore::save(const QString &entry, const SecretString &secret)
{
    return start(SecretStoreJob::Operation::Save, entry, secret);
}

SecretStoreJob *InMemorySecretStore::read(const QString &entry)
{
    return start(SecretStoreJob::Operation::Read, entry, {});
}

SecretStoreJob *InMemorySecretStore::remove(const QString &entry)
{
    return start(SecretStoreJob::Operation::Remove, entry, {});
}

void InMemorySecretStore::setLocked(bool locked)
{
    if (locked)
        failWith({SecretStoreError::Kind::Locked, {}, {}, false});
    else
        clearFailure();
}

void InMemorySecretStore::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &h : held) {
        if (h.job)
            complete(h.job, h.operation, h.secret);
    }
}

std::optional<SecretString> InMemorySecretStore::secret(const QString &entry) const
{
    const auto found = m_entries.constFind(entry);
    if (found == m_entries.constEnd())
        return std::nullopt;
    return *found;
}

SecretStoreJob *InMemorySecretStore::start(SecretStoreJob::Operation operation,
                                           const QString &entry, const SecretString &secret)
{
    ++m_operations;
    auto *job = new SecretStoreJob(operation, entry, this);
    if (m_hanging)
        m_held.append({job, operation, secret});
    else
        complete(job, operation, secret);
    return job;
}

void InMemorySecretStore::complete(SecretStoreJob *job, SecretStoreJob::Operation operation,
                                   const SecretString &secret)
{
    // SecretStoreJob::finish() schedules finished() on the event loop, as the real store's do.
    if (m_failure) {
        job->finish(*m_failure);
        return;
    }
    const QString &entry = job->entry();
    switch (operation) {
    case SecretStoreJob::Operation::Save:
        if (qsizetype(secret.utf8().size()) > maxSecretBytes()) {
            job->finish({SecretStoreError::Kind::TooLarge, {}, {}, false});
            return;
        }
        m_entries.insert(entry, secret);
        job->finish({});
        return;
    case SecretStoreJob::Operation::Read:
        if (!m_entries.contains(entry)) {
            job->finish({SecretStoreError::Kind::NotFound, {}, {}, false});
            return;
        }
        job->finish({}, m_entries.value(entry));
        return;
    case SecretStoreJob::Operation::Remove:
        m_entries.remove(entry);
        job->finish({});
        return;
    }
}
