#pragma once

#include <QDateTime>

// Where "now" comes from. Signatures depend on the time, so tests inject a fixed clock to
// reproduce published signatures, and the emulator's skew check can be tested both ways.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentUtc() const = 0;
    qint64 currentSecsSinceEpoch() const { return currentUtc().toSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime currentUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that says what it is told; for tests and for simulating skew.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_utc(std::move(utc)) {}
    static FixedClock fromSecsSinceEpoch(qint64 secs)
    {
        return FixedClock(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
    }
    QDateTime currentUtc() const override { return m_utc; }
    void setCurrentUtc(const QDateTime &utc) { m_utc = utc; }
    void advanceSecs(qint64 secs) { m_utc = m_utc.addSecs(secs); }

private:
    QDateTime m_utc;
};
