#pragma once

// Readable failure messages for the core's enums: QCOMPARE prints these names instead of bare
// numbers. Found by argument-dependent lookup from QTest. The switches have no default, so a new
// enumerator makes -Wswitch (an error here) point at this file.

#include "createapikeyrequest.h"
#include "gatewayerror.h"
#include "keyspec.h"

#include <QtTest>
#include <ctime>

inline char *toString(FieldProblem value)
{
    switch (value) {
    case FieldProblem::None:
        return qstrdup("None");
    case FieldProblem::Required:
        return qstrdup("Required");
    case FieldProblem::TooShort:
        return qstrdup("TooShort");
    case FieldProblem::TooLong:
        return qstrdup("TooLong");
    case FieldProblem::ControlCharacter:
        return qstrdup("ControlCharacter");
    case FieldProblem::InvalidCharacter:
        return qstrdup("InvalidCharacter");
    }
    return qstrdup("?");
}

inline char *toString(BuildProblem value)
{
    switch (value) {
    case BuildProblem::None:
        return qstrdup("None");
    case BuildProblem::InvalidKeySpec:
        return qstrdup("InvalidKeySpec");
    case BuildProblem::InvalidCredentials:
        return qstrdup("InvalidCredentials");
    case BuildProblem::InvalidEndpoint:
        return qstrdup("InvalidEndpoint");
    case BuildProblem::SecretInUrl:
        return qstrdup("SecretInUrl");
    }
    return qstrdup("?");
}

inline char *toString(SecretInUrl value)
{
    switch (value) {
    case SecretInUrl::None:
        return qstrdup("None");
    case SecretInUrl::KeySecret:
        return qstrdup("KeySecret");
    case SecretInUrl::SessionToken:
        return qstrdup("SessionToken");
    }
    return qstrdup("?");
}

inline char *toString(CredentialProblem value)
{
    switch (value) {
    case CredentialProblem::None:
        return qstrdup("None");
    case CredentialProblem::MissingSecretId:
        return qstrdup("MissingSecretId");
    case CredentialProblem::MissingSecretKey:
        return qstrdup("MissingSecretKey");
    case CredentialProblem::InvalidSecretId:
        return qstrdup("InvalidSecretId");
    case CredentialProblem::InvalidSecretKey:
        return qstrdup("InvalidSecretKey");
    case CredentialProblem::InvalidSessionToken:
        return qstrdup("InvalidSessionToken");
    }
    return qstrdup("?");
}

inline char *toString(EndpointProblem value)
{
    switch (value) {
    case EndpointProblem::None:
        return qstrdup("None");
    case EndpointProblem::InvalidUrl:
        return qstrdup("InvalidUrl");
    case EndpointProblem::InsecureScheme:
        return qstrdup("InsecureScheme");
    case EndpointProblem::InvalidRegion:
        return qstrdup("InvalidRegion");
    case EndpointProblem::InvalidLanguage:
        return qstrdup("InvalidLanguage");
    }
    return qstrdup("?");
}

inline char *toString(KeyRefusal value)
{
    switch (value) {
    case KeyRefusal::None:
        return qstrdup("None");
    case KeyRefusal::KeyNotFound:
        return qstrdup("KeyNotFound");
    case KeyRefusal::UsagePlanNotFound:
        return qstrdup("UsagePlanNotFound");
    case KeyRefusal::KeyStatusForbids:
        return qstrdup("KeyStatusForbids");
    case KeyRefusal::KeyBoundToUsagePlan:
        return qstrdup("KeyBoundToUsagePlan");
    case KeyRefusal::AlreadyBound:
        return qstrdup("AlreadyBound");
    case KeyRefusal::UsagePlanFull:
        return qstrdup("UsagePlanFull");
    case KeyRefusal::InvalidKeyIds:
        return qstrdup("InvalidKeyIds");
    case KeyRefusal::KeyNotUpdatable:
        return qstrdup("KeyNotUpdatable");
    case KeyRefusal::KeyNotBindable:
        return qstrdup("KeyNotBindable");
    }
    return qstrdup("?");
}

inline char *toString(ErrorCategory value)
{
    switch (value) {
    case ErrorCategory::Authentication:
        return qstrdup("Authentication");
    case ErrorCategory::Permission:
        return qstrdup("Permission");
    case ErrorCategory::Validation:
        return qstrdup("Validation");
    case ErrorCategory::Duplicate:
        return qstrdup("Duplicate");
    case ErrorCategory::Quota:
        return qstrdup("Quota");
    case ErrorCategory::RateLimit:
        return qstrdup("RateLimit");
    case ErrorCategory::Clock:
        return qstrdup("Clock");
    case ErrorCategory::Server:
        return qstrdup("Server");
    case ErrorCategory::Endpoint:
        return qstrdup("Endpoint");
    case ErrorCategory::Unsupported:
        return qstrdup("Unsupported");
    case ErrorCategory::OperationFailed:
        return qstrdup("OperationFailed");
    case ErrorCategory::Unknown:
        return qstrdup("Unknown");
    }
    return qstrdup("?");
}

inline char *toString(GatewayError::Kind value)
{
    switch (value) {
    case GatewayError::Kind::Gateway:
        return qstrdup("Gateway");
    case GatewayError::Kind::MalformedResponse:
        return qstrdup("MalformedResponse");
    case GatewayError::Kind::HttpStatus:
        return qstrdup("HttpStatus");
    case GatewayError::Kind::ResponseTooLarge:
        return qstrdup("ResponseTooLarge");
    case GatewayError::Kind::Timeout:
        return qstrdup("Timeout");
    case GatewayError::Kind::Cancelled:
        return qstrdup("Cancelled");
    case GatewayError::Kind::Network:
        return qstrdup("Network");
    case GatewayError::Kind::Tls:
        return qstrdup("Tls");
    case GatewayError::Kind::InsecureEndpoint:
        return qstrdup("InsecureEndpoint");
    case GatewayError::Kind::Redirect:
        return qstrdup("Redirect");
    case GatewayError::Kind::InvalidRequest:
        return qstrdup("InvalidRequest");
    }
    return qstrdup("?");
}

inline char *toString(ApiGeneration value)
{
    switch (value) {
    case ApiGeneration::Api3:
        return qstrdup("Api3");
    case ApiGeneration::Api2:
        return qstrdup("Api2");
    }
    return qstrdup("?");
}

inline char *toString(KeyType value)
{
    switch (value) {
    case KeyType::Auto:
        return qstrdup("Auto");
    case KeyType::Manual:
        return qstrdup("Manual");
    }
    return qstrdup("?");
}

// Sets TZ for the process and makes the C library re-read it; restores the old value when it goes.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const QByteArray &zone)
        : m_hadZone(qEnvironmentVariableIsSet("TZ")), m_oldZone(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_hadZone)
            qputenv("TZ", m_oldZone);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    bool m_hadZone;
    QByteArray m_oldZone;
};
