#include "legacyapihandler.h"

#include "createapikeyrequest.h"
#include "gatewayendpoint.h"
#include "legacysigner.h"
#include "noncelog.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <set>

using namespace Qt::StringLiterals;

namespace {

using Parameters = LegacySigner::Parameters;

ApiFailure refusal(ApiFailureKind kind, QString message)
{
    return ApiFailure{kind, std::move(message)};
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Form decoding, as the service's PHP front did it: %XX is a byte and '+' is a space, so a base64
// signature whose '+' was not encoded no longer matches.
std::optional<QByteArray> formDecode(QByteArrayView encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            decoded.append(' ');
        } else if (c == '%') {
            if (i + 2 >= encoded.size())
                return std::nullopt;
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            decoded.append(char(high * 16 + low));
            i += 2;
        } else {
            decoded.append(c);
        }
    }
    return decoded;
}

std::variant<Parameters, ApiFailure> decodeParameters(QByteArrayView encoded)
{
    Parameters parameters;
    std::set<QByteArray> signedNames;
    for (const QByteArray &pair : encoded.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto name = formDecode(equals < 0 ? pair : pair.first(equals));
        const auto value = formDecode(equals < 0 ? QByteArrayView() : pair.sliced(equals + 1));
        if (!name || !value || name->isEmpty())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"The parameters are not correctly percent-encoded."_s);
        // `a_b` and `a.b` sign alike, so one request may not carry both.
        if (!signedNames.insert(LegacySigner::signedName(*name)).second)
            return refusal(
                ApiFailureKind::InvalidParameter,
                u"The parameter %1 is given more than once."_s.arg(QString::fromUtf8(*name)));
        parameters.emplace(*name, *value);
    }
    return parameters;
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

const QSet<QByteArray> &commonParameters()
{
    // RequestClient names the calling SDK; the vendor's own 2.0 SDKs send it with every request.
    static const QSet<QByteArray> names = {"Action", "Region",    "Timestamp",
                                           "Nonce",  "SecretId",  "SignatureMethod",
                                           "Token",  "Signature", "RequestClient"};
    return names;
}

struct LegacyNames
{
    QList<QByteArray> names;  // exact names
    QList<QByteArray> arrays; // `name.N` for N = 0, 1, …
};

// The business parameters of each action under API 2.0's names (the vendor's legacy pages).
const LegacyNames &legacyNames(EmulatedAction action)
{
    // The English pages spell the key id both `secretId` and `secretID`; either is read, never
    // both.
    static const LegacyNames create{{"secretName", "type", "secretId", "secretID", "secretKey"},
                                    {}};
    static const LegacyNames listKeys{
        {"offset", "limit", "orderby", "order", "searchName", "searchId"},
        {"secretIDs", "secretIds"}};
    static const LegacyNames oneKey{{"secretId", "secretID"}, {}};
    static const LegacyNames rotate{{"secretId", "secretID", "secretKey"}, {}};
    static const LegacyNames listPlans{
        {"offset", "limit", "orderby", "order", "searchName", "searchId"}, {"usagePlanIds"}};
    static const LegacyNames planKeys{{"usagePlanId", "offset", "limit"}, {}};
    static const LegacyNames bind{{"usagePlanId"}, {"secretIds", "secretIDs"}};
    switch (action) {
    case EmulatedAction::CreateKey:
        return create;
    case EmulatedAction::ListKeys:
        return listKeys;
    case EmulatedAction::DescribeKey:
    case EmulatedAction::EnableKey:
    case EmulatedAction::DisableKey:
    case EmulatedAction::DeleteKey:
        return oneKey;
    case EmulatedAction::RotateKey:
        return rotate;
    case EmulatedAction::ListPlans:
        return listPlans;
    case EmulatedAction::ListPlanKeys:
        return planKeys;
    case EmulatedAction::BindKeys:
    case EmulatedAction::UnbindKeys: // refused before its names are looked at
        return bind;
    }
    return create;
}

// The array a name belongs to ("secretIds" for "secretIds.3"), or empty.
QByteArray arrayOf(const QByteArray &name, const LegacyNames &names)
{
    const qsizetype dot = name.lastIndexOf('.');
    if (dot <= 0 || !RequestChecks::parseUnsigned(QByteArrayView(name).sliced(dot + 1), 4))
        return {};
    const QByteArray prefix = name.first(dot);
    return names.arrays.contains(prefix) ? prefix : QByteArray();
}

