#include "command.h"

#include "console.h"
#include "credentialsource.h"
#include "failuretext.h"
#include "keychainsecretstore.h"

#include <QCommandLineParser>
#include <QTimer>

std::optional<ExitCode> Command::parseWith(QCommandLineParser &parser, const QStringList &arguments,
                                           const QString &usage)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        Console::err(tr("apigw-keys-cli: %1\nTry '%2 --help'.\n")
                         .arg(parser.errorText(), arguments.value(0)));
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program, not the subcommand, in its usage line.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        Console::out(tr("Usage: %1\n").arg(usage) + text);
        return ExitCode::Ok;
    }
    return std::nullopt;
}

Command::~Command() = default;

KeychainSecretStore &Command::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    return *m_keychain;
}

void Command::finishLater(ExitCode code)
{
    // finished() always comes from the event loop, never from inside start().
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}

void Command::fail(ExitCode code, const QString &message, const QJsonObject &details)
{
    Console::err(tr("apigw-keys-cli: %1\n").arg(message));
    if (m_json) {
        QJsonObject error = details;
        error.insert(QStringLiteral("summary"), message);
        error.insert(QStringLiteral("exitCode"), toInt(code));
        Console::json(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}});
    }
    finishLater(code);
}

void Command::resolveCredentials(const QString &profile,
                                 std::function<void(OperatorCredentials)> ready)
{
    auto resolved = [this, ready = std::move(ready)](CredentialSource::Outcome outcome) {
        if (outcome.keychainError.isError()) {
            fail(ExitCode::Keychain, tr("Cannot read the operator credentials: %1")
                                         .arg(FailureText::keychain(outcome.keychainError)));
            return;
        }
        if (!outcome.problem.isEmpty()) {
            fail(ExitCode::Validation, outcome.problem);
            return;
        }
        ready(std::move(outcome.credentials));
    };
    if (std::optional<CredentialSource::Outcome> outcome = CredentialSource::fromEnvironment()) {
        resolved(std::move(*outcome));
        return;
    }
    CredentialSource::fromKeychain(keychain(), profile, this, std::move(resolved));
}
