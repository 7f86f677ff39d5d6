#pragma once

#include "httpmessage.h"
#include "keylifecycle.h"
#include "verifiedcall.h"

class OperatorAccounts;

// API 3.0 (`POST /`, JSON body, TC3-HMAC-SHA256): verifies the request as docs/PROTOCOL.md
// describes and words the answers as the service does, each with a fresh RequestId.
class Tc3ApiHandler
{
public:
    static constexpr QByteArrayView Path = "/";

    explicit Tc3ApiHandler(const OperatorAccounts &accounts);

    // Checks, in the order the service does: method, action, version, timestamp, Authorization,
    // SecretId, skew, signature, token, region, language, then the body.
    VerificationResult verify(const ReceivedRequest &request, qint64 now) const;

    HttpResponse success(EmulatedAction action, const ActionOutcome &outcome) const;
    HttpResponse failure(const ApiFailure &failure) const;

private:
    const OperatorAccounts &m_accounts;
};