bool isBusinessParameter(const QByteArray &name, const LegacyNames &names)
{
    return names.names.contains(name) || !arrayOf(name, names).isEmpty();
}

// The values of an array parameter, in index order; only one spelling of its name may be used.
std::variant<QStringList, ApiFailure> arrayValues(const Parameters &parameters,
                                                  const LegacyNames &names)
{
    std::map<quint64, QString> byIndex;
    QByteArray spelling;
    for (const auto &[name, value] : parameters) {
        const QByteArray array = arrayOf(name, names);
        if (array.isEmpty())
            continue;
        if (!spelling.isEmpty() && spelling != array)
            return refusal(ApiFailureKind::InvalidParameter,
                           u"Give either %1.n or %2.n, not both."_s.arg(
                               QString::fromLatin1(spelling), QString::fromLatin1(array)));
        spelling = array;
        const QString text = QString::fromUtf8(value);
        if (text.isEmpty())
            return refusal(ApiFailureKind::InvalidParameterValue,
                           u"The value of %1 is empty."_s.arg(QString::fromUtf8(name)));
        byIndex[*RequestChecks::parseUnsigned(QByteArrayView(name).sliced(array.size() + 1), 4)] =
            text;
    }
    QStringList values;
    for (const auto &[index, value] : byIndex) {
        if (values.contains(value))
            return refusal(ApiFailureKind::InvalidParameterValue, u"The same id is given twice."_s);
        values.append(value);
    }
    return values;
}

// Region names of API 2.0's time ("gz") next to today's ("ap-guangzhou"), both from the one table
// in core.
bool isKnownRegion(const QByteArray &region)
{
    static const QSet<QString> legacy = [] {
        QSet<QString> names;
        for (const QString &known : GatewayEndpoint::knownRegions())
            names.insert(GatewayEndpoint::legacyRegionName(known));
        return names;
    }();
    const QString name = QString::fromLatin1(region);
    return legacy.contains(name) || GatewayEndpoint::isKnownRegion(name);
}

QString text(const Parameters &parameters, const char *name)
{
    const auto it = parameters.find(name);
    return it == parameters.end() ? QString() : QString::fromUtf8(it->second);
}

// A decimal parameter, `fallback` when absent.
std::variant<qint64, ApiFailure> number(const Parameters &parameters, const char *name,
                                        qint64 fallback)
{
    const auto it = parameters.find(name);
    if (it == parameters.end())
        return fallback;
    const auto value = RequestChecks::parseUnsigned(it->second, 9);
    if (!value)
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The value of %1 is not a whole number."_s.arg(QLatin1StringView(name)));
    return qint64(*value);
}

std::optional<ApiFailure> readPaging(const Parameters &parameters, ListQuery &query)
{
    const auto offset = number(parameters, "offset", 0);
    if (const auto *problem = std::get_if<ApiFailure>(&offset))
        return *problem;
    const auto limit = number(parameters, "limit", RequestChecks::DefaultLimit);
    if (const auto *problem = std::get_if<ApiFailure>(&limit))
        return *problem;
    if (auto problem = RequestChecks::checkPaging(std::get<qint64>(offset), std::get<qint64>(limit),
                                                  u"offset"_s, u"limit"_s))
        return problem;
    query.offset = std::get<qint64>(offset);
    query.limit = int(std::get<qint64>(limit));
    return std::nullopt;
}

// orderby and order of the legacy listings: creation time only, either way.
std::optional<ApiFailure> readOrder(const Parameters &parameters, ListQuery &query)
{
    if (parameters.contains("orderby") && parameters.at("orderby") != "createdTime")
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The value of orderby must be createdTime."_s);
    if (parameters.contains("order")) {
        const QByteArray order = parameters.at("order");
        if (order != "asc" && order != "desc")
            return refusal(ApiFailureKind::InvalidParameterValue,
                           u"The value of order must be asc or desc."_s);
        query.oldestFirst = order == "asc";
    }
    return std::nullopt;
}

std::optional<ApiFailure> requiredText(const Parameters &parameters, const char *name,
                                       QString &target)
{
    if (!parameters.contains(name))
        return refusal(ApiFailureKind::MissingParameter,
                       u"The parameter %1 is missing."_s.arg(QLatin1StringView(name)));
    target = text(parameters, name);
    if (target.isEmpty())
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The value of %1 is empty."_s.arg(QLatin1StringView(name)));
    return std::nullopt;
}

