#pragma once

#include "secretstring.h"

#include <QString>

// The operator's own cloud API credentials, which sign every request. The SecretKey and the
// session token are SecretStrings, so they cannot be streamed to a debug print.
struct OperatorCredentials
{
    QString secretId;
    SecretString secretKey;
    SecretString sessionToken; // empty unless temporary credentials are used

    // Trims every part: whitespace pasted around a SecretId is the classic cause of
    // AuthFailure.SecretIdNotFound.
    static OperatorCredentials fromInput(const QString &secretId, const QString &secretKey,
                                         const QString &sessionToken = {});

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    friend bool operator==(const OperatorCredentials &, const OperatorCredentials &) = default;
};

enum class CredentialProblem {
    None,
    MissingSecretId,
    MissingSecretKey,
    // Characters that cannot travel in an HTTP header or a signed query: control characters,
    // spaces, or anything outside printable ASCII.
    InvalidSecretId,
    InvalidSecretKey,
    InvalidSessionToken,
};

CredentialProblem checkCredentials(const OperatorCredentials &credentials);
