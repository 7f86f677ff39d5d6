#include "logincommand.h"

#include "console.h"
#include "credentialssession.h"
#include "failuretext.h"
#include "keychainsecretstore.h"
#include "operatorcredentialstore.h"
#include "profilesettingsstore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

LoginCommand::LoginCommand(QObject *parent) : Command(parent)
{}

LoginCommand::~LoginCommand() = default;

std::optional<ExitCode> LoginCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores the operator's cloud API credentials (SecretId, SecretKey, optional session "
           "token) in the keychain for a profile. The SecretKey is read from standard input "
           "without echo: type it at the prompt, or pipe it in."));
    const QCommandLineOption profile(u"profile"_s, tr("Profile name (default: default)."),
                                     u"NAME"_s, ProfileSettingsStore::defaultProfileName());
    const QCommandLineOption secretId(u"secret-id"_s,
                                      tr("The SecretId (asked for when not given)."), u"ID"_s);
    const QCommandLineOption token(u"session-token"_s,
                                   tr("Also read a session token (temporary credentials) from "
                                      "standard input, after the SecretKey."));
    parser.addOptions({profile, secretId, token});
    if (auto stop = parseWith(parser, arguments,
                              u"apigw-keys-cli login [--profile NAME] [--secret-id ID] "
                              "[--session-token]"_s))
        return stop;
    if (!parser.positionalArguments().isEmpty()) {
        Console::err(tr("apigw-keys-cli login: the SecretKey is never taken as an argument; "
                        "it is read from standard input.\n"));
        return ExitCode::Usage;
    }
    m_profile = parser.value(profile);
    if (!ProfileSettingsStore::isValidProfileName(m_profile)) {
        Console::err(tr("apigw-keys-cli login: invalid profile name '%1'\n").arg(m_profile));
        return ExitCode::Usage;
    }
    m_secretId = parser.value(secretId);
    m_withToken = parser.isSet(token);
    return std::nullopt;
}

void LoginCommand::start()
{
    if (m_secretId.isEmpty() && !Console::readLine(tr("SecretId: "), &m_secretId)) {
        Console::err(tr("apigw-keys-cli login: no SecretId given\n"));
        finishLater(ExitCode::Validation);
        return;
    }
    QString key;
    QString token;
    Console::readSecretLine(tr("SecretKey: "), &key);
    if (m_withToken)
        Console::readSecretLine(tr("Session token: "), &token);
    const OperatorCredentials credentials = OperatorCredentials::fromInput(m_secretId, key, token);
    wipeString(key);
    wipeString(token);
    const CredentialProblem problem = checkCredentials(credentials);
    if (problem != CredentialProblem::None) {
        Console::err(tr("apigw-keys-cli login: %1\n").arg(FailureText::credentials(problem)));
        finishLater(ExitCode::Validation);
        return;
    }

    m_credentialStore = std::make_unique<OperatorCredentialStore>(keychain());
    m_session = std::make_unique<CredentialsSession>(m_credentialStore.get());
    connect(
        m_session.get(), &CredentialsSession::saved, this,
        [this](const QString &, bool ok, const Failure &failure) {
            if (!ok) {
                Console::err(
                    tr("apigw-keys-cli login: %1\n").arg(FailureText::keychain(failure.keychain)));
                finishLater(ExitCode::Keychain);
                return;
            }
            Console::err(
                tr("Stored the credentials of profile '%1' in the keychain.\n").arg(m_profile));
            finishLater(ExitCode::Ok);
        });
    m_session->save(m_profile, credentials);
}