std::optional<ApiFailure> readKeyId(const Parameters &parameters, QString &target)
{
    return requiredText(parameters, parameters.contains("secretID") ? "secretID" : "secretId",
                        target);
}

std::optional<ApiFailure> readListing(const Parameters &parameters, const LegacyNames &names,
                                      ListQuery &query)
{
    if (auto problem = readPaging(parameters, query))
        return problem;
    if (auto problem = readOrder(parameters, query))
        return problem;
    auto ids = arrayValues(parameters, names);
    if (auto *problem = std::get_if<ApiFailure>(&ids))
        return *problem;
    query.ids = std::get<QStringList>(ids);
    if (parameters.contains("searchName"))
        query.keywords.append(text(parameters, "searchName"));
    if (parameters.contains("searchId"))
        query.exactIds.append(text(parameters, "searchId"));
    return std::nullopt;
}

std::optional<ApiFailure> readBusiness(const Parameters &parameters, const LegacyNames &names,
                                       VerifiedCall &call)
{
    switch (call.action) {
    case EmulatedAction::CreateKey: {
        const QByteArray type = parameters.contains("type") ? parameters.at("type") : "auto";
        const auto keyType = keyTypeFromName(QString::fromUtf8(type));
        if (!keyType || type.isEmpty())
            return refusal(ApiFailureKind::InvalidParameterValue,
                           u"The value of type must be auto or manual."_s);
        call.spec.type = *keyType;
        if (parameters.contains("secretName"))
            call.spec.name = text(parameters, "secretName");
        if (call.spec.type == KeyType::Manual) {
            call.spec.keyId =
                text(parameters, parameters.contains("secretID") ? "secretID" : "secretId");
            if (parameters.contains("secretKey"))
                call.spec.keySecret = SecretString::fromUtf8(parameters.at("secretKey"));
        }
        return RequestChecks::checkKeyFields(ApiGeneration::Api2, call.spec, u"secretName"_s,
                                             u"secretId"_s, u"secretKey"_s);
    }
    case EmulatedAction::ListKeys:
    case EmulatedAction::ListPlans:
        return readListing(parameters, names, call.query);
    case EmulatedAction::DescribeKey:
    case EmulatedAction::EnableKey:
    case EmulatedAction::DisableKey:
    case EmulatedAction::DeleteKey:
        return readKeyId(parameters, call.keyId);
    case EmulatedAction::RotateKey:
        if (auto problem = readKeyId(parameters, call.keyId))
            return problem;
        if (parameters.contains("secretKey")) {
            call.secret = SecretString::fromUtf8(parameters.at("secretKey"));
            call.hasSecret = true;
        }
        return std::nullopt;
    case EmulatedAction::ListPlanKeys:
        if (auto problem = requiredText(parameters, "usagePlanId", call.planId))
            return problem;
        return readPaging(parameters, call.query);
    case EmulatedAction::BindKeys:
    case EmulatedAction::UnbindKeys: {
        if (auto problem = requiredText(parameters, "usagePlanId", call.planId))
            return problem;
        auto ids = arrayValues(parameters, names);
        if (auto *problem = std::get_if<ApiFailure>(&ids))
            return problem->kind == ApiFailureKind::InvalidParameterValue
                       ? ApiFailure{ApiFailureKind::InvalidAccessKeyIds, problem->message}
                       : *problem;
        call.keyIds = std::get<QStringList>(ids);
        if (call.keyIds.isEmpty())
            return refusal(ApiFailureKind::MissingParameter,
                           u"The parameter secretIds.n is missing."_s);
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString timeText(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace

LegacyApiHandler::LegacyApiHandler(const OperatorAccounts &accounts, NonceLog &nonces)
    : m_accounts(accounts), m_nonces(nonces)
{}

bool LegacyApiHandler::servesPath(QByteArrayView path)
{
    if (!path.startsWith("/v") || !path.endsWith("/index.php"))
        return false;
    const QByteArrayView version = path.sliced(2, path.size() - 2 - 10);
    return RequestChecks::parseUnsigned(version, 3).has_value();
}

VerificationResult LegacyApiHandler::verify(const ReceivedRequest &request, qint64 now) const
{
    if (request.path != Path)
        return refusal(ApiFailureKind::NoSuchVersion,
                       u"This version of the API is not supported; use /v2/index.php."_s);

    QByteArrayView encoded;
    if (request.method == "GET") {
        if (!request.body.isEmpty())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"A GET request carries its parameters in the query only."_s);
        encoded = request.query;
    } else if (request.method == "POST") {
        if (!request.query.isEmpty())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"A POST request carries its parameters in the body only."_s);
        const QByteArray contentType = request.header("Content-Type");
        if (!contentType.toLower().startsWith(CreateApiKeyProtocol::Api2ContentType.toByteArray()))
            return refusal(ApiFailureKind::InvalidParameter,
                           u"A POST body must be application/x-www-form-urlencoded."_s);
        encoded = request.body;
    } else {
        return refusal(ApiFailureKind::UnsupportedProtocol, u"Only GET and POST are served."_s);
    }

    auto decoded = decodeParameters(encoded);
    if (auto *problem = std::get_if<ApiFailure>(&decoded))
        return *problem;
    Parameters &parameters = std::get<Parameters>(decoded);
    auto wipeParameters = qScopeGuard([&parameters] {
        for (auto &[name, value] : parameters)
            wipeBytes(value);
    });

    for (const char *required : {"Action", "SecretId", "Timestamp", "Nonce", "Signature"}) {
        if (!parameters.contains(required))
            return refusal(ApiFailureKind::MissingParameter,
                           u"The parameter %1 is missing."_s.arg(QLatin1StringView(required)));
    }
    const auto action = emulatedActionFromName(parameters.at("Action"));
    // The legacy pages document every key action but UnBindSecretIds.
    if (!action || *action == EmulatedAction::UnbindKeys)
        return refusal(ApiFailureKind::InvalidAction, u"The action is not known."_s);
    const LegacyNames &names = legacyNames(*action);
    for (const auto &[name, value] : parameters) {
        if (!commonParameters().contains(name) && !isBusinessParameter(name, names))
            return refusal(ApiFailureKind::UnknownParameter,
                           u"The parameter %1 is not known."_s.arg(QString::fromUtf8(name)));
    }
    // An unknown method is refused rather than read as the default HmacSHA1: a client that asked
    // for another algorithm must not be told its signature was checked with one it did not use.
    if (parameters.contains("SignatureMethod") && parameters.at("SignatureMethod") != "HmacSHA1" &&
        parameters.at("SignatureMethod") != "HmacSHA256")
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"SignatureMethod must be HmacSHA1 or HmacSHA256."_s);

    const QString secretId = QString::fromUtf8(parameters.at("SecretId"));
    const OperatorCredentials *account = m_accounts.find(secretId);
    if (!account)
        return refusal(ApiFailureKind::SecretIdNotFound,
                       u"The SecretId does not exist or is disabled."_s);

    const auto timestamp = RequestChecks::parseUnsigned(parameters.at("Timestamp"), 12);
    if (!timestamp)
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The Timestamp is not a number of seconds."_s);
    if (auto skewed = RequestChecks::checkTimestamp(*timestamp, now, u"The Timestamp"_s))
        return *skewed;
    const auto nonce = RequestChecks::parseUnsigned(parameters.at("Nonce"), 10);
    if (!nonce || *nonce == 0)
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The Nonce is not a positive integer."_s);

    // The signed host is the Host header as received, the path as received, the method used.
    const LegacySignatureMethod method =
        parameters.contains("SignatureMethod") && parameters.at("SignatureMethod") == "HmacSHA256"
            ? LegacySignatureMethod::HmacSHA256
            : LegacySignatureMethod::HmacSHA1;
    const QByteArray toSign = LegacySigner::stringToSign(request.method, request.header("Host"),
                                                         request.path, parameters);
    const QByteArray expected = LegacySigner::sign(method, account->secretKey.utf8(), toSign);
    if (!RequestChecks::constantTimeEquals(expected, parameters.at("Signature")))
        return refusal(ApiFailureKind::SignatureFailure,
                       u"The signature does not match the request."_s);

    // Only a correctly signed request spends its nonce; otherwise anyone could burn nonces.
    if (!m_nonces.record(secretId, *nonce, qint64(*timestamp), now, RequestChecks::MaxSkewSecs))
        return refusal(ApiFailureKind::NonceReused, u"The Nonce has been used already."_s);

    const QByteArray token = parameters.contains("Token") ? parameters.at("Token") : QByteArray();
    if (!RequestChecks::constantTimeEquals(token, account->sessionToken.utf8()))
        return refusal(ApiFailureKind::TokenFailure, u"The Token is not valid."_s);

    if (parameters.contains("Region") && !isKnownRegion(parameters.at("Region")))
        return refusal(ApiFailureKind::UnsupportedRegion, u"The Region is not supported."_s);

    for (const auto &[name, value] : parameters) {
        if (isBusinessParameter(name, names) && !isUtf8(value))
            return refusal(ApiFailureKind::InvalidParameterValue,
                           u"The value of %1 is not UTF-8."_s.arg(QString::fromUtf8(name)));
    }
    if (parameters.contains("secretId") && parameters.contains("secretID"))
        return refusal(ApiFailureKind::InvalidParameter,
                       u"Give either secretId or secretID, not both."_s);

    VerifiedCall call;
    call.accountId = secretId;
    call.action = *action;
    if (auto problem = readBusiness(parameters, names, call))
        return *problem;
    return call;
}

HttpResponse LegacyApiHandler::success(EmulatedAction action, const ActionOutcome &outcome) const
{
    QJsonObject object;
    object.insert(u"code"_s, m_codeAsString ? QJsonValue(u"0"_s) : QJsonValue(0));
    object.insert(u"message"_s, QString());
    object.insert(u"codeDesc"_s, u"Success"_s);
    if (const auto *key = std::get_if<ApiKeyRecord>(&outcome)) {
        // The seed's spelling (`secretID`); the client accepts `secretId` too.
        object.insert(u"secretName"_s, key->name);
        object.insert(u"secretID"_s, key->keyId);
        QString secret = key->keySecret.toString();
        object.insert(u"secretKey"_s, secret);
        wipeString(secret);
        object.insert(u"type"_s, keyTypeName(key->type));
        object.insert(u"createdTime"_s, timeText(key->createdUtc));
        if (action != EmulatedAction::CreateKey) {
            object.insert(u"status"_s, key->enabled ? 1 : 0);
            object.insert(u"modifiedTime"_s, timeText(key->modifiedUtc));
        }
    } else if (const auto *keys = std::get_if<KeyListing>(&outcome)) {
        QJsonArray set;
        for (const ApiKeyRecord &listed : keys->keys) {
            if (action == EmulatedAction::ListPlanKeys)
                set.append(QJsonObject{{u"secretId"_s, listed.keyId},
                                       {u"secretName"_s, listed.name},
                                       {u"status"_s, listed.enabled ? 1 : 0}});
            else
                set.append(QJsonObject{{u"secretID"_s, listed.keyId},
                                       {u"secretName"_s, listed.name},
                                       {u"status"_s, listed.enabled ? 1 : 0},
                                       {u"type"_s, keyTypeName(listed.type)},
                                       {u"createdTime"_s, timeText(listed.createdUtc)},
                                       {u"modifiedTime"_s, timeText(listed.modifiedUtc)}});
        }
        object.insert(u"totalCount"_s, keys->totalCount);
        object.insert(
            action == EmulatedAction::ListPlanKeys ? u"secretIdList"_s : u"apiKeyStatusSet"_s, set);
    } else if (const auto *plans = std::get_if<PlanListing>(&outcome)) {
        QJsonArray set;
        for (const PlanRecord &plan : plans->plans)
            set.append(QJsonObject{{u"usagePlanId"_s, plan.id},
                                   {u"usagePlanName"_s, plan.name},
                                   {u"usagePlanDesc"_s, plan.description},
                                   {u"maxRequestNumPreSec"_s, plan.maxRequestsPerSecond},
                                   {u"createdTime"_s, timeText(plan.createdUtc)},
                                   {u"modifiedTime"_s, timeText(plan.modifiedUtc)}});
        object.insert(u"totalCount"_s, plans->totalCount);
        object.insert(u"usagePlanStatusSet"_s, set);
    }
    return HttpResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse LegacyApiHandler::failure(const ApiFailure &problem) const
{
    const int code = ApiFailureCodes::api2Code(problem.kind);
    QJsonObject object;
    object.insert(u"code"_s, m_codeAsString ? QJsonValue(QString::number(code)) : QJsonValue(code));
    object.insert(u"message"_s, problem.message);
    object.insert(u"codeDesc"_s, ApiFailureCodes::api2CodeDesc(problem.kind));
    return HttpResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray LegacyApiHandler::actionOf(const ReceivedRequest &request)
{
    auto decoded = decodeParameters(request.method == "GET" ? request.query : request.body);
    auto *parameters = std::get_if<Parameters>(&decoded);
    if (!parameters)
        return {};
    const QByteArray action =
        parameters->contains("Action") ? parameters->at("Action") : QByteArray();
    for (auto &[name, value] : *parameters)
        wipeBytes(value);
    return action;
}
