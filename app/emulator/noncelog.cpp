#include "noncelog.h"

bool NonceLog::record(const QString &secretId, quint64 nonce, qint64 timestamp, qint64 now,
                      qint64 windowSecs)
{
    m_used.removeIf(
        [now, windowSecs](const auto &entry) { return entry.value() < now - 2 * windowSecs; });
    const Entry entry{secretId, nonce};
    if (m_used.contains(entry))
        return false;
    m_used.insert(entry, timestamp);
    return true;
}

qsizetype NonceLog::size() const
{
    return m_used.size();
}
