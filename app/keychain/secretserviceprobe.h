#pragma once

#include <QObject>
#include <QString>
#include <chrono>

class QDBusMessage;

// What the Secret Service on the session bus says about itself.
//
// libsecret (behind QtKeychain) words very different situations alike: a read from a locked
// keyring is "not found", a missing bus and a missing keyring daemon are both "other". Telling a
// user that a secret is gone when the keychain is merely locked would be a lie, so after such an
// answer the store asks the bus directly.
struct SecretServiceState
{
    enum class Status {
        NotApplicable, // this platform's keychain is not the Secret Service
        NoBus,         // no session bus could be reached
        NoProvider,    // the bus has no org.freedesktop.secrets, running or activatable
        Unreachable,   // the provider exists but does not answer properly
        Locked,        // the default collection, or a matching item, is locked
        Unlocked,
        Unknown, // the answers did not settle it (time ran out, no default collection)
    };

    Status status = Status::Unknown;
    QString detail; // the D-Bus error or what was found, for a details pane; never a secret
};

// One asynchronous look at the Secret Service; finished() is emitted once, from the event loop.
class SecretServiceProbe : public QObject
{
    Q_OBJECT

public:
    explicit SecretServiceProbe(QObject *parent = nullptr);
    ~SecretServiceProbe() override;

    // `service` and `key` are the QtKeychain service and key of the entry concerned, so that a
    // locked item matching them counts as locked even in an unlocked default collection. Each
    // D-Bus call is given `callTimeout` at most.
    void start(const QString &service, const QString &key, std::chrono::milliseconds callTimeout);

Q_SIGNALS:
    void finished(const SecretServiceState &state);

private:
    void finish(SecretServiceState::Status status, const QString &detail = {});
    // Sends `message` on the session bus (the one libsecret uses, see start()) and hands its
    // reply, typed as `Reply` (a QDBusPendingReply), to `onReply`, unless this probe is gone.
    template <typename Reply, typename OnReply>
    void call(const QDBusMessage &message, OnReply onReply);
    void checkProvider();
    void searchItems();
    void readDefaultAlias();
    void readLocked(const QString &collectionPath);

    QString m_service;
    QString m_key;
    int m_callTimeoutMs = 0;
    bool m_finished = false;
};
