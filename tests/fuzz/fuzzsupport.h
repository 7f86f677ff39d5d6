#pragma once

#include "httpmessage.h"
#include "httprequest.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

// What the harnesses share. A broken promise aborts, so libFuzzer records the input as a crash;
// the message names the promise, never the input, which may hold a secret.
namespace FuzzSupport {

[[noreturn]] inline void fail(const char *promise)
{
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

inline void require(bool holds, const char *promise)
{
    if (!holds)
        fail(promise);
}

// The instant every emulator harness treats as "now"; its seed requests are signed at it.
inline constexpr qint64 Now = 1700000000;

// The request exactly as a client puts it on the wire: the target from the URL as encoded, the
// Host header QNetworkAccessManager derives from the URL, the built headers, and the body framed
// by Content-Length.
QByteArray wireBytes(const HttpRequest &request);

} // namespace FuzzSupport
