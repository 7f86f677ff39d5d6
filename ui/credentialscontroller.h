#pragma once

#include "credentialssession.h"
#include "operatorcredentials.h"

#include <QObject>
#include <QString>

class OperatorCredentialStore;

// The window's side of the operator credentials (CredentialsSession): the same state, and what
// happened in the words the settings dialog and the main window show.
class CredentialsController : public QObject
{
    Q_OBJECT
public:
    using State = CredentialsSession::State;

    // `store` may be null: memory only.
    explicit CredentialsController(OperatorCredentialStore *store, QObject *parent = nullptr);
    ~CredentialsController() override;

    bool keepsInMemoryOnly() const { return m_session.keepsInMemoryOnly(); }
    void setInMemory(const OperatorCredentials &credentials) { m_session.setInMemory(credentials); }
    void load(const QString &profile) { m_session.load(profile); }
    // Saves to the keychain (memory only: keeps) and uses them from now on; saved() reports.
    void save(const QString &profile, const OperatorCredentials &credentials)
    {
        m_session.save(profile, credentials);
    }

    State state() const { return m_session.state(); }
    bool isAvailable() const { return m_session.isAvailable(); }
    const OperatorCredentials &credentials() const { return m_session.credentials(); }
    // Why the credentials are not available, in words; empty when they are or while loading.
    QString problemText() const;

signals:
    void stateChanged(CredentialsSession::State state);
    // The outcome of save(), for the user: what happened and, on failure, why.
    void saved(bool ok, const QString &message);

private:
    CredentialsSession m_session;
};
