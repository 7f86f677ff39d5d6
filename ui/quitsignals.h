#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

// Turns SIGTERM, SIGINT and SIGHUP into a signal on the event loop, so that the application ends
// through its ordinary quit path (the clipboard cleared, a created key kept) rather than dying
// where it stands. The handler only writes the signal's number to a socket pair, which is all a
// signal handler may safely do; a QSocketNotifier reads it on the event loop.
//
// One at a time per process: while it lives, the three signals are ours; the previous handlers
// come back when it goes.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    // False, with the reason, if the socket pair or a handler could not be set up; the signals
    // then keep their default action.
    bool install(QString *error);

signals:
    void received(int signalNumber);

private:
    void readPending();

    int m_sockets[2] = {-1, -1}; // [0] read on the event loop, [1] written by the handler
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};
