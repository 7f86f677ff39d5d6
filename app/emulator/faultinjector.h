#pragma once

#include "gatewayemulator.h"
#include "httpmessage.h"

#include <QUrl>

class HttpConnection;

// Turns the emulator's normal answer into the fault that a test switched on.
//
// Delay, StallMidBody and Trickle carry the real answer (late, half of it, or a byte at a time), so
// the request is acted on first, as a server whose answer got lost would have: a key may exist
// although the client saw no success. SeeOther acts too, and answers as a server that points at
// the result of a processed POST. The other faults replace the answer, and the request is not
// acted on.
class FaultInjector
{
public:
    // The size of the OversizedBody answer: well past any sane response cap.
    static constexpr qsizetype OversizedBodySize = 4 * 1024 * 1024;

    void setFault(GatewayEmulator::Fault fault, std::chrono::milliseconds delay);
    GatewayEmulator::Fault fault() const { return m_fault; }

    // Whether a request is verified and acted on under the current fault.
    bool actsOnRequests() const;

    // Answers on the connection as the fault demands. `answer` is the normal answer (ignored by
    // the faults that replace it); `otherOrigin` is where RedirectOtherOrigin points.
    void deliver(HttpConnection &connection, const HttpResponse &answer,
                 const QUrl &otherOrigin) const;

    static HttpResponse htmlErrorPage();
    static HttpResponse malformedJson();
    static HttpResponse oversizedBody();
    static HttpResponse redirect(const QUrl &location);
    static HttpResponse seeOther();

private:
    GatewayEmulator::Fault m_fault = GatewayEmulator::Fault::None;
    std::chrono::milliseconds m_delay{0};
};
