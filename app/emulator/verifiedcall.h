#pragma once

#include "apifailure.h"
#include "keyspec.h"

#include <QStringList>
#include <optional>
#include <variant>

// The actions the emulator serves, whatever each generation calls them and their parameters.
enum class EmulatedAction {
    CreateKey,    // CreateApiKey
    ListKeys,     // DescribeApiKeysStatus
    DescribeKey,  // DescribeApiKey
    RotateKey,    // UpdateApiKey
    EnableKey,    // EnableApiKey
    DisableKey,   // DisableApiKey
    DeleteKey,    // DeleteApiKey
    ListPlans,    // DescribeUsagePlansStatus
    ListPlanKeys, // DescribeUsagePlanSecretIds
    BindKeys,     // BindSecretIds
    UnbindKeys,   // UnBindSecretIds
};

// The action's name on the wire, the same in both generations.
QByteArray emulatedActionName(EmulatedAction action);
std::optional<EmulatedAction> emulatedActionFromName(QByteArrayView name);

// What a listing asks for. Every condition given must hold (the vendor ANDs filters); the values
// of one condition are alternatives.
struct ListQuery
{
    qint64 offset = 0;
    int limit = 20;
    bool oldestFirst = false; // API 2.0's order=asc; newest first otherwise, as the console
    QStringList ids;          // AccessKeyId / UsagePlanId filter, secretIDs.n, usagePlanIds.n
    QStringList names;        // SecretName / UsagePlanName, exact
    QStringList secrets;      // AccessKeySecret, exact
    QStringList keywords;     // KeyWord, searchName: a part of the name or the id
    QStringList exactIds;     // searchId
    std::optional<bool> enabled;
    QStringList notUsagePlanIds; // keys bound to none of these plans
};

// A call that passed authentication and every parameter check, in either generation.
struct VerifiedCall
{
    QString accountId; // the SecretId that signed it
    EmulatedAction action = EmulatedAction::CreateKey;
    KeySpec spec;        // CreateKey: validated by the KeySpecRules, exactly as sent
    QString keyId;       // DescribeKey, RotateKey, EnableKey, DisableKey, DeleteKey
    SecretString secret; // RotateKey: the new secret, empty when none was sent
    bool hasSecret = false;
    QString planId;     // ListPlanKeys, BindKeys, UnbindKeys
    QStringList keyIds; // BindKeys, UnbindKeys
    ListQuery query;    // ListKeys, ListPlans, ListPlanKeys
};

using VerificationResult = std::variant<VerifiedCall, ApiFailure>;

namespace RequestChecks {

inline constexpr int DefaultLimit = 20;
inline constexpr int MaxLimit = 100;

// Limit 1..MaxLimit and Offset >= 0, as the vendor documents them for every listing.
std::optional<ApiFailure> checkPaging(qint64 offset, qint64 limit, const QString &offsetField,
                                      const QString &limitField);
// A rotated manual secret: 10 to 50 of [A-Za-z0-9_] (InvalidParameterValue.FormatError).
std::optional<ApiFailure> checkNewSecret(const SecretString &secret, const QString &field);

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
