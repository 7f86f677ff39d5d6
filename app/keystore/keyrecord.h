#pragma once

#include "apitypes.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

struct CreatedKey;

// What a user needs to find a created key again; never its secret, which lives in the keychain
// under secretEntry().
struct KeyRecord
{
    QString keyId;
    QString name;
    KeyType type = KeyType::Auto;
    QDateTime createdUtc; // Qt::UTC
    QUrl endpoint;        // the gateway it was created on
    QString region;
    ApiGeneration generation = ApiGeneration::Api3;
    // The operator SecretId that created it: an identifier, not a secret. With the endpoint it
    // keeps apart keys of equal id on two gateways or two accounts.
    QString account;
    bool secretInKeychain = false;

    // The keychain entry of its secret; also its identity in the key index.
    QString secretEntry() const;
    QString id() const { return secretEntry(); }

    static KeyRecord fromCreatedKey(const CreatedKey &key, const QUrl &endpoint,
                                    const QString &region, const QString &account);

    friend bool operator==(const KeyRecord &, const KeyRecord &) = default;
};
