#include "createapikeyrequest.h"

SecretInUrl secretInUrl(const KeySpec &spec, const OperatorCredentials &credentials,
                        const GatewayEndpoint &endpoint)
{
    return secretInUrl(CreateApiKeyAction::request(spec, endpoint.generation), credentials,
                       endpoint);
}

CreateApiKeyRequestBuilder::CreateApiKeyRequestBuilder(const Clock &clock, NonceSource &nonces)
    : m_signer(clock, nonces)
{}

BuiltRequest CreateApiKeyRequestBuilder::build(const KeySpec &spec,
                                               const OperatorCredentials &credentials,
                                               const GatewayEndpoint &endpoint) const
{
    const KeySpecProblems problems = validateKeySpec(spec, endpoint.generation);
    if (!problems.isValid()) {
        BuiltRequest refused;
        refused.problem = BuildProblem::InvalidKeySpec;
        refused.keySpecProblems = problems;
        return refused;
    }
    return m_signer.sign(CreateApiKeyAction::request(spec.normalized(), endpoint.generation),
                         credentials, endpoint);
}
