#pragma once

#include "apitypes.h"
#include "secretstring.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the gateway says about the keys and usage plans of an account (docs/PROTOCOL.md, *Key
// lifecycle actions*). Only DescribeApiKey and UpdateApiKey carry a key's secret; a listing never.

struct GatewayKey
{
    QString keyId;
    QString name;
    std::optional<KeyType> type; // unknown when the answer names none it knows
    bool enabled = false;        // Status 1 enabled, 0 disabled
    QDateTime createdUtc;        // Qt::UTC; invalid when the answer's time is unreadable
    QDateTime modifiedUtc;       // Qt::UTC; invalid when the answer's time is unreadable
    SecretString secret;         // empty unless the action returns it
};

// One page of DescribeApiKeysStatus, or of the keys bound to a plan (DescribeUsagePlanSecretIds,
// whose keys carry id, name and status only).
struct KeyPage
{
    qint64 totalCount = 0; // of the whole listing, not of this page
    QList<GatewayKey> keys;
    QString requestId;
};

enum class KeyStatusFilter { Any, Enabled, Disabled };

// The caller's question to DescribeApiKeysStatus. Empty fields ask nothing.
struct KeyQuery
{
    qint64 offset = 0;
    int limit = 20; // 1..100
    KeyStatusFilter status = KeyStatusFilter::Any;
    QString search;         // a name or a part of it, or an id (API 3.0 KeyWord)
    QStringList keyIds;     // exactly these keys
    QString notUsagePlanId; // keys not bound to this plan
};

struct UsagePlan
{
    QString id;
    QString name;
    QString description;
    qint64 maxRequestsPerSecond = -1; // -1: no limit, or not said
    QDateTime createdUtc;
    QDateTime modifiedUtc;
};

struct UsagePlanPage
{
    qint64 totalCount = 0;
    QList<UsagePlan> plans;
    QString requestId;
};
