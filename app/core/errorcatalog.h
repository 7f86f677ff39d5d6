#pragma once

#include "gatewayerror.h"

#include <QStringList>

// Every error code of docs/PROTOCOL.md's tables, with what it means for the user.
namespace ErrorCatalog {

struct Classification
{
    ErrorCategory category = ErrorCategory::Unknown;
    bool retryLater = false;
    // For the key lifecycle codes that name the state standing in the way (an enabled or bound
    // key at DeleteApiKey: "disable it first", "unbind it first"; a full plan ...): which one.
    // ResponseEnvelope copies it into GatewayError::refusal.
    KeyRefusal refusal = KeyRefusal::None;
};

// API 2.0: numeric code plus codeDesc (which may carry an API 3.0 style name, such as
// "FailedOperation.AccessKeyExist"); API 3.0: the Error.Code. Unknown codes fall back on their
// family prefix ("AuthFailure.*", "InternalError.*" ...), then on Unknown.
Classification classify(ApiGeneration generation, const QString &code,
                        const QString &description = {});

// The codes the catalog names explicitly, for tests and for the emulator.
QStringList knownCodes(ApiGeneration generation);

} // namespace ErrorCatalog
