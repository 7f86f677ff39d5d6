#include "ticker.h"

IntervalTicker::IntervalTicker(std::chrono::milliseconds interval, QObject *parent) : Ticker(parent)
{
    m_timer.setInterval(interval);
    // A countdown shown in seconds must not drift by the coarse timer's 5 %.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Ticker::ticked);
}

void IntervalTicker::start()
{
    m_timer.start();
}

void IntervalTicker::stop()
{
    m_timer.stop();
}

bool IntervalTicker::isActive() const
{
    return m_timer.isActive();
}
