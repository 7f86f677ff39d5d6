#pragma once

#include "apifailure.h"
#include "keyspec.h"

#include <QDateTime>
#include <QHash>
#include <variant>

// A key the emulator has created; the secret goes back to the caller once and is not kept.
struct CreatedApiKey
{
    QString keyId;
    SecretString keySecret;
    QString name;
    KeyType type = KeyType::Auto;
    QDateTime createdUtc;
};

// The keys of every account, in memory. Creates them as the service does: random id and secret
// for `auto`, the given ones for `manual`, ids unique across all accounts, a limit per account.
class KeyRegistry
{
public:
    static constexpr int AutoKeyIdRandomLength = 32; // after the "AKID" prefix
    static constexpr int AutoKeySecretLength = 40;

    // Expects a spec that passed the KeySpecRules.
    std::variant<CreatedApiKey, ApiFailure> create(const QString &accountId, const KeySpec &spec,
                                                   const QDateTime &nowUtc);

    void setKeyLimit(int limit) { m_keyLimit = limit; }
    int keyLimit() const { return m_keyLimit; }
    int keyCount() const { return int(m_keys.size()); }
    int keyCount(const QString &accountId) const { return m_countPerAccount.value(accountId); }
    bool contains(const QString &keyId) const { return m_keys.contains(keyId); }

    // Letters and digits from the operating system's CSPRNG.
    static QString randomAlphanumeric(int length);

private:
    struct StoredKey
    {
        QString accountId;
        QString name;
        KeyType type = KeyType::Auto;
        QDateTime createdUtc;
    };

    QHash<QString, StoredKey> m_keys; // by key id
    QHash<QString, int> m_countPerAccount;
    // The vendor publishes no per-account quota for API keys; 50 is an assumption, generous for
    // demo use and small enough that a test can reach it.
    int m_keyLimit = 50;
};
