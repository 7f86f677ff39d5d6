#include "keyactions.h"

#include "answerfields.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <cmath>

namespace {

using namespace AnswerFields;
using namespace Qt::StringLiterals;

// Far beyond any account's quota of keys or plans, far below what breaks a loop that pages
// through them: a larger count is not a count.
constexpr qint64 MaxTotalCount = 10'000'000;

// A whole number as JSON sends it, or, as API 2.0 servers send some of their counts (and `code`),
// as decimal digits in a string. Anything else (a fraction, letters, another script's digits, a
// string in API 3.0, which types its numbers) is not one.
std::optional<qint64> wholeNumber(const QJsonValue &value, ApiGeneration generation)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > 1e15)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString() && generation == ApiGeneration::Api2) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 15)
            return std::nullopt;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (!(c >= u'0' && c <= u'9') && !(i == 0 && c == u'-' && text.size() > 1))
                return std::nullopt;
        }
        return text.toLongLong();
    }
    return std::nullopt;
}

// The reply's own field names: API 3.0 `Result` members, API 2.0 top-level lower-case names.
struct Names
{
    QString keyId, keyIdAlternative, secret, name, type, status, created, modified;
};

const Names &namesOf(ApiGeneration generation)
{
    static const Names api3{
        u"AccessKeyId"_s,   {},          u"AccessKeySecret"_s, u"SecretName"_s,
        u"AccessKeyType"_s, u"Status"_s, u"CreatedTime"_s,     u"ModifiedTime"_s};
    // The documentation spells the id `secretID`, live servers `secretId`.
    static const Names api2{u"secretId"_s, u"secretID"_s, u"secretKey"_s,   u"secretName"_s,
                            u"type"_s,     u"status"_s,   u"createdTime"_s, u"modifiedTime"_s};
    return generation == ApiGeneration::Api3 ? api3 : api2;
}

QJsonValue keyIdValue(const QJsonObject &object, const Names &names)
{
    QJsonValue value = object.value(names.keyId);
    if (value.isUndefined() && !names.keyIdAlternative.isEmpty())
        value = object.value(names.keyIdAlternative);
    return value;
}

// Status 1 enabled, 0 disabled; anything else unknown. The legacy pages type the listing's status
// as a boolean while documenting 1 and 0, so API 2.0 may also say true or false.
std::optional<bool> statusOf(const QJsonValue &value, ApiGeneration generation)
{
    if (value.isBool() && generation == ApiGeneration::Api2)
        return value.toBool();
    if (!value.isDouble())
        return std::nullopt;
    const double status = value.toDouble();
    if (status == 1)
        return true;
    if (status == 0)
        return false;
    return std::nullopt;
}

// Why a key object cannot be used, or nothing. The secret is never read here: a listing's key
// carries none, and one that did would not be kept.
std::optional<QString> readKeyFields(const QJsonObject &object, ApiGeneration generation,
                                     bool statusRequired, GatewayKey *key)
{
    const Names &names = namesOf(generation);
    const QJsonValue id = keyIdValue(object, names);
    if (!id.isString() || !isPlausibleCredential(id.toString()))
        return u"a key has no usable id"_s;
    const QJsonValue name = object.value(names.name);
    const QJsonValue type = object.value(names.type);
    const QJsonValue created = object.value(names.created);
    const QJsonValue modified = object.value(names.modified);
    if (!isOptionalText(name) || !isOptionalText(type) || !isOptionalText(created) ||
        !isOptionalText(modified))
        return u"a key has fields of the wrong type"_s;
    const QJsonValue statusValue = object.value(names.status);
    const std::optional<bool> enabled = statusOf(statusValue, generation);
    if (!enabled && (statusRequired || !(statusValue.isUndefined() || statusValue.isNull())))
        return u"a key has no usable status"_s;

    key->keyId = id.toString();
    key->name = name.toString();
    key->type = keyTypeFromName(type.toString());
    key->enabled = enabled.value_or(false);
    // A key is never refused over a cosmetic field: an unreadable time stays invalid.
    key->createdUtc = parseUtc(created.toString());
    key->modifiedUtc = parseUtc(modified.toString());
    return std::nullopt;
}

// API 3.0: the `Result` object; API 2.0: the whole answer. Nothing when 3.0 has no object there.
std::optional<QJsonObject> resultObject(const GatewayReply &reply)
{
    if (reply.generation == ApiGeneration::Api2)
        return reply.payload;
    const QJsonValue result = reply.payload.value(u"Result"_s);
    if (!result.isObject())
        return std::nullopt;
    return result.toObject();
}

