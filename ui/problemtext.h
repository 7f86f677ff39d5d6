#pragma once

#include "apitypes.h"
#include "createapikeyrequest.h"
#include "gatewayendpoint.h"
#include "keyspec.h"
#include "operatorcredentials.h"

#include <QCoreApplication>
#include <QString>

// The words for the problem codes of app/core. QtCore only, so that a command-line front end says
// the same things as the widgets. An empty string means "no problem".
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ProblemText)

public:
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
};
