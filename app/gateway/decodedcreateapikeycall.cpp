#include "decodedcreateapikeycall.h"

#include "gatewaycall.h"

DecodedCreateApiKeyCall::DecodedCreateApiKeyCall(GatewayCall *call, KeyType requestedType,
                                                 QObject *parent)
    : CreateApiKeyCall(parent), m_call(call), m_requestedType(requestedType)
{
    call->setParent(this);
    connect(call, &GatewayCall::finished, this, &DecodedCreateApiKeyCall::onFinished);
}

void DecodedCreateApiKeyCall::cancelTransfer()
{
    // The inner call reports its cancellation before cancel() returns, and so does this one.
    m_call->cancel();
}

void DecodedCreateApiKeyCall::onFinished(const GatewayAnswer &answer)
{
    CreateApiKeyResult result = CreateApiKeyResponse::decode(answer, m_requestedType);
    // A reply comes only from an HTTP 200 answer; a decoder's complaint is about that answer.
    if (auto *failure = std::get_if<GatewayError>(&result);
        failure && std::holds_alternative<GatewayReply>(answer))
        failure->httpStatus = 200;
    finish(std::move(result));
}
