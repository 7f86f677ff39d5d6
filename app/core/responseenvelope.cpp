#include "responseenvelope.h"

#include "errorcatalog.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>
#include <optional>

namespace {

using namespace Qt::StringLiterals;

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *why)
{
    if (body.size() > ResponseEnvelope::MaxBodySize) {
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

GatewayError gatewayError(ApiGeneration generation, QString code, QString description,
                          QString message, QString requestId)
{
    GatewayError error;
    error.kind = GatewayError::Kind::Gateway;
    error.generation = generation;
    error.code = std::move(code);
    error.description = std::move(description);
    error.message = std::move(message);
    error.requestId = std::move(requestId);
    const auto classification = ErrorCatalog::classify(generation, error.code, error.description);
    error.category = classification.category;
    error.retryLater = classification.retryLater;
    error.refusal = classification.refusal;
    return error;
}

GatewayAnswer parseApi2(const QJsonObject &object)
{
    constexpr auto generation = ApiGeneration::Api2;
    const std::optional<qint64> code = parseApi2Code(object.value(u"code"_s));
    if (!code)
        return GatewayError::malformed(generation,
                                       u"the answer's code is missing or not a number"_s);
    if (*code != 0)
        return gatewayError(generation, QString::number(*code),
                            optionalString(object, u"codeDesc"_s).value_or(QString()),
                            optionalString(object, u"message"_s).value_or(QString()), QString());
    return GatewayReply{generation, object, QString()};
}

GatewayAnswer parseApi3(const QJsonObject &object)
{
    constexpr auto generation = ApiGeneration::Api3;
    const QJsonValue responseValue = object.value(u"Response"_s);
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
        // API 3.0 has no codeDesc: the code alone classifies.
        return gatewayError(generation, *code, QString(),
                            optionalString(errorObject, u"Message"_s).value_or(QString()),
                            *requestId);
    }
    return GatewayReply{generation, response, *requestId};
}

} // namespace

GatewayAnswer ResponseEnvelope::parse(ApiGeneration generation, const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return GatewayError::malformed(generation, why);
    return generation == ApiGeneration::Api3 ? parseApi3(*object) : parseApi2(*object);
}
