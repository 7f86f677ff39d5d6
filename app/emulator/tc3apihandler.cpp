#include "tc3apihandler.h"

#include "createapikeyrequest.h"
#include "gatewayendpoint.h"
#include "operatoraccounts.h"
#include "tc3signer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

ApiFailure refusal(ApiFailureKind kind, QString message)
{
    return ApiFailure{kind, std::move(message)};
}

struct Authorization
{
    QByteArray secretId;
    QByteArray date;
    QByteArray service;
    QByteArray terminator;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

// "TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=a;b, Signature=HEX"
std::optional<Authorization> parseAuthorization(const QByteArray &header)
{
    const QByteArray algorithm = "TC3-HMAC-SHA256 ";
    if (!header.startsWith(algorithm))
        return std::nullopt;
    Authorization result;
    bool haveCredential = false;
    bool haveHeaders = false;
    bool haveSignature = false;
    for (const QByteArray &rawPart : header.mid(algorithm.size()).split(',')) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray name = part.first(equals);
        const QByteArray value = part.sliced(equals + 1);
        if (name == "Credential" && !haveCredential) {
            const QList<QByteArray> scope = value.split('/');
            if (scope.size() != 4)
                return std::nullopt;
            result.secretId = scope.at(0);
            result.date = scope.at(1);
            result.service = scope.at(2);
            result.terminator = scope.at(3);
            haveCredential = true;
        } else if (name == "SignedHeaders" && !haveHeaders) {
            result.signedHeaders = value.split(';');
            haveHeaders = true;
        } else if (name == "Signature" && !haveSignature) {
            result.signature = value;
            haveSignature = true;
        } else {
            return std::nullopt;
        }
    }
    if (!haveCredential || !haveHeaders || !haveSignature)
        return std::nullopt;
    return result;
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The canonical request over whichever headers the client chose to sign; the vendor's SDKs sign
// content-type and host, newer ones x-tc-action as well. The vendor's signing rules put each value
// in trimmed and in lower case, so "Application/JSON" sent verifies only when signed that way.
QByteArray canonicalRequest(const ReceivedRequest &request, const Authorization &authorization)
{
    QByteArray canonical = request.method + '\n' + request.path + '\n' + request.query + '\n';
    for (const QByteArray &name : authorization.signedHeaders)
        canonical += name + ':' + request.header(name).trimmed().toLower() + '\n';
    canonical += '\n';
    canonical += authorization.signedHeaders.join(';') + '\n';
    canonical += sha256Hex(request.body);
    return canonical;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

std::optional<ApiFailure> checkTags(const QJsonValue &tags)
{
    if (!tags.isArray())
        return refusal(ApiFailureKind::InvalidParameter, u"Tags must be an array."_s);
    for (const QJsonValue &tag : tags.toArray()) {
        const QJsonObject object = tag.toObject();
        if (!tag.isObject() || object.size() != 2 || !object.value(u"Key"_s).isString() ||
            !object.value(u"Value"_s).isString())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"Each tag must be an object with the strings Key and Value."_s);
        if (object.value(u"Key"_s).toString().isEmpty())
            return refusal(ApiFailureKind::InvalidParameterValue, u"A tag Key is empty."_s);
    }
    return std::nullopt;
}

std::optional<ApiFailure> checkKnown(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return refusal(ApiFailureKind::UnknownParameter,
                           u"The parameter %1 is not known."_s.arg(it.key()));
    }
    return std::nullopt;
}

std::optional<ApiFailure> wrongType(const QString &name, const QString &wanted,
                                    const QJsonValue &value)
{
    return refusal(ApiFailureKind::InvalidParameter, u"The parameter %1 must be %2, not %3."_s.arg(
                                                         name, wanted, jsonTypeName(value)));
}

