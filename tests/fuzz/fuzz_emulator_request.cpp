// The emulator's side of the wire: HttpRequestParser cuts requests out of arbitrary bytes, and each
// request it completes goes through the signature and parameter checks of the handler its path
// selects, exactly as GatewayEmulator routes it. Promises checked:
// - the parser reads the same requests whether the bytes arrive at once or in two pieces;
// - a complete request stays within the parser's limits;
// - a call that passes verification was signed by the known operator and holds a valid key spec;
// - no answer, success or refusal, carries the operator's SecretKey.
#include "fuzzsupport.h"
#include "httprequestparser.h"
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

template <typename Handler>
void verifyAndAnswer(const Handler &handler, const ReceivedRequest &request,
                     ApiGeneration generation)
{
    const VerificationResult result = handler.verify(request, FuzzSupport::Now);
    HttpResponse answer;
    if (const auto *call = std::get_if<VerifiedCall>(&result)) {
        FuzzSupport::require(call->accountId == QLatin1StringView(SecretId),
                             "a verified call was signed by the known operator");
        FuzzSupport::require(validateKeySpec(call->spec, generation).isValid(),
                             "a verified call holds a valid key spec");
        CreatedApiKey key;
        key.keyId = call->spec.type == KeyType::Manual ? call->spec.keyId : u"AKIDfuzz"_s;
        key.keySecret = call->spec.type == KeyType::Manual ? call->spec.keySecret
                                                           : SecretString(u"fuzzsecret"_s);
        key.name = call->spec.name;
        key.type = call->spec.type;
        key.createdUtc = QDateTime::fromSecsSinceEpoch(FuzzSupport::Now, Qt::UTC);
        answer = handler.success(key);
    } else {
        answer = handler.failure(std::get<ApiFailure>(result));
    }
    const QByteArray wire = answer.head(request.keepsAlive()) + answer.body;
    FuzzSupport::require(!wire.contains(SecretKey), "no answer carries the operator's SecretKey");
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
    const Tc3ApiHandler tc3(accounts);
    const LegacyApiHandler legacy(accounts, nonces);
    for (const ReceivedRequest &request : whole.requests) {
        FuzzSupport::require(request.body.size() <= HttpRequestParser::MaxBodySize,
                             "a complete request's body is within the limit");
        if (request.path == Tc3ApiHandler::Path)
            verifyAndAnswer(tc3, request, ApiGeneration::Api3);
        else if (LegacyApiHandler::servesPath(request.path))
            verifyAndAnswer(legacy, request, ApiGeneration::Api2);
    }
    return 0;
}
