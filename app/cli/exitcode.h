#pragma once

// The exit codes of apigw-keys-cli, documented in the README. Scripts branch on them, so each kind
// of failure has its own and they never change meaning.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,    // anything not listed below
    Usage = 2,      // unknown command or option, missing or malformed argument
    Validation = 3, // the key spec, credentials or endpoint break the rules; nothing was sent
    Gateway = 4,    // the gateway answered with an error, or with an answer that makes no sense
    Network = 5,    // no usable answer: DNS, connection, proxy, TLS, timeout, redirect
    Keychain = 6,   // the keychain or the key index failed
    NeedsApi3 = 7,  // the action (or filter) exists in API 3.0 only; nothing was sent
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}