std::variant<KeySpec, ApiFailure> readCreate(const QJsonObject &object)
{
    static const QStringList known = {u"SecretName"_s, u"AccessKeyType"_s, u"AccessKeyId"_s,
                                      u"AccessKeySecret"_s, u"Tags"_s};
    if (auto problem = checkKnown(object, known))
        return *problem;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"Tags" && !it.value().isString())
            return *wrongType(it.key(), u"a string"_s, it.value());
    }
    if (object.contains(u"Tags"_s)) {
        if (auto problem = checkTags(object.value(u"Tags"_s)))
            return *problem;
    }

    KeySpec spec;
    spec.name = object.value(u"SecretName"_s).toString();
    const QString type = object.value(u"AccessKeyType"_s).toString(u"auto"_s);
    const auto keyType = keyTypeFromName(type);
    if (!keyType || type.isEmpty())
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The value of AccessKeyType must be auto or manual."_s);
    spec.type = *keyType;
    if (spec.type == KeyType::Manual) {
        spec.keyId = object.value(u"AccessKeyId"_s).toString();
        QString secret = object.value(u"AccessKeySecret"_s).toString();
        spec.keySecret = SecretString(secret);
        wipeString(secret);
    }
    if (auto problem = RequestChecks::checkKeyFields(ApiGeneration::Api3, spec, u"SecretName"_s,
                                                     u"AccessKeyId"_s, u"AccessKeySecret"_s))
        return *problem;
    return spec;
}

// A required, non-empty string parameter.
std::variant<QString, ApiFailure> requiredString(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return refusal(ApiFailureKind::MissingParameter,
                       u"The parameter %1 is missing."_s.arg(name));
    if (!value.isString())
        return *wrongType(name, u"a string"_s, value);
    if (value.toString().isEmpty())
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The value of %1 is empty."_s.arg(name));
    return value.toString();
}

// Limit and Offset: JSON integers, as the vendor's SDKs send them.
std::optional<ApiFailure> readPaging(const QJsonObject &object, ListQuery &query)
{
    qint64 values[2] = {0, RequestChecks::DefaultLimit};
    const QString names[2] = {u"Offset"_s, u"Limit"_s};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = object.value(names[i]);
        if (value.isUndefined())
            continue;
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) || qAbs(number) > 1e15)
            return wrongType(names[i], u"an integer"_s, value);
        values[i] = qint64(number);
    }
    if (auto problem = RequestChecks::checkPaging(values[0], values[1], names[0], names[1]))
        return problem;
    query.offset = values[0];
    query.limit = int(values[1]);
    return std::nullopt;
}

// Filters: [{"Name": "...", "Values": ["...", ...]}, ...]; `allowed` are the names the action
// documents, any other is InvalidParameterValue.InvalidFilterNotSupportedName.
std::optional<ApiFailure> readFilters(const QJsonObject &object, const QStringList &allowed,
                                      ListQuery &query)
{
    const QJsonValue filters = object.value(u"Filters"_s);
    if (filters.isUndefined())
        return std::nullopt;
    if (!filters.isArray())
        return wrongType(u"Filters"_s, u"an array"_s, filters);
    for (const QJsonValue &entry : filters.toArray()) {
        const QJsonObject filter = entry.toObject();
        const QJsonValue values = filter.value(u"Values"_s);
        if (!entry.isObject() || filter.size() != 2 || !filter.value(u"Name"_s).isString() ||
            !values.isArray())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"Each filter must be an object with the string Name and the array "
                           "Values."_s);
        const QString name = filter.value(u"Name"_s).toString();
        if (!allowed.contains(name))
            return refusal(ApiFailureKind::FilterNotSupported,
                           u"The filter %1 is not supported."_s.arg(name));
        QStringList texts;
        for (const QJsonValue &value : values.toArray()) {
            if (!value.isString())
                return refusal(ApiFailureKind::InvalidParameter,
                               u"The Values of the filter %1 must be strings."_s.arg(name));
            texts.append(value.toString());
        }
        if (texts.isEmpty())
            return refusal(ApiFailureKind::InvalidParameterValue,
                           u"The filter %1 has no Values."_s.arg(name));
        if (name == u"AccessKeyId" || name == u"UsagePlanId") {
            query.ids += texts;
        } else if (name == u"SecretName" || name == u"UsagePlanName") {
            query.names += texts;
        } else if (name == u"AccessKeySecret") {
            query.secrets += texts;
        } else if (name == u"KeyWord") {
            query.keywords += texts;
        } else if (name == u"NotUsagePlanId") {
            query.notUsagePlanIds += texts;
        } else if (name == u"Status") {
            if (texts.size() != 1 || (texts.first() != u"0" && texts.first() != u"1"))
                return refusal(ApiFailureKind::InvalidParameterValue,
                               u"The filter Status takes one value, 0 or 1."_s);
            query.enabled = texts.first() == u"1";
        }
    }
    return std::nullopt;
}

