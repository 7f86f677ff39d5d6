// apigw-keys-emulator: the gateway emulator as a process, for manual testing and for clients in
// other languages. Prints "listening on http://ADDR:PORT" as its first line, then serves until
// SIGINT or SIGTERM.

#include "gatewayemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    // Only async-signal-safe work here: the event loop reads the byte and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so that destructors run and the port is released.
bool quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "apigw-keys-emulator: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"apigw-keys-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APIGW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Tencent Cloud API Gateway for API keys (create, list, describe, rotate, enable, "
        "disable, delete, usage plans, bind, unbind), API 3.0 at / and API 2.0 at /v2/index.php, "
        "with real signature checks. Keys and usage plans live in memory."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s, u"Address to listen on (127.0.0.1)."_s,
                                          u"ADDR"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port, 0 for any free one (0)."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption secretIdOption(u"secret-id"_s,
                                            u"An operator SecretId to accept besides the demo "
                                            "pair."_s,
                                            u"ID"_s);
    const QCommandLineOption secretKeyOption(
        u"secret-key"_s,
        u"Its SecretKey. Visible to other local users in the process list: test keys only."_s,
        u"KEY"_s);
    const QCommandLineOption codeAsStringOption(
        u"code-as-string"_s, u"API 2.0 answers carry code as a string (\"0\"), as in the seed."_s);
    const QCommandLineOption certOption(u"tls-cert"_s, u"Serve HTTPS with this PEM certificate."_s,
                                        u"PEM"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, u"The PEM private key of the certificate."_s,
                                       u"PEM"_s);
    const QCommandLineOption rateLimitOption(
        u"rate-limit"_s, u"Requests per second and account, 0 for none (20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption keyLimitOption(u"key-limit"_s, u"Keys per account (50)."_s, u"N"_s,
                                            u"50"_s);
    const QCommandLineOption seedKeysOption(
        u"seed-keys"_s,
        u"Start with N keys in each accepted account, for load tests (0). --key-limit does not "
        "stop seeding, but seeded keys count toward it: raise it to create more."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption demoDataOption(
        u"demo-data"_s,
        u"Start each accepted account with the demo keys and two usage plans, as apigw-keys "
        "--demo does."_s);
    const QCommandLineOption verboseOption(u"verbose"_s,
                                           u"Log every request and its verdict to stderr."_s);
    const QCommandLineOption demoOnNetworkOption(
        u"allow-demo-credentials-on-network"_s,
        u"Accept the public demo credentials on an address other computers can reach. Without "
        "it, such an address needs --secret-id and --secret-key."_s);
    parser.addOptions({listenOption, portOption, secretIdOption, secretKeyOption,
                       codeAsStringOption, certOption, keyOption, rateLimitOption, keyLimitOption,
                       seedKeysOption, demoDataOption, verboseOption, demoOnNetworkOption});
    parser.process(app);

    const QHostAddress address(parser.value(listenOption));
    if (address.isNull())
        return fail(u"not an IP address: %1"_s.arg(parser.value(listenOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(u"not a port: %1"_s.arg(parser.value(portOption)));
    const int rateLimit = parser.value(rateLimitOption).toInt(&ok);
    if (!ok || rateLimit < 0)
        return fail(u"not a rate limit: %1"_s.arg(parser.value(rateLimitOption)));
    const int keyLimit = parser.value(keyLimitOption).toInt(&ok);
    if (!ok || keyLimit < 0)
        return fail(u"not a key limit: %1"_s.arg(parser.value(keyLimitOption)));
    const int seedKeys = parser.value(seedKeysOption).toInt(&ok);
    if (!ok || seedKeys < 0)
        return fail(u"not a number of keys: %1"_s.arg(parser.value(seedKeysOption)));
    if (parser.isSet(secretIdOption) != parser.isSet(secretKeyOption))
        return fail(u"--secret-id and --secret-key go together"_s);
    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return fail(u"--tls-cert and --tls-key go together"_s);
    // The demo pair is published: on a reachable address it would let anyone in.
    const bool demoOnNetwork = parser.isSet(demoOnNetworkOption);
    if (!address.isLoopback() && !demoOnNetwork && !parser.isSet(secretIdOption))
        return fail(u"%1 can be reached from other computers, where the public demo credentials "
                    "are refused: give your own with --secret-id and --secret-key, or pass "
                    "--allow-demo-credentials-on-network"_s.arg(address.toString()));
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"apigw.emulator.debug=true"_s);

    GatewayEmulator emulator;
    emulator.setDemoCredentialsOnNetwork(demoOnNetwork);
    if (parser.isSet(secretIdOption)) {
        const OperatorCredentials credentials = OperatorCredentials::fromInput(
            parser.value(secretIdOption), parser.value(secretKeyOption));
        if (checkCredentials(credentials) != CredentialProblem::None)
            return fail(u"--secret-id and --secret-key must be printable ASCII without spaces"_s);
        emulator.addCredentials(credentials);
    }
    emulator.setCodeAsString(parser.isSet(codeAsStringOption));
    emulator.setRateLimit(rateLimit);
    emulator.setKeyLimit(keyLimit);

    bool listening = false;
    if (parser.isSet(certOption)) {
        QString error;
        const QByteArray certificatePem = readFile(parser.value(certOption), &error);
        if (!error.isEmpty())
            return fail(error);
        const QByteArray keyPem = readFile(parser.value(keyOption), &error);
        if (!error.isEmpty())
            return fail(error);
        const QSslCertificate certificate(certificatePem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return fail(u"cannot read the TLS certificate or key (PEM, RSA or EC)"_s);
        listening = emulator.listenTls(certificate, key, address, quint16(port));
    } else {
        listening = emulator.listen(address, quint16(port));
    }
    if (!listening)
        return fail(u"cannot listen: %1"_s.arg(emulator.errorString()));
    QStringList accounts;
    if (emulator.acceptsDemoCredentials())
        accounts.append(GatewayEmulator::demoCredentials().secretId);
    if (parser.isSet(secretIdOption))
        accounts.append(parser.value(secretIdOption));
    for (const QString &account : accounts) {
        if (parser.isSet(demoDataOption))
            emulator.seedDemo(account);
        emulator.seedKeys(seedKeys, account);
    }
    if (!quitOnSignals(app))
        return fail(u"cannot install the signal handlers"_s);

    QUrl url = emulator.baseUrl();
    url.setPath(QString());
    std::printf("listening on %s\n", url.toEncoded().constData());
    if (emulator.acceptsDemoCredentials())
        std::printf("demo SecretId: %s\n", qPrintable(GatewayEmulator::demoCredentials().secretId));
    else
        std::printf("demo credentials: refused on %s\n", qPrintable(address.toString()));
    std::fflush(stdout);

    return QCoreApplication::exec();
}
