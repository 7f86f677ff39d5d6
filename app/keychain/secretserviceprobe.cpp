#include "secretserviceprobe.h"

#include "eventloop.h"

#include <QLoggingCategory>

#if defined(APIGW_HAVE_SECRET_SERVICE_PROBE)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

Q_LOGGING_CATEGORY(lcProbe, "apigw.keystore.probe", QtInfoMsg)

#if defined(APIGW_HAVE_SECRET_SERVICE_PROBE)
namespace {

const QString SecretsName = QStringLiteral("org.freedesktop.secrets");
const QString ServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString ServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString CollectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");
const QString PropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
const QString DBusName = QStringLiteral("org.freedesktop.DBus");
const QString DBusPath = QStringLiteral("/org/freedesktop/DBus");

QString describe(const QDBusError &error)
{
    return error.name() + QStringLiteral(": ") + error.message();
}

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(DBusName, DBusPath, DBusName, method);
}

QDBusMessage serviceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(SecretsName, ServicePath, ServiceInterface, method);
}

} // namespace
#endif

SecretServiceProbe::SecretServiceProbe(QObject *parent) : QObject(parent)
{}

SecretServiceProbe::~SecretServiceProbe() = default;

void SecretServiceProbe::finish(SecretServiceState::Status status, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcProbe) << "secret service state" << int(status) << detail;
    const SecretServiceState state{status, detail};
    // Also reached from inside start() (no bus, another platform), before anyone connected.
    runFromEventLoop(this, [this, state] { Q_EMIT finished(state); });
}

#if !defined(APIGW_HAVE_SECRET_SERVICE_PROBE)

void SecretServiceProbe::start(const QString &, const QString &, std::chrono::milliseconds)
{
    finish(SecretServiceState::Status::NotApplicable);
}
void SecretServiceProbe::checkProvider()
{}
void SecretServiceProbe::searchItems()
{}
void SecretServiceProbe::readDefaultAlias()
{}
void SecretServiceProbe::readLocked(const QString &)
{}

#else

void SecretServiceProbe::start(const QString &service, const QString &key,
                               std::chrono::milliseconds callTimeout)
{
    m_service = service;
    m_key = key;
    qDBusRegisterMetaType<QMap<QString, QString>>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    m_callTimeoutMs = int(std::max<qint64>(1, callTimeout.count()));

    // QtDBus connects on first use and keeps the address it found, as libsecret does: both read
    // DBUS_SESSION_BUS_ADDRESS from the same environment, so they judge the same bus. That first
    // connect is synchronous; it cannot stall here, because a probe only follows an answer that
    // libsecret got over this very bus (or its failure to reach any bus, which fails fast).
    // A bus daemon that never answers leaves libsecret hanging instead, and the store's timeout
    // reports it without a probe.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish(SecretServiceState::Status::NoBus, describe(bus.lastError()));
        return;
    }
    checkProvider();
}

template <typename Reply, typename OnReply>
void SecretServiceProbe::call(const QDBusMessage &message, OnReply onReply)
{
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(message, m_callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [onReply = std::move(onReply)](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                onReply(Reply(*w));
            });
}

void SecretServiceProbe::checkProvider()
{
    // A name that is neither owned nor activatable means nobody provides a keychain on this bus.
    // Activatable counts: libsecret's own call would have started it.
    QDBusMessage hasOwner = busCall(QStringLiteral("NameHasOwner"));
    hasOwner << SecretsName;
    call<QDBusPendingReply<bool>>(hasOwner, [this](const QDBusPendingReply<bool> &owned) {
        if (owned.isError()) {
            finish(SecretServiceState::Status::NoBus, describe(owned.error()));
            return;
        }
        if (owned.value()) {
            searchItems();
            return;
        }
        call<QDBusPendingReply<QStringList>>(
            busCall(QStringLiteral("ListActivatableNames")),
            [this](const QDBusPendingReply<QStringList> &names) {
                if (names.isError())
                    finish(SecretServiceState::Status::NoBus, describe(names.error()));
                else if (!names.value().contains(SecretsName))
                    finish(SecretServiceState::Status::NoProvider,
                           QStringLiteral("no %1 on the session bus").arg(SecretsName));
                else
                    searchItems();
            });
    });
}

void SecretServiceProbe::searchItems()
{
    // The attributes QtKeychain's libsecret backend files an entry under. A locked collection
    // still answers searches, and lists matches in its second ("locked") array.
    QMap<QString, QString> attributes;
    attributes.insert(QStringLiteral("user"), m_key);
    attributes.insert(QStringLiteral("server"), m_service);
    QDBusMessage search = serviceCall(QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    using Found = QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>>;
    call<Found>(search, [this](const Found &found) {
        if (found.isError()) {
            const auto type = found.error().type();
            // A provider that takes too long may just be slow: that is not "unreachable".
            finish(type == QDBusError::Timeout || type == QDBusError::TimedOut
                       ? SecretServiceState::Status::Unknown
                       : SecretServiceState::Status::Unreachable,
                   describe(found.error()));
        } else if (!found.argumentAt<1>().isEmpty()) {
            finish(SecretServiceState::Status::Locked,
                   QStringLiteral("the entry exists in a locked collection"));
        } else {
            readDefaultAlias();
        }
    });
}

void SecretServiceProbe::readDefaultAlias()
{
    QDBusMessage alias = serviceCall(QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    call<QDBusPendingReply<QDBusObjectPath>>(
        alias, [this](const QDBusPendingReply<QDBusObjectPath> &path) {
            if (path.isError())
                finish(SecretServiceState::Status::Unknown, describe(path.error()));
            else if (path.value().path() == u"/")
                finish(SecretServiceState::Status::Unknown,
                       QStringLiteral("no default collection"));
            else
                readLocked(path.value().path());
        });
}

void SecretServiceProbe::readLocked(const QString &collectionPath)
{
    QDBusMessage get = QDBusMessage::createMethodCall(SecretsName, collectionPath,
                                                      PropertiesInterface, QStringLiteral("Get"));
    get << CollectionInterface << QStringLiteral("Locked");
    call<QDBusPendingReply<QDBusVariant>>(
        get, [this, collectionPath](const QDBusPendingReply<QDBusVariant> &locked) {
            if (locked.isError())
                finish(SecretServiceState::Status::Unknown, describe(locked.error()));
            else if (locked.value().variant().toBool())
                finish(SecretServiceState::Status::Locked,
                       QStringLiteral("%1 is locked").arg(collectionPath));
            else
                finish(SecretServiceState::Status::Unlocked);
        });
}

#endif
