#pragma once

#include "createapikeyaction.h"
#include "requestsigning.h"

// The names the emulator checks a CreateApiKey against.
namespace CreateApiKeyProtocol {
inline constexpr QByteArrayView Action = CreateApiKeyAction::Name;
inline constexpr QByteArrayView Api3Version = GatewayApi::Version;
inline constexpr QByteArrayView Api3Service = GatewayApi::Service;
inline constexpr QByteArrayView Api3ContentType = GatewayApi::Api3ContentType;
inline constexpr QByteArrayView Api2ContentType = GatewayApi::Api2ContentType;
} // namespace CreateApiKeyProtocol

// Which secret, if any, a CreateApiKey for this spec, with these credentials, to this endpoint,
// would carry in its URL; for checking a spec before it is valid (a manual key counts as carrying
// its secret however empty it is yet).
SecretInUrl secretInUrl(const KeySpec &spec, const OperatorCredentials &credentials,
                        const GatewayEndpoint &endpoint);

// Builds and signs one CreateApiKey request for the endpoint's generation: the key spec's checks,
// CreateApiKeyAction's parameters, then RequestSigner.
class CreateApiKeyRequestBuilder
{
public:
    CreateApiKeyRequestBuilder(const Clock &clock, NonceSource &nonces);

    // Validates, normalises (trims) and signs. Surrounding whitespace is never sent; for `auto`
    // the id and secret are never sent.
    BuiltRequest build(const KeySpec &spec, const OperatorCredentials &credentials,
                       const GatewayEndpoint &endpoint) const;

private:
    RequestSigner m_signer;
};
