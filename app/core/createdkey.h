#pragma once

#include "apitypes.h"
#include "secretstring.h"

#include <QDateTime>
#include <optional>

// A key pair the gateway has just created. The secret is shown to the user once and then lives
// only in the keychain.
struct CreatedKey
{
    ApiGeneration generation = ApiGeneration::Api3;
    QString name;
    KeyType type = KeyType::Auto;
    QString keyId;
    SecretString keySecret;
    QDateTime createdUtc;      // Qt::UTC
    std::optional<int> status; // API 3.0: 1 enabled, 0 disabled
    QString requestId;         // API 3.0 only
};
