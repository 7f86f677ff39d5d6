#include "createapikeyrequest.h"

#include "legacysigner.h"
#include "tc3signer.h"

CreateApiKeyRequestBuilder::CreateApiKeyRequestBuilder(const Clock &clock, NonceSource &nonces)
    : m_clock(clock), m_nonces(nonces)
{}

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
    const OperatorCredentials trimmedCredentials =
        OperatorCredentials::fromInput(credentials.secretId, credentials.secretKey.toString(),
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

    built.secretInUrl = secretInUrl(spec, trimmedCredentials, endpoint);
    if (built.secretInUrl != SecretInUrl::None) {
        built.problem = BuildProblem::SecretInUrl;
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

SecretInUrl secretInUrl(const KeySpec &spec, const OperatorCredentials &credentials,
                        const GatewayEndpoint &endpoint)
{
    if (endpoint.generation != ApiGeneration::Api2 || endpoint.httpMethod != LegacyHttpMethod::Get)
        return SecretInUrl::None;
    if (spec.type == KeyType::Manual)
        return SecretInUrl::KeySecret;
    if (!credentials.sessionToken.isEmpty())
        return SecretInUrl::SessionToken;
    return SecretInUrl::None;
}

namespace {

QByteArray endpointPath(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    return path.isEmpty() ? QByteArrayLiteral("/") : path;
}

// A JSON string of UTF-8 text: '"', '\\' and control characters escaped, everything else as is.
void appendJsonString(QByteArray &json, QByteArrayView utf8)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    json.append('"');
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == '"' || c == '\\') {
            json.append('\\').append(byte);
        } else if (c < 0x20) {
            json.append("\\u00").append(hexDigits[c >> 4]).append(hexDigits[c & 0x0f]);
        } else {
            json.append(byte);
        }
    }
    json.append('"');
}

// The API 3.0 body, compact, keys in the order QJsonDocument would write them. Written by hand:
// four string fields need no general serialiser (which cost more than a third of the time spent
// outside the hashes), and the key secret goes from its SecretString straight into the body. The
// buffer is reserved for the worst case up front, so no reallocation leaves a copy of the secret
// behind in freed memory.
QByteArray createApiKeyJson(const KeySpec &spec)
{
    const QByteArray name = spec.name.toUtf8();
    const QByteArray type = keyTypeName(spec.type).toLatin1();
    const bool manual = spec.type == KeyType::Manual;
    const QByteArray keyId = manual ? spec.keyId.toUtf8() : QByteArray();
    const QByteArrayView keySecret =
        manual ? QByteArrayView(spec.keySecret.utf8()) : QByteArrayView();

    QByteArray json;
    // Each byte escapes to at most six ("\u00XX"); 100 covers the field names and punctuation.
    json.reserve(100 + 6 * (name.size() + type.size() + keyId.size() + keySecret.size()));
    json.append('{');
    if (manual) {
        json.append("\"AccessKeyId\":");
        appendJsonString(json, keyId);
        json.append(",\"AccessKeySecret\":");
        appendJsonString(json, keySecret);
        json.append(',');
    }
    json.append("\"AccessKeyType\":");
    appendJsonString(json, type);
    json.append(",\"SecretName\":");
    appendJsonString(json, name);
    json.append('}');
    return json;
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
        request.url = QUrl::fromEncoded(origin(endpoint.url) + path, QUrl::StrictMode);
        request.headers.append(
            {"Content-Type", CreateApiKeyProtocol::Api2ContentType.toByteArray()});
        request.body = std::move(encoded);
    } else {
        request.url =
            QUrl::fromEncoded(origin(endpoint.url) + path + '?' + encoded, QUrl::StrictMode);
        wipeBytes(encoded);
    }
    return request;
}

HttpRequest buildTc3CreateApiKeyRequest(const KeySpec &spec, const OperatorCredentials &credentials,
                                        const GatewayEndpoint &endpoint, qint64 timestamp)
{
    const QByteArray host = signedHost(endpoint.url);
    const QByteArray path = endpointPath(endpoint.url);

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url =
        QUrl::fromEncoded(endpoint.url.scheme().toLatin1() + "://" + host + path, QUrl::StrictMode);
    request.body = createApiKeyJson(spec);

    Tc3Signer::Input input;
    input.secretId = credentials.secretId.toUtf8();
    input.secretKey = credentials.secretKey.utf8();
    input.service = CreateApiKeyProtocol::Api3Service.toByteArray();
    input.host = host;
    input.contentType = CreateApiKeyProtocol::Api3ContentType.toByteArray();
    input.payload = request.body;
    input.timestamp = timestamp;
    input.path = path;

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
