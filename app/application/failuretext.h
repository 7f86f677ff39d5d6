#pragma once

#include "failure.h"
#include "secretstring.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One failure in words: a title, what happened, what to do, and the warning that the key may
// exist anyway.
struct FailureWords
{
    QString title;
    QString whatHappened;
    QString whatToDo;
    QString mayHaveBeenProcessedWarning; // empty when the request surely had no effect
};

// The facts of a failure that support asks for, as the window lists them one a row.
struct FailureFacts
{
    QString code;
    QString codeName; // API 2.0 codeDesc, when it says more than the code
    QString message;  // the gateway's own words
    QString requestId;
    QString detail; // transport detail, or why the input was refused
};

// Every failure of app/application and of the values it checks, in words for people: the
// window's ErrorPanel, its forms and dialogs, and the CLI all say the same things through it.
class FailureText
{
    Q_DECLARE_TR_FUNCTIONS(FailureText)

public:
    // For a create or a key or plan operation (Failure::keyAction) that failed (input,
    // transport, gateway, installation). An operation's words speak of its action, and a lost
    // answer to a change warns that the change may have been applied.
    static FailureWords describe(const Failure &failure);

    // The facts an operator quotes to support: code, message, RequestId, HTTP status, detail.
    // Plain text, one fact a line.
    static QString details(const Failure &failure);

    static FailureFacts facts(const Failure &failure);

    // A copy of the failure with every occurrence of the given secrets in the server's words and
    // the transport detail replaced by a mask. Servers sometimes echo a rejected parameter, and a
    // manual key secret is a parameter.
    static Failure redacted(const Failure &failure, const QList<SecretString> &secrets);

    // Why the input was refused, one sentence a problem (empty unless Origin::Input with a
    // builder's problem).
    static QStringList inputProblems(const Failure &failure);
    // The keychain's and the key list's problems of a keychain failure, one sentence each.
    static QStringList storeProblems(const Failure &failure);

    // The words of single fields, shown next to them while the user types. An empty string means
    // "no problem".
    static QString keyName(FieldProblem problem, QStringView name);
    static QString keyId(FieldProblem problem, QStringView keyId);
    // Takes only the length: a message never quotes any part of a secret.
    static QString keySecret(FieldProblem problem, qsizetype length);
    static QString endpoint(EndpointProblem problem);
    static QString credentials(CredentialProblem problem);
    // Why a GET is refused: it would put this secret in the URL.
    static QString secretInUrl(SecretInUrl secret);
    // What the GET choice means for secrets, shown next to it while it is chosen.
    static QString getMethodHint();

    static QString keychain(const SecretStoreError &error);
    static QString keyIndex(const KeyIndexError &error);
};
