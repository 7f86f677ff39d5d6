#include "createapikeyresponse.h"

#include "errorcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace {

using namespace Qt::StringLiterals;

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *why)
{
    if (body.size() > CreateApiKeyResponse::MaxBodySize) {
        *why = u"the answer is larger than 1 MiB"_s;
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = u"the answer is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                   .arg(error.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *why = u"the answer is not a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

// An optional text field: absent or null is empty, any other non-string is a protocol violation.
std::optional<QString> optionalString(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

// Ids and secrets travel in headers, files and clipboards later: only printable ASCII without
// spaces, and of a sane length, is accepted from the server.
bool isPlausibleCredential(const QString &value)
{
    if (value.isEmpty() || value.size() > 1024)
        return false;
    for (const QChar c : value) {
        if (c.unicode() <= u' ' || c.unicode() > u'~')
            return false;
    }
    return true;
}

QDateTime parseUtc(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    // The protocol's times are UTC. Qt reads a time without a zone as the machine's local time,
    // which would shift it by the local offset: such a time is UTC too.
    if (time.timeSpec() == Qt::LocalTime)
        return QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

std::optional<qint64> parseApi2Code(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > 1e15)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 15)
            return std::nullopt;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!text.at(i).isDigit() && !(i == 0 && text.at(i) == u'-' && text.size() > 1))
                return std::nullopt;
            if (text.at(i).unicode() > u'9')
                return std::nullopt; // isDigit() also accepts other scripts' digits
        }
        return text.toLongLong();
    }
    return std::nullopt;
}

// Builds the key from the fields both generations share in spirit. Returns an error when the id
// or secret is unusable; the rest is taken as far as it is well-formed.
CreateApiKeyResult keyFromFields(ApiGeneration generation, KeyType requestedType,
                                 const QJsonValue &keyId, const QJsonValue &keySecret,
                                 const QJsonValue &type, const QJsonValue &name,
                                 const QJsonValue &created, const QString &requestId)
{
    if (!keyId.isString() || !isPlausibleCredential(keyId.toString()))
        return GatewayError::malformed(generation, u"the answer has no usable key id"_s, requestId);
    if (!keySecret.isString() || !isPlausibleCredential(keySecret.toString()))
        return GatewayError::malformed(generation, u"the answer has no usable key secret"_s,
                                       requestId);
    if (!(type.isString() || type.isUndefined() || type.isNull()) ||
        !(name.isString() || name.isUndefined() || name.isNull()) ||
        !(created.isString() || created.isUndefined() || created.isNull()))
        return GatewayError::malformed(generation, u"the answer has fields of the wrong type"_s,
                                       requestId);
    CreatedKey key;
    key.generation = generation;
    key.keyId = keyId.toString();
    QString secret = keySecret.toString();
    key.keySecret = SecretString(secret);
    wipeString(secret);
    // The gateway created what was asked for; a missing or unknown type must not turn a manual
    // key, whose secret the user chose, into one listed as drawn by the gateway.
    key.type = keyTypeFromName(type.toString()).value_or(requestedType);
    key.name = name.toString();
    // A created key is never thrown away over a cosmetic field: an unreadable time stays invalid.
    key.createdUtc = parseUtc(created.toString());
    key.requestId = requestId;
    return key;
}

} // namespace

CreateApiKeyResult CreateApiKeyResponse::parse(const ExpectedAnswer &expected,
                                               const QByteArray &body)
{
    return expected.generation == ApiGeneration::Api3 ? parseApi3(body, expected.requestedType)
                                                      : parseApi2(body, expected.requestedType);
}

CreateApiKeyResult CreateApiKeyResponse::parseApi2(const QByteArray &body, KeyType requestedType)
{
    constexpr auto generation = ApiGeneration::Api2;
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return GatewayError::malformed(generation, why);

    const std::optional<qint64> code = parseApi2Code(object->value(u"code"_s));
    if (!code)
        return GatewayError::malformed(generation,
                                       u"the answer's code is missing or not a number"_s);

    if (*code != 0) {
        GatewayError error;
        error.kind = GatewayError::Kind::Gateway;
        error.generation = generation;
        error.code = QString::number(*code);
        error.description = optionalString(*object, u"codeDesc"_s).value_or(QString());
        error.message = optionalString(*object, u"message"_s).value_or(QString());
        const auto classification =
            ErrorCatalog::classify(generation, error.code, error.description);
        error.category = classification.category;
        error.retryLater = classification.retryLater;
        return error;
    }

    // The documentation spells the id `secretID`, live servers `secretId`.
    QJsonValue keyId = object->value(u"secretId"_s);
    if (keyId.isUndefined())
        keyId = object->value(u"secretID"_s);
    return keyFromFields(generation, requestedType, keyId, object->value(u"secretKey"_s),
                         object->value(u"type"_s), object->value(u"secretName"_s),
                         object->value(u"createdTime"_s), QString());
}

CreateApiKeyResult CreateApiKeyResponse::parseApi3(const QByteArray &body, KeyType requestedType)
{
    constexpr auto generation = ApiGeneration::Api3;
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return GatewayError::malformed(generation, why);

    const QJsonValue responseValue = object->value(u"Response"_s);
    if (!responseValue.isObject())
        return GatewayError::malformed(generation, u"the answer has no Response object"_s);
    const QJsonObject response = responseValue.toObject();
    const std::optional<QString> requestId = optionalString(response, u"RequestId"_s);
    if (!requestId)
        return GatewayError::malformed(generation, u"the answer's RequestId is not text"_s);

    const QJsonValue errorValue = response.value(u"Error"_s);
    if (!errorValue.isUndefined() && !errorValue.isNull()) {
        const QJsonObject errorObject = errorValue.toObject();
        const std::optional<QString> code = optionalString(errorObject, u"Code"_s);
        if (!errorValue.isObject() || !code || code->isEmpty())
            return GatewayError::malformed(generation, u"the answer's Error has no Code"_s,
                                           *requestId);
        GatewayError error;
        error.kind = GatewayError::Kind::Gateway;
        error.generation = generation;
        error.code = *code;
        error.message = optionalString(errorObject, u"Message"_s).value_or(QString());
        error.requestId = *requestId;
        const auto classification = ErrorCatalog::classify(generation, error.code);
        error.category = classification.category;
        error.retryLater = classification.retryLater;
        return error;
    }

    const QJsonValue resultValue = response.value(u"Result"_s);
    if (!resultValue.isObject())
        return GatewayError::malformed(generation, u"the answer has no Result"_s, *requestId);
    const QJsonObject result = resultValue.toObject();
    CreateApiKeyResult parsed =
        keyFromFields(generation, requestedType, result.value(u"AccessKeyId"_s),
                      result.value(u"AccessKeySecret"_s), result.value(u"AccessKeyType"_s),
                      result.value(u"SecretName"_s), result.value(u"CreatedTime"_s), *requestId);
    if (auto *key = std::get_if<CreatedKey>(&parsed)) {
        const QJsonValue status = result.value(u"Status"_s);
        if (status.isDouble() && status.toDouble() == std::trunc(status.toDouble()) &&
            std::fabs(status.toDouble()) < 1e9)
            key->status = static_cast<int>(status.toDouble());
    }
    return parsed;
}
