#pragma once

#include "operatorcredentials.h"

#include <QObject>
#include <QString>

class OperatorCredentialStore;

// Holds the operator's credentials for the current profile while the application runs: loaded
// from the keychain asynchronously, saved to it from the settings dialog. They never go to a
// settings file.
//
// Without a store (demo mode) the credentials live in memory only: set once, editable from the
// settings dialog, and gone when the application quits.
class CredentialsController : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotLoaded,   // nothing asked yet
        Loading,     // a keychain read is under way
        Present,     // complete credentials in memory
        Missing,     // the keychain has none for this profile
        Unavailable, // the keychain could not be read; problemText() says why
    };
    Q_ENUM(State)

    // `store` may be null: memory only.
    explicit CredentialsController(OperatorCredentialStore *store, QObject *parent = nullptr);
    ~CredentialsController() override;

    bool keepsInMemoryOnly() const { return m_store == nullptr; }

    // Memory only: the credentials to use from now on.
    void setInMemory(const OperatorCredentials &credentials);

    // Reads the profile's credentials from the keychain, dropping any read still under way.
    // Memory only: keeps what it has.
    void load(const QString &profile);
    // Saves to the keychain (memory only: keeps) and uses them from now on; saved() reports.
    void save(const QString &profile, const OperatorCredentials &credentials);

    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Present; }
    const OperatorCredentials &credentials() const { return m_credentials; }
    // Why the credentials are not available, in words; empty when they are or while loading.
    QString problemText() const { return m_problem; }

signals:
    void stateChanged(CredentialsController::State state);
    // The outcome of save(), for the user: what happened and, on failure, why.
    void saved(bool ok, const QString &message);

private:
    void setState(State state, const QString &problem = {});

    OperatorCredentialStore *m_store;
    OperatorCredentials m_credentials;
    State m_state = State::NotLoaded;
    QString m_problem;
    // Answers to an older load() or save() are ignored: the user has moved on.
    quint64 m_generation = 0;
};
