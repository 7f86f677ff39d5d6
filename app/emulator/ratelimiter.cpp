#include "ratelimiter.h"

bool RateLimiter::admit(const QString &accountId, const QDateTime &nowUtc)
{
    if (m_limit <= 0)
        return true;
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    QList<qint64> &admitted = m_admitted[accountId];
    // A clock set back (tests do that) must not keep old entries alive forever either.
    admitted.removeIf([now](qint64 at) { return at <= now - 1000 || at > now; });
    if (admitted.size() >= m_limit)
        return false;
    admitted.append(now);
    return true;
}
