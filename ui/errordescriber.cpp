#include "errordescriber.h"

namespace {

bool isCode(const GatewayError &error, QStringView api3Code, QStringView api2Code = {})
{
    // API 2.0 servers may put an API 3.0 style name in codeDesc; it says more than the number.
    if (!api3Code.isEmpty() && (error.code == api3Code || error.description == api3Code))
        return true;
    return !api2Code.isEmpty() && error.generation == ApiGeneration::Api2 && error.code == api2Code;
}

QString redactedText(QString text, const QList<SecretString> &secrets)
{
    for (const SecretString &secret : secrets) {
        // Very short values would mask ordinary words; every secret of this application is longer.
        if (secret.length() < 4)
            continue;
        QString plain = secret.toString();
        text.replace(plain, QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022"));
        wipeString(plain);
    }
    return text;
}

} // namespace

ErrorDescription ErrorDescriber::describe(const GatewayError &error)
{
    using Kind = GatewayError::Kind;
    ErrorDescription d;
    switch (error.kind) {
    case Kind::Gateway:
        switch (error.category) {
        case ErrorCategory::Authentication:
            d.title = tr("The gateway did not accept your credentials");
            if (isCode(error, u"AuthFailure.SecretIdNotFound", u"4104")) {
                d.whatHappened = tr("The gateway does not know the SecretId, or the key is "
                                    "disabled.");
                d.whatToDo = tr("Check the SecretId in Settings for typing mistakes and stray "
                                "spaces, and check in the CAM console that the key is enabled.");
            } else if (isCode(error, u"AuthFailure.InvalidSecretId")) {
                d.whatHappened = tr("The SecretId is not a cloud API key.");
                d.whatToDo = tr("Use a SecretId from the CAM console, page API Keys; it starts "
                                "with AKID.");
            } else if (isCode(error, u"AuthFailure.TokenFailure", u"4105")) {
                d.whatHappened = tr("The session token is not valid or has expired.");
                d.whatToDo = tr("Get new temporary credentials, or clear the session token in "
                                "Settings if you use a permanent key.");
            } else if (isCode(error, u"AuthFailure.MFAFailure", u"4106")) {
                d.whatHappened = tr("The multi-factor authentication check failed.");
                d.whatToDo = tr("Check the account's MFA settings in the CAM console, or use a "
                                "key that does not need MFA for this action.");
            } else {
                d.whatHappened = tr("The request's signature did not match: usually the "
                                    "SecretKey is wrong, or the SecretId and SecretKey come from "
                                    "different key pairs.");
                d.whatToDo = tr("Copy the SecretId and SecretKey again from the CAM console into "
                                "Settings, then try again.");
            }
            break;
        case ErrorCategory::Permission:
            d.title = tr("Not permitted");
            if (isCode(error, u"UnauthorizedOperation.UncertifiedUser")) {
                d.whatHappened = tr("The cloud account has not completed identity "
                                    "verification.");
                d.whatToDo = tr("Complete the account's identity verification in the console, "
                                "then try again.");
            } else if (isCode(error, {}, u"4103")) {
                d.whatHappened = tr("Only the root account's keys may call this action.");
                d.whatToDo = tr("Use a key of the root account, or ask its owner to create the "
                                "API key.");
            } else if (isCode(error, {}, u"5500")) {
                d.whatHappened = tr("The account did not pass the gateway's qualification "
                                    "review.");
                d.whatToDo = tr("Check the account's verification and qualification status in "
                                "the console, or contact support with the details below.");
            } else if (isCode(error, u"IpInBlacklist")) {
                d.whatHappened = tr("This computer's IP address is on the account's block list.");
                d.whatToDo = tr("Create the key from an allowed network, or ask the account's "
                                "administrator to lift the block.");
            } else if (isCode(error, u"IpNotInWhitelist")) {
                d.whatHappened = tr("This computer's IP address is not on the account's allow "
                                    "list.");
                d.whatToDo = tr("Create the key from an allowed network, or ask the account's "
                                "administrator to add this address.");
            } else if (isCode(error, {}, u"4300")) {
                d.whatHappened = tr("The gateway denied access to the account.");
                d.whatToDo = tr("Check the account's status in the console, or contact support "
                                "with the details below.");
            } else {
                d.whatHappened = tr("The account or sub-account whose key you use is not allowed "
                                    "to create API keys on API Gateway.");
                d.whatToDo = tr("Ask the account's administrator to grant the CreateApiKey "
                                "permission of API Gateway in CAM, or use another key.");
            }
            break;
        case ErrorCategory::Validation:
            d.title = tr("The gateway rejected a value");
            if (isCode(error, {}, u"5000")) {
                d.whatHappened = tr("The gateway says that a resource the request names does not "
                                    "exist.");
                d.whatToDo = tr("Check the region in Settings and that API Gateway is activated "
                                "for the account, then create again.");
            } else if (isCode(error, u"RequestSizeLimitExceeded")) {
                d.whatHappened = tr("The request was larger than the gateway accepts.");
                d.whatToDo = tr("Shorten the name, then create again.");
            } else if (isCode(error, u"InvalidRequest")) {
                d.whatHappened = tr("The gateway could not read the request's body.");
                d.whatToDo = tr("Create again; if it happens again, contact support with the "
                                "details below.");
            } else {
                d.whatHappened = tr("The gateway says that one of the values sent is not valid; "
                                    "its message below names it.");
                d.whatToDo = tr("Check the name, key id and key secret, change what the message "
                                "names, and create again.");
            }
            break;
        case ErrorCategory::Duplicate:
            d.title = tr("This key id exists already");
            d.whatHappened = tr("A key with the same key id exists on the account, so no new key "
                                "was created.");
            d.whatToDo = tr("Choose another key id, or press Generate for a new random one.");
            break;
        case ErrorCategory::Quota:
            d.title = tr("Limit reached");
            if (isCode(error, {}, u"5200") || isCode(error, {}, u"5300")) {
                d.whatHappened = tr("The purchase failed or the account's balance is too low.");
                d.whatToDo = tr("Check the account's balance in the console.");
            } else {
                d.whatHappened = tr("The account has as many API keys as it may have.");
                d.whatToDo = tr("Delete API keys that are no longer used in the API Gateway "
                                "console, or ask for a higher quota.");
            }
            break;
        case ErrorCategory::RateLimit:
            d.title = tr("Too many requests");
            if (isCode(error, {}, u"4400")) {
                d.whatHappened = tr("The account has made more requests than its quota "
                                    "allows.");
                d.whatToDo = tr("Wait before you create again, and check the account's request "
                                "quotas in the console.");
            } else {
                d.whatHappened = tr("The gateway limits how often this action may be called, and "
                                    "the limit was reached.");
                d.whatToDo = tr("Wait a few seconds, then create again.");
            }
            break;
        case ErrorCategory::Clock:
            d.title = tr("Your computer's clock seems to be off");
            if (isCode(error, {}, u"4500")) {
                d.whatHappened = tr("The gateway took the request for a replay: its timestamp "
                                    "was too far off, or its random number had been used "
                                    "before.");
            } else {
                d.whatHappened = tr("The request's time differs from the gateway's by more than "
                                    "five minutes, so the gateway refused it.");
            }
            d.whatToDo = tr("Set the computer's date, time and time zone right (turn on "
                            "automatic time), then create again.");
            break;
        case ErrorCategory::Server:
            d.title = tr("Trouble on the gateway's side");
            if (isCode(error, {}, u"5400")) {
                d.whatHappened = tr("The gateway reports that the action only partly "
                                    "succeeded.");
                d.whatToDo = tr("Check the API key list in the API Gateway console before you "
                                "do anything else.");
            } else if (isCode(error, u"ResourceInsufficient")) {
                d.whatHappened = tr("The gateway lacks the resources to carry out the request "
                                    "just now.");
                d.whatToDo = tr("Wait a minute, then create again.");
            } else {
                d.whatHappened = tr("The gateway had an internal problem or is briefly "
                                    "unavailable.");
                d.whatToDo = tr("Wait a minute, then create again.");
            }
            break;
        case ErrorCategory::Endpoint:
            d.title = tr("Wrong endpoint, version or region");
            if (isCode(error, u"ActionOffline")) {
                d.whatHappened = tr("The vendor has retired this action on this endpoint.");
                d.whatToDo = tr("Check the endpoint and the API generation in Settings; the "
                                "API 3.0 default endpoint serves the current action.");
            } else if (isCode(error, u"NoSuchProduct")) {
                d.whatHappened = tr("The server at the endpoint does not offer API Gateway.");
                d.whatToDo = tr("Check the endpoint in Settings, or use the default endpoint.");
            } else if (isCode(error, u"UnsupportedRegion")) {
                d.whatHappened = tr("The gateway does not offer this action in the chosen "
                                    "region.");
                d.whatToDo = tr("Choose another region in Settings.");
            } else if (isCode(error, u"UnsupportedProtocol", u"4600")) {
                d.whatHappened = tr("The gateway does not accept the protocol used.");
                d.whatToDo = tr("Use the https:// endpoint in Settings.");
            } else {
                d.whatHappened = tr("The server at the endpoint does not know this action or "
                                    "API version.");
                d.whatToDo = error.generation == ApiGeneration::Api2
                                 ? tr("API 2.0 is retired on the public cloud: choose API 3.0 "
                                      "and its default endpoint in Settings.")
                                 : tr("Check the endpoint and the API generation in Settings.");
            }
            break;
        case ErrorCategory::Unsupported:
            d.title = tr("Not supported");
            if (isCode(error, u"UnsupportedOperation.UinNotInWhiteList")) {
                d.whatHappened = tr("This account may not create manual keys, whose id and "
                                    "secret you choose.");
                d.whatToDo = tr("Create an automatic key instead (type auto): the gateway draws "
                                "its id and secret.");
            } else if (isCode(error, u"UnsupportedOperation.UnpackError")) {
                d.whatHappened = tr("The gateway could not unpack the request.");
                d.whatToDo = tr("Check the name, key id and key secret, then create again; if "
                                "it happens again, contact support with the details below.");
            } else {
                d.whatHappened = tr("The gateway does not support this operation for this account "
                                    "or with these values; its message below says more.");
                d.whatToDo = tr("Read the gateway's message below; an automatic key, or other "
                                "values, may be accepted.");
            }
            break;
        case ErrorCategory::OperationFailed:
            d.title = tr("The gateway could not create the key");
            if (isCode(error, u"ResourceInUse")) {
                d.whatHappened = tr("A resource the request needs is in use.");
                d.whatToDo = tr("Check the API key list in the API Gateway console, then create "
                                "again with other values if needed.");
            } else {
                d.whatHappened = tr("The gateway could not carry out the request; its message "
                                    "below says why.");
                d.whatToDo = tr("Read the gateway's message below and check the API key list in "
                                "the console before you create again.");
            }
            break;
        case ErrorCategory::Unknown:
            d.title = tr("The gateway refused the request");
            d.whatHappened = tr("The gateway answered with an error that this application does "
                                "not know.");
            d.whatToDo = tr("Read the gateway's message below; quote the code and the request "
                            "id if you contact support.");
            break;
        }
        break;
    case Kind::MalformedResponse:
        d.title = tr("The answer could not be understood");
        d.whatHappened = tr("The gateway's answer was not in the form the protocol promises.");
        d.whatToDo = tr("Check the endpoint in Settings; if it is right, contact support with "
                        "the details below.");
        break;
    case Kind::HttpStatus:
        d.title = tr("HTTP error %1").arg(error.httpStatus);
        d.whatHappened = tr("The server answered with HTTP status %1 instead of a gateway "
                            "answer.")
                             .arg(error.httpStatus);
        d.whatToDo = tr("The endpoint may be wrong, or a proxy may be in the way: check the "
                        "endpoint in Settings.");
        break;
    case Kind::ResponseTooLarge:
        d.title = tr("The answer was too large");
        d.whatHappened = tr("The answer was much larger than any gateway answer, so it was not "
                            "read.");
        d.whatToDo = tr("Check the endpoint in Settings: it does not look like API Gateway.");
        break;
    case Kind::Timeout:
        d.title = tr("No answer in time");
        d.whatHappened = tr("The gateway did not answer within the timeout.");
        d.whatToDo = tr("Check the network connection; a longer timeout can be set in "
                        "Settings.");
        break;
    case Kind::Cancelled:
        d.title = tr("Cancelled");
        d.whatHappened = tr("You cancelled the request.");
        d.whatToDo = tr("Create again when you are ready.");
        break;
    case Kind::Network:
        d.title = tr("Could not reach the gateway");
        d.whatHappened = tr("The connection to the endpoint failed or was cut.");
        d.whatToDo = tr("Check the network connection, the proxy and the endpoint in "
                        "Settings.");
        break;
    case Kind::Tls:
        d.title = tr("The secure connection failed");
        d.whatHappened = tr("The server's certificate could not be verified, or a secure "
                            "connection could not be set up.");
        d.whatToDo = tr("Check the endpoint. Behind a proxy that inspects TLS, add its CA "
                        "certificate as the extra CA bundle in Settings.");
        break;
    case Kind::InsecureEndpoint:
        d.title = tr("The endpoint is not secure");
        d.whatHappened = tr("The endpoint uses plain http:// to another computer, so nothing was "
                            "sent.");
        d.whatToDo = tr("Use an https:// endpoint in Settings.");
        break;
    case Kind::Redirect:
        d.title = tr("Redirected elsewhere");
        if (error.httpStatus == 303) {
            d.whatHappened = tr("The server answered with HTTP 303 (See Other): it processed the "
                                "request and points to its result at another address, which "
                                "was not fetched.");
            d.whatToDo = tr("Check the API key list in the API Gateway console before you "
                            "create again, then check the endpoint in Settings.");
        } else {
            d.whatHappened = tr("The server tried to send the request on to another address; "
                                "the redirect was not followed, so the signed request did not "
                                "go there.");
            d.whatToDo = tr("Check the endpoint in Settings.");
        }
        break;
    case Kind::MissingPart:
        d.title = tr("Part of apigw-keys is missing");
        d.whatHappened = tr("The part of apigw-keys that reaches the network cannot be loaded, so "
                            "nothing was sent.");
        d.whatToDo = tr("Reinstall apigw-keys; the details say what is missing.");
        break;
    case Kind::InvalidRequest:
        d.title = tr("The request could not be built");
        d.whatHappened = tr("Some values in the form or in Settings are not valid, so nothing "
                            "was sent.");
        d.whatToDo = tr("Check the form and Settings, then create again.");
        break;
    }
    if (error.mayHaveBeenProcessed) {
        d.mayHaveBeenProcessedWarning =
            tr("The key may have been created even so. Check the API key list in the API Gateway "
               "console before you create it again, or you may end up with two keys.");
    }
    return d;
}

QString ErrorDescriber::details(const GatewayError &error)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label.arg(value));
    };
    add(tr("API: %1"), apiGenerationName(error.generation));
    add(tr("Error code: %1"), error.code);
    if (error.description != error.code)
        add(tr("Error name: %1"), error.description);
    add(tr("Message: %1"), error.message);
    add(tr("Request ID: %1"), error.requestId);
    if (error.httpStatus != 0)
        add(tr("HTTP status: %1"), QString::number(error.httpStatus));
    add(tr("Detail: %1"), error.detail);
    if (error.mayHaveBeenProcessed)
        lines.append(tr("The request may have reached the gateway."));
    return lines.join(u'\n');
}

GatewayError ErrorDescriber::redacted(const GatewayError &error, const QList<SecretString> &secrets)
{
    GatewayError copy = error;
    copy.message = redactedText(copy.message, secrets);
    copy.description = redactedText(copy.description, secrets);
    copy.detail = redactedText(copy.detail, secrets);
    return copy;
}
