#pragma once

// apigw-keys-cli run as a process, for the tests that run the built program against the
// in-process emulator: the event loop keeps turning while it runs, so the emulator can answer.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // Whether standard output is exactly one JSON object and nothing else.
    bool isOneJsonObject() const
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && document.isObject();
    }
};

inline CliRun runCliProcess(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Generous: a sanitizer build on a busy machine takes tens of seconds for a TLS request.
    if (!finished.wait(90000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
