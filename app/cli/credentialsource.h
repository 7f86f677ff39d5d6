#pragma once

#include "operatorcredentials.h"
#include "secretstoreerror.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>
#include <optional>

class SecretStore;

// Where the CLI's operator credentials come from, in this order: the environment variables that
// the vendor's own CLI and Terraform provider read (TENCENTCLOUD_SECRET_ID,
// TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN), then the keychain entry of the profile that
// `login` or the application stored.
class CredentialSource
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSource)

public:
    enum class Origin { Environment, Keychain };

    struct Outcome
    {
        OperatorCredentials credentials;
        Origin origin = Origin::Environment;
        // Set when neither source has complete credentials; says which and why.
        QString problem;
        SecretStoreError keychainError; // when the keychain failed rather than was empty
    };

    // The environment's credentials, if any of the variables is set; nothing otherwise. Checked
    // first, so that a script that sets them never touches the keychain at all.
    static std::optional<Outcome> fromEnvironment();
    // Calls `done` once, from the event loop.
    static void fromKeychain(SecretStore &store, const QString &profile, QObject *context,
                             std::function<void(Outcome)> done);

    static QString environmentSecretId() { return QStringLiteral("TENCENTCLOUD_SECRET_ID"); }
    static QString environmentSecretKey() { return QStringLiteral("TENCENTCLOUD_SECRET_KEY"); }
    static QString environmentSessionToken()
    {
        return QStringLiteral("TENCENTCLOUD_SESSION_TOKEN");
    }
    static QString environmentRegion() { return QStringLiteral("TENCENTCLOUD_REGION"); }
};
