#pragma once

#include "apirequest.h"
#include "createdkey.h"
#include "keyspec.h"
#include "responseenvelope.h"

#include <variant>

using CreateApiKeyResult = std::variant<CreatedKey, GatewayError>;

// CreateApiKey as one action among others: how a KeySpec becomes its parameters, and how the
// gateway's reply becomes a CreatedKey. Everything else (signing, the envelope, the transport) is
// shared by every action; docs/PROTOCOL.md tells how to add one.
namespace CreateApiKeyAction {

inline constexpr QByteArrayView Name = "CreateApiKey";

// The parameters of a validated, normalised spec under the generation's names. For `auto` no id
// and no secret; API 2.0 leaves out an empty name.
ApiRequest request(const KeySpec &spec, ApiGeneration generation);

// The created key in a reply, or a MalformedResponse error when its id or secret is unusable.
// A type the reply does not name, or names wrongly, falls back on the one asked for.
CreateApiKeyResult decode(const GatewayReply &reply, KeyType requestedType);

} // namespace CreateApiKeyAction
