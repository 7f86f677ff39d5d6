#include "gatewayemulator.h"

#include "emulatorlogging.h"
#include "faultinjector.h"
#include "httplistener.h"
#include "keylifecycle.h"
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
    void countRequest(const QByteArray &action = {});
    QUrl otherOrigin(const QByteArray &path) const;

    GatewayEmulator *q;
    OperatorAccounts accounts;
    KeyRegistry keys;
    UsagePlanBook plans;
    KeyLifecycle lifecycle{keys, plans};
    NonceLog nonces;
    RateLimiter rateLimiter;
    SystemClock systemClock;
    const Clock *clock = &systemClock;
    LegacyApiHandler legacy{accounts, nonces};
    Tc3ApiHandler tc3{accounts};
    FaultInjector faults;
    std::unique_ptr<HttpListener> listener;
    int requestCount = 0;
    QHash<QByteArray, int> requestsPerAction;
    int createdKeys = 0;
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

void GatewayEmulator::Private::countRequest(const QByteArray &action)
{
    ++requestCount;
    if (!action.isEmpty())
        ++requestsPerAction[action];
    emit q->requestReceived();
}

void GatewayEmulator::Private::handle(HttpConnection &connection, ReceivedRequest &request)
{
    const bool api3 = request.path == Tc3ApiHandler::Path;
    if (!api3 && !LegacyApiHandler::servesPath(request.path)) {
        connection.respond(HttpResponse::text(404, "No API is served at this path."));
        return;
    }
    countRequest(api3 ? request.header("X-TC-Action") : LegacyApiHandler::actionOf(request));
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
    const ActionOutcome outcome = lifecycle.execute(call, now);
    if (const auto *failure = std::get_if<ApiFailure>(&outcome))
        return refuse(*failure);
    if (call.action == EmulatedAction::CreateKey)
        ++createdKeys;
    // Ids only: a secret never reaches the log.
    qCDebug(lcEmulator).noquote() << request.method << request.path
                                  << emulatedActionName(call.action) << "for" << call.accountId
                                  << (call.keyId.isEmpty() ? call.planId : call.keyId);
    return handler.success(call.action, outcome);
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
    return d->createdKeys;
}

bool GatewayEmulator::hasKey(const QString &keyId) const
{
    return d->keys.contains(keyId);
}

int GatewayEmulator::requestCount(QByteArrayView action) const
{
    return d->requestsPerAction.value(action.toByteArray());
}

void GatewayEmulator::setPlanKeyLimit(int limit)
{
    d->lifecycle.setPlanKeyLimit(limit);
}

int GatewayEmulator::keyCount(const QString &account) const
{
    return d->keys.keyCount(account);
}

bool GatewayEmulator::keyEnabled(const QString &keyId) const
{
    const auto *key = d->keys.find(keyId);
    return key && key->enabled;
}

QString GatewayEmulator::keyName(const QString &keyId) const
{
    const auto *key = d->keys.find(keyId);
    return key ? key->name : QString();
}

QDateTime GatewayEmulator::keyModifiedUtc(const QString &keyId) const
{
    const auto *key = d->keys.find(keyId);
    return key ? key->modifiedUtc : QDateTime();
}

SecretString GatewayEmulator::keySecret(const QString &keyId) const
{
    const auto *key = d->keys.find(keyId);
    return key ? key->secret : SecretString();
}

bool GatewayEmulator::isBound(const QString &keyId) const
{
    return d->plans.isBound(keyId);
}

QStringList GatewayEmulator::plansOfKey(const QString &keyId) const
{
    return d->plans.plansOf(keyId);
}

QStringList GatewayEmulator::keyIds(const QString &account) const
{
    // Newest first, as the listing answers.
    const std::vector<QString> &ids = d->keys.idsOf(account);
    return QStringList(ids.rbegin(), ids.rend());
}

QStringList GatewayEmulator::usagePlanIds(const QString &account) const
{
    const std::vector<QString> &ids = d->plans.idsOf(account);
    return QStringList(ids.begin(), ids.end());
}

