#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A session bus of our own: a dbus-daemon whose configuration names no service directories, so
// nothing on it can be activated, in particular no keyring. Stopped when this object goes.
class PrivateBus
{
public:
    enum class Replies {
        Delivered,
        // A misconfigured daemon that accepts connections and never lets a reply through, not even
        // to Hello: a bus that hangs every client. Only child processes may connect to it (QtDBus
        // aborts in libdbus when its connect fails that way).
        Dropped,
    };

    explicit PrivateBus(Replies replies = Replies::Delivered);
    ~PrivateBus();
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    // Starts the daemon and waits for its address; false (and errorString()) when it cannot.
    bool start();
    const QString &address() const { return m_address; }
    const QString &errorString() const { return m_error; }

private:
    Replies m_replies;
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
};
