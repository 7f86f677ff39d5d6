#pragma once

#include "apirequest.h"
#include "gatewaykey.h"
#include "responseenvelope.h"

#include <optional>
#include <variant>

// The key and usage-plan actions of docs/PROTOCOL.md (*Key lifecycle actions*): for each, the
// mapping from the caller's input to an ApiRequest under each generation's names, and the decoder
// of its reply. Signing, the envelope and the transport are shared with every action.

enum class KeyAction {
    ListKeys,     // DescribeApiKeysStatus
    DescribeKey,  // DescribeApiKey, with the secret
    RotateKey,    // UpdateApiKey
    EnableKey,    // EnableApiKey
    DisableKey,   // DisableApiKey
    DeleteKey,    // DeleteApiKey
    ListPlans,    // DescribeUsagePlansStatus
    ListPlanKeys, // DescribeUsagePlanSecretIds
    BindKeys,     // BindSecretIds
    UnbindKeys,   // UnBindSecretIds
};

using KeyPageResult = std::variant<KeyPage, GatewayError>;
using GatewayKeyResult = std::variant<GatewayKey, GatewayError>;
using UsagePlanPageResult = std::variant<UsagePlanPage, GatewayError>;

namespace KeyActions {

QByteArray actionName(KeyAction action); // "DescribeApiKeysStatus", …

// Whether the generation documents the action. The window and the CLI say that an action needs
// API 3.0 instead of sending one that is not.
bool isAvailable(KeyAction action, ApiGeneration generation);
// Whether the generation can ask this question of DescribeApiKeysStatus: API 2.0 has no filter
// by status and none for the keys outside a usage plan (its search is by name only). An
// unavailable filter is left out of the request, so the caller must check before trusting a page.
bool isQueryAvailable(const KeyQuery &query, ApiGeneration generation);

// The mappings send what they are given: ids, offsets and limits are the caller's to check (a
// KeyQuery::limit outside 1..100 goes out as it is, and the gateway answers with its own error).
// The API 2.0 names are the legacy pages' lower-case ones (docs/PROTOCOL.md).

ApiRequest listKeys(const KeyQuery &query, ApiGeneration generation);
ApiRequest describeKey(const QString &keyId, ApiGeneration generation);
// An empty secret lets the gateway draw the new one (automatic keys); a manual key's new secret
// is 10 to 50 of [A-Za-z0-9_].
ApiRequest rotateKey(const QString &keyId, const SecretString &newSecret, ApiGeneration generation);
ApiRequest enableKey(const QString &keyId, ApiGeneration generation);
ApiRequest disableKey(const QString &keyId, ApiGeneration generation);
ApiRequest deleteKey(const QString &keyId, ApiGeneration generation);
ApiRequest listPlans(qint64 offset, int limit, ApiGeneration generation);
ApiRequest listPlanKeys(const QString &planId, qint64 offset, int limit, ApiGeneration generation);
ApiRequest bindKeys(const QString &planId, const QStringList &keyIds, ApiGeneration generation);
ApiRequest unbindKeys(const QString &planId, const QStringList &keyIds, ApiGeneration generation);

// Each decoder gives a MalformedResponse error for a reply it cannot use.
KeyPageResult decodeKeyPage(const GatewayReply &reply);        // ListKeys, ListPlanKeys
GatewayKeyResult decodeKey(const GatewayReply &reply);         // DescribeKey, RotateKey
UsagePlanPageResult decodePlanPage(const GatewayReply &reply); // ListPlans
// The boolean answer of enable, disable, delete, bind and unbind: nothing when the gateway said
// true; an error when it said false or something unreadable.
std::optional<GatewayError> decodeDone(const GatewayReply &reply);

} // namespace KeyActions
