#include "failure.h"

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

Failure Failure::fromGateway(const GatewayError &error)
{
    using Kind = GatewayError::Kind;
    Failure failure;
    failure.generation = error.generation;
    failure.gateway = error;
    switch (error.kind) {
    case Kind::Gateway:
    case Kind::MalformedResponse:
    case Kind::HttpStatus:
    case Kind::ResponseTooLarge:
        failure.origin = Origin::Gateway;
        break;
    case Kind::Timeout:
    case Kind::Cancelled:
    case Kind::Network:
    case Kind::Tls:
    case Kind::Redirect:
        failure.origin = Origin::Transport;
        break;
    case Kind::InsecureEndpoint:
    case Kind::InvalidRequest:
        failure.origin = Origin::Input;
        break;
    }
    return failure;
}

Failure Failure::fromStore(const SecretStoreError &keychain, const KeyIndexError &keyIndex)
{
    Failure failure;
    failure.origin = keychain.kind == SecretStoreError::Kind::MissingPart ? Origin::Installation
                                                                          : Origin::Keychain;
    failure.keychain = keychain;
    failure.keyIndex = keyIndex;
    return failure;
}