// A count of the whole listing, which the page cannot exceed.
std::optional<qint64> totalCountOf(const QJsonObject &result, const QString &name,
                                   qsizetype onThisPage, ApiGeneration generation)
{
    const std::optional<qint64> total = wholeNumber(result.value(name), generation);
    if (!total || *total < onThisPage || *total > MaxTotalCount)
        return std::nullopt;
    return total;
}

// The first of the names the answer carries as an array; an answer with none of them has an
// empty page only when it says so with a total of zero, which the caller checks.
std::optional<QJsonArray> arrayOf(const QJsonObject &result, const QStringList &names,
                                  bool *present)
{
    for (const QString &name : names) {
        const QJsonValue value = result.value(name);
        if (value.isUndefined())
            continue;
        *present = true;
        if (value.isNull())
            return QJsonArray();
        if (!value.isArray())
            return std::nullopt;
        return value.toArray();
    }
    *present = false;
    return QJsonArray();
}

ApiRequest requestFor(KeyAction action, ApiGeneration generation)
{
    ApiRequest request;
    request.action = KeyActions::actionName(action);
    request.generation = generation;
    return request;
}

bool isApi3(ApiGeneration generation)
{
    return generation == ApiGeneration::Api3;
}

ApiRequest oneKey(KeyAction action, const QString &keyId, ApiGeneration generation)
{
    ApiRequest request = requestFor(action, generation);
    // `secretId` next to the common `SecretId`: the names are case-sensitive, so both travel.
    request.set(isApi3(generation) ? "AccessKeyId" : "secretId", keyId);
    return request;
}

ApiRequest page(ApiRequest request, qint64 offset, int limit)
{
    const bool api3 = isApi3(request.generation);
    request.set(api3 ? "Offset" : "offset", offset).set(api3 ? "Limit" : "limit", qint64(limit));
    return request;
}

ApiRequest planKeys(KeyAction action, const QString &planId, const QStringList &keyIds,
                    ApiGeneration generation)
{
    ApiRequest request = requestFor(action, generation);
    const bool api3 = isApi3(generation);
    request.set(api3 ? "UsagePlanId" : "usagePlanId", planId)
        .set(api3 ? "AccessKeyIds" : "secretIds", keyIds);
    return request;
}

GatewayError malformed(const GatewayReply &reply, const QString &why)
{
    return GatewayError::malformed(reply.generation, why, reply.requestId);
}

} // namespace

QByteArray KeyActions::actionName(KeyAction action)
{
    switch (action) {
    case KeyAction::ListKeys:
        return "DescribeApiKeysStatus";
    case KeyAction::DescribeKey:
        return "DescribeApiKey";
    case KeyAction::RotateKey:
        return "UpdateApiKey";
    case KeyAction::EnableKey:
        return "EnableApiKey";
    case KeyAction::DisableKey:
        return "DisableApiKey";
    case KeyAction::DeleteKey:
        return "DeleteApiKey";
    case KeyAction::ListPlans:
        return "DescribeUsagePlansStatus";
    case KeyAction::ListPlanKeys:
        return "DescribeUsagePlanSecretIds";
    case KeyAction::BindKeys:
        return "BindSecretIds";
    case KeyAction::UnbindKeys:
        return "UnBindSecretIds";
    }
    return {};
}

bool KeyActions::isAvailable(KeyAction action, ApiGeneration generation)
{
    if (generation == ApiGeneration::Api3)
        return true;
    // The legacy pages document binding keys to a usage plan, but no way to unbind them.
    return action != KeyAction::UnbindKeys;
}

bool KeyActions::isQueryAvailable(const KeyQuery &query, ApiGeneration generation)
{
    return generation == ApiGeneration::Api3 ||
           (query.status == KeyStatusFilter::Any && query.notUsagePlanId.isEmpty());
}

ApiRequest KeyActions::listKeys(const KeyQuery &query, ApiGeneration generation)
{
    ApiRequest request =
        page(requestFor(KeyAction::ListKeys, generation), query.offset, query.limit);
    if (!isApi3(generation)) {
        if (!query.search.isEmpty())
            request.set("searchName", query.search);
        if (!query.keyIds.isEmpty())
            request.set("secretIds", query.keyIds);
        return request;
    }
    QList<ApiFilter> filters;
    if (!query.keyIds.isEmpty())
        filters.append({u"AccessKeyId"_s, query.keyIds});
    if (!query.search.isEmpty())
        filters.append({u"KeyWord"_s, {query.search}});
    if (!query.notUsagePlanId.isEmpty())
        filters.append({u"NotUsagePlanId"_s, {query.notUsagePlanId}});
    if (query.status != KeyStatusFilter::Any)
        filters.append({u"Status"_s, {query.status == KeyStatusFilter::Enabled ? u"1"_s : u"0"_s}});
    // No filter at all rather than an empty list, which the gateway might read as "match none".
    if (!filters.isEmpty())
        request.set("Filters", filters);
    return request;
}

