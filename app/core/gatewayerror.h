#pragma once

#include "apitypes.h"

#include <QString>

// What a failed gateway code means for the user; the UI words each category.
enum class ErrorCategory {
    Authentication,  // wrong signature, unknown or disabled SecretId, bad token or MFA
    Permission,      // CAM denies the operation, account not verified or banned
    Validation,      // the gateway rejected a parameter
    Duplicate,       // a manual key with that id exists already
    Quota,           // too many keys, or the account's balance
    RateLimit,       // too many requests per second
    Clock,           // timestamp too far off, or a repeated nonce
    Server,          // trouble on the gateway's side
    Endpoint,        // wrong host, version, region or protocol
    Unsupported,     // the gateway does not support the operation, for this account or request
    OperationFailed, // the gateway could not carry out the operation (FailedOperation.*)
    Unknown,
};

// What a refused change to a key or a usage plan says about the state of the key or plan, so that
// the words can tell the user what to do first. The catalog sets it from the code alone (see
// ErrorCatalog::classify); the caller knows the action and picks the words. None for every code
// that says nothing of the kind, and for every error that is not the gateway's.
enum class KeyRefusal {
    None,
    // ResourceNotFound.InvalidAccessKeyId: no key with that id (deleted meanwhile, or a typo).
    KeyNotFound,
    // ResourceNotFound.InvalidUsagePlan: no usage plan with that id.
    UsagePlanNotFound,
    // UnsupportedOperation.InvalidStatus: the key's status forbids the action. For DeleteApiKey
    // the key is still enabled: "disable it first" (the vendor deletes disabled keys only).
    KeyStatusForbids,
    // UnsupportedOperation.ResourceIsInUse: the key is bound to a usage plan: "unbind it from its
    // plans first" (DeleteApiKey).
    KeyBoundToUsagePlan,
    // UnsupportedOperation.AlreadyBindUsagePlan: the key is already bound to that plan (bind).
    AlreadyBound,
    // LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded: the plan holds as many keys as it may.
    UsagePlanFull,
    // InvalidParameterValue.InvalidAccessKeyIds: one of the ids given to bind is not a key.
    InvalidKeyIds,
    // UnsupportedOperation.UnsupportedUpdateApiKey: this key cannot be switched on or off.
    KeyNotUpdatable,
    // UnsupportedOperation.UnsupportedBindApiKey: this key cannot be bound to a usage plan.
    KeyNotBindable,
};

// Any failure of one create, from a value the builder refused to the gateway's own error code.
// It never carries a secret: `message` is the server's text and `detail` is transport text.
struct GatewayError
{
    enum class Kind {
        Gateway,           // the gateway answered with an error code
        MalformedResponse, // the answer is not what the protocol promises
        HttpStatus,        // an HTTP status other than 200
        ResponseTooLarge,  // the answer passed the size cap
        Timeout,           // no progress for the idle timeout, or the deadline passed
        Cancelled,         // the user cancelled
        Network,           // DNS, refused or reset connection, proxy
        Tls,               // certificate or handshake failure
        InsecureEndpoint,  // plain HTTP to a host that is not loopback; nothing was sent
        Redirect,          // any 3xx; never followed (a 303 says the request was processed)
        InvalidRequest,    // the request could not be built; nothing was sent
    };

    Kind kind = Kind::Gateway;
    ApiGeneration generation = ApiGeneration::Api3;
    QString code;        // "4100", "AuthFailure.SignatureFailure"
    QString description; // API 2.0 codeDesc
    QString message;     // the gateway's message, verbatim
    QString requestId;   // API 3.0 RequestId, when the server saw the request
    ErrorCategory category = ErrorCategory::Unknown;
    bool retryLater = false;               // whether trying again later can help as it is
    KeyRefusal refusal = KeyRefusal::None; // what the key's or plan's state forbids, if known
    int httpStatus = 0;
    QString detail; // transport detail: Qt's error text, the TLS problem, an excerpt of the body
    // True when the request may have reached the server and been acted on (a timeout, a reset
    // connection, a garbled answer): the user must check before creating again.
    bool mayHaveBeenProcessed = false;

    // An error of the transport or of a refusal before sending, which has no code or answer.
    static GatewayError of(Kind kind, ApiGeneration generation, QString detail,
                           bool mayHaveBeenProcessed);
    static GatewayError malformed(ApiGeneration generation, const QString &why,
                                  const QString &requestId = {});
};
