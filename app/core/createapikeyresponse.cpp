#include "createapikeyresponse.h"

CreateApiKeyResult CreateApiKeyResponse::parse(const ExpectedAnswer &expected,
                                               const QByteArray &body)
{
    return decode(ResponseEnvelope::parse(expected.generation, body), expected.requestedType);
}

CreateApiKeyResult CreateApiKeyResponse::decode(const GatewayAnswer &answer, KeyType requestedType)
{
    if (const auto *error = std::get_if<GatewayError>(&answer))
        return *error;
    CreateApiKeyResult result =
        CreateApiKeyAction::decode(std::get<GatewayReply>(answer), requestedType);
    // A reply comes only from an HTTP 200 answer; a decoder's complaint is about that answer.
    if (auto *failure = std::get_if<GatewayError>(&result))
        failure->httpStatus = 200;
    return result;
}
