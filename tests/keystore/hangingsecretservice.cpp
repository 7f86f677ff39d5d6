#include "hangingsecretservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QUuid>

HangingSecretService::HangingSecretService()
    : m_connectionName(QStringLiteral("hanging-secrets-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HangingSecretService::~HangingSecretService()
{
    stop();
}

bool HangingSecretService::start(const QString &busAddress)
{
    QDBusConnection bus = QDBusConnection::connectToBus(busAddress, m_connectionName);
    m_connected = true;
    if (!bus.isConnected()) {
        m_error = bus.lastError().message();
        return false;
    }
    if (!bus.registerVirtualObject(QStringLiteral("/"), this, QDBusConnection::SubPath)) {
        m_error = QStringLiteral("cannot register the object tree");
        return false;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        m_error = bus.lastError().message();
        return false;
    }
    return true;
}

void HangingSecretService::stop()
{
    if (!m_connected)
        return;
    m_connected = false;
    QDBusConnection(m_connectionName)
        .unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QString HangingSecretService::introspect(const QString &) const
{
    return {};
}

bool HangingSecretService::handleMessage(const QDBusMessage &message, const QDBusConnection &)
{
    m_calls << message.interface() + u'.' + message.member();
    // Handled, and never answered: the caller waits until its own timeout or until we leave.
    return true;
}
