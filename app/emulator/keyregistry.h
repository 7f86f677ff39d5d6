#pragma once

#include "apifailure.h"
#include "keyspec.h"

#include <QDateTime>
#include <QHash>
#include <variant>
#include <vector>

// One key as an action answers it. `keySecret` is empty where the answer carries none (listings).
struct ApiKeyRecord
{
    QString keyId;
    SecretString keySecret;
    QString name;
    KeyType type = KeyType::Auto;
    bool enabled = true;
    QDateTime createdUtc;
    QDateTime modifiedUtc;
};
using CreatedApiKey = ApiKeyRecord;

// The keys of every account, in memory. Creates them as the service does: random id and secret
// for `auto`, the given ones for `manual`, ids unique across all accounts, a limit per account.
// The secret is kept, because DescribeApiKey gives it back; it never reaches a log.
class KeyRegistry
{
public:
    static constexpr int AutoKeyIdRandomLength = 32; // after the "AKID" prefix
    static constexpr int AutoKeySecretLength = 40;

    struct StoredKey
    {
        QString keyId;
        QString accountId;
        QString name;
        KeyType type = KeyType::Auto;
        SecretString secret;
        bool enabled = true;
        QDateTime createdUtc;
        QDateTime modifiedUtc;

        ApiKeyRecord record(bool withSecret) const;
    };

    // Expects a spec that passed the KeySpecRules.
    std::variant<ApiKeyRecord, ApiFailure> create(const QString &accountId, const KeySpec &spec,
                                                  const QDateTime &nowUtc);
    // For seeding: no key limit, no checks beyond a unique id (an empty spec id draws one).
    const StoredKey &insert(const QString &accountId, const KeySpec &spec, bool enabled,
                            const QDateTime &createdUtc);

    // The account's key, or nullptr: another account's key does not exist for this one.
    const StoredKey *find(const QString &accountId, const QString &keyId) const;
    const StoredKey *find(const QString &keyId) const;
    void setEnabled(const QString &keyId, bool enabled, const QDateTime &nowUtc);
    // An empty secret draws a new random one (automatic keys).
    void rotate(const QString &keyId, const SecretString &secret, const QDateTime &nowUtc);
    void remove(const QString &keyId);

    // The account's key ids, oldest first (creation order, which the answers reverse).
    const std::vector<QString> &idsOf(const QString &accountId) const;

    void setKeyLimit(int limit) { m_keyLimit = limit; }
    int keyLimit() const { return m_keyLimit; }
    int keyCount() const { return int(m_keys.size()); }
    int keyCount(const QString &accountId) const { return int(idsOf(accountId).size()); }
    bool contains(const QString &keyId) const { return m_keys.contains(keyId); }

    // Letters and digits from the operating system's CSPRNG.
    static QString randomAlphanumeric(int length);

private:
    QString newAutoKeyId() const;
    static SecretString newAutoSecret();

    QHash<QString, StoredKey> m_keys;             // by key id
    QHash<QString, std::vector<QString>> m_order; // per account, creation order
    // The vendor publishes no per-account quota for API keys; 50 is an assumption, generous for
    // demo use and small enough that a test can reach it.
    int m_keyLimit = 50;
};
