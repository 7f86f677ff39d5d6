#pragma once

#include <QtGlobal>
#include <chrono>

// What one client may make the emulator hold. Anyone on the machine can reach it (it runs inside
// the window in demo mode), so no client may tie up memory or the event loop without bound.
struct HttpConnectionLimits
{
    // Open connections; at the cap the longest-idle one makes room for a newcomer.
    int maxConnections = 64;
    // Answers written but not yet taken by the client; past it no further request is read.
    qint64 maxUnsentBytes = 256 * 1024;
    // Silence from a client the emulator is waiting for (a request, or the reading of an
    // answer) before the connection is closed.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(30);
};
