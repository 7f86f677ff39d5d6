#include "createkey.h"

#include "createapikeyrequest.h"
#include "createapikeyresponse.h"
#include "failuretext.h"
#include "gatewaysender.h"
#include "keyrecord.h"
#include "savedkeys.h"

CreateKey::CreateKey(GatewaySender &sender, const Clock &clock, NonceSource &nonces,
                     QObject *parent)
    : QObject(parent), m_sender(sender), m_clock(clock), m_nonces(nonces)
{}

CreateKey::~CreateKey()
{
    // Dropping a running call stops its transfer silently.
    if (GatewayCall *call = m_call.data())
        call->deleteLater();
    m_sentSecret.wipe();
}

std::optional<Failure> CreateKey::check(const KeySpec &spec, const GatewayEndpoint &endpoint)
{
    BuiltRequest refused;
    refused.keySpecProblems = validateKeySpec(spec, endpoint.generation);
    refused.endpointProblem = checkEndpoint(endpoint);
    // A session token is known only with the credentials: the builder checks it then.
    refused.secretInUrl = secretInUrl(spec, {}, endpoint);
    if (!refused.keySpecProblems.isValid())
        refused.problem = BuildProblem::InvalidKeySpec;
    else if (refused.endpointProblem != EndpointProblem::None)
        refused.problem = BuildProblem::InvalidEndpoint;
    else if (refused.secretInUrl != SecretInUrl::None)
        refused.problem = BuildProblem::SecretInUrl;
    else
        return std::nullopt;
    return Failure::fromBuild(refused, spec, endpoint.generation);
}

std::optional<Failure> CreateKey::start(const KeySpec &spec, const OperatorCredentials &credentials,
                                        const GatewayEndpoint &endpoint)
{
    if (m_call)
        return std::nullopt; // a create in flight is never joined by another
    const BuiltRequest built =
        CreateApiKeyRequestBuilder(m_clock, m_nonces).build(spec, credentials, endpoint);
    if (!built.isValid())
        return Failure::fromBuild(built, spec, endpoint.generation);

    m_endpoint = endpoint;
    m_account = credentials.secretId;
    m_sentSecret = spec.keySecret;
    m_requestedType = spec.type;
    GatewayCall *call = m_sender.sendAction(built.request, endpoint.generation);
    m_call = call;
    connect(call, &GatewayCall::finished, this, &CreateKey::onFinished);
    return std::nullopt;
}

void CreateKey::cancel()
{
    if (GatewayCall *call = m_call.data())
        call->cancel();
}

SavedKeyJob *CreateKey::save(SavedKeys &savedKeys, const CreatedKey &key) const
{
    const KeyRecord record =
        KeyRecord::fromCreatedKey(key, m_endpoint.url, m_endpoint.region, m_account);
    return savedKeys.save(record, key.keySecret);
}

void CreateKey::onFinished(const GatewayAnswer &answer)
{
    if (GatewayCall *call = m_call.data())
        call->deleteLater();
    m_call.clear();
    const SecretString sent = std::move(m_sentSecret);
    CreateApiKeyResult result = CreateApiKeyResponse::decode(answer, m_requestedType);
    if (auto *key = std::get_if<CreatedKey>(&result)) {
        m_unkeptKey = true;
        emit created(*key);
        // The listeners took their copies; this one goes.
        key->keySecret.wipe();
    } else {
        emit failed(
            FailureText::redacted(Failure::fromGateway(std::get<GatewayError>(result)), {sent}));
    }
}
