#pragma once

#include "httpmessage.h"
#include "keylifecycle.h"
#include "verifiedcall.h"

class Clock;
class NonceLog;
class OperatorAccounts;

// API 2.0 (`/v2/index.php`, GET or POST, HmacSHA1 or HmacSHA256): reads the parameters,
// verifies the request as docs/PROTOCOL.md describes, and words the answers as the seed shows them.
class LegacyApiHandler
{
public:
    static constexpr QByteArrayView Path = "/v2/index.php";

    LegacyApiHandler(const OperatorAccounts &accounts, NonceLog &nonces);

    // `/v<N>/index.php` for any N: the other versions get the 2.0 "version not supported" answer.
    static bool servesPath(QByteArrayView path);

    // Checks, in the order the service does: encoding and framing, action, SecretId, timestamp,
    // signature, nonce, token, region, then the business parameters.
    VerificationResult verify(const ReceivedRequest &request, qint64 now) const;

    HttpResponse success(EmulatedAction action, const ActionOutcome &outcome) const;

    // The Action parameter of a request to this path, or empty when it cannot be read.
    static QByteArray actionOf(const ReceivedRequest &request);
    HttpResponse failure(const ApiFailure &failure) const;

    // The seed's samples send `code` as the string "0"; live servers send a number.
    void setCodeAsString(bool on) { m_codeAsString = on; }

private:
    const OperatorAccounts &m_accounts;
    NonceLog &m_nonces;
    bool m_codeAsString = false;
};
