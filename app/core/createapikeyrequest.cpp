#include "createapikeyrequest.h"

#include "legacysigner.h"
#include "tc3signer.h"

#include <QJsonDocument>
#include <QJsonObject>

CreateApiKeyRequestBuilder::CreateApiKeyRequestBuilder(const Clock &clock, NonceSource &nonces)
    : m_clock(clock)
    , m_nonces(nonces)
{
}

BuiltRequest CreateApiKeyRequestBuilder::build(const KeySpec &spec,
                                               const OperatorCredentials &credentials,
                                               const GatewayEndpoint &endpoint) const
{
    BuiltRequest built;
    built.keySpecProblems = validateKeySpec(spec, endpoint.generation);
    if (!built.keySpecProblems.isValid()) {
        built.problem = BuildProblem::InvalidKeySpec;
        return built;
    }
    const OperatorCredentials trimmedCredentials = OperatorCredentials::fromInput(
        credentials.secretId, credentials.secretKey.toString(),
        credentials.sessionToken.toString());
    built.credentialProblem = checkCredentials(trimmedCredentials);
    if (built.credentialProblem != CredentialProblem::None) {
        built.problem = BuildProblem::InvalidCredentials;
        return built;
    }
    built.endpointProblem = checkEndpoint(endpoint);
    if (built.endpointProblem != EndpointProblem::None) {
        built.problem = BuildProblem::InvalidEndpoint;
        return built;
    }

    const KeySpec normalized = spec.normalized();
    const qint64 timestamp = m_clock.currentSecsSinceEpoch();
    if (endpoint.generation == ApiGeneration::Api2) {
        built.request = buildLegacyCreateApiKeyRequest(normalized, trimmedCredentials, endpoint,
                                                       timestamp, m_nonces.nextNonce());
    } else {
        built.request =
            buildTc3CreateApiKeyRequest(normalized, trimmedCredentials, endpoint, timestamp);
    }
    return built;
}

namespace {

QByteArray endpointPath(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    return path.isEmpty() ? QByteArrayLiteral("/") : path;
}

QByteArray origin(const QUrl &url)
{
    // scheme://host[:port], exactly the host that is signed.
    return url.scheme().toLatin1() + "://" + signedHost(url);
}

} // namespace

HttpRequest buildLegacyCreateApiKeyRequest(const KeySpec &spec,
                                           const OperatorCredentials &credentials,
                                           const GatewayEndpoint &endpoint, qint64 timestamp,
                                           quint32 nonce)
{
    LegacySigner::Parameters parameters;
    parameters["Action"] = CreateApiKeyProtocol::Action.toByteArray();
    parameters["Region"] = endpoint.region.toUtf8();
    parameters["Timestamp"] = QByteArray::number(timestamp);
    parameters["Nonce"] = QByteArray::number(nonce);
    parameters["SecretId"] = credentials.secretId.toUtf8();
    parameters["SignatureMethod"] = legacySignatureMethodName(endpoint.signatureMethod).toLatin1();
    if (!credentials.sessionToken.isEmpty())
        parameters["Token"] = credentials.sessionToken.utf8();
    if (!spec.name.isEmpty())
        parameters["secretName"] = spec.name.toUtf8();
    parameters["type"] = keyTypeName(spec.type).toLatin1();
    if (spec.type == KeyType::Manual) {
        // `secretId` next to the common `SecretId`: the map is case-sensitive, so both travel.
        parameters["secretId"] = spec.keyId.toUtf8();
        parameters["secretKey"] = spec.keySecret.utf8();
    }

    HttpRequest request;
    const bool post = endpoint.httpMethod == LegacyHttpMethod::Post;
    request.method = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    const QByteArray host = signedHost(endpoint.url);
    const QByteArray path = endpointPath(endpoint.url);
    const QByteArray toSign = LegacySigner::stringToSign(request.method, host, path, parameters);
    parameters["Signature"] =
        LegacySigner::sign(endpoint.signatureMethod, credentials.secretKey.utf8(), toSign);

    QByteArray encoded = LegacySigner::encodeParameters(parameters);
    for (auto &[name, value] : parameters)
        wipeBytes(value);
    if (post) {
        request.url = QUrl::fromEncoded(origin(endpoint.url) + path,
                                        QUrl::StrictMode);
        request.headers.append({"Content-Type", CreateApiKeyProtocol::Api2ContentType.toByteArray()});
        request.body = std::move(encoded);
    } else {
        request.url = QUrl::fromEncoded(origin(endpoint.url) + path + '?' + encoded,
                                        QUrl::StrictMode);
        wipeBytes(encoded);
    }
    return request;
}

HttpRequest buildTc3CreateApiKeyRequest(const KeySpec &spec,
                                        const OperatorCredentials &credentials,
                                        const GatewayEndpoint &endpoint, qint64 timestamp)
{
    QJsonObject body;
    body.insert(QStringLiteral("SecretName"), spec.name);
    body.insert(QStringLiteral("AccessKeyType"), keyTypeName(spec.type));
    if (spec.type == KeyType::Manual) {
        body.insert(QStringLiteral("AccessKeyId"), spec.keyId);
        body.insert(QStringLiteral("AccessKeySecret"), spec.keySecret.toString());
    }

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = QUrl::fromEncoded(origin(endpoint.url) + endpointPath(endpoint.url),
                                    QUrl::StrictMode);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    Tc3Signer::Input input;
    input.secretId = credentials.secretId.toUtf8();
    input.secretKey = credentials.secretKey.utf8();
    input.service = CreateApiKeyProtocol::Api3Service.toByteArray();
    input.host = signedHost(endpoint.url);
    input.contentType = CreateApiKeyProtocol::Api3ContentType.toByteArray();
    input.payload = request.body;
    input.timestamp = timestamp;
    input.path = endpointPath(endpoint.url);

    request.headers = {
        {"Content-Type", input.contentType},
        {"X-TC-Action", CreateApiKeyProtocol::Action.toByteArray()},
        {"X-TC-Version", CreateApiKeyProtocol::Api3Version.toByteArray()},
        {"X-TC-Timestamp", QByteArray::number(timestamp)},
        {"X-TC-Region", endpoint.region.toUtf8()},
        {"Authorization", Tc3Signer::authorization(input)},
    };
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({"X-TC-Token", credentials.sessionToken.utf8()});
    if (!endpoint.language.isEmpty())
        request.headers.append({"X-TC-Language", endpoint.language.toLatin1()});
    return request;
}
