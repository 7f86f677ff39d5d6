#pragma once

#include "ticker.h"

// A ticker that ticks when the test says so: a countdown of 30 seconds runs in 30 calls.
class ManualTicker final : public Ticker
{
    Q_OBJECT
public:
    using Ticker::Ticker;

    void start() override { m_active = true; }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    // Ticks only while started, as a timer would.
    void tick(int times = 1)
    {
        for (int i = 0; i < times && m_active; ++i)
            emit ticked();
    }

private:
    bool m_active = false;
};
