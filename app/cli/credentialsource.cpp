#include "credentialsource.h"

#include "operatorcredentialstore.h"

std::optional<CredentialSource::Outcome> CredentialSource::fromEnvironment()
{
    const QString id = qEnvironmentVariable(environmentSecretId().toLatin1().constData());
    QString key = qEnvironmentVariable(environmentSecretKey().toLatin1().constData());
    QString token = qEnvironmentVariable(environmentSessionToken().toLatin1().constData());
    if (!id.isEmpty() || !key.isEmpty()) {
        Outcome outcome;
        outcome.origin = Origin::Environment;
        outcome.credentials = OperatorCredentials::fromInput(id, key, token);
        wipeString(key);
        wipeString(token);
        if (outcome.credentials.secretId.isEmpty())
            outcome.problem =
                tr("%1 is set but %2 is not.").arg(environmentSecretKey(), environmentSecretId());
        else if (outcome.credentials.secretKey.isEmpty())
            outcome.problem =
                tr("%1 is set but %2 is not.").arg(environmentSecretId(), environmentSecretKey());
        return outcome;
    }
    return std::nullopt;
}

void CredentialSource::fromKeychain(SecretStore &store, const QString &profile, QObject *context,
                                    std::function<void(Outcome)> done)
{
    OperatorCredentialStore credentialStore(store);
    OperatorCredentialsJob *job = credentialStore.load(profile);
    QObject::connect(job, &OperatorCredentialsJob::finished, context,
                     [done = std::move(done), profile](OperatorCredentialsJob *finishedJob) {
                         Outcome outcome;
                         outcome.origin = Origin::Keychain;
                         if (finishedJob->succeeded()) {
                             outcome.credentials = finishedJob->credentials();
                         } else if (finishedJob->error().kind == SecretStoreError::Kind::NotFound) {
                             outcome.problem =
                                 tr("No operator credentials: set %1 and %2, or run "
                                    "'apigw-keys-cli login --profile %3'.")
                                     .arg(environmentSecretId(), environmentSecretKey(), profile);
                         } else {
                             outcome.keychainError = finishedJob->error();
                         }
                         done(std::move(outcome));
                     });
}
