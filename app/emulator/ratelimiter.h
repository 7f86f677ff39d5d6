#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>

// At most `limit` admitted requests per account in any window of one second, on the clock the
// caller passes in (tests inject one). A refused request does not take a place in the window.
class RateLimiter
{
public:
    static constexpr int DefaultLimit = 20; // CreateApiKey's documented limit per second

    // 0 or less: no limit.
    void setLimit(int requestsPerSecond) { m_limit = requestsPerSecond; }
    int limit() const { return m_limit; }

    // True, and the request counted, when it may pass.
    bool admit(const QString &accountId, const QDateTime &nowUtc);

private:
    QHash<QString, QList<qint64>> m_admitted; // msecs since epoch, oldest first
    int m_limit = DefaultLimit;
};
