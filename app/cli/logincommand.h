#pragma once

#include "command.h"
#include "operatorcredentials.h"

#include <memory>

class CredentialsSession;
class OperatorCredentialStore;

// apigw-keys-cli login: stores a profile's operator credentials in the keychain. The SecretKey
// and the session token are read from standard input without echo, never from the command line,
// where every user of the machine could read them in the process list.
class LoginCommand final : public Command
{
    Q_OBJECT
public:
    explicit LoginCommand(QObject *parent = nullptr);
    ~LoginCommand() override;

    std::optional<ExitCode> parse(const QStringList &arguments) override;
    void start() override;

private:
    QString m_profile;
    QString m_secretId;
    bool m_withToken = false;
    std::unique_ptr<OperatorCredentialStore> m_credentialStore;
    std::unique_ptr<CredentialsSession> m_session;
};
