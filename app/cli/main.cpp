// apigw-keys-cli: the application's capabilities for scripts and terminals. It links the same
// core, gateway and keystore as the window, and no widgets.

#include "applicationidentity.h"
#include "console.h"
#include "createcommand.h"
#include "keyscommands.h"
#include "logincommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
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
                "\n"
                "'apigw-keys-cli COMMAND --help' describes a command.\n"
                "Exit codes: 0 ok, 1 other failure, 2 usage, 3 validation, 4 gateway error,\n"
                "5 network or TLS, 6 keychain or key list.\n");
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
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply();
    // Standard error is for the user's errors, not the libraries' progress notes; QT_LOGGING_RULES
    // still turns them on for a bug report.
    QLoggingCategory::setFilterRules(u"apigw.*.debug=false\napigw.*.info=false"_s);

    const QStringList arguments = app.arguments().mid(1);
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

    int exitCode = toInt(ExitCode::Failure);
    QObject::connect(command.get(), &Command::finished, &app, [&exitCode](ExitCode code) {
        exitCode = toInt(code);
        QCoreApplication::exit(exitCode);
    });
    command->start();
    app.exec();
    return exitCode;
}
