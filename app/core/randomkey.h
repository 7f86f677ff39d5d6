#pragma once

#include "secretstring.h"

#include <QString>

// Strong random key ids and secrets for manual keys, drawn from the system's CSPRNG over the
// 63 characters [A-Za-z0-9_] that the gateway accepts. 40 characters carry 239 bits.
namespace RandomKey {

inline constexpr int KeyIdLength = 20;
inline constexpr int KeySecretLength = 40;

QString keyId();
SecretString keySecret();

} // namespace RandomKey
