#include "createkey.h"

#include "createapikeyrequest.h"
#include "createapikeysender.h"
#include "failuretext.h"
#include "keyrecord.h"
#include "savedkeys.h"

CreateKey::CreateKey(CreateApiKeySender &sender, const Clock &clock, NonceSource &nonces,
                     QObject *parent)
    : QObject(parent), m_sender(sender), m_clock(clock), m_nonces(nonces)
{}

CreateKey::~CreateKey()
{
    // Dropping a running call stops its transfer silently.
    if (CreateApiKeyCall *call = m_call.data())
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
    CreateApiKeyCall *call = m_sender.send(built.request, {endpoint.generation, spec.type});
    m_call = call;
    connect(call, &CreateApiKeyCall::finished, this, &CreateKey::onFinished);
    return std::nullopt;
}

void CreateKey::cancel()
{
    if (CreateApiKeyCall *call = m_call.data())
        call->cancel();
}

SavedKeyJob *CreateKey::save(SavedKeys &savedKeys, const CreatedKey &key) const
{
    const KeyRecord record =
        KeyRecord::fromCreatedKey(key, m_endpoint.url, m_endpoint.region, m_account);
    return savedKeys.save(record, key.keySecret);
}

void CreateKey::onFinished(const CreateApiKeyResult &result)
{
    if (CreateApiKeyCall *call = m_call.data())
        call->deleteLater();
    m_call.clear();
    const SecretString sent = std::move(m_sentSecret);
    if (const auto *key = std::get_if<CreatedKey>(&result)) {
        m_unkeptKey = true;
        emit created(*key);
    } else {
        emit failed(
            FailureText::redacted(Failure::fromGateway(std::get<GatewayError>(result)), {sent}));
    }
}
