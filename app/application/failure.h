#pragma once

#include "apitypes.h"
#include "createapikeyrequest.h"
#include "gatewayerror.h"
#include "keyactions.h"
#include "keyindex.h"
#include "secretstoreerror.h"

#include <QString>
#include <optional>

// Why a use case did not get its way, for the window and the CLI alike: where the problem arose
// and, from the part that found it, exactly what it was. FailureText turns it into words.
struct Failure
{
    enum class Origin {
        Input,     // a value in the form, the settings or the command line; nothing was sent
        Transport, // the way to the gateway: network, TLS, timeout, redirect, cancel
        Gateway,   // the gateway answered, with an error code or with something unreadable
        Keychain,  // the keychain or the list of saved keys
        // The installation lacks a part it needs. Nothing reports it since the parts are linked
        // in; kept so that a future check (a missing plugin, say) has its place and the CLI's exit
        // code for it stays defined.
        Installation,
    };

    // What an operation on the gateway's keys or plans (GatewayKeys) could not take, before
    // anything was sent (Origin::Input, with BuildProblem::None).
    enum class OperationProblem {
        None,
        MissingKeyId,     // an action on a key, or on keys, without an id
        MissingPlanId,    // an action on a usage plan without its id
        InvalidPage,      // a page size outside 1..100, or a negative offset
        NeedsApi3,        // the generation lacks Input::action
        FilterNeedsApi3,  // API 2.0 lists keys by name only: no status or usage-plan filter
        InvalidNewSecret, // a rotation's new secret: Input::newSecret says how
    };

    // What the builder refused (Origin::Input). The names and the secret's length are kept for
    // the words: they quote the name and the id, and count a secret's characters without it.
    struct Input
    {
        BuildProblem problem = BuildProblem::None;
        OperationProblem operation = OperationProblem::None;
        KeyAction action = KeyAction::ListKeys;      // of NeedsApi3
        FieldProblem newSecret = FieldProblem::None; // length in keySecretLength
        KeySpecProblems keySpec;
        CredentialProblem credentials = CredentialProblem::None;
        EndpointProblem endpoint = EndpointProblem::None;
        SecretInUrl secretInUrl = SecretInUrl::None;
        QString keyName;
        QString keyId;
        qsizetype keySecretLength = 0;
    };

    Origin origin = Origin::Input;
    ApiGeneration generation = ApiGeneration::Api3;
    Input input;
    GatewayError gateway;      // Transport and Gateway
    SecretStoreError keychain; // Keychain
    KeyIndexError keyIndex;    // Keychain: the list of saved keys
    // The key or plan action that failed, and how many steps before it the gateway confirmed
    // (a disable before a delete); none for a create.
    std::optional<KeyAction> keyAction;
    int stepsDone = 0;

    static Failure fromBuild(const BuiltRequest &built, const KeySpec &spec,
                             ApiGeneration generation);
    static Failure fromInput(Input input, ApiGeneration generation);
    static Failure fromGateway(const GatewayError &error);
    static Failure fromOperation(OperationProblem problem, ApiGeneration generation);
    static Failure fromStore(const SecretStoreError &keychain, const KeyIndexError &keyIndex = {});

    // Whether the gateway may have acted on the request although it failed.
    bool mayHaveBeenProcessed() const { return gateway.mayHaveBeenProcessed; }
    // Whether the input was refused before anything was sent, for any reason.
    bool isInputProblem() const
    {
        return origin == Origin::Input &&
               (input.problem != BuildProblem::None || input.operation != OperationProblem::None);
    }
};
