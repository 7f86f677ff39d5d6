#pragma once

#include "secretstore.h"

#include <functional>
#include <memory>

// A secret store made on its first use, not when the window is built: the keychain's parts are
// loaded by then (ServicesModule), after the window has appeared. If it cannot be made, every job
// fails (MissingPart) with the reason as its diagnosis.
class DeferredSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using Maker = std::function<std::unique_ptr<SecretStore>(QString *error)>;
    explicit DeferredSecretStore(Maker maker, QObject *parent = nullptr);
    ~DeferredSecretStore() override;

    SecretStoreJob *save(const QString &entry, const SecretString &secret) override;
    SecretStoreJob *read(const QString &entry) override;
    SecretStoreJob *remove(const QString &entry) override;
    qsizetype maxSecretBytes() const override;

private:
    SecretStore *store() const;
    SecretStoreJob *unavailable(SecretStoreJob::Operation operation, const QString &entry);

    mutable Maker m_maker;
    mutable std::unique_ptr<SecretStore> m_store;
    mutable QString m_problem;
};