int GatewayEmulator::planCount() const
{
    return d->plans.planCount();
}

QString GatewayEmulator::addKey(const QString &account, const QString &name, KeyType type,
                                bool enabled, const QString &keyId, const QString &secret)
{
    KeySpec spec;
    spec.name = name;
    spec.type = type;
    spec.keyId = keyId;
    spec.keySecret = SecretString(secret);
    return d->keys.insert(account, spec, enabled, d->clock->currentUtc()).keyId;
}

QString GatewayEmulator::addUsagePlan(const QString &account, const QString &name,
                                      const QString &description, int maxRequestsPerSecond)
{
    return d->plans.add(account, name, description, maxRequestsPerSecond, d->clock->currentUtc())
        .id;
}

void GatewayEmulator::bindKeys(const QString &planId, const QStringList &keyIds)
{
    d->plans.bind(planId, keyIds, d->clock->currentUtc());
}

void GatewayEmulator::unbindKeys(const QString &planId, const QStringList &keyIds)
{
    d->plans.unbind(planId, keyIds, d->clock->currentUtc());
}

int GatewayEmulator::seedKeys(int count, const QString &account)
{
    const QDateTime now = d->clock->currentUtc();
    // Names cycle through a few real-looking ones so that search has something to find; every
    // tenth key is manual and every seventh disabled, so that filters do too.
    static const QStringList stems = {u"orders-service"_s, u"billing-batch"_s, u"mobile-app"_s,
                                      u"partner-feed"_s,   u"reporting"_s,     u"search-indexer"_s};
    for (int i = 0; i < count; ++i) {
        KeySpec spec;
        spec.name = u"%1 %2"_s.arg(stems.at(i % stems.size())).arg(i + 1, 4, 10, QLatin1Char('0'));
        spec.type = i % 10 == 9 ? KeyType::Manual : KeyType::Auto;
        if (spec.type == KeyType::Manual) {
            spec.keyId = u"seed_%1_%2"_s.arg(i + 1).arg(KeyRegistry::randomAlphanumeric(8));
            spec.keySecret = SecretString(KeyRegistry::randomAlphanumeric(32));
        }
        d->keys.insert(account, spec, i % 7 != 6, now);
    }
    return count;
}

void GatewayEmulator::seedDemo(const QString &account)
{
    // Created over the last weeks, oldest first, so that the times in the list differ.
    const QDateTime now = d->clock->currentUtc();
    struct DemoKey
    {
        const char16_t *name;
        KeyType type;
        bool enabled;
        int daysAgo;
    };
    static const DemoKey demoKeys[] = {
        {u"orders-service production", KeyType::Auto, true, 41},
        {u"billing-batch nightly", KeyType::Auto, true, 33},
        {u"partner-feed acme", KeyType::Manual, true, 26},
        {u"mobile-app beta", KeyType::Auto, false, 19},
        {u"legacy-importer", KeyType::Manual, false, 12},
        {u"reporting dashboard", KeyType::Auto, true, 4},
    };
    QStringList ids;
    int manual = 0;
    for (const DemoKey &demo : demoKeys) {
        KeySpec spec;
        spec.name = QString::fromUtf16(demo.name);
        spec.type = demo.type;
        if (demo.type == KeyType::Manual) {
            spec.keyId = u"demo_manual_key_%1"_s.arg(++manual);
            spec.keySecret = SecretString(KeyRegistry::randomAlphanumeric(24));
        }
        ids.append(d->keys.insert(account, spec, demo.enabled, now.addDays(-demo.daysAgo)).keyId);
    }
    const QString standard =
        d->plans
            .add(account, u"standard"_s, u"Partners and internal services"_s, 100, now.addDays(-45))
            .id;
    const QString restricted =
        d->plans
            .add(account, u"restricted"_s, u"Trial access, 5 requests per second"_s, 5,
                 now.addDays(-30))
            .id;
    d->plans.bind(standard, {ids.at(0), ids.at(1), ids.at(2)}, now.addDays(-20));
    d->plans.bind(restricted, {ids.at(2), ids.at(3)}, now.addDays(-10));
}
