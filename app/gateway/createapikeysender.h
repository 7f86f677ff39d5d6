#pragma once

#include "apitypes.h"
#include "createapikeycall.h"
#include "httprequest.h"

// What the UI and the command line need from the gateway layer: send one signed CreateApiKey
// request, hear once about its outcome. GatewayClient is the real one; tests of the UI may put a
// scripted one in its place.
class CreateApiKeySender
{
public:
    virtual ~CreateApiKeySender() = default;

    // Sends the request exactly once, as built, and never again by itself. The call belongs to
    // the sender (its QObject parent); the caller may deleteLater() it. It never blocks.
    // `expected` names the generation and the type of key the request asks for.
    [[nodiscard]] virtual CreateApiKeyCall *send(const HttpRequest &request,
                                                 const ExpectedAnswer &expected) = 0;
};
