#pragma once

#include "exitcode.h"
#include "failure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A Failure of app/application as the CLI reports it: the exit code scripts branch on, the words
// for standard error and the facts for --json. Every command says the same about the same failure.
class FailureReport
{
    Q_DECLARE_TR_FUNCTIONS(FailureReport)

public:
    static ExitCode exitCode(const Failure &failure);
    // Title, what happened, the facts, the hint; with `withProcessedWarning` also FailureText's
    // warning that the request may have had its effect anyway.
    static QString message(const Failure &failure, bool withProcessedWarning);
    // code, message, requestId, apiVersion, title, hint and httpStatus (when there was one).
    static QJsonObject json(const Failure &failure);
};
