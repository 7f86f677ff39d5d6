#include "credentialssession.h"

#include "operatorcredentialstore.h"

CredentialsSession::CredentialsSession(OperatorCredentialStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

CredentialsSession::~CredentialsSession() = default;

void CredentialsSession::setInMemory(const OperatorCredentials &credentials)
{
    ++m_generation;
    m_credentials = credentials;
    setState(m_credentials.isComplete() ? State::Present : State::Missing);
}

void CredentialsSession::load(const QString &profile)
{
    if (!m_store)
        return;
    const quint64 generation = ++m_generation;
    m_credentials = {};
    setState(State::Loading);
    OperatorCredentialsJob *job = m_store->load(profile);
    connect(job, &OperatorCredentialsJob::finished, this,
            [this, generation](OperatorCredentialsJob *loaded) {
                if (generation != m_generation)
                    return;
                const SecretStoreError &error = loaded->error();
                if (loaded->succeeded()) {
                    m_credentials = loaded->credentials();
                    setState(m_credentials.isComplete() ? State::Present : State::Missing);
                } else if (error.kind == SecretStoreError::Kind::NotFound) {
                    // The first run: nothing saved yet, which is no failure.
                    setState(State::Missing);
                } else {
                    setState(State::Unavailable, Failure::fromStore(error));
                }
            });
}

void CredentialsSession::save(const QString &profile, const OperatorCredentials &credentials)
{
    ++m_generation; // a load still under way must not replace what the user just entered
    m_credentials = credentials;
    setState(m_credentials.isComplete() ? State::Present : State::Missing);
    if (!m_store) {
        emit saved(profile, true, {});
        return;
    }
    SecretStoreJob *job = m_store->save(profile, credentials);
    connect(job, &SecretStoreJob::finished, this, [this, profile](SecretStoreJob *done) {
        // On failure they stay in use for this session: the user typed them to work now, and
        // memory is not a plaintext file.
        emit saved(profile, done->succeeded(), Failure::fromStore(done->error()));
    });
}

void CredentialsSession::forget(const QString &profile)
{
    ++m_generation;
    m_credentials = {};
    setState(State::Missing);
    if (!m_store) {
        emit forgotten(true, {});
        return;
    }
    SecretStoreJob *job = m_store->remove(profile);
    connect(job, &SecretStoreJob::finished, this, [this](SecretStoreJob *done) {
        emit forgotten(done->succeeded(), Failure::fromStore(done->error()));
    });
}

void CredentialsSession::setState(State state, const Failure &failure)
{
    const bool sameFailure = m_failure.keychain == failure.keychain;
    if (m_state == state && sameFailure)
        return;
    m_state = state;
    m_failure = failure;
    emit stateChanged(state);
}
