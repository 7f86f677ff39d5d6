#include "clirunner.h"

#include "applicationidentity.h"
#include "console.h"
#include "createcommand.h"
#include "gatewaycommand.h"
#include "keyscommands.h"
#include "logincommand.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <memory>

namespace {

using namespace Qt::StringLiterals;

QString overview()
{
    return QCoreApplication::translate(
        "main", "Usage: apigw-keys-cli COMMAND [options]\n"
                "\n"
                "Creates and keeps Tencent Cloud API Gateway key pairs.\n"
                "\n"
                "Commands:\n"
                "  create   create a key pair (CreateApiKey) and print it\n"
                "  list     list the keys saved on this machine\n"
                "  secret   print a saved key's secret from the keychain\n"
                "  remove   remove a saved key from this machine\n"
                "  login    store operator credentials in the keychain\n"
                "  gateway  the account's keys and usage plans on the gateway: list, show,\n"
                "           enable, disable, delete, rotate, plans, bind, unbind\n"
                "\n"
                "'apigw-keys-cli COMMAND --help' describes a command.\n"
                "Exit codes: 0 ok, 1 other failure, 2 usage, 3 validation, 4 gateway error,\n"
                "5 network or TLS, 6 keychain or key list, 7 the action needs API 3.0.\n");
}

std::unique_ptr<Command> commandNamed(const QString &name)
{
    if (name == u"create")
        return std::make_unique<CreateCommand>();
    if (name == u"list")
        return std::make_unique<SavedKeysCommand>(SavedKeysCommand::Action::List);
    if (name == u"secret")
        return std::make_unique<SavedKeysCommand>(SavedKeysCommand::Action::Secret);
    if (name == u"remove")
        return std::make_unique<SavedKeysCommand>(SavedKeysCommand::Action::Remove);
    if (name == u"login")
        return std::make_unique<LoginCommand>();
    if (name == u"gateway")
        return std::make_unique<GatewayCommand>();
    return nullptr;
}

} // namespace

int CliRunner::run(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        Console::out(overview());
        return name.isEmpty() ? toInt(ExitCode::Usage) : toInt(ExitCode::Ok);
    }
    if (name == u"--version" || name == u"-v") {
        Console::out(u"apigw-keys-cli "_s + ApplicationIdentity::version() + u'\n');
        return toInt(ExitCode::Ok);
    }
    std::unique_ptr<Command> command = commandNamed(name);
    if (!command) {
        Console::err(QCoreApplication::translate("main", "apigw-keys-cli: unknown command '%1'\n")
                         .arg(name) +
                     overview());
        return toInt(ExitCode::Usage);
    }
    if (const auto stop = command->parse(arguments))
        return toInt(*stop);

    std::optional<ExitCode> outcome;
    QEventLoop loop;
    QObject::connect(command.get(), &Command::finished, &loop, [&outcome, &loop](ExitCode code) {
        outcome = code;
        loop.quit();
    });
    command->start();
    if (!outcome)
        loop.exec();
    return toInt(outcome.value_or(ExitCode::Failure));
}