std::optional<ApiFailure> readKeyIds(const QJsonObject &object, QStringList &keyIds)
{
    const QJsonValue value = object.value(u"AccessKeyIds"_s);
    if (value.isUndefined())
        return refusal(ApiFailureKind::MissingParameter,
                       u"The parameter AccessKeyIds is missing."_s);
    if (!value.isArray())
        return wrongType(u"AccessKeyIds"_s, u"an array"_s, value);
    for (const QJsonValue &id : value.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"AccessKeyIds must hold non-empty strings."_s);
        if (keyIds.contains(id.toString()))
            return refusal(ApiFailureKind::InvalidAccessKeyIds,
                           u"AccessKeyIds names a key twice."_s);
        keyIds.append(id.toString());
    }
    if (keyIds.isEmpty())
        return refusal(ApiFailureKind::InvalidAccessKeyIds, u"AccessKeyIds is empty."_s);
    return std::nullopt;
}

std::optional<ApiFailure> readAction(const QJsonObject &object, VerifiedCall &call)
{
    auto takeString = [&](const QString &name, QString &target) -> std::optional<ApiFailure> {
        auto value = requiredString(object, name);
        if (auto *problem = std::get_if<ApiFailure>(&value))
            return *problem;
        target = std::get<QString>(value);
        return std::nullopt;
    };
    switch (call.action) {
    case EmulatedAction::CreateKey: {
        auto spec = readCreate(object);
        if (auto *problem = std::get_if<ApiFailure>(&spec))
            return *problem;
        call.spec = std::move(std::get<KeySpec>(spec));
        return std::nullopt;
    }
    case EmulatedAction::ListKeys:
        if (auto problem = checkKnown(object, {u"Limit"_s, u"Offset"_s, u"Filters"_s}))
            return problem;
        if (auto problem = readPaging(object, call.query))
            return problem;
        return readFilters(object,
                           {u"AccessKeyId"_s, u"AccessKeySecret"_s, u"SecretName"_s,
                            u"NotUsagePlanId"_s, u"Status"_s, u"KeyWord"_s},
                           call.query);
    case EmulatedAction::DescribeKey:
    case EmulatedAction::EnableKey:
    case EmulatedAction::DisableKey:
    case EmulatedAction::DeleteKey:
        if (auto problem = checkKnown(object, {u"AccessKeyId"_s}))
            return problem;
        return takeString(u"AccessKeyId"_s, call.keyId);
    case EmulatedAction::RotateKey: {
        if (auto problem = checkKnown(object, {u"AccessKeyId"_s, u"AccessKeySecret"_s}))
            return problem;
        if (auto problem = takeString(u"AccessKeyId"_s, call.keyId))
            return problem;
        const QJsonValue secret = object.value(u"AccessKeySecret"_s);
        if (secret.isUndefined())
            return std::nullopt;
        if (!secret.isString())
            return wrongType(u"AccessKeySecret"_s, u"a string"_s, secret);
        QString text = secret.toString();
        call.secret = SecretString(text);
        call.hasSecret = true;
        wipeString(text);
        return std::nullopt;
    }
    case EmulatedAction::ListPlans:
        if (auto problem = checkKnown(object, {u"Limit"_s, u"Offset"_s, u"Filters"_s}))
            return problem;
        if (auto problem = readPaging(object, call.query))
            return problem;
        return readFilters(object, {u"UsagePlanId"_s, u"UsagePlanName"_s, u"KeyWord"_s},
                           call.query);
    case EmulatedAction::ListPlanKeys:
        if (auto problem = checkKnown(object, {u"UsagePlanId"_s, u"Limit"_s, u"Offset"_s}))
            return problem;
        if (auto problem = takeString(u"UsagePlanId"_s, call.planId))
            return problem;
        return readPaging(object, call.query);
    case EmulatedAction::BindKeys:
    case EmulatedAction::UnbindKeys:
        if (auto problem = checkKnown(object, {u"UsagePlanId"_s, u"AccessKeyIds"_s}))
            return problem;
        if (auto problem = takeString(u"UsagePlanId"_s, call.planId))
            return problem;
        return readKeyIds(object, call.keyIds);
    }
    return std::nullopt;
}

