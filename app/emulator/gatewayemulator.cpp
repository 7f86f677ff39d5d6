#include "gatewayemulator.h"

#include "emulatorlogging.h"
#include "faultinjector.h"
#include "httplistener.h"
#include "keyregistry.h"
#include "legacyapihandler.h"
#include "noncelog.h"
#include "operatoraccounts.h"
#include "ratelimiter.h"
#include "tc3apihandler.h"

using namespace Qt::StringLiterals;

class GatewayEmulator::Private
{
public:
    explicit Private(GatewayEmulator *emulator);

    void handle(HttpConnection &connection, ReceivedRequest &request);
    void handleUnreadable(HttpConnection &connection, const HttpRequestParser::Failure &failure);
    template <typename Handler>
    HttpResponse answer(const Handler &handler, const ReceivedRequest &request);
    void countRequest();
    QUrl otherOrigin(const QByteArray &path) const;

    GatewayEmulator *q;
    OperatorAccounts accounts;
    KeyRegistry keys;
    NonceLog nonces;
    RateLimiter rateLimiter;
    SystemClock systemClock;
    const Clock *clock = &systemClock;
    LegacyApiHandler legacy{accounts, nonces};
    Tc3ApiHandler tc3{accounts};
    FaultInjector faults;
    std::unique_ptr<HttpListener> listener;
    int requestCount = 0;
    bool demoOnNetwork = false;

    bool listened(bool ok, const QHostAddress &address);
};

bool GatewayEmulator::Private::listened(bool ok, const QHostAddress &address)
{
    // The demo pair is printed in the README and in the tool's output: on an address other
    // computers reach, it would let anyone there use this emulator.
    if (ok && !address.isLoopback() && !demoOnNetwork)
        accounts.remove(GatewayEmulator::demoCredentials().secretId);
    return ok;
}

GatewayEmulator::Private::Private(GatewayEmulator *emulator) : q(emulator)
{
    accounts.add(GatewayEmulator::demoCredentials());
    listener = std::make_unique<HttpListener>(
        [this](HttpConnection &connection, ReceivedRequest &request) {
            handle(connection, request);
        },
        [this](HttpConnection &connection, const HttpRequestParser::Failure &failure) {
            handleUnreadable(connection, failure);
        });
}

void GatewayEmulator::Private::countRequest()
{
    ++requestCount;
    emit q->requestReceived();
}

void GatewayEmulator::Private::handle(HttpConnection &connection, ReceivedRequest &request)
{
    const bool api3 = request.path == Tc3ApiHandler::Path;
    if (!api3 && !LegacyApiHandler::servesPath(request.path)) {
        connection.respond(HttpResponse::text(404, "No API is served at this path."));
        return;
    }
    countRequest();
    if (!faults.actsOnRequests()) {
        faults.deliver(connection, HttpResponse(), otherOrigin(request.path));
        return;
    }
    const HttpResponse response = api3 ? answer(tc3, request) : answer(legacy, request);
    faults.deliver(connection, response, otherOrigin(request.path));
}

void GatewayEmulator::Private::handleUnreadable(HttpConnection &connection,
                                                const HttpRequestParser::Failure &failure)
{
    if (failure.path == Tc3ApiHandler::Path || LegacyApiHandler::servesPath(failure.path))
        countRequest();
    qCDebug(lcEmulator) << "unreadable request:" << failure.httpStatus << failure.reason;
    connection.respond(HttpResponse::text(failure.httpStatus, failure.reason));
}

template <typename Handler>
HttpResponse GatewayEmulator::Private::answer(const Handler &handler,
                                              const ReceivedRequest &request)
{
    const QDateTime now = clock->currentUtc();
    VerificationResult verified = handler.verify(request, now.toSecsSinceEpoch());
    auto refuse = [&](const ApiFailure &failure) {
        qCDebug(lcEmulator).noquote() << request.method << request.path
                                      << "refused:" << ApiFailureCodes::api3Code(failure.kind);
        return handler.failure(failure);
    };
    if (const auto *failure = std::get_if<ApiFailure>(&verified))
        return refuse(*failure);

    const VerifiedCall &call = std::get<VerifiedCall>(verified);
    if (!rateLimiter.admit(call.accountId, now))
        return refuse(
            ApiFailure{ApiFailureKind::RequestLimitExceeded,
                       u"More than %1 requests in one second."_s.arg(rateLimiter.limit())});
    const auto created = keys.create(call.accountId, call.spec, now);
    if (const auto *failure = std::get_if<ApiFailure>(&created))
        return refuse(*failure);
    const CreatedApiKey &key = std::get<CreatedApiKey>(created);
    qCDebug(lcEmulator).noquote() << request.method << request.path << "created"
                                  << keyTypeName(key.type) << "key" << key.keyId;
    return handler.success(key);
}

