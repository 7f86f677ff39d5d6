// The request builders with arbitrary key specs, credentials and endpoints: the builder either
// refuses with a validation problem and builds nothing, or builds one well-formed HTTP/1.1 request
// that the emulator's parser reads back whole and whose signature and parameters the emulator's
// handler for that generation accepts, carrying exactly the normalised key spec.
#include "createapikeyrequest.h"
#include "fuzzsupport.h"
#include "httprequestparser.h"
#include "legacyapihandler.h"
#include "noncelog.h"
#include "operatoraccounts.h"
#include "tc3apihandler.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;

namespace {

QString consumeText(FuzzedDataProvider &input, size_t maxBytes = 80)
{
    const std::string bytes = input.ConsumeRandomLengthString(maxBytes);
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

GatewayEndpoint consumeEndpoint(FuzzedDataProvider &input)
{
    GatewayEndpoint endpoint;
    endpoint.generation = input.ConsumeBool() ? ApiGeneration::Api2 : ApiGeneration::Api3;
    endpoint.signatureMethod =
        input.ConsumeBool() ? LegacySignatureMethod::HmacSHA1 : LegacySignatureMethod::HmacSHA256;
    endpoint.httpMethod = input.ConsumeBool() ? LegacyHttpMethod::Get : LegacyHttpMethod::Post;
    // The emulator serves only the regions the console lists; another region is the builder's
    // business only as far as its characters go, which checkEndpoint covers.
    const QStringList regions = GatewayEndpoint::knownRegions();
    endpoint.region = regions.at(input.ConsumeIntegralInRange<qsizetype>(0, regions.size() - 1));
    static const QString languages[] = {QString(), u"zh-CN"_s, u"en-US"_s};
    endpoint.language =
        input.ConsumeBool() ? consumeText(input, 8) : languages[input.ConsumeIntegralInRange(0, 2)];

    static const QString hosts[] = {u"127.0.0.1"_s, u"localhost"_s, u"::1"_s,
                                    u"apigateway.tencentcloudapi.com"_s,
                                    u"apigateway.api.qcloud.com"_s};
    // Put together part by part, as the settings dialog would: a fuzzed host that QUrl refuses
    // leaves an invalid URL, which the builder must refuse.
    QUrl url;
    url.setScheme(input.ConsumeBool() ? u"https"_s : u"http"_s);
    url.setHost(input.ConsumeBool() ? consumeText(input, 40)
                                    : hosts[input.ConsumeIntegralInRange(0, 4)]);
    if (input.ConsumeBool())
        url.setPort(input.ConsumeIntegral<quint16>());
    // The path each handler serves, as GatewayEmulator routes them.
    url.setPath(endpoint.generation == ApiGeneration::Api2 ? u"/v2/index.php"_s : u"/"_s);
    endpoint.url = url;
    return endpoint;
}

template <typename Handler>
void requireAccepted(const Handler &handler, const ReceivedRequest &received, qint64 now,
                     const OperatorCredentials &credentials, const KeySpec &sent)
{
    const VerificationResult result = handler.verify(received, now);
    if (const auto *failure = std::get_if<ApiFailure>(&result)) {
        std::fprintf(stderr, "fuzz: the emulator refused: %s\n", qPrintable(failure->message));
        FuzzSupport::fail("the emulator accepts every request the builder builds");
    }
    const auto &call = std::get<VerifiedCall>(result);
    FuzzSupport::require(call.accountId == credentials.secretId,
                         "the emulator sees the signing SecretId");
    FuzzSupport::require(call.spec.name == sent.name && call.spec.type == sent.type &&
                             call.spec.keyId == sent.keyId && call.spec.keySecret == sent.keySecret,
                         "the emulator receives exactly the normalised key spec");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);

    KeySpec spec;
    spec.type = input.ConsumeBool() ? KeyType::Manual : KeyType::Auto;
    spec.name = consumeText(input);
    spec.keyId = consumeText(input);
    spec.keySecret = SecretString(consumeText(input));
    const QString secretId = consumeText(input);
    const QString secretKey = consumeText(input);
    const QString sessionToken = input.ConsumeBool() ? consumeText(input) : QString();
    const OperatorCredentials credentials =
        OperatorCredentials::fromInput(secretId, secretKey, sessionToken);
    const GatewayEndpoint endpoint = consumeEndpoint(input);
    // Any clock from 1970 to 2100: signatures carry the date, the emulator up to 12 digits.
    const qint64 now = input.ConsumeIntegralInRange<qint64>(0, 4102444800);
    FixedNonceSource nonces(
        input.ConsumeIntegralInRange<quint32>(NonceSource::Minimum, NonceSource::Maximum));
    const FixedClock clock = FixedClock::fromSecsSinceEpoch(now);

    const BuiltRequest built =
        CreateApiKeyRequestBuilder(clock, nonces).build(spec, credentials, endpoint);
    if (!built.isValid()) {
        FuzzSupport::require(!built.keySpecProblems.isValid() ||
                                 built.credentialProblem != CredentialProblem::None ||
                                 built.endpointProblem != EndpointProblem::None ||
                                 built.secretInUrl != SecretInUrl::None,
                             "a refusal names its problem");
        FuzzSupport::require(built.request.method.isEmpty() && built.request.url.isEmpty() &&
                                 built.request.headers.isEmpty() && built.request.body.isEmpty(),
                             "a refused spec builds nothing");
        return 0;
    }

    HttpRequestParser parser;
    parser.append(FuzzSupport::wireBytes(built.request));
    ReceivedRequest received;
    FuzzSupport::require(parser.next(&received) == HttpRequestParser::Status::Complete,
                         "a built request is one well-formed HTTP/1.1 request");
    FuzzSupport::require(!parser.hasBufferedBytes(), "a built request has nothing after its end");

    OperatorAccounts accounts;
    accounts.add(credentials);
    const KeySpec sent = spec.normalized();
    if (endpoint.generation == ApiGeneration::Api3) {
        requireAccepted(Tc3ApiHandler(accounts), received, now, credentials, sent);
    } else {
        NonceLog nonceLog;
        requireAccepted(LegacyApiHandler(accounts, nonceLog), received, now, credentials, sent);
    }
    return 0;
}
