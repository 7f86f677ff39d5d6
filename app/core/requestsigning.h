#pragma once

#include "apirequest.h"
#include "clock.h"
#include "gatewayendpoint.h"
#include "httprequest.h"
#include "keyspec.h"
#include "noncesource.h"
#include "operatorcredentials.h"

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
    KeySecret,    // a secret parameter of the action, such as a manual key's secret
    SessionToken, // the operator's session token (Token)
};

// Which secret, if any, this request, signed with these credentials for this endpoint, would carry
// in its URL. The first found: the action's secret before the token.
SecretInUrl secretInUrl(const ApiRequest &request, const OperatorCredentials &credentials,
                        const GatewayEndpoint &endpoint);

// A signed request, or why none could be built. Invalid input never produces a request.
struct BuiltRequest
{
    HttpRequest request;
    BuildProblem problem = BuildProblem::None;
    KeySpecProblems keySpecProblems; // CreateApiKey's own input
    CredentialProblem credentialProblem = CredentialProblem::None;
    EndpointProblem endpointProblem = EndpointProblem::None;
    SecretInUrl secretInUrl = SecretInUrl::None;

    bool isValid() const { return problem == BuildProblem::None; }
};

// Signs any action for the generation it names, after checking what every action shares: the
// operator credentials (trimmed first), the endpoint, and no secret in a URL. The clock and the
// nonce source are injected so that tests reproduce known signatures.
class RequestSigner
{
public:
    RequestSigner(const Clock &clock, NonceSource &nonces);

    BuiltRequest sign(const ApiRequest &request, const OperatorCredentials &credentials,
                      const GatewayEndpoint &endpoint) const;

private:
    const Clock &m_clock;
    NonceSource &m_nonces;
};

// One signer per generation; they expect checked input. The endpoint gives URL, region, language
// and, for API 2.0, the HTTP and signature methods.
//
// API 3.0: a POST with the parameters as a JSON body, X-TC-* headers and TC3-HMAC-SHA256.
HttpRequest signTc3Request(const ApiRequest &request, const OperatorCredentials &credentials,
                           const GatewayEndpoint &endpoint, qint64 timestamp);
// API 2.0: the common parameters and the flattened action parameters, signed, in a form body
// (POST) or the query (GET).
HttpRequest signLegacyRequest(const ApiRequest &request, const OperatorCredentials &credentials,
                              const GatewayEndpoint &endpoint, qint64 timestamp, quint32 nonce);