ApiRequest KeyActions::describeKey(const QString &keyId, ApiGeneration generation)
{
    return oneKey(KeyAction::DescribeKey, keyId, generation);
}

ApiRequest KeyActions::rotateKey(const QString &keyId, const SecretString &newSecret,
                                 ApiGeneration generation)
{
    ApiRequest request = oneKey(KeyAction::RotateKey, keyId, generation);
    if (!newSecret.isEmpty())
        request.set(isApi3(generation) ? "AccessKeySecret" : "secretKey", newSecret);
    return request;
}

ApiRequest KeyActions::enableKey(const QString &keyId, ApiGeneration generation)
{
    return oneKey(KeyAction::EnableKey, keyId, generation);
}

ApiRequest KeyActions::disableKey(const QString &keyId, ApiGeneration generation)
{
    return oneKey(KeyAction::DisableKey, keyId, generation);
}

ApiRequest KeyActions::deleteKey(const QString &keyId, ApiGeneration generation)
{
    return oneKey(KeyAction::DeleteKey, keyId, generation);
}

ApiRequest KeyActions::listPlans(qint64 offset, int limit, ApiGeneration generation)
{
    return page(requestFor(KeyAction::ListPlans, generation), offset, limit);
}

ApiRequest KeyActions::listPlanKeys(const QString &planId, qint64 offset, int limit,
                                    ApiGeneration generation)
{
    ApiRequest request = requestFor(KeyAction::ListPlanKeys, generation);
    request.set(isApi3(generation) ? "UsagePlanId" : "usagePlanId", planId);
    return page(std::move(request), offset, limit);
}

ApiRequest KeyActions::bindKeys(const QString &planId, const QStringList &keyIds,
                                ApiGeneration generation)
{
    return planKeys(KeyAction::BindKeys, planId, keyIds, generation);
}

ApiRequest KeyActions::unbindKeys(const QString &planId, const QStringList &keyIds,
                                  ApiGeneration generation)
{
    return planKeys(KeyAction::UnbindKeys, planId, keyIds, generation);
}

KeyPageResult KeyActions::decodeKeyPage(const GatewayReply &reply)
{
    const std::optional<QJsonObject> result = resultObject(reply);
    if (!result)
        return malformed(reply, u"the answer has no Result"_s);
    const bool api3 = reply.generation == ApiGeneration::Api3;
    // DescribeApiKeysStatus lists its keys in one array, DescribeUsagePlanSecretIds in another.
    const QStringList arrays = api3 ? QStringList{u"ApiKeySet"_s, u"AccessKeyList"_s}
                                    : QStringList{u"apiKeyStatusSet"_s, u"secretIdList"_s};
    bool present = false;
    const std::optional<QJsonArray> items = arrayOf(*result, arrays, &present);
    if (!items)
        return malformed(reply, u"the answer's list of keys is not a list"_s);
    const std::optional<qint64> total = totalCountOf(
        *result, api3 ? u"TotalCount"_s : u"totalCount"_s, items->size(), reply.generation);
    if (!total)
        return malformed(reply, u"the answer has no usable total count"_s);
    if (!present && *total != 0)
        return malformed(reply, u"the answer counts keys but lists none"_s);

    KeyPage keyPage;
    keyPage.totalCount = *total;
    keyPage.requestId = reply.requestId;
    keyPage.keys.reserve(items->size());
    QSet<QString> seen;
    for (const QJsonValue &item : *items) {
        if (!item.isObject())
            return malformed(reply, u"a key in the list is not an object"_s);
        GatewayKey key;
        if (const auto why = readKeyFields(item.toObject(), reply.generation, true, &key))
            return malformed(reply, *why);
        // One id twice on a page would make two rows act on one key.
        if (seen.contains(key.keyId))
            return malformed(reply, u"the list names a key twice"_s);
        seen.insert(key.keyId);
        keyPage.keys.append(std::move(key));
    }
    return keyPage;
}

GatewayKeyResult KeyActions::decodeKey(const GatewayReply &reply)
{
    const std::optional<QJsonObject> result = resultObject(reply);
    if (!result)
        return malformed(reply, u"the answer has no Result"_s);
    GatewayKey key;
    // The status is not required: a rotated key's new secret is never thrown away because the
    // answer leaves out something the caller can list again.
    if (const auto why = readKeyFields(*result, reply.generation, false, &key))
        return malformed(reply, *why);
    const QJsonValue secretValue = result->value(namesOf(reply.generation).secret);
    if (!secretValue.isString() || !isPlausibleCredential(secretValue.toString()))
        return malformed(reply, u"the answer has no usable key secret"_s);
    QString secret = secretValue.toString();
    key.secret = SecretString(secret);
    wipeString(secret);
    return key;
}

