#pragma once

#include "gatewayerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <variant>

// An answer the gateway gave without an error: the object that carries the action's output,
// which the action's decoder reads. API 3.0: the `Response` object (its `Result` and whatever
// else the action puts there); API 2.0: the whole answer, whose fields sit next to `code`.
struct GatewayReply
{
    ApiGeneration generation = ApiGeneration::Api3;
    QJsonObject payload;
    QString requestId; // API 3.0 only
};

// What one call comes to: the gateway's reply, or why there is none.
using GatewayAnswer = std::variant<GatewayReply, GatewayError>;

// Reads the body of an HTTP 200 answer to any action, in either generation's envelope. Any
// input, however hostile (not JSON, wrong types, missing fields, deep nesting, megabytes), gives
// a reply or an error value; nothing throws and nothing crashes. A gateway error code is
// classified by ErrorCatalog.
namespace ResponseEnvelope {

// Answers longer than this are refused unread.
inline constexpr qsizetype MaxBodySize = 1024 * 1024;

GatewayAnswer parse(ApiGeneration generation, const QByteArray &body);

} // namespace ResponseEnvelope
