#pragma once

#include "exitcode.h"
#include "operatorcredentials.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class KeychainSecretStore;
class QCommandLineParser;

// One subcommand of apigw-keys-cli. It parses its own arguments, runs asynchronously on the event
// loop (network and keychain never block it), and reports once through finished().
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Command() override;

    // Parses `arguments` (the subcommand's name first). On a usage error, or for --help, it
    // prints what to print and returns the exit code to stop with.
    virtual std::optional<ExitCode> parse(const QStringList &arguments) = 0;
    virtual void start() = 0;

signals:
    void finished(ExitCode code);

protected:
    // Shared parsing: --help prints the help text under `usage` (one line, without "Usage: "),
    // an error prints a hint.
    std::optional<ExitCode> parseWith(QCommandLineParser &parser, const QStringList &arguments,
                                      const QString &usage);
    void finishLater(ExitCode code);
    // Prints a failure on standard error and, with --json, as the one object on standard output
    // (`details` and the summary under "error"); then finishes with `code`.
    void fail(ExitCode code, const QString &message, const QJsonObject &details = {});
    void setJsonOutput(bool on) { m_json = on; }
    bool jsonOutput() const { return m_json; }
    // The operator credentials of the environment, or else of the profile's keychain entry:
    // `ready` gets them (at once from the environment, later from the keychain), or the command
    // fails saying why.
    void resolveCredentials(const QString &profile, std::function<void(OperatorCredentials)> ready);
    // The system keychain, made on first use: a command that never needs it (a create with
    // credentials from the environment and without --save) never talks to it.
    KeychainSecretStore &keychain();

private:
    std::unique_ptr<KeychainSecretStore> m_keychain;
    bool m_json = false;
};
