#include "failure.h"

#include <algorithm>
#include <iterator>

namespace {

// Where a sender's error arose. The kinds not listed are the gateway's answers: an error code, or
// something that was not an answer.
Failure::Origin originOf(GatewayError::Kind kind)
{
    using Kind = GatewayError::Kind;
    static constexpr Kind transport[] = {Kind::Timeout, Kind::Cancelled, Kind::Network, Kind::Tls,
                                         Kind::Redirect};
    static constexpr Kind input[] = {Kind::InsecureEndpoint, Kind::InvalidRequest};
    if (std::find(std::begin(transport), std::end(transport), kind) != std::end(transport))
        return Failure::Origin::Transport;
    if (std::find(std::begin(input), std::end(input), kind) != std::end(input))
        return Failure::Origin::Input;
    return Failure::Origin::Gateway;
}

} // namespace

Failure Failure::fromBuild(const BuiltRequest &built, const KeySpec &spec, ApiGeneration generation)
{
    Input input;
    input.problem = built.problem;
    input.keySpec = built.keySpecProblems;
    input.credentials = built.credentialProblem;
    input.endpoint = built.endpointProblem;
    input.secretInUrl = built.secretInUrl;
    input.keyName = spec.name;
    input.keyId = spec.keyId;
    input.keySecretLength = spec.keySecret.length();
    return fromInput(std::move(input), generation);
}

Failure Failure::fromInput(Input input, ApiGeneration generation)
{
    Failure failure;
    failure.origin = Origin::Input;
    failure.generation = generation;
    failure.input = std::move(input);
    return failure;
}

Failure Failure::fromOperation(OperationProblem problem, ApiGeneration generation)
{
    Input input;
    input.operation = problem;
    return fromInput(std::move(input), generation);
}

Failure Failure::fromGateway(const GatewayError &error)
{
    Failure failure;
    failure.generation = error.generation;
    failure.gateway = error;
    failure.origin = originOf(error.kind);
    return failure;
}

Failure Failure::fromStore(const SecretStoreError &keychain, const KeyIndexError &keyIndex)
{
    Failure failure;
    failure.origin = Origin::Keychain;
    failure.keychain = keychain;
    failure.keyIndex = keyIndex;
    return failure;
}
