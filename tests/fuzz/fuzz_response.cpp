// Answers to any action, one generation per executable (FUZZ_GENERATION is Api2 or Api3): whatever
// the body, the envelope parser gives a reply or an error value, and CreateApiKey's decoder turns
// a reply into a created key the application can keep, or a malformed-answer error.
#include "createapikeyresponse.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr ApiGeneration generation = ApiGeneration::FUZZ_GENERATION;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const GatewayAnswer answer = ResponseEnvelope::parse(generation, body);
    if (const auto *reply = std::get_if<GatewayReply>(&answer)) {
        FuzzSupport::require(reply->generation == generation,
                             "the reply is of the parsed generation");
        FuzzSupport::require(generation == ApiGeneration::Api3 || reply->requestId.isEmpty(),
                             "API 2.0 has no RequestId");
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
