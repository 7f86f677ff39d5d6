#pragma once

#include "secretstring.h"
#include "testenvironment.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QString>

// Shared by the keystore tests.
namespace KeystoreTest {

// scripts/test gives every run a throw-away HOME, session bus and unlocked gnome-keyring. The
// tests that write to, lock or scan a keychain refuse to run anywhere else: on a developer's
// desktop they would meet the real login keyring.
inline bool inKeychainSandbox()
{
    return !qEnvironmentVariableIsEmpty("APIGW_TEST_SANDBOX") &&
           !qEnvironmentVariableIsEmpty("APIGW_TEST_KEYRING_PASSWORD") &&
           !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

inline QString sandboxReason()
{
    return QStringLiteral("needs the session bus and unlocked gnome-keyring of scripts/test "
                          "(APIGW_TEST_SANDBOX, APIGW_TEST_KEYRING_PASSWORD, "
                          "DBUS_SESSION_BUS_ADDRESS)");
}

// Fresh for every run, so that a scan can only find what this run wrote.
inline QByteArray randomToken(int length)
{
    static constexpr char Alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
    QByteArray token(length, Qt::Uninitialized);
    for (char &c : token)
        c = Alphabet[QRandomGenerator::system()->bounded(int(sizeof Alphabet) - 1)];
    return token;
}

// Waits for a job's finished(job) and hands the job to `capture` while it is still alive (jobs
// delete themselves afterwards). False if it did not finish in time.
template <typename Job, typename Capture>
bool waitForJob(Job *job, Capture capture, int timeoutMs = 20000)
{
    QObject context;
    bool finished = false;
    QObject::connect(job, &Job::finished, &context, [&](Job *done) {
        capture(done);
        finished = true;
    });
    QSignalSpy spy(job, &Job::finished);
    return finished || spy.wait(timeoutMs) || finished;
}

} // namespace KeystoreTest

#define KEYSTORE_REQUIRE_SANDBOX()                                                                 \
    APIGW_REQUIRE(KeystoreTest::inKeychainSandbox(), KeystoreTest::sandboxReason())
