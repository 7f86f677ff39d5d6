#include "apifailure.h"

using namespace Qt::StringLiterals;

QString ApiFailureCodes::api3Code(ApiFailureKind kind)
{
    switch (kind) {
    case ApiFailureKind::MissingParameter:
        return u"MissingParameter"_s;
    case ApiFailureKind::InvalidParameter:
        return u"InvalidParameter"_s;
    case ApiFailureKind::InvalidParameterFormat:
        return u"InvalidParameter.FormatError"_s;
    case ApiFailureKind::InvalidParameterValue:
        return u"InvalidParameterValue"_s;
    case ApiFailureKind::UnknownParameter:
        return u"UnknownParameter"_s;
    case ApiFailureKind::InvalidAction:
        return u"InvalidAction"_s;
    case ApiFailureKind::NoSuchVersion:
        return u"NoSuchVersion"_s;
    case ApiFailureKind::UnsupportedRegion:
        return u"UnsupportedRegion"_s;
    case ApiFailureKind::UnsupportedProtocol:
        return u"UnsupportedProtocol"_s;
    case ApiFailureKind::InvalidAuthorization:
        return u"AuthFailure.InvalidAuthorization"_s;
    case ApiFailureKind::SignatureFailure:
        return u"AuthFailure.SignatureFailure"_s;
    case ApiFailureKind::SecretIdNotFound:
        return u"AuthFailure.SecretIdNotFound"_s;
    case ApiFailureKind::SignatureExpire:
        return u"AuthFailure.SignatureExpire"_s;
    case ApiFailureKind::TokenFailure:
        return u"AuthFailure.TokenFailure"_s;
    case ApiFailureKind::NonceReused:
        // API 3.0 has no nonce; a replay there is only bounded by the timestamp.
        return u"AuthFailure.SignatureFailure"_s;
    case ApiFailureKind::RequestLimitExceeded:
        return u"RequestLimitExceeded"_s;
    case ApiFailureKind::AccessKeyExist:
        return u"FailedOperation.AccessKeyExist"_s;
    case ApiFailureKind::ApiKeyCountLimitExceeded:
        return u"LimitExceeded.ApiKeyCountLimitExceeded"_s;
    case ApiFailureKind::KeyNotFound:
        return u"ResourceNotFound.InvalidAccessKeyId"_s;
    case ApiFailureKind::UsagePlanNotFound:
        return u"ResourceNotFound.InvalidUsagePlan"_s;
    case ApiFailureKind::FilterNotSupported:
        return u"InvalidParameterValue.InvalidFilterNotSupportedName"_s;
    case ApiFailureKind::SecretFormatError:
        return u"InvalidParameterValue.FormatError"_s;
    case ApiFailureKind::KeyStillEnabled:
        return u"UnsupportedOperation.InvalidStatus"_s;
    case ApiFailureKind::KeyInUse:
        return u"UnsupportedOperation.ResourceIsInUse"_s;
    case ApiFailureKind::InvalidAccessKeyIds:
        return u"InvalidParameterValue.InvalidAccessKeyIds"_s;
    case ApiFailureKind::AlreadyBound:
        return u"FailedOperation.AlreadyBindUsagePlan"_s;
    case ApiFailureKind::PlanKeyCountLimitExceeded:
        return u"LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded"_s;
    }
    return u"InternalError"_s;
}

int ApiFailureCodes::api2Code(ApiFailureKind kind)
{
    switch (kind) {
    case ApiFailureKind::MissingParameter:
    case ApiFailureKind::InvalidParameter:
    case ApiFailureKind::InvalidParameterFormat:
    case ApiFailureKind::InvalidParameterValue:
    case ApiFailureKind::UnknownParameter:
    case ApiFailureKind::InvalidAction:
    case ApiFailureKind::UnsupportedRegion:
    case ApiFailureKind::AccessKeyExist:
    case ApiFailureKind::FilterNotSupported:
    case ApiFailureKind::SecretFormatError:
    case ApiFailureKind::KeyStillEnabled:
    case ApiFailureKind::KeyInUse:
    case ApiFailureKind::InvalidAccessKeyIds:
    case ApiFailureKind::AlreadyBound:
        return 4000;
    // 2.0's common code for "the resource does not exist".
    case ApiFailureKind::KeyNotFound:
    case ApiFailureKind::UsagePlanNotFound:
        return 5000;
    case ApiFailureKind::InvalidAuthorization:
    case ApiFailureKind::SignatureFailure:
        return 4100;
    case ApiFailureKind::SecretIdNotFound:
        return 4104;
    case ApiFailureKind::TokenFailure:
        return 4105;
    case ApiFailureKind::SignatureExpire:
    case ApiFailureKind::NonceReused:
        return 4500;
    // API 2.0 documents no rate-limit code; 4400 ("quota exceeded") is the nearest, and the
    // codeDesc tells it apart from the key-count quota.
    case ApiFailureKind::RequestLimitExceeded:
    case ApiFailureKind::ApiKeyCountLimitExceeded:
    case ApiFailureKind::PlanKeyCountLimitExceeded:
        return 4400;
    case ApiFailureKind::UnsupportedProtocol:
        return 4600;
    case ApiFailureKind::NoSuchVersion:
        return 6100;
    }
    return 6000;
}

QString ApiFailureCodes::api2CodeDesc(ApiFailureKind kind)
{
    switch (kind) {
    case ApiFailureKind::InvalidParameterFormat:
        return u"InvalidParameter"_s;
    case ApiFailureKind::NonceReused:
        return u"RequestReplayed"_s;
    case ApiFailureKind::UnsupportedProtocol:
        return u"UnsupportedProtocol"_s;
    default:
        return api3Code(kind);
    }
}
