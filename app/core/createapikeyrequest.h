#pragma once

#include "clock.h"
#include "gatewayendpoint.h"
#include "httprequest.h"
#include "keyspec.h"
#include "noncesource.h"
#include "operatorcredentials.h"

// The two generations' names for the one action this application performs.
namespace CreateApiKeyProtocol {
inline constexpr QByteArrayView Action = "CreateApiKey";
inline constexpr QByteArrayView Api3Version = "2018-08-08";
inline constexpr QByteArrayView Api3Service = "apigateway";
inline constexpr QByteArrayView Api3ContentType = "application/json; charset=utf-8";
inline constexpr QByteArrayView Api2ContentType = "application/x-www-form-urlencoded";
} // namespace CreateApiKeyProtocol

enum class BuildProblem {
    None,
    InvalidKeySpec,
    InvalidCredentials,
    InvalidEndpoint,
    SecretInUrl, // the request would carry a secret in its URL; see secretInUrl
};

// A secret that an API 2.0 GET would put in its query string, where proxies, servers' access logs
// and browser-like caches keep URLs. A POST carries the same parameters in its body.
enum class SecretInUrl {
    None,
    KeySecret,    // a manual key's secret (secretKey)
    SessionToken, // the operator's session token (Token)
};

// Which secret, if any, a request for this spec, with these credentials, to this endpoint, would
// carry in its URL. The first found: the key secret before the token.
SecretInUrl secretInUrl(const KeySpec &spec, const OperatorCredentials &credentials,
                        const GatewayEndpoint &endpoint);

// A signed request, or why none could be built. Invalid input never produces a request.
struct BuiltRequest
{
    HttpRequest request;
    BuildProblem problem = BuildProblem::None;
    KeySpecProblems keySpecProblems;
    CredentialProblem credentialProblem = CredentialProblem::None;
    EndpointProblem endpointProblem = EndpointProblem::None;
    SecretInUrl secretInUrl = SecretInUrl::None;

    bool isValid() const { return problem == BuildProblem::None; }
};

// Builds and signs one CreateApiKey request for either generation. The clock and the nonce source
// are injected so that tests reproduce known signatures.
class CreateApiKeyRequestBuilder
{
public:
    CreateApiKeyRequestBuilder(const Clock &clock, NonceSource &nonces);

    // Validates, normalises (trims) and signs. Surrounding whitespace is never sent; for `auto`
    // the id and secret are never sent.
    BuiltRequest build(const KeySpec &spec, const OperatorCredentials &credentials,
                       const GatewayEndpoint &endpoint) const;

private:
    const Clock &m_clock;
    NonceSource &m_nonces;
};

// The generation-specific halves; they expect validated, normalised input.
HttpRequest buildLegacyCreateApiKeyRequest(const KeySpec &spec,
                                           const OperatorCredentials &credentials,
                                           const GatewayEndpoint &endpoint, qint64 timestamp,
                                           quint32 nonce);
HttpRequest buildTc3CreateApiKeyRequest(const KeySpec &spec, const OperatorCredentials &credentials,
                                        const GatewayEndpoint &endpoint, qint64 timestamp);
