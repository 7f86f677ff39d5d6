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
        return 4000;
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
