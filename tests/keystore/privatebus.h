#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A session bus of our own: a dbus-daemon whose configuration names no service directories, so
// nothing on it can be activated, in particular no keyring. Stopped when this object goes.
class PrivateBus
{
public:
    PrivateBus();
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts the daemon and waits for its address; false (and errorString()) when it cannot.
    bool start();
    const QString &address() const { return m_address; }
    const QString &errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
};
