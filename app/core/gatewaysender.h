#pragma once

#include "apitypes.h"
#include "gatewaycall.h"
#include "httprequest.h"

// Sends any signed action and hears once about its outcome; each action's decoder reads the
// reply. GatewayClient is the real one.
class GatewaySender
{
public:
    virtual ~GatewaySender() = default;

    // Sends the request exactly once, as built, and never again by itself; its answer is read in
    // the envelope of `generation`. The call belongs to the sender (its QObject parent); the
    // caller may deleteLater() it. It never blocks.
    [[nodiscard]] virtual GatewayCall *sendAction(const HttpRequest &request,
                                                  ApiGeneration generation) = 0;
};
