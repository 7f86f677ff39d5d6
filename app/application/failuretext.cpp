#include "failuretext.h"

#include <QStringList>
#include <algorithm>
#include <iterator>

namespace {

using Category = ErrorCategory;

// The catalog's category says what kind of trouble a code is, and its title and default sentences
// say enough for most codes. The codes below share a category with others but call for a
// different remedy (another setting to fix, another person to ask, another console page to
// check), so they keep sentences of their own. A code is named once here, by the API 3.0 name
// (which API 2.0 servers may put in codeDesc) or the API 2.0 number; whatToDo may be null where
// the category's advice fits.
struct CodeWords
{
    Category category;
    const char *api3Code;
    const char *api2Code;
    const char *whatHappened;
    const char *whatToDo;
};

// clang-format off
constexpr CodeWords codeWords[] = {
    {Category::Authentication, "AuthFailure.SecretIdNotFound", "4104",
     QT_TRANSLATE_NOOP("FailureText", "The gateway does not know the SecretId, or the key is disabled."),
     QT_TRANSLATE_NOOP("FailureText", "Check the SecretId in Settings for typing mistakes and stray spaces, and check in the CAM console that the key is enabled.")},
    {Category::Authentication, "AuthFailure.InvalidSecretId", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The SecretId is not a cloud API key."),
     QT_TRANSLATE_NOOP("FailureText", "Use a SecretId from the CAM console, page API Keys; it starts with AKID.")},
    {Category::Authentication, "AuthFailure.TokenFailure", "4105",
     QT_TRANSLATE_NOOP("FailureText", "The session token is not valid or has expired."),
     QT_TRANSLATE_NOOP("FailureText", "Get new temporary credentials, or clear the session token in Settings if you use a permanent key.")},
    {Category::Authentication, "AuthFailure.MFAFailure", "4106",
     QT_TRANSLATE_NOOP("FailureText", "The multi-factor authentication check failed."),
     QT_TRANSLATE_NOOP("FailureText", "Check the account's MFA settings in the CAM console, or use a key that does not need MFA for this action.")},
    {Category::Permission, "UnauthorizedOperation.UncertifiedUser", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The cloud account has not completed identity verification."),
     QT_TRANSLATE_NOOP("FailureText", "Complete the account's identity verification in the console, then try again.")},
    {Category::Permission, nullptr, "4103",
     QT_TRANSLATE_NOOP("FailureText", "Only the root account's keys may call this action."),
     QT_TRANSLATE_NOOP("FailureText", "Use a key of the root account, or ask its owner to create the API key.")},
    {Category::Permission, nullptr, "5500",
     QT_TRANSLATE_NOOP("FailureText", "The account did not pass the gateway's qualification review."),
     QT_TRANSLATE_NOOP("FailureText", "Check the account's verification and qualification status in the console, or contact support with the details below.")},
    {Category::Permission, "IpInBlacklist", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "This computer's IP address is on the account's block list."),
     QT_TRANSLATE_NOOP("FailureText", "Create the key from an allowed network, or ask the account's administrator to lift the block.")},
    {Category::Permission, "IpNotInWhitelist", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "This computer's IP address is not on the account's allow list."),
     QT_TRANSLATE_NOOP("FailureText", "Create the key from an allowed network, or ask the account's administrator to add this address.")},
    {Category::Permission, nullptr, "4300",
     QT_TRANSLATE_NOOP("FailureText", "The gateway denied access to the account."),
     QT_TRANSLATE_NOOP("FailureText", "Check the account's status in the console, or contact support with the details below.")},
    {Category::Validation, nullptr, "5000",
     QT_TRANSLATE_NOOP("FailureText", "The gateway says that a resource the request names does not exist."),
     QT_TRANSLATE_NOOP("FailureText", "Check the region in Settings and that API Gateway is activated for the account, then create again.")},
    {Category::Validation, "RequestSizeLimitExceeded", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The request was larger than the gateway accepts."),
     QT_TRANSLATE_NOOP("FailureText", "Shorten the name, then create again.")},
    {Category::Validation, "InvalidRequest", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The gateway could not read the request's body."),
     QT_TRANSLATE_NOOP("FailureText", "Create again; if it happens again, contact support with the details below.")},
    {Category::Quota, nullptr, "5200",
     QT_TRANSLATE_NOOP("FailureText", "The purchase failed or the account's balance is too low."),
     QT_TRANSLATE_NOOP("FailureText", "Check the account's balance in the console.")},
    {Category::Quota, nullptr, "5300",
     QT_TRANSLATE_NOOP("FailureText", "The purchase failed or the account's balance is too low."),
     QT_TRANSLATE_NOOP("FailureText", "Check the account's balance in the console.")},
    {Category::RateLimit, nullptr, "4400",
     QT_TRANSLATE_NOOP("FailureText", "The account has made more requests than its quota allows."),
     QT_TRANSLATE_NOOP("FailureText", "Wait before you create again, and check the account's request quotas in the console.")},
    {Category::Clock, nullptr, "4500",
     QT_TRANSLATE_NOOP("FailureText", "The gateway took the request for a replay: its timestamp was too far off, or its random number had been used before."),
     nullptr},
    {Category::Server, nullptr, "5400",
     QT_TRANSLATE_NOOP("FailureText", "The gateway reports that the action only partly succeeded."),
     QT_TRANSLATE_NOOP("FailureText", "Check the API key list in the API Gateway console before you do anything else.")},
    {Category::Server, "ResourceInsufficient", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The gateway lacks the resources to carry out the request just now."),
     nullptr},
    {Category::Endpoint, "ActionOffline", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The vendor has retired this action on this endpoint."),
     QT_TRANSLATE_NOOP("FailureText", "Check the endpoint and the API generation in Settings; the API 3.0 default endpoint serves the current action.")},
    {Category::Endpoint, "NoSuchProduct", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The server at the endpoint does not offer API Gateway."),
     QT_TRANSLATE_NOOP("FailureText", "Check the endpoint in Settings, or use the default endpoint.")},
    {Category::Endpoint, "UnsupportedRegion", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The gateway does not offer this action in the chosen region."),
     QT_TRANSLATE_NOOP("FailureText", "Choose another region in Settings.")},
    {Category::Endpoint, "UnsupportedProtocol", "4600",
     QT_TRANSLATE_NOOP("FailureText", "The gateway does not accept the protocol used."),
     QT_TRANSLATE_NOOP("FailureText", "Use the https:// endpoint in Settings.")},
    {Category::Unsupported, "UnsupportedOperation.UinNotInWhiteList", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "This account may not create manual keys, whose id and secret you choose."),
     QT_TRANSLATE_NOOP("FailureText", "Create an automatic key instead (type auto): the gateway draws its id and secret.")},
    {Category::Unsupported, "UnsupportedOperation.UnpackError", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "The gateway could not unpack the request."),
     QT_TRANSLATE_NOOP("FailureText", "Check the name, key id and key secret, then create again; if it happens again, contact support with the details below.")},
    {Category::OperationFailed, "ResourceInUse", nullptr,
     QT_TRANSLATE_NOOP("FailureText", "A resource the request needs is in use."),
     QT_TRANSLATE_NOOP("FailureText", "Check the API key list in the API Gateway console, then create again with other values if needed.")},
};
// clang-format on

