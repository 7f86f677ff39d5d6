#pragma once

#include "apifailure.h"
#include "keyspec.h"

#include <variant>

// A CreateApiKey call that passed authentication and every parameter check, in either generation.
struct VerifiedCall
{
    QString accountId; // the SecretId that signed it
    KeySpec spec;      // validated by the KeySpecRules, exactly as sent
};

using VerificationResult = std::variant<VerifiedCall, ApiFailure>;

namespace RequestChecks {

// Skew allowed between the request's timestamp and the server's clock, either way.
inline constexpr qint64 MaxSkewSecs = 5 * 60;

// Compares in time independent of where the first difference is, so that a signature cannot be
// guessed byte by byte from response times.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// A decimal number without sign or padding tricks, as timestamps and nonces are sent.
std::optional<quint64> parseUnsigned(QByteArrayView text, int maxDigits);

// SignatureExpire when the request's timestamp is more than MaxSkewSecs away from `now`; `field`
// names it in the message as the generation calls it.
std::optional<ApiFailure> checkTimestamp(quint64 timestamp, qint64 now, const QString &field);

// The rules both generations share for the key itself; `type` and the three strings as sent.
std::optional<ApiFailure> checkKeyFields(ApiGeneration generation, const KeySpec &spec,
                                         const QString &nameField, const QString &idField,
                                         const QString &secretField);

} // namespace RequestChecks