QUrl GatewayEmulator::Private::otherOrigin(const QByteArray &path) const
{
    // Another host name for the same listener: if a client followed the redirect, it would
    // reach this emulator again, and requestCount() would show it.
    QUrl url = q->baseUrl();
    url.setHost(url.host() == u"localhost" ? u"127.0.0.1"_s : u"localhost"_s);
    url.setPath(QString::fromLatin1(path));
    return url;
}

GatewayEmulator::GatewayEmulator(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{}

GatewayEmulator::~GatewayEmulator() = default;

OperatorCredentials GatewayEmulator::demoCredentials()
{
    // Public by design: they only open this emulator, never a cloud account.
    return OperatorCredentials::fromInput(u"AKIDapigwKeysDemoOperator00000000000"_s,
                                          u"apigwKeysDemoSecretKey000000000"_s);
}

void GatewayEmulator::addCredentials(const QString &secretId, const QByteArray &secretKey)
{
    OperatorCredentials credentials;
    credentials.secretId = secretId;
    credentials.secretKey = SecretString::fromUtf8(secretKey);
    d->accounts.add(credentials);
}

void GatewayEmulator::addCredentials(const OperatorCredentials &credentials)
{
    d->accounts.add(credentials);
}

void GatewayEmulator::removeAllCredentials()
{
    d->accounts.clear();
}

void GatewayEmulator::setDemoCredentialsOnNetwork(bool accepted)
{
    d->demoOnNetwork = accepted;
}

bool GatewayEmulator::acceptsDemoCredentials() const
{
    return d->accounts.find(demoCredentials().secretId) != nullptr;
}

bool GatewayEmulator::listen(const QHostAddress &address, quint16 port)
{
    return d->listened(d->listener->listen(address, port), address);
}

bool GatewayEmulator::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                                const QHostAddress &address, quint16 port)
{
    return d->listened(d->listener->listenTls(certificate, key, address, port), address);
}

void GatewayEmulator::close()
{
    d->listener->close();
}

bool GatewayEmulator::isListening() const
{
    return d->listener->isListening();
}

QString GatewayEmulator::errorString() const
{
    return d->listener->errorString();
}

quint16 GatewayEmulator::port() const
{
    return d->listener->port();
}

bool GatewayEmulator::isTls() const
{
    return d->listener->isTls();
}

QUrl GatewayEmulator::baseUrl() const
{
    if (!isListening())
        return {};
    QHostAddress address = d->listener->address();
    // A wildcard listener is reached over loopback.
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(isTls() ? u"https"_s : u"http"_s);
    url.setHost(address.toString());
    url.setPort(port());
    url.setPath(u"/"_s);
    return url;
}

QUrl GatewayEmulator::endpointUrl(ApiGeneration generation) const
{
    QUrl url = baseUrl();
    if (url.isValid() && generation == ApiGeneration::Api2)
        url.setPath(QString::fromLatin1(LegacyApiHandler::Path));
    return url;
}

void GatewayEmulator::setCodeAsString(bool on)
{
    d->legacy.setCodeAsString(on);
}

void GatewayEmulator::setFault(Fault fault, std::chrono::milliseconds faultDelay)
{
    d->faults.setFault(fault, faultDelay);
}

GatewayEmulator::Fault GatewayEmulator::fault() const
{
    return d->faults.fault();
}

void GatewayEmulator::setClock(const Clock *clock)
{
    d->clock = clock ? clock : &d->systemClock;
}

void GatewayEmulator::setKeyLimit(int limit)
{
    d->keys.setKeyLimit(limit);
}

void GatewayEmulator::setRateLimit(int requestsPerSecond)
{
    d->rateLimiter.setLimit(requestsPerSecond);
}

void GatewayEmulator::setConnectionLimits(const HttpConnectionLimits &limits)
{
    d->listener->setLimits(limits);
}

HttpConnectionLimits GatewayEmulator::connectionLimits() const
{
    return d->listener->limits();
}

int GatewayEmulator::connectionCount() const
{
    return d->listener->connectionCount();
}

int GatewayEmulator::requestCount() const
{
    return d->requestCount;
}

int GatewayEmulator::createdKeyCount() const
{
    return d->keys.keyCount();
}

bool GatewayEmulator::hasKey(const QString &keyId) const
{
    return d->keys.contains(keyId);
}
