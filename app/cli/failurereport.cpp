#include "failurereport.h"

#include "failuretext.h"

using namespace Qt::StringLiterals;

ExitCode FailureReport::exitCode(const Failure &failure)
{
    switch (failure.origin) {
    case Failure::Origin::Gateway:
        return ExitCode::Gateway;
    case Failure::Origin::Input:
        return ExitCode::Validation;
    case Failure::Origin::Transport:
        return ExitCode::Network;
    case Failure::Origin::Keychain:
        return ExitCode::Keychain;
    case Failure::Origin::Installation:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

QString FailureReport::message(const Failure &failure, bool withProcessedWarning)
{
    const FailureWords description =
        FailureText::describe(failure, FailureText::Surface::CommandLine);
    QString message = description.title;
    if (!description.whatHappened.isEmpty())
        message += u'\n' + description.whatHappened;
    const QString details = FailureText::details(failure);
    if (!details.isEmpty())
        message += u'\n' + details;
    if (!description.whatToDo.isEmpty())
        message += u'\n' + tr("Hint: %1").arg(description.whatToDo);
    if (withProcessedWarning && !description.mayHaveBeenProcessedWarning.isEmpty())
        message += u'\n' + description.mayHaveBeenProcessedWarning;
    return message;
}

QJsonObject FailureReport::json(const Failure &failure)
{
    const GatewayError &error = failure.gateway;
    const FailureWords description =
        FailureText::describe(failure, FailureText::Surface::CommandLine);
    QJsonObject json{
        {u"code"_s, error.code},           {u"message"_s, error.message},
        {u"requestId"_s, error.requestId}, {u"apiVersion"_s, apiGenerationName(error.generation)},
        {u"title"_s, description.title},   {u"hint"_s, description.whatToDo},
    };
    if (error.httpStatus != 0)
        json.insert(u"httpStatus"_s, error.httpStatus);
    return json;
}
