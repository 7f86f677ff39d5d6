#pragma once

#include "createdkey.h"
#include "gatewayerror.h"

#include <QByteArray>
#include <variant>

using CreateApiKeyResult = std::variant<CreatedKey, GatewayError>;

// Reads the body of an HTTP 200 answer to CreateApiKey. Any input, however hostile (not JSON,
// wrong types, missing fields, deep nesting, megabytes), gives either a created key or an error
// value; nothing throws and nothing crashes.
namespace CreateApiKeyResponse {

// Answers longer than this are refused unread.
inline constexpr qsizetype MaxBodySize = 1024 * 1024;

CreateApiKeyResult parse(ApiGeneration generation, const QByteArray &body);
CreateApiKeyResult parseApi2(const QByteArray &body);
CreateApiKeyResult parseApi3(const QByteArray &body);

} // namespace CreateApiKeyResponse
