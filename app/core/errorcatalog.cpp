#include "errorcatalog.h"

#include <QHash>

namespace {

using Classification = ErrorCatalog::Classification;
using C = ErrorCategory;
using R = KeyRefusal;

const QHash<QString, Classification> &api2Codes()
{
    static const QHash<QString, Classification> codes = {
        {QStringLiteral("4000"), {C::Validation, false}},
        {QStringLiteral("4100"), {C::Authentication, false}},
        {QStringLiteral("4101"), {C::Permission, false}},
        {QStringLiteral("4102"), {C::Permission, false}},
        {QStringLiteral("4103"), {C::Permission, false}},
        {QStringLiteral("4104"), {C::Authentication, false}},
        {QStringLiteral("4105"), {C::Authentication, false}},
        {QStringLiteral("4106"), {C::Authentication, false}},
        {QStringLiteral("4110"), {C::Permission, false}},
        {QStringLiteral("4200"), {C::Clock, false}},
        {QStringLiteral("4300"), {C::Permission, false}},
        // The number of requests passed the account's quota (not the number of keys): a limit on
        // calls, which may last beyond a moment, so no blind retry.
        {QStringLiteral("4400"), {C::RateLimit, false}},
        // A repeated nonce or a far-off timestamp: a new request with a fresh nonce may pass, but
        // the clock must be right first, so the category is Clock and no blind retry is offered.
        {QStringLiteral("4500"), {C::Clock, false}},
        {QStringLiteral("4600"), {C::Endpoint, false}},
        {QStringLiteral("5000"), {C::Validation, false}}, // a resource does not exist
        {QStringLiteral("5100"), {C::Server, true}},
        {QStringLiteral("5200"), {C::Quota, false}},
        {QStringLiteral("5300"), {C::Quota, false}},
        // Partial success: something may exist on the server, never retry blindly.
        {QStringLiteral("5400"), {C::Server, false}},
        {QStringLiteral("5500"), {C::Permission, false}}, // qualification review failed
        {QStringLiteral("6000"), {C::Server, true}},
        {QStringLiteral("6100"), {C::Endpoint, false}},
        {QStringLiteral("6200"), {C::Server, true}},
    };
    return codes;
}

const QHash<QString, Classification> &api3Codes()
{
    static const QHash<QString, Classification> codes = {
        {QStringLiteral("AuthFailure.SignatureFailure"), {C::Authentication, false}},
        {QStringLiteral("AuthFailure.SignatureExpire"), {C::Clock, false}},
        {QStringLiteral("AuthFailure.SecretIdNotFound"), {C::Authentication, false}},
        {QStringLiteral("AuthFailure.InvalidSecretId"), {C::Authentication, false}},
        {QStringLiteral("AuthFailure.TokenFailure"), {C::Authentication, false}},
        {QStringLiteral("AuthFailure.MFAFailure"), {C::Authentication, false}},
        {QStringLiteral("AuthFailure.UnauthorizedOperation"), {C::Permission, false}},
        {QStringLiteral("UnauthorizedOperation"), {C::Permission, false}},
        {QStringLiteral("UnauthorizedOperation.UncertifiedUser"), {C::Permission, false}},
        {QStringLiteral("FailedOperation.AccessKeyExist"), {C::Duplicate, false}},
        {QStringLiteral("LimitExceeded.ApiKeyCountLimitExceeded"), {C::Quota, false}},
        {QStringLiteral("InvalidParameter"), {C::Validation, false}},
        {QStringLiteral("InvalidParameter.FormatError"), {C::Validation, false}},
        {QStringLiteral("InvalidParameterValue"), {C::Validation, false}},
        {QStringLiteral("MissingParameter"), {C::Validation, false}},
        {QStringLiteral("UnknownParameter"), {C::Validation, false}},
        {QStringLiteral("RequestLimitExceeded"), {C::RateLimit, true}},
        {QStringLiteral("InternalError"), {C::Server, true}},
        {QStringLiteral("InternalError.ApigwException"), {C::Server, true}},
        {QStringLiteral("InternalError.OssException"), {C::Server, true}},
        {QStringLiteral("InvalidAction"), {C::Endpoint, false}},
        {QStringLiteral("NoSuchVersion"), {C::Endpoint, false}},
        {QStringLiteral("UnsupportedRegion"), {C::Endpoint, false}},
        {QStringLiteral("UnsupportedProtocol"), {C::Endpoint, false}},
        // CreateApiKey's own.
        {QStringLiteral("UnsupportedOperation.UnpackError"), {C::Unsupported, false}},
        {QStringLiteral("UnsupportedOperation.UinNotInWhiteList"), {C::Unsupported, false}},
        // The common codes of every API 3.0 action.
        {QStringLiteral("ActionOffline"), {C::Endpoint, false}},
        {QStringLiteral("NoSuchProduct"), {C::Endpoint, false}},
        {QStringLiteral("IpInBlacklist"), {C::Permission, false}},
        {QStringLiteral("IpNotInWhitelist"), {C::Permission, false}},
        {QStringLiteral("RequestSizeLimitExceeded"), {C::Validation, false}},
        {QStringLiteral("InvalidRequest"), {C::Validation, false}},
        {QStringLiteral("ResourceInUse"), {C::OperationFailed, false}},
        {QStringLiteral("ResourceInsufficient"), {C::Server, true}},
        // The key lifecycle actions' own (docs/PROTOCOL.md, *Key lifecycle actions*). A missing
        // key or plan is a wrong input like any other resource that does not exist.
        {QStringLiteral("ResourceNotFound.InvalidAccessKeyId"),
         {C::Validation, false, R::KeyNotFound}},
        {QStringLiteral("ResourceNotFound.InvalidUsagePlan"),
         {C::Validation, false, R::UsagePlanNotFound}},
        {QStringLiteral("InvalidParameterValue.InvalidAccessKeyIds"),
         {C::Validation, false, R::InvalidKeyIds}},
        {QStringLiteral("InvalidParameterValue.InvalidFilterNotSupportedName"),
         {C::Validation, false}},
        {QStringLiteral("InvalidParameterValue.FormatError"), {C::Validation, false}},
        // The region is the endpoint's, not the action's input.
        {QStringLiteral("InvalidParameterValue.InvalidRegion"), {C::Endpoint, false}},
        {QStringLiteral("UnsupportedOperation.InvalidStatus"),
         {C::Unsupported, false, R::KeyStatusForbids}},
        {QStringLiteral("UnsupportedOperation.ResourceIsInUse"),
         {C::Unsupported, false, R::KeyBoundToUsagePlan}},
        {QStringLiteral("UnsupportedOperation.UnsupportedUpdateApiKey"),
         {C::Unsupported, false, R::KeyNotUpdatable}},
        {QStringLiteral("UnsupportedOperation.UnsupportedBindApiKey"),
         {C::Unsupported, false, R::KeyNotBindable}},
        // The vendor's SDK spells it UnsupportedOperation.*, older descriptions of BindSecretIds
        // FailedOperation.*: both mean the same to the user.
        {QStringLiteral("UnsupportedOperation.AlreadyBindUsagePlan"),
         {C::Unsupported, false, R::AlreadyBound}},
        {QStringLiteral("FailedOperation.AlreadyBindUsagePlan"),
         {C::OperationFailed, false, R::AlreadyBound}},
        {QStringLiteral("LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded"),
         {C::Quota, false, R::UsagePlanFull}},
        // The access management service failed while checking the caller's rights: nothing says
        // that the same request passes later, so no retry is suggested.
        {QStringLiteral("FailedOperation.CamException"), {C::OperationFailed, false}},
    };
    return codes;
}

// The families of API 3.0 codes, for codes the catalog does not list one by one.
Classification classifyApi3Family(const QString &code)
{
    const QString family = code.section(u'.', 0, 0);
    static const QHash<QString, Classification> families = {
        {QStringLiteral("AuthFailure"), {C::Authentication, false}},
        {QStringLiteral("UnauthorizedOperation"), {C::Permission, false}},
        {QStringLiteral("OperationDenied"), {C::Permission, false}},
        {QStringLiteral("InvalidParameter"), {C::Validation, false}},
        {QStringLiteral("InvalidParameterValue"), {C::Validation, false}},
        {QStringLiteral("MissingParameter"), {C::Validation, false}},
        {QStringLiteral("UnknownParameter"), {C::Validation, false}},
        {QStringLiteral("ResourceNotFound"), {C::Validation, false}},
        {QStringLiteral("LimitExceeded"), {C::Quota, false}},
        {QStringLiteral("RequestLimitExceeded"), {C::RateLimit, true}},
        {QStringLiteral("InternalError"), {C::Server, true}},
        {QStringLiteral("ResourceUnavailable"), {C::Server, true}},
        {QStringLiteral("UnsupportedOperation"), {C::Unsupported, false}},
        {QStringLiteral("FailedOperation"), {C::OperationFailed, false}},
    };
    return families.value(family, Classification{});
}

} // namespace

