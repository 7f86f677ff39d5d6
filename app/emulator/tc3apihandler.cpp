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

std::variant<KeySpec, ApiFailure> readBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refusal(ApiFailureKind::InvalidParameterFormat,
                       u"The request body is not a JSON object."_s);
    const QJsonObject object = document.object();
    static const QStringList known = {u"SecretName"_s, u"AccessKeyType"_s, u"AccessKeyId"_s,
                                      u"AccessKeySecret"_s, u"Tags"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return refusal(ApiFailureKind::UnknownParameter,
                           u"The parameter %1 is not known."_s.arg(it.key()));
        if (it.key() != u"Tags" && !it.value().isString())
            return refusal(ApiFailureKind::InvalidParameter,
                           u"The parameter %1 must be a string, not %2."_s.arg(
                               it.key(), jsonTypeName(it.value())));
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
    if (action != CreateApiKeyProtocol::Action)
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

    auto spec = readBody(request.body);
    if (auto *problem = std::get_if<ApiFailure>(&spec))
        return *problem;
    return VerifiedCall{secretId, std::move(std::get<KeySpec>(spec))};
}

HttpResponse Tc3ApiHandler::success(const CreatedApiKey &key) const
{
    const QString created = key.createdUtc.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
    QJsonObject result;
    result.insert(u"AccessKeyId"_s, key.keyId);
    QString secret = key.keySecret.toString();
    result.insert(u"AccessKeySecret"_s, secret);
    wipeString(secret);
    result.insert(u"AccessKeyType"_s, keyTypeName(key.type));
    result.insert(u"SecretName"_s, key.name);
    result.insert(u"Status"_s, 1);
    result.insert(u"CreatedTime"_s, created);
    result.insert(u"ModifiedTime"_s, created);
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
