// Answers to CreateApiKey, one generation per executable (FUZZ_GENERATION is Api2 or Api3):
// whatever the body, the parser returns a created key or an error value, and a created key is one
// the application can keep.
#include "createapikeyresponse.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr ApiGeneration generation = ApiGeneration::FUZZ_GENERATION;
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CreateApiKeyResult result = CreateApiKeyResponse::parse(generation, body);
    if (const auto *key = std::get_if<CreatedKey>(&result)) {
        FuzzSupport::require(key->generation == generation, "the key is of the parsed generation");
        FuzzSupport::require(!key->keyId.isEmpty(), "a created key has an id");
        FuzzSupport::require(!key->keySecret.isEmpty(), "a created key has a secret");
        FuzzSupport::require(!key->createdUtc.isValid() || key->createdUtc.timeSpec() == Qt::UTC,
                             "the creation time is in UTC");
    } else {
        const auto &error = std::get<GatewayError>(result);
        FuzzSupport::require(error.generation == generation,
                             "the error is of the parsed generation");
        FuzzSupport::require(error.kind == GatewayError::Kind::Gateway ||
                                 error.kind == GatewayError::Kind::MalformedResponse ||
                                 error.kind == GatewayError::Kind::ResponseTooLarge,
                             "a body gives a gateway error or a malformed answer, nothing else");
    }
    return 0;
}