QString timeText(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// The vendor's ApiKey; the secret only where the action returns it.
QJsonObject apiKeyObject(const ApiKeyRecord &key, bool withSecret)
{
    QJsonObject result;
    result.insert(u"AccessKeyId"_s, key.keyId);
    if (withSecret) {
        QString secret = key.keySecret.toString();
        result.insert(u"AccessKeySecret"_s, secret);
        wipeString(secret);
    }
    result.insert(u"AccessKeyType"_s, keyTypeName(key.type));
    result.insert(u"SecretName"_s, key.name);
    result.insert(u"Status"_s, key.enabled ? 1 : 0);
    result.insert(u"CreatedTime"_s, timeText(key.createdUtc));
    result.insert(u"ModifiedTime"_s, timeText(key.modifiedUtc));
    return result;
}

QJsonObject responseEnvelope(QJsonObject response)
{
    response.insert(u"RequestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return QJsonObject{{u"Response"_s, response}};
}

} // namespace

Tc3ApiHandler::Tc3ApiHandler(const OperatorAccounts &accounts) : m_accounts(accounts)
{}

VerificationResult Tc3ApiHandler::verify(const ReceivedRequest &request, qint64 now) const
{
    if (request.method != "POST")
        return refusal(ApiFailureKind::UnsupportedProtocol,
                       u"Only POST with a JSON body is served."_s);

    const QByteArray action = request.header("X-TC-Action");
    if (action.isEmpty())
        return refusal(ApiFailureKind::MissingParameter, u"The header X-TC-Action is missing."_s);
    const auto emulated = emulatedActionFromName(action);
    if (!emulated)
        return refusal(ApiFailureKind::InvalidAction, u"The action is not known."_s);

    const QByteArray version = request.header("X-TC-Version");
    if (version.isEmpty())
        return refusal(ApiFailureKind::MissingParameter, u"The header X-TC-Version is missing."_s);
    if (version != CreateApiKeyProtocol::Api3Version)
        return refusal(ApiFailureKind::NoSuchVersion,
                       u"The version is not known for this action."_s);

    const QByteArray timestampText = request.header("X-TC-Timestamp");
    if (timestampText.isEmpty())
        return refusal(ApiFailureKind::MissingParameter,
                       u"The header X-TC-Timestamp is missing."_s);
    const auto timestamp = RequestChecks::parseUnsigned(timestampText, 12);
    if (!timestamp)
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"X-TC-Timestamp is not a number of seconds."_s);

    if (!request.hasHeader("Authorization"))
        return refusal(ApiFailureKind::MissingParameter, u"The header Authorization is missing."_s);
    const auto authorization = parseAuthorization(request.header("Authorization"));
    if (!authorization)
        return refusal(ApiFailureKind::InvalidAuthorization,
                       u"The Authorization header is not in the TC3-HMAC-SHA256 form."_s);

    const QString secretId = QString::fromUtf8(authorization->secretId);
    const OperatorCredentials *account = m_accounts.find(secretId);
    if (!account)
        return refusal(ApiFailureKind::SecretIdNotFound,
                       u"The SecretId does not exist or is disabled."_s);

    if (auto skewed = RequestChecks::checkTimestamp(*timestamp, now, u"X-TC-Timestamp"_s))
        return *skewed;

    const QList<QByteArray> &signedHeaders = authorization->signedHeaders;
    for (const QByteArray &name : signedHeaders) {
        if (name.isEmpty() || name != name.toLower() || request.headerCount(name) != 1)
            return refusal(ApiFailureKind::SignatureFailure,
                           u"A signed header is missing, repeated or not in lower case."_s);
    }
    if (!signedHeaders.contains("content-type") || !signedHeaders.contains("host"))
        return refusal(ApiFailureKind::SignatureFailure,
                       u"The signature must cover content-type and host."_s);
    if (authorization->date != Tc3Signer::utcDate(qint64(*timestamp)) ||
        authorization->service != CreateApiKeyProtocol::Api3Service ||
        authorization->terminator != "tc3_request")
        return refusal(ApiFailureKind::SignatureFailure,
                       u"The credential scope does not match the date, the service or the "
                       "terminator."_s);

    const QByteArray scope =
        authorization->date + '/' + authorization->service + '/' + authorization->terminator;
    const QByteArray stringToSign = "TC3-HMAC-SHA256\n" + timestampText + '\n' + scope + '\n' +
                                    sha256Hex(canonicalRequest(request, *authorization));
    QByteArray key = Tc3Signer::signingKey(account->secretKey.utf8(), authorization->date,
                                           authorization->service);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha256).toHex();
    wipeBytes(key);
    if (!RequestChecks::constantTimeEquals(expected, authorization->signature))
        return refusal(ApiFailureKind::SignatureFailure,
                       u"The signature does not match the request."_s);

    if (!RequestChecks::constantTimeEquals(request.header("X-TC-Token"),
                                           account->sessionToken.utf8()))
        return refusal(ApiFailureKind::TokenFailure, u"The token is not valid."_s);

    const QByteArray region = request.header("X-TC-Region");
    if (region.isEmpty())
        return refusal(ApiFailureKind::MissingParameter, u"The header X-TC-Region is missing."_s);
    if (!GatewayEndpoint::isKnownRegion(QString::fromLatin1(region)))
        return refusal(ApiFailureKind::UnsupportedRegion, u"The region is not supported."_s);

    const QByteArray language = request.header("X-TC-Language");
    if (request.hasHeader("X-TC-Language") && language != "zh-CN" && language != "en-US")
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"X-TC-Language must be zh-CN or en-US."_s);

    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.startsWith("application/json"))
        return refusal(ApiFailureKind::InvalidParameter, u"The body must be application/json."_s);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refusal(ApiFailureKind::InvalidParameterFormat,
                       u"The request body is not a JSON object."_s);
    VerifiedCall call;
    call.accountId = secretId;
    call.action = *emulated;
    if (auto problem = readAction(document.object(), call))
        return *problem;
    return call;
}

