#pragma once

#include "createapikeycall.h"

class GatewayCall;

// A CreateApiKeyCall over a generic GatewayCall: decodes its reply into a created key. It takes
// the call as its child, so that dropping this call drops the transfer too.
class DecodedCreateApiKeyCall final : public CreateApiKeyCall
{
    Q_OBJECT
public:
    DecodedCreateApiKeyCall(GatewayCall *call, KeyType requestedType, QObject *parent);

protected:
    void cancelTransfer() override;

private:
    void onFinished(const GatewayAnswer &answer);

    GatewayCall *m_call;
    KeyType m_requestedType;
};
