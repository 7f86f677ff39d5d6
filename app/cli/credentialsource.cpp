#include "credentialsource.h"

#include "credentialssession.h"
#include "operatorcredentialstore.h"

#include <memory>

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
    // The session keeps a pointer to the credential store; the store lives as long as the
    // connection that reads the session's answer.
    auto credentialStore = std::make_shared<OperatorCredentialStore>(store);
    auto *session = new CredentialsSession(credentialStore.get(), context);
    QObject::connect(session, &CredentialsSession::stateChanged, context,
                     [session, credentialStore, profile,
                      done = std::move(done)](CredentialsSession::State state) {
                         Outcome outcome;
                         outcome.origin = Origin::Keychain;
                         switch (state) {
                         case CredentialsSession::State::NotLoaded:
                         case CredentialsSession::State::Loading:
                             return;
                         case CredentialsSession::State::Present:
                             outcome.credentials = session->credentials();
                             break;
                         case CredentialsSession::State::Missing:
                             outcome.problem =
                                 tr("No operator credentials: set %1 and %2, or run "
                                    "'apigw-keys-cli login --profile %3'.")
                                     .arg(environmentSecretId(), environmentSecretKey(), profile);
                             break;
                         case CredentialsSession::State::Unavailable:
                             outcome.keychainError = session->failure().keychain;
                             break;
                         }
                         session->deleteLater();
                         done(std::move(outcome));
                     });
    session->load(profile);
}
