#pragma once

#include <QHash>
#include <QSet>

// The API 2.0 nonces already used per SecretId. A nonce need only be remembered while its
// timestamp would still pass the skew check; older ones are forgotten.
class NonceLog
{
public:
    // True, and the nonce recorded, when this SecretId has not used it within the window.
    bool record(const QString &secretId, quint64 nonce, qint64 timestamp, qint64 now,
                qint64 windowSecs);
    qsizetype size() const;

private:
    struct Entry
    {
        QString secretId;
        quint64 nonce = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    friend size_t qHash(const Entry &entry, size_t seed)
    {
        return qHashMulti(seed, entry.secretId, entry.nonce);
    }

    QHash<Entry, qint64> m_used; // -> the request's timestamp
};
