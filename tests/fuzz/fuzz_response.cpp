// Answers to any action, one generation per executable (FUZZ_GENERATION is Api2 or Api3): whatever
// the body, the envelope parser gives a reply or an error value, and every action's decoder
// (CreateApiKey's and the key lifecycle actions') turns a reply into a value the application can
// keep, or a malformed-answer error.
#include "createapikeyresponse.h"
#include "fuzzsupport.h"
#include "keyactions.h"

#include <QSet>

namespace {

constexpr ApiGeneration generation = ApiGeneration::FUZZ_GENERATION;

bool isUtcOrInvalid(const QDateTime &time)
{
    return !time.isValid() || time.timeSpec() == Qt::UTC;
}

void requireMalformed(const GatewayError &error)
{
    FuzzSupport::require(error.kind == GatewayError::Kind::MalformedResponse,
                         "a decoder refuses a reply only as a malformed answer");
    FuzzSupport::require(error.generation == generation, "the error is of the parsed generation");
    FuzzSupport::require(error.mayHaveBeenProcessed,
                         "a refused reply may still have been acted on");
}

void requireKey(const GatewayKey &key)
{
    FuzzSupport::require(!key.keyId.isEmpty() && key.keyId.size() <= 1024 &&
                             !key.keyId.contains(u' '),
                         "a key has a plausible id");
    FuzzSupport::require(isUtcOrInvalid(key.createdUtc) && isUtcOrInvalid(key.modifiedUtc),
                         "a key's times are in UTC");
}

// The key lifecycle decoders on a reply; each gives a usable value or a malformed-answer error.
void decodeLifecycle(const GatewayReply &reply)
{
    const KeyPageResult keys = KeyActions::decodeKeyPage(reply);
    if (const auto *page = std::get_if<KeyPage>(&keys)) {
        FuzzSupport::require(page->totalCount >= page->keys.size(),
                             "a page holds no more keys than the listing");
        FuzzSupport::require(page->totalCount <= 10'000'000, "a total is a plausible count");
        QSet<QString> ids;
        for (const GatewayKey &key : page->keys) {
            requireKey(key);
            FuzzSupport::require(key.secret.isEmpty(), "a listing never hands over a secret");
            ids.insert(key.keyId);
        }
        FuzzSupport::require(ids.size() == page->keys.size(), "a page names each key once");
    } else {
        requireMalformed(std::get<GatewayError>(keys));
    }

    const GatewayKeyResult key = KeyActions::decodeKey(reply);
    if (const auto *described = std::get_if<GatewayKey>(&key)) {
        requireKey(*described);
        FuzzSupport::require(!described->secret.isEmpty(), "a described key has its secret");
    } else {
        requireMalformed(std::get<GatewayError>(key));
    }

    const UsagePlanPageResult plans = KeyActions::decodePlanPage(reply);
    if (const auto *page = std::get_if<UsagePlanPage>(&plans)) {
        FuzzSupport::require(page->totalCount >= page->plans.size(),
                             "a page holds no more plans than the listing");
        for (const UsagePlan &plan : page->plans) {
            FuzzSupport::require(!plan.id.isEmpty(), "a plan has an id");
            FuzzSupport::require(plan.maxRequestsPerSecond >= -1, "a plan's limit is -1 or more");
            FuzzSupport::require(isUtcOrInvalid(plan.createdUtc) &&
                                     isUtcOrInvalid(plan.modifiedUtc),
                                 "a plan's times are in UTC");
        }
    } else {
        requireMalformed(std::get<GatewayError>(plans));
    }

    if (const std::optional<GatewayError> error = KeyActions::decodeDone(reply)) {
        FuzzSupport::require(generation == ApiGeneration::Api3,
                             "API 2.0's code 0 is all a change needs");
        FuzzSupport::require(
            error->kind == GatewayError::Kind::MalformedResponse ||
                (error->kind == GatewayError::Kind::Gateway && !error->mayHaveBeenProcessed),
            "a change is refused as malformed, or as not carried out");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const GatewayAnswer answer = ResponseEnvelope::parse(generation, body);
    if (const auto *reply = std::get_if<GatewayReply>(&answer)) {
        FuzzSupport::require(reply->generation == generation,
                             "the reply is of the parsed generation");
        FuzzSupport::require(generation == ApiGeneration::Api3 || reply->requestId.isEmpty(),
                             "API 2.0 has no RequestId");
        decodeLifecycle(*reply);
    } else {
        const auto &error = std::get<GatewayError>(answer);
        FuzzSupport::require(error.kind == GatewayError::Kind::Gateway ||
                                 error.kind == GatewayError::Kind::MalformedResponse,
                             "a body gives a gateway error or a malformed answer, nothing else");
    }

    const CreateApiKeyResult result = CreateApiKeyResponse::decode(answer, KeyType::Auto);
    if (const auto *key = std::get_if<CreatedKey>(&result)) {
        FuzzSupport::require(std::holds_alternative<GatewayReply>(answer),
                             "only a reply gives a key");
        FuzzSupport::require(key->generation == generation, "the key is of the parsed generation");
        FuzzSupport::require(!key->keyId.isEmpty(), "a created key has an id");
        FuzzSupport::require(!key->keySecret.isEmpty(), "a created key has a secret");
        FuzzSupport::require(!key->createdUtc.isValid() || key->createdUtc.timeSpec() == Qt::UTC,
                             "the creation time is in UTC");
    } else {
        const auto &error = std::get<GatewayError>(result);
        FuzzSupport::require(error.generation == generation,
                             "the error is of the parsed generation");
        FuzzSupport::require(std::holds_alternative<GatewayError>(answer) ||
                                 error.kind == GatewayError::Kind::MalformedResponse,
                             "the decoder refuses a reply only as a malformed answer");
    }
    return 0;
}
