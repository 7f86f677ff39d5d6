#pragma once

#include "createapikeyaction.h"

#include <QByteArray>

// What the answer to one create is read against: its generation, and the type of key that was
// asked for, which stands in when the answer does not name a type it knows. Converts from a bare
// generation for callers to whom the type does not matter.
struct ExpectedAnswer
{
    ExpectedAnswer(ApiGeneration answerGeneration, KeyType askedType = KeyType::Auto) // NOLINT
        : generation(answerGeneration), requestedType(askedType)
    {}

    ApiGeneration generation;
    KeyType requestedType;
};

// Reads the body of an HTTP 200 answer to CreateApiKey: ResponseEnvelope, then
// CreateApiKeyAction::decode. Any input gives a created key or an error value; nothing throws.
namespace CreateApiKeyResponse {

inline constexpr qsizetype MaxBodySize = ResponseEnvelope::MaxBodySize;

CreateApiKeyResult parse(const ExpectedAnswer &expected, const QByteArray &body);
// The created key in an answer already read (what GatewaySender::sendAction's call reports), or
// the error the answer was. The decoder's complaints about a reply carry its HTTP status, 200.
CreateApiKeyResult decode(const GatewayAnswer &answer, KeyType requestedType);

} // namespace CreateApiKeyResponse
