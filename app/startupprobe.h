#pragma once

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

// For the start-up benchmark (tests/e2e/bench_startup), shared by apigw-keys and the minimal Qt
// Widgets program it is compared with, so both report alike: at the first idle of the event loop
// "ready" goes to standard output; the process then lives on until its standard input closes, so
// that the benchmark can read its peak memory from /proc first, and quits.
namespace StartupProbe {

inline void reportWhenIdle()
{
    QTimer::singleShot(0, QCoreApplication::instance(), [] {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
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
