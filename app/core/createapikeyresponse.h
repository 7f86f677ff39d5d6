#pragma once

#include "createdkey.h"
#include "gatewayerror.h"

#include <QByteArray>
#include <variant>

using CreateApiKeyResult = std::variant<CreatedKey, GatewayError>;

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

// Reads the body of an HTTP 200 answer to CreateApiKey. Any input, however hostile (not JSON,
// wrong types, missing fields, deep nesting, megabytes), gives either a created key or an error
// value; nothing throws and nothing crashes.
namespace CreateApiKeyResponse {

// Answers longer than this are refused unread.
inline constexpr qsizetype MaxBodySize = 1024 * 1024;

CreateApiKeyResult parse(const ExpectedAnswer &expected, const QByteArray &body);
CreateApiKeyResult parseApi2(const QByteArray &body, KeyType requestedType = KeyType::Auto);
CreateApiKeyResult parseApi3(const QByteArray &body, KeyType requestedType = KeyType::Auto);

} // namespace CreateApiKeyResponse
