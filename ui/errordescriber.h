#pragma once

#include "gatewayerror.h"
#include "secretstring.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One failure in words: a title, what happened, what to do, and the warning that the key may
// exist anyway.
struct ErrorDescription
{
    QString title;
    QString whatHappened;
    QString whatToDo;
    QString mayHaveBeenProcessedWarning; // empty when the request surely had no effect
};

// Turns a GatewayError into words for people. QtCore only, so that a command-line front end can
// word its failures the same way as the widgets.
class ErrorDescriber
{
    Q_DECLARE_TR_FUNCTIONS(ErrorDescriber)

public:
    static ErrorDescription describe(const GatewayError &error);

    // The facts an operator quotes to support: code, message, RequestId, HTTP status, detail.
    // Plain text, one fact a line.
    static QString details(const GatewayError &error);

    // A copy of the error with every occurrence of the given secrets in the server's words and
    // the transport detail replaced by a mask. Servers sometimes echo a rejected parameter, and a
    // manual key secret is a parameter.
    static GatewayError redacted(const GatewayError &error, const QList<SecretString> &secrets);
};
