#pragma once

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

// For the start-up benchmark (tests/e2e/bench_startup), shared by apigw-keys and the minimal Qt
// Widgets program it is compared with, so both report alike: at the first idle of the event loop
// "ready <peak KiB>" goes to standard output; the process then lives on until its standard input
// closes, and quits.
namespace StartupProbe {

// The peak resident memory so far (VmHWM, in KiB), or -1. Read here, at the first idle: read from
// outside once "ready" has arrived, it would also count, by however late the reader is, what the
// program starts after its first idle (apigw-keys then reads the keychain, loading libsecret and
// GIO: 8 MiB more within half a second).
inline long peakResidentKiB()
{
    std::FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    long kib = -1;
    char line[256];
    while (std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1)
            break;
    }
    std::fclose(status);
    return kib;
}

inline void reportWhenIdle()
{
    QTimer::singleShot(0, QCoreApplication::instance(), [] {
        std::printf("ready %ld\n", peakResidentKiB());
        std::fflush(stdout);
        // For a profiler (perf record): stop right here, so that the samples are start-up only.
        if (qEnvironmentVariableIsSet("APIGW_PROFILE_EXIT_AT_READY"))
            ::_exit(0);
        auto *notifier =
            new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
            char buffer[64];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    });
}

} // namespace StartupProbe
