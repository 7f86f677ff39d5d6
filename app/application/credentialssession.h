#pragma once

#include "failure.h"
#include "operatorcredentials.h"

#include <QObject>
#include <QString>

class OperatorCredentialStore;

// The operator's credentials for the current profile while the application runs: loaded from the
// keychain asynchronously, saved (or replaced) there, forgotten. They never go to a settings file.
//
// Without a store (demo mode) the credentials live in memory only: set once, replaceable, and
// gone when the application quits.
class CredentialsSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotLoaded,   // nothing asked yet
        Loading,     // a keychain read is under way
        Present,     // complete credentials in memory
        Missing,     // the keychain has none for this profile
        Unavailable, // the keychain could not be read; failure() says why
    };
    Q_ENUM(State)

    // `store` may be null: memory only.
    explicit CredentialsSession(OperatorCredentialStore *store, QObject *parent = nullptr);
    ~CredentialsSession() override;

    bool keepsInMemoryOnly() const { return m_store == nullptr; }

    // Memory only: the credentials to use from now on.
    void setInMemory(const OperatorCredentials &credentials);

    // Reads the profile's credentials from the keychain, dropping any read still under way.
    // Memory only: keeps what it has.
    void load(const QString &profile);
    // Saves to the keychain, over what is there (memory only: keeps), and uses them from now on,
    // whatever the keychain says; saved() reports.
    void save(const QString &profile, const OperatorCredentials &credentials);
    // Removes the profile's entry from the keychain and from memory; forgotten() reports.
    void forget(const QString &profile);

    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Present; }
    const OperatorCredentials &credentials() const { return m_credentials; }
    // Why the credentials are Unavailable.
    const Failure &failure() const { return m_failure; }

signals:
    void stateChanged(CredentialsSession::State state);
    // `failure` is meaningful only when !ok.
    void saved(const QString &profile, bool ok, const Failure &failure);
    void forgotten(bool ok, const Failure &failure);

private:
    void setState(State state, const Failure &failure = {});

    OperatorCredentialStore *m_store;
    OperatorCredentials m_credentials;
    State m_state = State::NotLoaded;
    Failure m_failure;
    // Answers to an older load() or save() are ignored: the user has moved on.
    quint64 m_generation = 0;
};
