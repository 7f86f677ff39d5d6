#include "keyringcontrol.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>

namespace {

// The Secret Service's Secret struct, (oayays).
struct ServiceSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const ServiceSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ServiceSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(ServiceSecret)

namespace {

const QString Secrets = QStringLiteral("org.freedesktop.secrets");
const QString ServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");

bool failed(const QDBusMessage &reply, QString *error)
{
    if (reply.type() != QDBusMessage::ErrorMessage)
        return false;
    if (error)
        *error = reply.errorName() + QStringLiteral(": ") + reply.errorMessage();
    return true;
}

} // namespace

QString KeyringControl::defaultCollection(QString *error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Secrets, ServicePath, ServiceInterface,
                                                       QStringLiteral("ReadAlias"));
    call << QStringLiteral("default");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (failed(reply, error) || reply.arguments().isEmpty())
        return {};
    return qvariant_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
}

std::optional<bool> KeyringControl::isLocked(const QString &collection, QString *error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        Secrets, collection, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (failed(reply, error) || reply.arguments().isEmpty())
        return std::nullopt;
    return qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
}

bool KeyringControl::lock(const QString &collection, QString *error)
{
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    QDBusMessage call = QDBusMessage::createMethodCall(Secrets, ServicePath, ServiceInterface,
                                                       QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (failed(reply, error))
        return false;
    return isLocked(collection, error).value_or(false);
}

bool KeyringControl::unlock(const QString &collection, const QByteArray &password, QString *error)
{
    qDBusRegisterMetaType<ServiceSecret>();
    QDBusConnection bus = QDBusConnection::sessionBus();

    QDBusMessage open = QDBusMessage::createMethodCall(Secrets, ServicePath, ServiceInterface,
                                                       QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = bus.call(open);
    if (failed(opened, error) || opened.arguments().size() < 2)
        return false;
    const QDBusObjectPath session = qvariant_cast<QDBusObjectPath>(opened.arguments().at(1));

    QDBusMessage unlockCall = QDBusMessage::createMethodCall(
        Secrets, ServicePath,
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlockCall << QVariant::fromValue(QDBusObjectPath(collection))
               << QVariant::fromValue(
                      ServiceSecret{session, {}, password, QStringLiteral("text/plain")});
    const QDBusMessage unlocked = bus.call(unlockCall);

    QDBusMessage close = QDBusMessage::createMethodCall(
        Secrets, session.path(), QStringLiteral("org.freedesktop.Secret.Session"),
        QStringLiteral("Close"));
    bus.call(close);

    if (failed(unlocked, error))
        return false;
    return !isLocked(collection, error).value_or(true);
}
