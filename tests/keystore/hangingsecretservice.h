#pragma once

#include <QDBusVirtualObject>
#include <QString>
#include <QStringList>

// A Secret Service that owns org.freedesktop.secrets and never answers anything: the one fault
// the real gnome-keyring cannot produce on demand (a hung provider). It lives on its own
// connection to a private bus, so the test process's real session bus is not touched.
class HangingSecretService final : public QDBusVirtualObject
{
    Q_OBJECT

public:
    HangingSecretService();
    ~HangingSecretService() override;

    // Connects to `busAddress` and takes the name; false (and errorString()) when it cannot.
    bool start(const QString &busAddress);
    // Leaves the bus: the daemon then fails every call still waiting on us with NoReply, and the
    // name has no owner any more.
    void stop();

    const QString &errorString() const { return m_error; }
    // The methods called on us so far, "interface.member", unanswered all.
    const QStringList &calls() const { return m_calls; }

    QString introspect(const QString &path) const override;
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override;

private:
    QString m_connectionName;
    QString m_error;
    QStringList m_calls;
    bool m_connected = false;
};