UsagePlanPageResult KeyActions::decodePlanPage(const GatewayReply &reply)
{
    const std::optional<QJsonObject> result = resultObject(reply);
    if (!result)
        return malformed(reply, u"the answer has no Result"_s);
    const bool api3 = reply.generation == ApiGeneration::Api3;
    bool present = false;
    const std::optional<QJsonArray> items =
        arrayOf(*result, {api3 ? u"UsagePlanStatusSet"_s : u"usagePlanStatusSet"_s}, &present);
    if (!items)
        return malformed(reply, u"the answer's list of usage plans is not a list"_s);
    const std::optional<qint64> total = totalCountOf(
        *result, api3 ? u"TotalCount"_s : u"totalCount"_s, items->size(), reply.generation);
    if (!total)
        return malformed(reply, u"the answer has no usable total count"_s);
    if (!present && *total != 0)
        return malformed(reply, u"the answer counts usage plans but lists none"_s);

    UsagePlanPage planPage;
    planPage.totalCount = *total;
    planPage.requestId = reply.requestId;
    planPage.plans.reserve(items->size());
    QSet<QString> seen;
    for (const QJsonValue &item : *items) {
        if (!item.isObject())
            return malformed(reply, u"a usage plan in the list is not an object"_s);
        const QJsonObject object = item.toObject();
        const QJsonValue id = object.value(api3 ? u"UsagePlanId"_s : u"usagePlanId"_s);
        if (!id.isString() || !isPlausibleCredential(id.toString()) || seen.contains(id.toString()))
            return malformed(reply, u"a usage plan has no usable id"_s);
        const QJsonValue name = object.value(api3 ? u"UsagePlanName"_s : u"usagePlanName"_s);
        QJsonValue description = object.value(api3 ? u"UsagePlanDesc"_s : u"usagePlanDesc"_s);
        if (!api3 && description.isUndefined())
            description = object.value(u"usagePlanDescription"_s);
        const QJsonValue created = object.value(api3 ? u"CreatedTime"_s : u"createdTime"_s);
        const QJsonValue modified = object.value(api3 ? u"ModifiedTime"_s : u"modifiedTime"_s);
        if (!isOptionalText(name) || !isOptionalText(description) || !isOptionalText(created) ||
            !isOptionalText(modified))
            return malformed(reply, u"a usage plan has fields of the wrong type"_s);
        // -1 (or nothing) is no limit; the vendor allows up to a few thousand per second.
        const QJsonValue rateValue =
            object.value(api3 ? u"MaxRequestNumPreSec"_s : u"maxRequestNumPreSec"_s);
        qint64 rate = -1;
        if (!rateValue.isUndefined() && !rateValue.isNull()) {
            const std::optional<qint64> number = wholeNumber(rateValue, reply.generation);
            if (!number || *number < -1 || *number > MaxTotalCount)
                return malformed(reply, u"a usage plan has no usable request limit"_s);
            rate = *number;
        }
        UsagePlan plan;
        plan.id = id.toString();
        plan.name = name.toString();
        plan.description = description.toString();
        plan.maxRequestsPerSecond = rate;
        plan.createdUtc = parseUtc(created.toString());
        plan.modifiedUtc = parseUtc(modified.toString());
        seen.insert(plan.id);
        planPage.plans.append(std::move(plan));
    }
    return planPage;
}

std::optional<GatewayError> KeyActions::decodeDone(const GatewayReply &reply)
{
    // API 2.0 says success with its code 0 and has nothing more to say.
    if (reply.generation == ApiGeneration::Api2)
        return std::nullopt;
    const QJsonValue result = reply.payload.value(u"Result"_s);
    if (result == QJsonValue(true))
        return std::nullopt;
    if (result == QJsonValue(false)) {
        // The gateway says, without an error code, that it did not do it.
        GatewayError error;
        error.kind = GatewayError::Kind::Gateway;
        error.generation = reply.generation;
        error.requestId = reply.requestId;
        error.category = ErrorCategory::OperationFailed;
        error.detail = u"the gateway answered that the action was not carried out"_s;
        return error;
    }
    // Null, absent or anything else: whether it happened is unknown.
    return malformed(reply, u"the answer does not say whether the action was carried out"_s);
}
