#include "legacyapihandler.h"

#include "createapikeyrequest.h"
#include "gatewayendpoint.h"
#include "legacysigner.h"
#include "noncelog.h"
#include "operatoraccounts.h"

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

const QSet<QByteArray> &businessParameters()
{
    // The English page spells the key id `secretID`; either spelling is read, never both.
    static const QSet<QByteArray> names = {"secretName", "type", "secretId", "secretID",
                                           "secretKey"};
    return names;
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
    for (const auto &[name, value] : parameters) {
        if (!commonParameters().contains(name) && !businessParameters().contains(name))
            return refusal(ApiFailureKind::UnknownParameter,
                           u"The parameter %1 is not known."_s.arg(QString::fromUtf8(name)));
    }
    if (parameters.at("Action") != CreateApiKeyProtocol::Action)
        return refusal(ApiFailureKind::InvalidAction, u"The action is not known."_s);
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
        if (businessParameters().contains(name) && !isUtf8(value))
            return refusal(ApiFailureKind::InvalidParameterValue,
                           u"The value of %1 is not UTF-8."_s.arg(QString::fromUtf8(name)));
    }
    if (parameters.contains("secretId") && parameters.contains("secretID"))
        return refusal(ApiFailureKind::InvalidParameter,
                       u"Give either secretId or secretID, not both."_s);

    VerifiedCall call;
    call.accountId = secretId;
    const QByteArray type = parameters.contains("type") ? parameters.at("type") : "auto";
    const auto keyType = keyTypeFromName(QString::fromUtf8(type));
    if (!keyType || type.isEmpty())
        return refusal(ApiFailureKind::InvalidParameterValue,
                       u"The value of type must be auto or manual."_s);
    call.spec.type = *keyType;
    if (parameters.contains("secretName"))
        call.spec.name = QString::fromUtf8(parameters.at("secretName"));
    if (call.spec.type == KeyType::Manual) {
        const char *idName = parameters.contains("secretID") ? "secretID" : "secretId";
        if (parameters.contains(idName))
            call.spec.keyId = QString::fromUtf8(parameters.at(idName));
        if (parameters.contains("secretKey"))
            call.spec.keySecret = SecretString::fromUtf8(parameters.at("secretKey"));
    }
    if (auto problem = RequestChecks::checkKeyFields(
            ApiGeneration::Api2, call.spec, u"secretName"_s, u"secretId"_s, u"secretKey"_s))
        return *problem;
    return call;
}

HttpResponse LegacyApiHandler::success(const CreatedApiKey &key) const
{
    // The seed's order and spelling (`secretID`); the client accepts `secretId` too.
    QJsonObject object;
    object.insert(u"code"_s, m_codeAsString ? QJsonValue(u"0"_s) : QJsonValue(0));
    object.insert(u"message"_s, QString());
    object.insert(u"codeDesc"_s, u"Success"_s);
    object.insert(u"secretName"_s, key.name);
    object.insert(u"secretID"_s, key.keyId);
    QString secret = key.keySecret.toString();
    object.insert(u"secretKey"_s, secret);
    wipeString(secret);
    object.insert(u"type"_s, keyTypeName(key.type));
    object.insert(u"createdTime"_s, key.createdUtc.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s));
    HttpResponse response =
        HttpResponse::json(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return response;
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
