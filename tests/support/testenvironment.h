#pragma once

#include <QString>
#include <QtTest>

namespace TestEnvironment {

// True when running in CI (CI=true).
bool isCi();

// True when a missing precondition must fail the test rather than skip it: in CI, and whenever
// scripts/test runs the test (APIGW_UNDER_SCRIPTS_TEST=1), since scripts/test sets up every
// precondition itself (session bus, keyring, X server, certificates). A skip remains only for a
// test binary run by hand.
bool mustNotSkip();

// The folder of tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

} // namespace TestEnvironment

// Skips when a test binary is run by hand, fails under scripts/test and in CI.
#define APIGW_REQUIRE(condition, reason)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (TestEnvironment::mustNotSkip())                                                    \
                QFAIL(qPrintable(QStringLiteral("required under scripts/test and in CI: ") +       \
                                 (reason)));                                                       \
            QSKIP(qPrintable(reason));                                                             \
        }                                                                                          \
    } while (false)
