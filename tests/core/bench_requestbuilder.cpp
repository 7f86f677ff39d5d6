// What building and signing one CreateApiKey request costs, beside the floor it cannot beat: one
// HMAC-SHA256 over a message as long as the string to sign. The goal is build+sign within 10x
// that floor.
//
// In the suite the QBENCHMARKs run briefly. For figures worth quoting, run it alone:
//   build-core/tests/core/bench_requestbuilder -minimumtotal 500
// or, for instruction counts that the load of the machine cannot shift:
//   build-core/tests/core/bench_requestbuilder -callgrind buildAndSign rawHmac
// ratio() prints a summary line per generation either way.

#include "coretest.h"
#include "createapikeyrequest.h"
#include "legacysigner.h"
#include "tc3signer.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct Scenario
{
    KeySpec spec;
    OperatorCredentials credentials;
    GatewayEndpoint endpoint;
};

// A manual key with a Chinese name: the longest request the form produces in practice.
Scenario scenario(ApiGeneration generation)
{
    Scenario s;
    s.spec.name = u"生产环境 order-service key"_s;
    s.spec.type = KeyType::Manual;
    s.spec.keyId = u"order_service_key_01"_s;
    s.spec.keySecret = SecretString(u"Q8d2kV0xZr5mN1pL7tY3wB9c"_s);
    s.credentials = OperatorCredentials::fromInput(u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s,
                                                   u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s);
    s.endpoint.generation = generation;
    s.endpoint.url = GatewayEndpoint::defaultUrl(generation);
    s.endpoint.signatureMethod = LegacySignatureMethod::HmacSHA256;
    return s;
}

// The length of the string the builder signs, reconstructed from the request it built.
qsizetype stringToSignLength(ApiGeneration generation, const HttpRequest &request)
{
    if (generation == ApiGeneration::Api3) {
        Tc3Signer::Input input;
        input.timestamp = request.header("X-TC-Timestamp").toLongLong();
        input.service = "apigateway";
        return Tc3Signer::stringToSign(input).size();
    }
    LegacySigner::Parameters parameters;
    const QUrlQuery query(QString::fromLatin1(request.body));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        parameters[name.toUtf8()] = value.toUtf8();
    return LegacySigner::stringToSign(request.method, signedHost(request.url),
                                      request.url.path().toUtf8(), parameters)
        .size();
}

// Nanoseconds per call of a and of b, each the best of many short rounds, the rounds of a and b
// interleaved: on a shared machine a long round is almost surely preempted, a short one often
// not, so short interleaved rounds expose both to the same luck.
template <typename A, typename B> std::pair<double, double> nanosecondsPerCall(A &&a, B &&b)
{
    constexpr qint64 roundNanoseconds = 200'000;
    constexpr int rounds = 300;
    const auto callsPerRound = [](auto &f) {
        QElapsedTimer timer;
        timer.start();
        int calls = 0;
        while (timer.nsecsElapsed() < roundNanoseconds) {
            f();
            ++calls;
        }
        return std::max(calls, 1);
    };
    const auto bestOfRound = [](auto &f, int calls, double &best) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < calls; ++i)
            f();
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / calls);
    };
    const int callsA = callsPerRound(a);
    const int callsB = callsPerRound(b);
    double bestA = std::numeric_limits<double>::max();
    double bestB = std::numeric_limits<double>::max();
    for (int round = 0; round < rounds; ++round) {
        bestOfRound(a, callsA, bestA);
        bestOfRound(b, callsB, bestB);
    }
    return {bestA, bestB};
}

} // namespace

class bench_RequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void buildAndSign_data();
    void buildAndSign();
    void rawHmac_data();
    void rawHmac();
    void ratio_data();
    void ratio();

private:
    void addGenerations();
};

void bench_RequestBuilder::addGenerations()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("3.0 TC3-HMAC-SHA256") << ApiGeneration::Api3;
    QTest::newRow("2.0 HmacSHA256") << ApiGeneration::Api2;
}

void bench_RequestBuilder::buildAndSign_data()
{
    addGenerations();
}

void bench_RequestBuilder::buildAndSign()
{
    QFETCH(ApiGeneration, generation);
    const Scenario s = scenario(generation);
    const SystemClock clock;
    SystemNonceSource nonces;
    const CreateApiKeyRequestBuilder builder(clock, nonces);

    BuiltRequest built;
    QBENCHMARK
    {
        built = builder.build(s.spec, s.credentials, s.endpoint);
    }
    QVERIFY(built.isValid());
}

void bench_RequestBuilder::rawHmac_data()
{
    addGenerations();
}

void bench_RequestBuilder::rawHmac()
{
    QFETCH(ApiGeneration, generation);
    const Scenario s = scenario(generation);
    const SystemClock clock;
    SystemNonceSource nonces;
    const BuiltRequest built =
        CreateApiKeyRequestBuilder(clock, nonces).build(s.spec, s.credentials, s.endpoint);
    QVERIFY(built.isValid());
    const QByteArray message(stringToSignLength(generation, built.request), 'm');
    const QByteArray key = s.credentials.secretKey.utf8();

    QByteArray mac;
    QBENCHMARK
    {
        mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    }
    QCOMPARE(mac.size(), 32);
}

void bench_RequestBuilder::ratio_data()
{
    addGenerations();
}

void bench_RequestBuilder::ratio()
{
    QFETCH(ApiGeneration, generation);
    const Scenario s = scenario(generation);
    const SystemClock clock;
    SystemNonceSource nonces;
    const CreateApiKeyRequestBuilder builder(clock, nonces);
    const BuiltRequest sample = builder.build(s.spec, s.credentials, s.endpoint);
    QVERIFY(sample.isValid());
    const qsizetype length = stringToSignLength(generation, sample.request);
    QVERIFY(length > 100);
    const QByteArray message(length, 'm');
    const QByteArray key = s.credentials.secretKey.utf8();

    bool allValid = true;
    QByteArray mac;
    const auto [build, hmac] = nanosecondsPerCall(
        [&] { allValid &= builder.build(s.spec, s.credentials, s.endpoint).isValid(); },
        [&] { mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256); });
    QVERIFY(allValid);

    const double ratio = build / hmac;
    // Short interleaved rounds expose both figures to the same load, so the ratio is meaningful
    // on a busy machine (it measured 6.0x for 3.0 and 3.5x for 2.0 at a load average of 11 on two
    // cores). It is printed, never asserted: a benchmark must not fail because the machine is
    // slow or busy.
    std::printf("BENCHMARK %s: build+sign %.2f us, raw HMAC-SHA256 of %lld bytes %.2f us, "
                "ratio %.1fx (goal: at most 10x)\n",
                QTest::currentDataTag(), build / 1000, static_cast<long long>(length), hmac / 1000,
                ratio);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(bench_RequestBuilder)
#include "bench_requestbuilder.moc"
