#include "createapikeyaction.h"

#include "answerfields.h"

#include <QJsonValue>
#include <cmath>

namespace {

using namespace AnswerFields;
using namespace Qt::StringLiterals;

// The fields of a created key, under either generation's names.
struct KeyFields
{
    QJsonValue keyId, keySecret, type, name, created;
};

KeyFields api2Fields(const QJsonObject &answer)
{
    // The documentation spells the id `secretID`, live servers `secretId`.
    QJsonValue keyId = answer.value(u"secretId"_s);
    if (keyId.isUndefined())
        keyId = answer.value(u"secretID"_s);
    return {keyId, answer.value(u"secretKey"_s), answer.value(u"type"_s),
            answer.value(u"secretName"_s), answer.value(u"createdTime"_s)};
}

KeyFields api3Fields(const QJsonObject &result)
{
    return {result.value(u"AccessKeyId"_s), result.value(u"AccessKeySecret"_s),
            result.value(u"AccessKeyType"_s), result.value(u"SecretName"_s),
            result.value(u"CreatedTime"_s)};
}

// Returns an error when the id or secret is unusable; the rest is taken as far as it is
// well-formed.
CreateApiKeyResult keyFromFields(const GatewayReply &reply, KeyType requestedType,
                                 const KeyFields &fields)
{
    const ApiGeneration generation = reply.generation;
    if (!fields.keyId.isString() || !isPlausibleCredential(fields.keyId.toString()))
        return GatewayError::malformed(generation, u"the answer has no usable key id"_s,
                                       reply.requestId);
    if (!fields.keySecret.isString() || !isPlausibleCredential(fields.keySecret.toString()))
        return GatewayError::malformed(generation, u"the answer has no usable key secret"_s,
                                       reply.requestId);
    if (!isOptionalText(fields.type) || !isOptionalText(fields.name) ||
        !isOptionalText(fields.created))
        return GatewayError::malformed(generation, u"the answer has fields of the wrong type"_s,
                                       reply.requestId);
    CreatedKey key;
    key.generation = generation;
    key.keyId = fields.keyId.toString();
    QString secret = fields.keySecret.toString();
    key.keySecret = SecretString(secret);
    wipeString(secret);
    // The gateway created what was asked for; a missing or unknown type must not turn a manual
    // key, whose secret the user chose, into one listed as drawn by the gateway.
    key.type = keyTypeFromName(fields.type.toString()).value_or(requestedType);
    key.name = fields.name.toString();
    // A created key is never thrown away over a cosmetic field: an unreadable time stays invalid.
    key.createdUtc = parseUtc(fields.created.toString());
    key.requestId = reply.requestId;
    return key;
}

} // namespace

ApiRequest CreateApiKeyAction::request(const KeySpec &spec, ApiGeneration generation)
{
    ApiRequest request;
    request.action = Name.toByteArray();
    request.generation = generation;
    const bool manual = spec.type == KeyType::Manual;
    if (generation == ApiGeneration::Api3) {
        request.set("SecretName", spec.name).set("AccessKeyType", keyTypeName(spec.type));
        if (manual)
            request.set("AccessKeyId", spec.keyId).set("AccessKeySecret", spec.keySecret);
        return request;
    }
    if (!spec.name.isEmpty())
        request.set("secretName", spec.name);
    request.set("type", keyTypeName(spec.type));
    // `secretId` next to the common `SecretId`: the names are case-sensitive, so both travel.
    if (manual)
        request.set("secretId", spec.keyId).set("secretKey", spec.keySecret);
    return request;
}

CreateApiKeyResult CreateApiKeyAction::decode(const GatewayReply &reply, KeyType requestedType)
{
    if (reply.generation == ApiGeneration::Api2)
        return keyFromFields(reply, requestedType, api2Fields(reply.payload));

    const QJsonValue resultValue = reply.payload.value(u"Result"_s);
    if (!resultValue.isObject())
        return GatewayError::malformed(reply.generation, u"the answer has no Result"_s,
                                       reply.requestId);
    const QJsonObject result = resultValue.toObject();
    CreateApiKeyResult parsed = keyFromFields(reply, requestedType, api3Fields(result));
    if (auto *key = std::get_if<CreatedKey>(&parsed)) {
        const QJsonValue status = result.value(u"Status"_s);
        if (status.isDouble() && status.toDouble() == std::trunc(status.toDouble()) &&
            std::fabs(status.toDouble()) < 1e9)
            key->status = static_cast<int>(status.toDouble());
    }
    return parsed;
}