bool names(const CodeWords &words, const GatewayError &error)
{
    const QLatin1StringView api3(words.api3Code);
    // API 2.0 servers may put an API 3.0 style name in codeDesc; it says more than the number.
    if (words.api3Code && (error.code == api3 || error.description == api3))
        return true;
    return words.api2Code && error.generation == ApiGeneration::Api2 &&
           error.code == QLatin1StringView(words.api2Code);
}

const CodeWords *codeWordsFor(const GatewayError &error)
{
    const auto found =
        std::find_if(std::begin(codeWords), std::end(codeWords), [&error](const CodeWords &words) {
            return words.category == error.category && names(words, error);
        });
    return found == std::end(codeWords) ? nullptr : found;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FailureText", text);
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

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString withDetail(const QString &words, const QString &detail)
{
    return detail.isEmpty() ? words : words + QStringLiteral(" (") + detail + u')';
}

} // namespace

namespace {

// Three sentences, untranslated: looked up in the FailureText context when shown.
struct Sentences
{
    const char *title;
    const char *whatHappened;
    const char *whatToDo;
};

FailureWords translatedWords(const Sentences &sentences)
{
    return {translated(sentences.title),
            translated(sentences.whatHappened),
            translated(sentences.whatToDo),
            {}};
}

// The value's sentences from a table of {value, sentences} rows; null for a value without a row.
template <typename Value, typename Row, std::size_t N>
const Row *rowFor(const Row (&rows)[N], Value value)
{
    const auto found = std::find_if(std::begin(rows), std::end(rows),
                                    [value](const Row &row) { return row.value == value; });
    return found == std::end(rows) ? nullptr : found;
}

struct CategorySentences
{
    ErrorCategory value;
    Sentences sentences;
};

// The title and the sentences of a category, for the codes without words of their own.
// clang-format off
constexpr CategorySentences categorySentences[] = {
    {Category::Authentication, {
     QT_TRANSLATE_NOOP("FailureText", "The gateway did not accept your credentials"),
     QT_TRANSLATE_NOOP("FailureText", "The request's signature did not match: usually the SecretKey is wrong, or the SecretId and SecretKey come from different key pairs."),
     QT_TRANSLATE_NOOP("FailureText", "Copy the SecretId and SecretKey again from the CAM console into Settings, then try again.")}},
    {Category::Permission, {
     QT_TRANSLATE_NOOP("FailureText", "Not permitted"),
     QT_TRANSLATE_NOOP("FailureText", "The account or sub-account whose key you use is not allowed to create API keys on API Gateway."),
     QT_TRANSLATE_NOOP("FailureText", "Ask the account's administrator to grant the CreateApiKey permission of API Gateway in CAM, or use another key.")}},
    {Category::Validation, {
     QT_TRANSLATE_NOOP("FailureText", "The gateway rejected a value"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway says that one of the values sent is not valid; its message below names it."),
     QT_TRANSLATE_NOOP("FailureText", "Check the name, key id and key secret, change what the message names, and create again.")}},
    {Category::Duplicate, {
     QT_TRANSLATE_NOOP("FailureText", "This key id exists already"),
     QT_TRANSLATE_NOOP("FailureText", "A key with the same key id exists on the account, so no new key was created."),
     QT_TRANSLATE_NOOP("FailureText", "Choose another key id, or press Generate for a new random one.")}},
    {Category::Quota, {
     QT_TRANSLATE_NOOP("FailureText", "Limit reached"),
     QT_TRANSLATE_NOOP("FailureText", "The account has as many API keys as it may have."),
     QT_TRANSLATE_NOOP("FailureText", "Delete API keys that are no longer used in the API Gateway console, or ask for a higher quota.")}},
    {Category::RateLimit, {
     QT_TRANSLATE_NOOP("FailureText", "Too many requests"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway limits how often this action may be called, and the limit was reached."),
     QT_TRANSLATE_NOOP("FailureText", "Wait a few seconds, then create again.")}},
    {Category::Clock, {
     QT_TRANSLATE_NOOP("FailureText", "Your computer's clock seems to be off"),
     QT_TRANSLATE_NOOP("FailureText", "The request's time differs from the gateway's by more than five minutes, so the gateway refused it."),
     QT_TRANSLATE_NOOP("FailureText", "Set the computer's date, time and time zone right (turn on automatic time), then create again.")}},
    {Category::Server, {
     QT_TRANSLATE_NOOP("FailureText", "Trouble on the gateway's side"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway had an internal problem or is briefly unavailable."),
     QT_TRANSLATE_NOOP("FailureText", "Wait a minute, then create again.")}},
    {Category::Endpoint, {
     QT_TRANSLATE_NOOP("FailureText", "Wrong endpoint, version or region"),
     QT_TRANSLATE_NOOP("FailureText", "The server at the endpoint does not know this action or API version."),
     QT_TRANSLATE_NOOP("FailureText", "Check the endpoint and the API generation in Settings.")}},
    {Category::Unsupported, {
     QT_TRANSLATE_NOOP("FailureText", "Not supported"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway does not support this operation for this account or with these values; its message below says more."),
     QT_TRANSLATE_NOOP("FailureText", "Read the gateway's message below; an automatic key, or other values, may be accepted.")}},
    {Category::OperationFailed, {
     QT_TRANSLATE_NOOP("FailureText", "The gateway could not create the key"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway could not carry out the request; its message below says why."),
     QT_TRANSLATE_NOOP("FailureText", "Read the gateway's message below and check the API key list in the console before you create again.")}},
    {Category::Unknown, {
     QT_TRANSLATE_NOOP("FailureText", "The gateway refused the request"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway answered with an error that this application does not know."),
     QT_TRANSLATE_NOOP("FailureText", "Read the gateway's message below; quote the code and the request id if you contact support.")}},
};
// clang-format on

struct RefusalSentences
{
    KeyRefusal value;
    Sentences sentences;
};

// What a refused change to a key or plan says about its state, whichever code (and generation)
// named it: what stands in the way, and what to do first. The vendor deletes only disabled keys
// that no usage plan uses.
// clang-format off
constexpr RefusalSentences refusalSentences[] = {
    {KeyRefusal::KeyNotFound, {
     QT_TRANSLATE_NOOP("FailureText", "No such key"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway has no key with this id on the account in this region."),
     QT_TRANSLATE_NOOP("FailureText", "Refresh the list of keys: the key may have been deleted. Check the region in Settings too.")}},
    {KeyRefusal::UsagePlanNotFound, {
     QT_TRANSLATE_NOOP("FailureText", "No such usage plan"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway has no usage plan with this id on the account in this region."),
     QT_TRANSLATE_NOOP("FailureText", "Refresh the list of usage plans and choose one from it. Check the region in Settings too.")}},
    {KeyRefusal::KeyStatusForbids, {
     QT_TRANSLATE_NOOP("FailureText", "The key is enabled"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway deletes only disabled keys, and this key is enabled."),
     QT_TRANSLATE_NOOP("FailureText", "Disable it first, then delete it (or choose “Disable, then delete”).")}},
    {KeyRefusal::KeyBoundToUsagePlan, {
     QT_TRANSLATE_NOOP("FailureText", "The key is bound to a usage plan"),
     QT_TRANSLATE_NOOP("FailureText", "The key is bound to a usage plan, and the gateway deletes only keys that no usage plan uses."),
     QT_TRANSLATE_NOOP("FailureText", "Unbind it from its usage plans first, then delete it.")}},
    {KeyRefusal::AlreadyBound, {
     QT_TRANSLATE_NOOP("FailureText", "Bound already"),
     QT_TRANSLATE_NOOP("FailureText", "A key is bound to this usage plan already."),
     QT_TRANSLATE_NOOP("FailureText", "Refresh the list to see the plan's keys; a key that is bound already needs nothing more.")}},
    {KeyRefusal::UsagePlanFull, {
     QT_TRANSLATE_NOOP("FailureText", "The usage plan is full"),
     QT_TRANSLATE_NOOP("FailureText", "The usage plan holds as many keys as it may."),
     QT_TRANSLATE_NOOP("FailureText", "Unbind keys the plan no longer needs, or bind the key to another usage plan.")}},
    {KeyRefusal::InvalidKeyIds, {
     QT_TRANSLATE_NOOP("FailureText", "Unknown key ids"),
     QT_TRANSLATE_NOOP("FailureText", "One or more of the key ids are not keys of the account."),
     QT_TRANSLATE_NOOP("FailureText", "Refresh the list of keys and choose the keys from it.")}},
    {KeyRefusal::KeyNotUpdatable, {
     QT_TRANSLATE_NOOP("FailureText", "Change not allowed"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway does not allow this change to this key."),
     QT_TRANSLATE_NOOP("FailureText", "Refresh the list to see the key as it is now; if the change still seems possible, contact support with the details below.")}},
    {KeyRefusal::KeyNotBindable, {
     QT_TRANSLATE_NOOP("FailureText", "The key cannot be bound"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway does not allow this key to be bound to a usage plan."),
     QT_TRANSLATE_NOOP("FailureText", "Choose another key, or contact support with the details below.")}},
};
// clang-format on

FailureWords categoryWords(const GatewayError &error)
{
    if (const RefusalSentences *row = rowFor(refusalSentences, error.refusal))
        return translatedWords(row->sentences);
    FailureWords d;
    if (const CategorySentences *row = rowFor(categorySentences, error.category))
        d = translatedWords(row->sentences);
    if (error.category == ErrorCategory::Endpoint && error.generation == ApiGeneration::Api2) {
        d.whatToDo = FailureText::tr("API 2.0 is retired on the public cloud: choose API 3.0 and "
                                     "its default endpoint in Settings.");
    }
    if (const CodeWords *words = codeWordsFor(error)) {
        d.whatHappened = translated(words->whatHappened);
        if (words->whatToDo)
            d.whatToDo = translated(words->whatToDo);
    }
    return d;
}

struct KindSentences
{
    GatewayError::Kind value;
    Sentences sentences;
};

// A request that never got an answer from the gateway, or an answer that was not one. The kinds
// whose words quote the HTTP status are worded in errorWords.
// clang-format off
constexpr KindSentences kindSentences[] = {
    {GatewayError::Kind::MalformedResponse, {
     QT_TRANSLATE_NOOP("FailureText", "The answer could not be understood"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway's answer was not in the form the protocol promises."),
     QT_TRANSLATE_NOOP("FailureText", "Check the endpoint in Settings; if it is right, contact support with the details below.")}},
    {GatewayError::Kind::ResponseTooLarge, {
     QT_TRANSLATE_NOOP("FailureText", "The answer was too large"),
     QT_TRANSLATE_NOOP("FailureText", "The answer was much larger than any gateway answer, so it was not read."),
     QT_TRANSLATE_NOOP("FailureText", "Check the endpoint in Settings: it does not look like API Gateway.")}},
    {GatewayError::Kind::Timeout, {
     QT_TRANSLATE_NOOP("FailureText", "No answer in time"),
     QT_TRANSLATE_NOOP("FailureText", "The gateway did not answer within the timeout."),
     QT_TRANSLATE_NOOP("FailureText", "Check the network connection; a longer timeout can be set in Settings.")}},
    {GatewayError::Kind::Cancelled, {
     QT_TRANSLATE_NOOP("FailureText", "Cancelled"),
     QT_TRANSLATE_NOOP("FailureText", "You cancelled the request."),
     QT_TRANSLATE_NOOP("FailureText", "Create again when you are ready.")}},
    {GatewayError::Kind::Network, {
     QT_TRANSLATE_NOOP("FailureText", "Could not reach the gateway"),
     QT_TRANSLATE_NOOP("FailureText", "The connection to the endpoint failed or was cut."),
     QT_TRANSLATE_NOOP("FailureText", "Check the network connection, the proxy and the endpoint in Settings.")}},
    {GatewayError::Kind::Tls, {
     QT_TRANSLATE_NOOP("FailureText", "The secure connection failed"),
     QT_TRANSLATE_NOOP("FailureText", "The server's certificate could not be verified, or a secure connection could not be set up."),
     QT_TRANSLATE_NOOP("FailureText", "Check the endpoint. Behind a proxy that inspects TLS, add its CA certificate as the extra CA bundle in Settings.")}},
    {GatewayError::Kind::InsecureEndpoint, {
     QT_TRANSLATE_NOOP("FailureText", "The endpoint is not secure"),
     QT_TRANSLATE_NOOP("FailureText", "The endpoint uses plain http:// to another computer, so nothing was sent."),
     QT_TRANSLATE_NOOP("FailureText", "Use an https:// endpoint in Settings.")}},
    {GatewayError::Kind::InvalidRequest, {
     QT_TRANSLATE_NOOP("FailureText", "The request could not be built"),
     QT_TRANSLATE_NOOP("FailureText", "Some values in the form or in Settings are not valid, so nothing was sent."),
     QT_TRANSLATE_NOOP("FailureText", "Check the form and Settings, then create again.")}},
};
// clang-format on

FailureWords errorWords(const GatewayError &error)
{
    using Kind = GatewayError::Kind;
    if (error.kind == Kind::Gateway)
        return categoryWords(error);
    if (const KindSentences *row = rowFor(kindSentences, error.kind))
        return translatedWords(row->sentences);
    FailureWords d;
    if (error.kind == Kind::HttpStatus) {
        d.title = FailureText::tr("HTTP error %1").arg(error.httpStatus);
        d.whatHappened = FailureText::tr("The server answered with HTTP status %1 instead of a "
                                         "gateway answer.")
                             .arg(error.httpStatus);
        d.whatToDo = FailureText::tr("The endpoint may be wrong, or a proxy may be in the way: "
                                     "check the endpoint in Settings.");
    } else if (error.kind == Kind::Redirect) {
        d.title = FailureText::tr("Redirected elsewhere");
        if (error.httpStatus == 303) {
            d.whatHappened = FailureText::tr("The server answered with HTTP 303 (See Other): it "
                                             "processed the request and points to its result at "
                                             "another address, which was not fetched.");
            d.whatToDo = FailureText::tr("Check the API key list in the API Gateway console before "
                                         "you create again, then check the endpoint in Settings.");
        } else {
            d.whatHappened = FailureText::tr("The server tried to send the request on to another "
                                             "address; the redirect was not followed, so the "
                                             "signed request did not go there.");
            d.whatToDo = FailureText::tr("Check the endpoint in Settings.");
        }
    }
    return d;
}

bool isBuildProblem(const Failure &failure)
{
    return failure.isInputProblem();
}

// A local refusal is worded as the gateway client's own refusal of a request that cannot be built
// (the same three sentences); its reasons are the detail. Nothing about it is the gateway's.
FailureWords buildProblemWords()
{
    return translatedWords(rowFor(kindSentences, GatewayError::Kind::InvalidRequest)->sentences);
}

// What each key or plan action does, to say which one needs API 3.0.
QString actionWords(KeyAction action)
{
    switch (action) {
    case KeyAction::ListKeys:
        return FailureText::tr("Listing the keys on the gateway");
    case KeyAction::DescribeKey:
        return FailureText::tr("Showing a key's secret");
    case KeyAction::RotateKey:
        return FailureText::tr("Rotating a key's secret");
    case KeyAction::EnableKey:
        return FailureText::tr("Enabling a key");
    case KeyAction::DisableKey:
        return FailureText::tr("Disabling a key");
    case KeyAction::DeleteKey:
        return FailureText::tr("Deleting a key");
    case KeyAction::ListPlans:
        return FailureText::tr("Listing the usage plans");
    case KeyAction::ListPlanKeys:
        return FailureText::tr("Listing the keys of a usage plan");
    case KeyAction::BindKeys:
        return FailureText::tr("Binding keys to a usage plan");
    case KeyAction::UnbindKeys:
        return FailureText::tr("Unbinding keys from a usage plan");
    }
    return {};
}

// Whether the action changes something on the gateway (a lost answer leaves it in doubt).
bool isChange(KeyAction action)
{
    switch (action) {
    case KeyAction::ListKeys:
    case KeyAction::DescribeKey:
    case KeyAction::ListPlans:
    case KeyAction::ListPlanKeys:
        return false;
    case KeyAction::RotateKey:
    case KeyAction::EnableKey:
    case KeyAction::DisableKey:
    case KeyAction::DeleteKey:
    case KeyAction::BindKeys:
    case KeyAction::UnbindKeys:
        break;
    }
    return true;
}

// The words of an operation's input that was refused before anything was sent.
FailureWords operationProblemWords(const Failure &failure)
{
    using Problem = Failure::OperationProblem;
    const Failure::Input &input = failure.input;
    FailureWords d;
    switch (input.operation) {
    case Problem::None:
        break;
    case Problem::NeedsApi3:
        d.title = FailureText::tr("Needs API 3.0");
        d.whatHappened = FailureText::tr("%1 needs API 3.0: API 2.0 has no such action, so "
                                         "nothing was sent.")
                             .arg(actionWords(input.action));
        d.whatToDo = FailureText::tr("Choose API 3.0 in Settings (on the command line: --api 3), "
                                     "then try again.");
        return d;
    case Problem::FilterNeedsApi3:
        d.title = FailureText::tr("Needs API 3.0");
        d.whatHappened = FailureText::tr("API 2.0 finds keys by name only; filtering them by "
                                         "status or by usage plan needs API 3.0, so nothing was "
                                         "sent.");
        d.whatToDo = FailureText::tr("Choose API 3.0 in Settings (on the command line: --api 3), "
                                     "or list the keys without that filter.");
        return d;
    case Problem::MissingKeyId:
    case Problem::MissingPlanId:
    case Problem::InvalidPage:
    case Problem::InvalidNewSecret:
        d.title = FailureText::tr("The request could not be built");
        d.whatHappened = FailureText::tr("A value the action needs is missing or not valid, so "
                                         "nothing was sent.");
        d.whatToDo = FailureText::tr("Correct what the detail names, then try again.");
        return d;
    }
    return buildProblemWords();
}

// The sentence that says what was wrong with an operation's input.
QString operationProblem(const Failure::Input &input)
{
    using Problem = Failure::OperationProblem;
    switch (input.operation) {
    case Problem::None:
        return {};
    case Problem::MissingKeyId:
        return FailureText::tr("Choose a key: the action needs the id of a key on the gateway.");
    case Problem::MissingPlanId:
        return FailureText::tr("Choose a usage plan: the action needs the id of one.");
    case Problem::InvalidPage:
        return FailureText::tr("A page of a list holds 1 to 100 entries and starts at 0 or later.");
    case Problem::NeedsApi3:
        return FailureText::tr("%1 needs API 3.0.").arg(actionWords(input.action));
    case Problem::FilterNeedsApi3:
        return FailureText::tr("Filtering the keys by status or by usage plan needs API 3.0.");
    case Problem::InvalidNewSecret:
        return FailureText::keySecret(input.newSecret, input.keySecretLength);
    }
    return {};
}

// The category's words for a key or plan action, where the create's would speak of creating.
// The catalog's specific words (codeWords) and a refusal's keep their own.
void wordOperationCategory(FailureWords &d, const GatewayError &error, KeyAction action)
{
    if (error.kind != GatewayError::Kind::Gateway || error.refusal != KeyRefusal::None ||
        codeWordsFor(error))
        return;
    switch (error.category) {
    case Category::Permission:
        d.whatHappened = FailureText::tr("The account or sub-account whose key you use is not "
                                         "allowed to do this on API Gateway.");
        d.whatToDo = FailureText::tr("Ask the account's administrator to grant the %1 permission "
                                     "of API Gateway in CAM, or use another key.")
                         .arg(QString::fromLatin1(KeyActions::actionName(action)));
        break;
    case Category::Validation:
        d.whatToDo = FailureText::tr("Change what the gateway's message names, then try again.");
        break;
    case Category::Quota:
        d.whatHappened = FailureText::tr("The gateway says that a limit of the account was "
                                         "reached; its message below says which.");
        d.whatToDo = FailureText::tr("Read the gateway's message below; free up what the limit "
                                     "counts, or ask for a higher quota.");
        break;
    case Category::RateLimit:
        d.whatToDo = FailureText::tr("Wait a few seconds, then try again.");
        break;
    case Category::Clock:
        d.whatToDo = FailureText::tr("Set the computer's date, time and time zone right (turn on "
                                     "automatic time), then try again.");
        break;
    case Category::Server:
        d.whatToDo = FailureText::tr("Wait a minute, then try again.");
        break;
    case Category::Unsupported:
        d.whatToDo = FailureText::tr("Read the gateway's message below, and refresh the list to "
                                     "see the keys and plans as they are now.");
        break;
    case Category::OperationFailed:
        d.title = FailureText::tr("The gateway could not carry out the action");
        d.whatToDo = FailureText::tr("Read the gateway's message below, and refresh the list "
                                     "before you try again.");
        break;
    case Category::Authentication:
    case Category::Duplicate:
    case Category::Endpoint:
    case Category::Unknown:
        break;
    }
}

struct KeychainSentence
{
    SecretStoreError::Kind value;
    const char *sentence;
};

// clang-format off
constexpr KeychainSentence keychainSentences[] = {
    {SecretStoreError::Kind::NoBackend, QT_TRANSLATE_NOOP("FailureText", "No keychain is available: no Secret Service (gnome-keyring, KWallet, KeePassXC) answers on the session bus. Nothing is ever stored in a plain file instead.")},
    {SecretStoreError::Kind::Locked, QT_TRANSLATE_NOOP("FailureText", "The keychain is locked. Unlock it and try again; nothing was changed.")},
    {SecretStoreError::Kind::AccessDenied, QT_TRANSLATE_NOOP("FailureText", "The keychain refused access. Unlock it or allow access, then try again.")},
    {SecretStoreError::Kind::NotFound, QT_TRANSLATE_NOOP("FailureText", "The keychain has no such entry.")},
    {SecretStoreError::Kind::NotFoundOrLocked, QT_TRANSLATE_NOOP("FailureText", "The keychain did not return the entry: it is missing, or the keychain is locked. Unlock the keychain and try again.")},
    {SecretStoreError::Kind::TooLarge, QT_TRANSLATE_NOOP("FailureText", "The secret is too large for this keychain; nothing was stored.")},
    {SecretStoreError::Kind::InvalidRequest, QT_TRANSLATE_NOOP("FailureText", "The keychain request was invalid.")},
    {SecretStoreError::Kind::Malformed, QT_TRANSLATE_NOOP("FailureText", "The keychain entry does not hold what this application stores there.")},
};
// clang-format on

struct KeyIndexSentence
{
    KeyIndexError::Kind value;
    const char *sentence;
};

// clang-format off
constexpr KeyIndexSentence keyIndexSentences[] = {
    {KeyIndexError::Kind::Unreadable, QT_TRANSLATE_NOOP("FailureText", "The list of saved keys cannot be read.")},
    {KeyIndexError::Kind::Damaged, QT_TRANSLATE_NOOP("FailureText", "The list of saved keys is damaged; it was left as it is.")},
    {KeyIndexError::Kind::UnsupportedVersion, QT_TRANSLATE_NOOP("FailureText", "The list of saved keys was written by a newer version of this application.")},
    {KeyIndexError::Kind::ReadOnly, QT_TRANSLATE_NOOP("FailureText", "The list of saved keys is not changed while it has a problem.")},
    {KeyIndexError::Kind::WriteFailed, QT_TRANSLATE_NOOP("FailureText", "The list of saved keys could not be written.")},
    {KeyIndexError::Kind::NotFound, QT_TRANSLATE_NOOP("FailureText", "No saved key has that id.")},
    {KeyIndexError::Kind::Busy, QT_TRANSLATE_NOOP("FailureText", "The list of saved keys is being changed by another program; try again.")},
};
// clang-format on

// The hint in the CLI's terms where the window's names one of its controls (a Settings field, a
// button); empty where the window's words hold for both.
QString commandLineHint(const Failure &failure)
{
    using Kind = GatewayError::Kind;
    const GatewayError &error = failure.gateway;
    if (failure.isInputProblem())
        return {};
    switch (error.kind) {
    case Kind::Timeout:
        return FailureText::tr("Check the network connection; a longer idle timeout can be given "
                               "with --timeout SECONDS.");
    case Kind::Tls:
        return FailureText::tr("Check the endpoint. Behind a proxy that inspects TLS, give its CA "
                               "certificate with --ca-bundle PEM.");
    case Kind::Network:
        return FailureText::tr("Check the network connection, the proxy and the endpoint "
                               "(--endpoint URL).");
    case Kind::MalformedResponse:
    case Kind::ResponseTooLarge:
        return FailureText::tr("Check the endpoint (--endpoint URL); if it is right, contact "
                               "support with the details below.");
    case Kind::HttpStatus:
        return FailureText::tr("The endpoint may be wrong, or a proxy may be in the way: check "
                               "the endpoint (--endpoint URL).");
    case Kind::Redirect:
        if (error.httpStatus != 303)
            return FailureText::tr("Check the endpoint (--endpoint URL).");
        if (failure.keyAction)
            return FailureText::tr("Look at the key with 'apigw-keys-cli gateway show' before you "
                                   "try again, then check the endpoint (--endpoint URL).");
        return FailureText::tr("Check the API key list in the API Gateway console before you "
                               "create again, then check the endpoint (--endpoint URL).");
    case Kind::Gateway:
        if (error.refusal == KeyRefusal::KeyStatusForbids &&
            failure.keyAction == KeyAction::DeleteKey)
            return FailureText::tr("Disable it first (apigw-keys-cli gateway disable KEY_ID), "
                                   "then delete it.");
        break;
    default:
        break;
    }
    return {};
}

} // namespace

FailureWords FailureText::describe(const Failure &failure, Surface surface)
{
    FailureWords words = describe(failure);
    if (surface == Surface::CommandLine) {
        if (const QString hint = commandLineHint(failure); !hint.isEmpty())
            words.whatToDo = hint;
    }
    return words;
}

FailureWords FailureText::describe(const Failure &failure)
{
    if (failure.origin == Failure::Origin::Input &&
        failure.input.operation != Failure::OperationProblem::None)
        return operationProblemWords(failure);
    if (isBuildProblem(failure)) {
        FailureWords d = buildProblemWords();
        if (failure.keyAction)
            d.whatToDo = tr("Correct what the detail names, then try again.");
        return d;
    }
    FailureWords d = errorWords(failure.gateway);
    if (!failure.keyAction) {
        if (failure.mayHaveBeenProcessed()) {
            d.mayHaveBeenProcessedWarning =
                tr("The key may have been created even so. Check the API key list in the API "
                   "Gateway console before you create it again, or you may end up with two keys.");
        }
        return d;
    }
    // An operation on the gateway's keys or plans rather than a create.
    const KeyAction action = *failure.keyAction;
    wordOperationCategory(d, failure.gateway, action);
    if (failure.gateway.kind == GatewayError::Kind::Cancelled)
        d.whatToDo = tr("Try again when you are ready.");
    if (failure.gateway.kind == GatewayError::Kind::InvalidRequest)
        d.whatToDo = tr("Correct what the detail names, then try again.");
    if (failure.gateway.kind == GatewayError::Kind::Redirect && failure.gateway.httpStatus == 303)
        d.whatToDo = tr("Refresh the list to see the key as it is now before you try again, then "
                        "check the endpoint in Settings.");
    // Only a delete is refused for an enabled key; another action names another status.
    if (failure.gateway.kind == GatewayError::Kind::Gateway &&
        failure.gateway.refusal == KeyRefusal::KeyStatusForbids && action != KeyAction::DeleteKey) {
        d.title = tr("Not possible in the key's status");
        d.whatHappened = tr("The gateway does not allow this action while the key is in its "
                            "current status.");
        d.whatToDo = tr("Refresh the list to see the key's status, change it if needed, then try "
                        "again.");
    }
    if (action == KeyAction::DeleteKey && failure.stepsDone > 0)
        d.whatHappened +=
            QStringLiteral(" ") + tr("The key was disabled first, and it stays disabled.");
    if (failure.mayHaveBeenProcessed() && isChange(action)) {
        d.mayHaveBeenProcessedWarning =
            tr("The change may have been applied even so. Refresh the list to see the key as it "
               "is now before you try again.");
    }
    return d;
}

QString FailureText::details(const Failure &failure)
{
    const FailureFacts known = facts(failure);
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(label.arg(value));
    };
    add(tr("API: %1"), apiGenerationName(failure.generation));
    add(tr("Error code: %1"), known.code);
    add(tr("Error name: %1"), known.codeName);
    add(tr("Message: %1"), known.message);
    add(tr("Request ID: %1"), known.requestId);
    if (!isBuildProblem(failure) && failure.gateway.httpStatus != 0)
        add(tr("HTTP status: %1"), QString::number(failure.gateway.httpStatus));
    add(tr("Detail: %1"), known.detail);
    if (failure.mayHaveBeenProcessed())
        lines.append(tr("The request may have reached the gateway."));
    return lines.join(u'\n');
}

FailureFacts FailureText::facts(const Failure &failure)
{
    FailureFacts facts;
    if (isBuildProblem(failure)) {
        facts.detail = inputProblems(failure).join(u' ');
        return facts;
    }
    const GatewayError &error = failure.gateway;
    facts.code = error.code;
    if (error.description != error.code)
        facts.codeName = error.description;
    facts.message = error.message;
    facts.requestId = error.requestId;
    facts.detail = error.detail;
    return facts;
}

Failure FailureText::redacted(const Failure &failure, const QList<SecretString> &secrets)
{
    Failure copy = failure;
    copy.gateway.message = redactedText(copy.gateway.message, secrets);
    copy.gateway.description = redactedText(copy.gateway.description, secrets);
    copy.gateway.detail = redactedText(copy.gateway.detail, secrets);
    return copy;
}

QStringList FailureText::inputProblems(const Failure &failure)
{
    if (failure.origin != Failure::Origin::Input)
        return {};
    const Failure::Input &input = failure.input;
    QStringList texts;
    switch (input.problem) {
    case BuildProblem::None:
        texts = {operationProblem(input)};
        break;
    case BuildProblem::InvalidKeySpec:
        texts = {keyName(input.keySpec.name, input.keyName),
                 keyId(input.keySpec.keyId, input.keyId),
                 keySecret(input.keySpec.keySecret, input.keySecretLength)};
        break;
    case BuildProblem::InvalidCredentials:
        texts = {credentials(input.credentials)};
        break;
    case BuildProblem::InvalidEndpoint:
        texts = {endpoint(input.endpoint)};
        break;
    case BuildProblem::SecretInUrl:
        texts = {secretInUrl(input.secretInUrl)};
        break;
    }
    texts.removeIf([](const QString &text) { return text.isEmpty(); });
    return texts;
}

QStringList FailureText::storeProblems(const Failure &failure)
{
    QStringList texts;
    if (failure.keychain.isError())
        texts.append(keychain(failure.keychain));
    if (failure.keyIndex.isError())
        texts.append(keyIndex(failure.keyIndex));
    return texts;
}

QString FailureText::keyName(FieldProblem problem, QStringView name)
{
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return tr("Enter a name: API 3.0 requires one.");
    case FieldProblem::ControlCharacter:
        return tr("The name cannot contain tabs, line breaks or other control characters.");
    case FieldProblem::TooLong:
        return tr("The name has %n characters; at most %1 are allowed.", nullptr,
                  int(codePointCount(name.trimmed())))
            .arg(KeySpecRules::MaxNameLength);
    case FieldProblem::TooShort:
    case FieldProblem::InvalidCharacter:
        break; // not produced for names
    }
    return tr("The name is not valid.");
}

QString FailureText::keyId(FieldProblem problem, QStringView keyId)
{
    const QStringView trimmed = keyId.trimmed();
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return tr("Enter a key id, or press Generate.");
    case FieldProblem::TooShort:
        return tr("The key id has %n characters; it needs at least %1.", nullptr,
                  int(trimmed.size()))
            .arg(KeySpecRules::MinKeyIdLength);
    case FieldProblem::TooLong:
        return tr("The key id has %n characters; at most %1 are allowed.", nullptr,
                  int(trimmed.size()))
            .arg(KeySpecRules::MaxKeyIdLength);
    case FieldProblem::InvalidCharacter: {
        // The id is not a secret, so naming the offending character helps without risk.
        for (const QChar c : trimmed) {
            if (KeySpecRules::isKeyCharacter(c))
                continue;
            if (c.isSpace())
                return tr("The key id cannot contain spaces: use only letters A-Z and a-z, "
                          "digits 0-9 and _.");
            if (c.category() == QChar::Other_Control || c.isSurrogate())
                break;
            return tr("The key id cannot contain \u201c%1\u201d: use only letters A-Z and a-z, "
                      "digits 0-9 and _.")
                .arg(c);
        }
        return tr("The key id may contain only letters A-Z and a-z, digits 0-9 and _.");
    }
    case FieldProblem::ControlCharacter:
        break;
    }
    return tr("The key id is not valid.");
}

QString FailureText::keySecret(FieldProblem problem, qsizetype length)
{
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::Required:
        return tr("Enter a key secret, or press Generate.");
    case FieldProblem::TooShort:
        return tr("The key secret has %n characters; it needs at least %1.", nullptr, int(length))
            .arg(KeySpecRules::MinKeySecretLength);
    case FieldProblem::TooLong:
        return tr("The key secret has %n characters; at most %1 are allowed.", nullptr, int(length))
            .arg(KeySpecRules::MaxKeySecretLength);
    case FieldProblem::InvalidCharacter:
        return tr("The key secret may contain only letters A-Z and a-z, digits 0-9 and _ "
                  "(no spaces).");
    case FieldProblem::ControlCharacter:
        break;
    }
    return tr("The key secret is not valid.");
}

QString FailureText::endpoint(EndpointProblem problem)
{
    switch (problem) {
    case EndpointProblem::None:
        return {};
    case EndpointProblem::InvalidUrl:
        return tr("Enter a full https:// address, without user name, query or fragment.");
    case EndpointProblem::InsecureScheme:
        return tr("Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1). "
                  "Use https://.");
    case EndpointProblem::InvalidRegion:
        return tr("Choose a region such as ap-guangzhou: lower-case letters, digits and "
                  "hyphens.");
    case EndpointProblem::InvalidLanguage:
        return tr("The language must be zh-CN, en-US or the server's default.");
    }
    return {};
}

QString FailureText::secretInUrl(SecretInUrl secret)
{
    switch (secret) {
    case SecretInUrl::None:
        return {};
    case SecretInUrl::KeySecret:
        return tr("With the HTTP method GET, the manual key's secret would travel in the URL, "
                  "where proxies and access logs keep it, so nothing was sent. Choose POST for "
                  "API 2.0 in Settings: POST carries it in the request body, which they do not "
                  "keep.");
    case SecretInUrl::SessionToken:
        return tr("With the HTTP method GET, your session token would travel in the URL, where "
                  "proxies and access logs keep it, so nothing was sent. Choose POST for API 2.0 "
                  "in Settings: POST carries it in the request body, which they do not keep.");
    }
    return {};
}

QString FailureText::getMethodHint()
{
    return tr("GET puts every parameter in the URL, where proxies and access logs keep it: a "
              "manual key's secret or a session token is never sent that way. POST does not have "
              "this problem.");
}

QString FailureText::credentials(CredentialProblem problem)
{
    switch (problem) {
    case CredentialProblem::None:
        return {};
    case CredentialProblem::MissingSecretId:
        return tr("Enter the SecretId of your cloud API key.");
    case CredentialProblem::MissingSecretKey:
        return tr("Enter the SecretKey that belongs to the SecretId.");
    case CredentialProblem::InvalidSecretId:
        return tr("The SecretId contains spaces or characters that a cloud API key never has.");
    case CredentialProblem::InvalidSecretKey:
        return tr("The SecretKey contains spaces or characters that a cloud API key never has.");
    case CredentialProblem::InvalidSessionToken:
        return tr("The session token contains spaces or characters that a token never has.");
    }
    return {};
}

QString FailureText::keychain(const SecretStoreError &error)
{
    using Kind = SecretStoreError::Kind;
    if (error.kind == Kind::None)
        return {};
    QString words;
    if (error.kind == Kind::Timeout) {
        words = error.mayStillComplete
                    ? tr("The keychain did not answer in time; the operation may still complete.")
                    : tr("The keychain did not answer in time; nothing was changed.");
    } else if (const KeychainSentence *row = rowFor(keychainSentences, error.kind)) {
        words = translated(row->sentence);
    } else {
        words = tr("The keychain reported an error.");
    }
    return withDetail(words, error.diagnosis.isEmpty() ? error.backendText : error.diagnosis);
}

QString FailureText::keyIndex(const KeyIndexError &error)
{
    if (error.kind == KeyIndexError::Kind::None)
        return {};
    const KeyIndexSentence *row = rowFor(keyIndexSentences, error.kind);
    return withDetail(row ? translated(row->sentence) : QString(), error.detail);
}
