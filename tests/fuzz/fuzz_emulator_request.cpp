// The emulator's side of the wire: HttpRequestParser cuts requests out of arbitrary bytes, and each
// request it completes goes through the signature and parameter checks of the handler its path
// selects, exactly as GatewayEmulator routes it. Promises checked:
// - the parser reads the same requests whether the bytes arrive at once or in two pieces;
// - a complete request stays within the parser's limits;
// - a call that passes verification was signed by the known operator, and a create holds a valid
//   key spec;
// - a verified call is carried out on real keys and usage plans (KeyLifecycle), and its answer
//   follows from it;
// - no answer, success or refusal, carries the operator's SecretKey, and only DescribeApiKey,
//   UpdateApiKey and CreateApiKey answers carry a key's secret.
#include "fuzzsupport.h"
#include "httprequestparser.h"
#include "keylifecycle.h"
#include "keyspec.h"
#include "legacyapihandler.h"
#include "noncelog.h"
#include "operatoraccounts.h"
#include "tc3apihandler.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

// docs/PROTOCOL.md's example operator; the seed corpus is signed with it at FuzzSupport::Now.
constexpr QByteArrayView SecretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
constexpr QByteArrayView SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

struct Parsed
{
    QList<ReceivedRequest> requests;
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
    int failureStatus = 0;
};

// Takes every request out of the parser until it needs more bytes or has failed.
void drain(HttpRequestParser &parser, Parsed &parsed)
{
    for (;;) {
        ReceivedRequest request;
        parsed.last = parser.next(&request);
        if (parsed.last != HttpRequestParser::Status::Complete)
            break;
        parsed.requests.append(std::move(request));
    }
    if (parsed.last == HttpRequestParser::Status::Failed)
        parsed.failureStatus = parser.failure().httpStatus;
}

Parsed parseInPieces(const QByteArray &bytes, qsizetype cut)
{
    HttpRequestParser parser;
    Parsed parsed;
    parser.append(bytes.first(cut));
    drain(parser, parsed);
    if (parsed.last != HttpRequestParser::Status::Failed) {
        parser.append(bytes.sliced(cut));
        drain(parser, parsed);
    }
    return parsed;
}

bool sameRequest(const ReceivedRequest &a, const ReceivedRequest &b)
{
    return a.method == b.method && a.path == b.path && a.query == b.query &&
           a.hasQuery == b.hasQuery && a.version == b.version && a.headers == b.headers &&
           a.body == b.body;
}

// Keys and a usage plan for the verified calls to act on, with ids the dictionary knows.
struct State
{
    KeyRegistry keys;
    UsagePlanBook plans;
    KeyLifecycle lifecycle{keys, plans};
    QString planId;

    State()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(FuzzSupport::Now, Qt::UTC);
        const QString account = QString::fromLatin1(SecretId);
        KeySpec manual;
        manual.name = u"fuzz manual"_s;
        manual.type = KeyType::Manual;
        manual.keyId = u"fuzz_key_1"_s;
        manual.keySecret = SecretString(QString::fromLatin1(HeldSecret));
        keys.insert(account, manual, false, now);
        KeySpec automatic;
        automatic.name = u"fuzz auto"_s;
        automatic.keySecret = SecretString(QString::fromLatin1(HeldSecret));
        const QString bound = keys.insert(account, automatic, true, now).keyId;
        // The id make_emulator_seeds signs its plan actions for.
        planId = plans.add(account, u"fuzz plan"_s, {}, 10, now, u"usagePlan-fuzz0001"_s).id;
        plans.bind(planId, {bound}, now);
    }

    // The secret both held keys start with: a listing must never show it.
    static constexpr QByteArrayView HeldSecret = "fuzz_held_secret_0";
};

template <typename Handler>
void verifyAndAnswer(const Handler &handler, State &state, const ReceivedRequest &request,
                     ApiGeneration generation)
{
    const VerificationResult result = handler.verify(request, FuzzSupport::Now);
    HttpResponse answer;
    bool mayCarryKeySecret = false;
    if (const auto *call = std::get_if<VerifiedCall>(&result)) {
        FuzzSupport::require(call->accountId == QLatin1StringView(SecretId),
                             "a verified call was signed by the known operator");
        if (call->action == EmulatedAction::CreateKey)
            FuzzSupport::require(validateKeySpec(call->spec, generation).isValid(),
                                 "a verified create holds a valid key spec");
        const ActionOutcome outcome = state.lifecycle.execute(
            *call, QDateTime::fromSecsSinceEpoch(FuzzSupport::Now, Qt::UTC));
        if (const auto *failure = std::get_if<ApiFailure>(&outcome)) {
            answer = handler.failure(*failure);
        } else {
            answer = handler.success(call->action, outcome);
            mayCarryKeySecret = std::holds_alternative<ApiKeyRecord>(outcome);
        }
    } else {
        answer = handler.failure(std::get<ApiFailure>(result));
    }
    const QByteArray wire = answer.head(request.keepsAlive()) + answer.body;
    FuzzSupport::require(!wire.contains(SecretKey), "no answer carries the operator's SecretKey");
    if (!mayCarryKeySecret)
        FuzzSupport::require(!wire.contains(State::HeldSecret),
                             "only a single-key answer carries a key's secret");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Parsed whole = parseInPieces(bytes, bytes.size());
    const Parsed pieces = parseInPieces(bytes, bytes.size() / 2);
    FuzzSupport::require(whole.last == pieces.last && whole.failureStatus == pieces.failureStatus &&
                             whole.requests.size() == pieces.requests.size(),
                         "the parser reads the same whether the bytes come at once or in pieces");
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FuzzSupport::require(sameRequest(whole.requests.at(i), pieces.requests.at(i)),
                             "the parser reads the same requests in pieces");

    OperatorAccounts accounts;
    accounts.add(OperatorCredentials::fromInput(QString::fromLatin1(SecretId),
                                                QString::fromLatin1(SecretKey)));
    NonceLog nonces;
    State state;
    const Tc3ApiHandler tc3(accounts);
    const LegacyApiHandler legacy(accounts, nonces);
    for (const ReceivedRequest &request : whole.requests) {
        FuzzSupport::require(request.body.size() <= HttpRequestParser::MaxBodySize,
                             "a complete request's body is within the limit");
        if (request.path == Tc3ApiHandler::Path)
            verifyAndAnswer(tc3, state, request, ApiGeneration::Api3);
        else if (LegacyApiHandler::servesPath(request.path))
            verifyAndAnswer(legacy, state, request, ApiGeneration::Api2);
    }
    return 0;
}
