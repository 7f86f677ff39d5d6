// Writes the seed corpus of fuzz_emulator_request: requests the real builders sign for the
// example operator at FuzzSupport::Now, as they go on the wire, in every variant the builders
// produce, and every key lifecycle action of both generations on the harness's held keys. Without
// valid signatures to start from, mutation would never get past the signature
// check into the parameter checks behind it.
//   make_emulator_seeds DIRECTORY
#include "createapikeyrequest.h"
#include "fuzzsupport.h"
#include "keyactions.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Variant
{
    const char *file;
    ApiGeneration generation;
    KeyType type;
    LegacyHttpMethod httpMethod = LegacyHttpMethod::Post;
    LegacySignatureMethod signatureMethod = LegacySignatureMethod::HmacSHA256;
    bool sessionToken = false;
    QString language = {};
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_emulator_seeds DIRECTORY\n");
        return 2;
    }
    const QDir directory(QString::fromLocal8Bit(argv[1]));
    const Variant variants[] = {
        {"api3_auto.http", ApiGeneration::Api3, KeyType::Auto},
        {"api3_manual_token_language.http", ApiGeneration::Api3, KeyType::Manual,
         LegacyHttpMethod::Post, LegacySignatureMethod::HmacSHA256, true, u"en-US"_s},
        {"api2_post_sha256_auto.http", ApiGeneration::Api2, KeyType::Auto},
        {"api2_get_sha1_manual.http", ApiGeneration::Api2, KeyType::Manual, LegacyHttpMethod::Get,
         LegacySignatureMethod::HmacSHA1},
        {"api2_post_token_manual.http", ApiGeneration::Api2, KeyType::Manual,
         LegacyHttpMethod::Post, LegacySignatureMethod::HmacSHA1, true},
    };
    const FixedClock clock = FixedClock::fromSecsSinceEpoch(FuzzSupport::Now);
    FixedNonceSource nonces(4242);
    const CreateApiKeyRequestBuilder builder(clock, nonces);
    for (const Variant &variant : variants) {
        KeySpec spec;
        spec.name = u"fuzz seed"_s;
        spec.type = variant.type;
        if (variant.type == KeyType::Manual) {
            spec.keyId = u"fuzz_seed_id"_s;
            spec.keySecret = SecretString(u"fuzz_seed_secret"_s);
        }
        GatewayEndpoint endpoint;
        endpoint.generation = variant.generation;
        endpoint.url = QUrl(variant.generation == ApiGeneration::Api3
                                ? u"http://127.0.0.1:8080/"_s
                                : u"http://127.0.0.1:8080/v2/index.php"_s);
        endpoint.httpMethod = variant.httpMethod;
        endpoint.signatureMethod = variant.signatureMethod;
        endpoint.language = variant.language;
        const OperatorCredentials credentials = OperatorCredentials::fromInput(
            u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s, u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s,
            variant.sessionToken ? u"fuzz_seed_token"_s : QString());
        BuiltRequest built = builder.build(spec, credentials, endpoint);
        // The application never sends a secret in a URL, but other clients do, and the emulator
        // must read their requests: those seeds come from the generation's own builder.
        if (built.problem == BuildProblem::SecretInUrl) {
            built.problem = BuildProblem::None;
            built.request = signLegacyRequest(
                CreateApiKeyAction::request(spec.normalized(), ApiGeneration::Api2), credentials,
                endpoint, FuzzSupport::Now, 4242);
        }
        QFile file(directory.filePath(QString::fromLatin1(variant.file)));
        if (!built.isValid() || !file.open(QIODevice::WriteOnly) ||
            file.write(FuzzSupport::wireBytes(built.request)) < 0) {
            std::fprintf(stderr, "make_emulator_seeds: cannot write %s\n", variant.file);
            return 1;
        }
    }

    // The key lifecycle actions, on the keys the harness holds ("fuzz_key_1", manual, disabled).
    const std::pair<const char *, ApiRequest (*)(ApiGeneration)> lifecycle[] = {
        {"list",
         [](ApiGeneration g) {
             KeyQuery q;
             q.limit = 50;
             q.search = u"fuzz"_s;
             return KeyActions::listKeys(q, g);
         }},
        {"list_filtered",
         [](ApiGeneration g) {
             KeyQuery q;
             q.offset = 1;
             q.status = KeyStatusFilter::Disabled;
             q.keyIds = {u"fuzz_key_1"_s};
             q.notUsagePlanId = u"usagePlan-fuzz0001"_s;
             return KeyActions::listKeys(q, g);
         }},
        {"describe", [](ApiGeneration g) { return KeyActions::describeKey(u"fuzz_key_1"_s, g); }},
        {"rotate",
         [](ApiGeneration g) {
             return KeyActions::rotateKey(u"fuzz_key_1"_s, SecretString(u"fuzz_new_secret"_s), g);
         }},
        {"enable", [](ApiGeneration g) { return KeyActions::enableKey(u"fuzz_key_1"_s, g); }},
        {"disable", [](ApiGeneration g) { return KeyActions::disableKey(u"fuzz_key_1"_s, g); }},
        {"delete", [](ApiGeneration g) { return KeyActions::deleteKey(u"fuzz_key_1"_s, g); }},
        {"plans", [](ApiGeneration g) { return KeyActions::listPlans(0, 20, g); }},
        {"plan_keys",
         [](ApiGeneration g) {
             return KeyActions::listPlanKeys(u"usagePlan-fuzz0001"_s, 0, 20, g);
         }},
        {"bind",
         [](ApiGeneration g) {
             return KeyActions::bindKeys(u"usagePlan-fuzz0001"_s, {u"fuzz_key_1"_s}, g);
         }},
        {"unbind",
         [](ApiGeneration g) {
             return KeyActions::unbindKeys(u"usagePlan-fuzz0001"_s, {u"fuzz_key_1"_s}, g);
         }},
    };
    const RequestSigner signer(clock, nonces);
    const OperatorCredentials operatorCredentials = OperatorCredentials::fromInput(
        u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s, u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s);
    for (const ApiGeneration generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        GatewayEndpoint endpoint;
        endpoint.generation = generation;
        endpoint.url =
            QUrl(generation == ApiGeneration::Api3 ? u"http://127.0.0.1:8080/"_s
                                                   : u"http://127.0.0.1:8080/v2/index.php"_s);
        for (const auto &[name, build] : lifecycle) {
            const QString file =
                u"%1_%2.http"_s.arg(generation == ApiGeneration::Api3 ? u"api3"_s : u"api2"_s,
                                    QString::fromLatin1(name));
            const BuiltRequest built =
                signer.sign(build(generation), operatorCredentials, endpoint);
            QFile out(directory.filePath(file));
            if (!built.isValid() || !out.open(QIODevice::WriteOnly) ||
                out.write(FuzzSupport::wireBytes(built.request)) < 0) {
                std::fprintf(stderr, "make_emulator_seeds: cannot write %s\n", qPrintable(file));
                return 1;
            }
        }
    }
    return 0;
}
