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
    return CreateApiKeyAction::decode(std::get<GatewayReply>(answer), requestedType);
}
