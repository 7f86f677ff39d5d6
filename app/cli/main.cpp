// apigw-keys-cli: the application's capabilities for scripts and terminals. It links the same
// core, gateway and keystore as the window, and no widgets; the commands are the apigw_cli
// library (clirunner.h).

#include "applicationidentity.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply();
    // Standard error is for the user's errors, not the libraries' progress notes; QT_LOGGING_RULES
    // still turns them on for a bug report.
    QLoggingCategory::setFilterRules(u"apigw.*.debug=false\napigw.*.info=false"_s);
    return CliRunner::run(app.arguments().mid(1));
}