ErrorCatalog::Classification ErrorCatalog::classify(ApiGeneration generation, const QString &code,
                                                    const QString &description)
{
    if (generation == ApiGeneration::Api3) {
        const auto found = api3Codes().constFind(code);
        return found != api3Codes().cend() ? *found : classifyApi3Family(code);
    }
    // API 2.0 servers put an error name in codeDesc; a specific name (a duplicate id, a rate
    // limit) says more than the generic numeric code.
    const auto named = api3Codes().constFind(description);
    if (named != api3Codes().cend())
        return *named;
    // A dotted name of a family that says more than any number (UnsupportedOperation.*,
    // FailedOperation.*); a bare family name such as "AuthFailure" leaves the number its say.
    if (description.contains(u'.')) {
        const Classification family = classifyApi3Family(description);
        if (family.category == C::Unsupported || family.category == C::OperationFailed)
            return family;
    }
    const auto found = api2Codes().constFind(code);
    if (found != api2Codes().cend())
        return *found;
    // An unknown 6xxx is the server's trouble, like every 6xxx the vendor documents; other unknown
    // numbers say too little to be placed.
    if (code.startsWith(u'6'))
        return {C::Server, true};
    return {};
}

QStringList ErrorCatalog::knownCodes(ApiGeneration generation)
{
    QStringList codes = generation == ApiGeneration::Api3 ? api3Codes().keys() : api2Codes().keys();
    codes.sort();
    return codes;
}
