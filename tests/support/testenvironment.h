#pragma once

#include <QString>
#include <QtTest>

namespace TestEnvironment {

// True when running in CI (CI=true), where every test must run: a missing service is a failure
// there, and a skip only on a developer's machine that lacks it.
bool isCi();

// The folder of tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

} // namespace TestEnvironment

// Skips on a developer's machine, fails in CI.
#define APIGW_REQUIRE(condition, reason)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (TestEnvironment::isCi())                                                           \
                QFAIL(qPrintable(QStringLiteral("required in CI: ") + (reason)));                  \
            QSKIP(qPrintable(reason));                                                             \
        }                                                                                          \
    } while (false)
