#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

// A source of regular ticks for countdowns. The application uses IntervalTicker; tests inject a
// ticker they advance by hand, so a 30-second countdown is checked without waiting 30 seconds.
class Ticker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void ticked();
};

// Ticks on a QTimer, once a second unless told otherwise.
class IntervalTicker final : public Ticker
{
    Q_OBJECT
public:
    explicit IntervalTicker(std::chrono::milliseconds interval = std::chrono::seconds(1),
                            QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override;

private:
    QTimer m_timer;
};
