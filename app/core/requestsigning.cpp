#include "requestsigning.h"

#include "legacysigner.h"
#include "tc3signer.h"

SecretInUrl secretInUrl(const ApiRequest &request, const OperatorCredentials &credentials,
                        const GatewayEndpoint &endpoint)
{
    if (request.generation != ApiGeneration::Api2 || endpoint.httpMethod != LegacyHttpMethod::Get)
        return SecretInUrl::None;
    if (request.carriesSecret())
        return SecretInUrl::KeySecret;
    if (!credentials.sessionToken.isEmpty())
        return SecretInUrl::SessionToken;
    return SecretInUrl::None;
}

RequestSigner::RequestSigner(const Clock &clock, NonceSource &nonces)
    : m_clock(clock), m_nonces(nonces)
{}

BuiltRequest RequestSigner::sign(const ApiRequest &request, const OperatorCredentials &credentials,
                                 const GatewayEndpoint &endpoint) const
{
    BuiltRequest built;
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
    built.secretInUrl = secretInUrl(request, trimmedCredentials, endpoint);
    if (built.secretInUrl != SecretInUrl::None) {
        built.problem = BuildProblem::SecretInUrl;
        return built;
    }

    const qint64 timestamp = m_clock.currentSecsSinceEpoch();
    built.request = request.generation == ApiGeneration::Api2
                        ? signLegacyRequest(request, trimmedCredentials, endpoint, timestamp,
                                            m_nonces.nextNonce())
                        : signTc3Request(request, trimmedCredentials, endpoint, timestamp);
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

HttpRequest signLegacyRequest(const ApiRequest &apiRequest, const OperatorCredentials &credentials,
                              const GatewayEndpoint &endpoint, qint64 timestamp, quint32 nonce)
{
    LegacySigner::Parameters parameters;
    // The action's own first: a common parameter of the same name wins over it.
    ApiEncoding::flatten(apiRequest.parameters, parameters);
    parameters["Action"] = apiRequest.action;
    parameters["Region"] = endpoint.region.toUtf8();
    parameters["Timestamp"] = QByteArray::number(timestamp);
    parameters["Nonce"] = QByteArray::number(nonce);
    parameters["SecretId"] = credentials.secretId.toUtf8();
    parameters["SignatureMethod"] = legacySignatureMethodName(endpoint.signatureMethod).toLatin1();
    if (!credentials.sessionToken.isEmpty())
        parameters["Token"] = credentials.sessionToken.utf8();

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
        request.headers.append({"Content-Type", GatewayApi::Api2ContentType.toByteArray()});
        request.body = std::move(encoded);
    } else {
        request.url =
            QUrl::fromEncoded(origin(endpoint.url) + path + '?' + encoded, QUrl::StrictMode);
        wipeBytes(encoded);
    }
    return request;
}

HttpRequest signTc3Request(const ApiRequest &apiRequest, const OperatorCredentials &credentials,
                           const GatewayEndpoint &endpoint, qint64 timestamp)
{
    const QByteArray host = signedHost(endpoint.url);
    const QByteArray path = endpointPath(endpoint.url);

    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url =
        QUrl::fromEncoded(endpoint.url.scheme().toLatin1() + "://" + host + path, QUrl::StrictMode);
    request.body = ApiEncoding::json(apiRequest.parameters);

    Tc3Signer::Input input;
    input.secretId = credentials.secretId.toUtf8();
    input.secretKey = credentials.secretKey.utf8();
    input.service = GatewayApi::Service.toByteArray();
    input.host = host;
    input.contentType = GatewayApi::Api3ContentType.toByteArray();
    input.payload = request.body;
    input.timestamp = timestamp;
    input.path = path;

    request.headers = {
        {"Content-Type", input.contentType},
        {"X-TC-Action", apiRequest.action},
        {"X-TC-Version", apiRequest.version},
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
