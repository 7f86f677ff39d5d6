#include "credentialscontroller.h"

#include "operatorcredentialstore.h"
#include "storeerrortext.h"

CredentialsController::CredentialsController(OperatorCredentialStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

CredentialsController::~CredentialsController() = default;

void CredentialsController::setInMemory(const OperatorCredentials &credentials)
{
    ++m_generation;
    m_credentials = credentials;
    setState(m_credentials.isComplete() ? State::Present : State::Missing);
}

void CredentialsController::load(const QString &profile)
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
                    setState(State::Unavailable,
                             tr("Your cloud API credentials could not be read from the keychain: "
                                "%1")
                                 .arg(StoreErrorText::keychain(error)));
                }
            });
}

void CredentialsController::save(const QString &profile, const OperatorCredentials &credentials)
{
    ++m_generation; // a load still under way must not replace what the user just entered
    m_credentials = credentials;
    setState(m_credentials.isComplete() ? State::Present : State::Missing);
    if (!m_store) {
        emit saved(true, tr("Your cloud API credentials are kept in memory only, for this "
                            "session."));
        return;
    }
    SecretStoreJob *job = m_store->save(profile, credentials);
    connect(job, &SecretStoreJob::finished, this, [this, profile](SecretStoreJob *done) {
        if (done->succeeded()) {
            emit saved(true, tr("Your cloud API credentials are saved in the keychain "
                                "(profile \u201c%1\u201d).")
                                 .arg(profile));
            return;
        }
        // They stay in use for this session: the user typed them to work now, and
        // memory is not a plaintext file.
        emit saved(false, tr("Your cloud API credentials could not be saved in the keychain: %1 "
                             "They are used until you quit, and not kept anywhere.")
                              .arg(StoreErrorText::keychain(done->error())));
    });
}

void CredentialsController::setState(State state, const QString &problem)
{
    if (m_state == state && m_problem == problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged(state);
}
