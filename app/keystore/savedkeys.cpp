#include "savedkeys.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSavedKeys, "apigw.keystore.savedkeys", QtInfoMsg)

SavedKeyJob::SavedKeyJob(Operation operation, QString recordId, QObject *parent)
    : KeystoreJobOf(parent), m_operation(operation), m_recordId(std::move(recordId))
{}

SavedKeyJob::~SavedKeyJob() = default;

SavedKeys::SavedKeys(KeyIndex &index, SecretStore &store, QObject *parent)
    : QObject(parent), m_index(index), m_store(store)
{}

SavedKeys::~SavedKeys() = default;

SavedKeyJob *SavedKeys::save(const KeyRecord &record, const SecretString &secret)
{
    const QString id = record.id();
    auto *job = new SavedKeyJob(SavedKeyJob::Operation::Save, id, this);

    // Until the keychain confirms, do not claim the secret is there; a retry keeps a confirmed
    // claim from an earlier attempt.
    const KeyIndexError recorded = m_index.update([&record, &id](QList<KeyRecord> &records) {
        KeyRecord pending = record;
        const auto existing = std::find_if(records.begin(), records.end(),
                                           [&id](const KeyRecord &r) { return r.id() == id; });
        pending.secretInKeychain = existing != records.end() && existing->secretInKeychain;
        if (existing != records.end())
            *existing = pending;
        else
            records << pending;
        return KeyIndexError{};
    });

    SecretStoreJob *saving = m_store.save(id, secret);
    connect(
        saving, &SecretStoreJob::finished, job, [this, job, id, recorded](SecretStoreJob *saved) {
            KeyIndexError indexError = recorded;
            if (saved->succeeded() && !recorded.isError())
                indexError = m_index.setSecretInKeychain(id, true);
            qCDebug(lcSavedKeys) << "saved" << id
                                 << "keychain:" << SecretStoreError::kindName(saved->error().kind)
                                 << "index:" << KeyIndexError::kindName(indexError.kind);
            job->finish(saved->error(), indexError);
        });
    return job;
}

SecretStoreJob *SavedKeys::readSecret(const QString &recordId)
{
    SecretStoreJob *reading = m_store.read(recordId);
    connect(reading, &SecretStoreJob::finished, this, [this, recordId](SecretStoreJob *read) {
        if (read->error().kind == SecretStoreError::Kind::NotFound && m_index.find(recordId))
            m_index.setSecretInKeychain(recordId, false);
    });
    return reading;
}

SavedKeyJob *SavedKeys::remove(const QString &recordId)
{
    auto *job = new SavedKeyJob(SavedKeyJob::Operation::Remove, recordId, this);
    SecretStoreJob *removing = m_store.remove(recordId);
    connect(removing, &SecretStoreJob::finished, job,
            [this, job, recordId](SecretStoreJob *removed) {
                if (!removed->succeeded()) {
                    qCDebug(lcSavedKeys) << "kept record" << recordId << "since the keychain said"
                                         << SecretStoreError::kindName(removed->error().kind);
                    job->finish(removed->error(), {});
                    return;
                }
                job->finish({}, m_index.remove(recordId));
            });
    return job;
}
