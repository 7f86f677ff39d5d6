#pragma once

#include "keystorejob.h"
#include "operatorcredentials.h"
#include "secretstore.h"

#include <optional>

// The loading of one profile's operator credentials; finished() as KeystoreJob says.
// OperatorCredentialStore finishes it with (error, credentials).
class OperatorCredentialsJob
    : public KeystoreJobOf<OperatorCredentialsJob, SecretStoreError, OperatorCredentials>
{
    Q_OBJECT

public:
    OperatorCredentialsJob(QString profile, QObject *parent);
    ~OperatorCredentialsJob() override;

    const QString &profile() const { return m_profile; }
    bool succeeded() const { return isFinished() && !error().isError(); }
    const SecretStoreError &error() const { return m_first; }
    // Valid after success; wiped when the job goes away.
    const OperatorCredentials &credentials() const { return m_second; }

Q_SIGNALS:
    void finished(OperatorCredentialsJob *job);

private:
    QString m_profile;
};

// The operator's own cloud API credentials, one keychain entry per profile. SecretId, SecretKey
// and the optional session token travel together as one small JSON object inside the secret, so
// they can never get out of step.
//
// A light view on a SecretStore: it may be a temporary, the jobs it hands out do not refer to it.
class OperatorCredentialStore
{
public:
    explicit OperatorCredentialStore(SecretStore &store);

    // Refuses (InvalidRequest, without touching the keychain) an empty profile name and
    // credentials that checkCredentials() rejects.
    SecretStoreJob *save(const QString &profile, const OperatorCredentials &credentials);
    OperatorCredentialsJob *load(const QString &profile);
    SecretStoreJob *remove(const QString &profile);

    // The secret's content: {"secretId":"...","secretKey":"...","sessionToken":"..."}, built and
    // read in buffers that are wiped, which a QJsonDocument's would not be. Only what encode()
    // writes is read back: a flat object of strings, escapes limited to \" \\ and \/.
    static SecretString encode(const OperatorCredentials &credentials);
    static std::optional<OperatorCredentials> decode(const SecretString &secret);

private:
    SecretStore &m_store;
};
