#pragma once

#include <QByteArray>
#include <QString>

// Why the emulator refused a request, in one vocabulary for both generations; each generation's
// handler spells it with its own code (API 3.0 Error.Code, API 2.0 code and codeDesc).
enum class ApiFailureKind {
    MissingParameter,
    InvalidParameter,       // wrong type, malformed encoding, mixed query and body
    InvalidParameterFormat, // API 3.0: the body is not a JSON object
    InvalidParameterValue,  // a value that breaks its rule
    UnknownParameter,
    InvalidAction,
    NoSuchVersion,
    UnsupportedRegion,
    UnsupportedProtocol,  // an HTTP method the endpoint does not serve
    InvalidAuthorization, // an Authorization header that cannot be read
    SignatureFailure,
    SecretIdNotFound,
    SignatureExpire, // timestamp more than 5 minutes off, either way
    TokenFailure,
    NonceReused,              // API 2.0 replay
    RequestLimitExceeded,     // more than the rate limit in one second
    AccessKeyExist,           // a manual key id that exists already
    ApiKeyCountLimitExceeded, // the account holds its limit of keys
    // The key lifecycle actions (docs/PROTOCOL.md, *Key lifecycle actions*).
    KeyNotFound,               // ResourceNotFound.InvalidAccessKeyId
    UsagePlanNotFound,         // ResourceNotFound.InvalidUsagePlan
    FilterNotSupported,        // InvalidParameterValue.InvalidFilterNotSupportedName
    SecretFormatError,         // InvalidParameterValue.FormatError: a rotated secret
    KeyStillEnabled,           // UnsupportedOperation.InvalidStatus: delete an enabled key
    KeyInUse,                  // UnsupportedOperation.ResourceIsInUse: delete a bound key
    InvalidAccessKeyIds,       // InvalidParameterValue.InvalidAccessKeyIds
    AlreadyBound,              // FailedOperation.AlreadyBindUsagePlan
    PlanKeyCountLimitExceeded, // LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded
};

struct ApiFailure
{
    ApiFailureKind kind = ApiFailureKind::InvalidParameter;
    // Says what was wrong in the gateway's manner; names parameters, never their values.
    QString message;
};

namespace ApiFailureCodes {

// API 3.0 Error.Code, "AuthFailure.SignatureFailure".
QString api3Code(ApiFailureKind kind);
// API 2.0 numeric code, 4100.
int api2Code(ApiFailureKind kind);
// API 2.0 codeDesc, "AuthFailure.SignatureFailure" or "InvalidParameter".
QString api2CodeDesc(ApiFailureKind kind);

} // namespace ApiFailureCodes