HttpResponse Tc3ApiHandler::success(EmulatedAction action, const ActionOutcome &outcome) const
{
    QJsonValue result;
    if (const auto *key = std::get_if<ApiKeyRecord>(&outcome)) {
        result = apiKeyObject(*key, true);
    } else if (const auto *keys = std::get_if<KeyListing>(&outcome)) {
        QJsonArray set;
        for (const ApiKeyRecord &listed : keys->keys) {
            if (action == EmulatedAction::ListPlanKeys)
                set.append(QJsonObject{{u"AccessKeyId"_s, listed.keyId},
                                       {u"SecretName"_s, listed.name},
                                       {u"Status"_s, listed.enabled ? 1 : 0}});
            else
                set.append(apiKeyObject(listed, false));
        }
        const QString setName =
            action == EmulatedAction::ListPlanKeys ? u"AccessKeyList"_s : u"ApiKeySet"_s;
        result = QJsonObject{{u"TotalCount"_s, keys->totalCount}, {setName, set}};
    } else if (const auto *plans = std::get_if<PlanListing>(&outcome)) {
        QJsonArray set;
        for (const PlanRecord &plan : plans->plans)
            set.append(QJsonObject{{u"UsagePlanId"_s, plan.id},
                                   {u"UsagePlanName"_s, plan.name},
                                   {u"UsagePlanDesc"_s, plan.description},
                                   {u"MaxRequestNumPreSec"_s, plan.maxRequestsPerSecond},
                                   {u"MaxRequestNum"_s, -1},
                                   {u"CreatedTime"_s, timeText(plan.createdUtc)},
                                   {u"ModifiedTime"_s, timeText(plan.modifiedUtc)}});
        result = QJsonObject{{u"TotalCount"_s, plans->totalCount}, {u"UsagePlanStatusSet"_s, set}};
    } else {
        result = true;
    }
    const QJsonObject body = responseEnvelope(QJsonObject{{u"Result"_s, result}});
    return HttpResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse Tc3ApiHandler::failure(const ApiFailure &problem) const
{
    const QJsonObject error{{u"Code"_s, ApiFailureCodes::api3Code(problem.kind)},
                            {u"Message"_s, problem.message}};
    const QJsonObject body = responseEnvelope(QJsonObject{{u"Error"_s, error}});
    return HttpResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}
