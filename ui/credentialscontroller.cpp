#include "credentialscontroller.h"

#include "failuretext.h"

CredentialsController::CredentialsController(OperatorCredentialStore *store, QObject *parent)
    : QObject(parent), m_session(store)
{
    connect(&m_session, &CredentialsSession::stateChanged, this,
            &CredentialsController::stateChanged);
    connect(&m_session, &CredentialsSession::saved, this,
            [this](const QString &profile, bool ok, const Failure &failure) {
                if (m_session.keepsInMemoryOnly()) {
                    emit saved(true, tr("Your cloud API credentials are kept in memory only, for "
                                        "this session."));
                } else if (ok) {
                    emit saved(true, tr("Your cloud API credentials are saved in the keychain "
                                        "(profile \u201c%1\u201d).")
                                         .arg(profile));
                } else {
                    emit saved(false,
                               tr("Your cloud API credentials could not be saved in the keychain: "
                                  "%1 They are used until you quit, and not kept anywhere.")
                                   .arg(FailureText::keychain(failure.keychain)));
                }
            });
}

CredentialsController::~CredentialsController() = default;

QString CredentialsController::problemText() const
{
    if (m_session.state() != State::Unavailable)
        return {};
    return tr("Your cloud API credentials could not be read from the keychain: %1")
        .arg(FailureText::keychain(m_session.failure().keychain));
}
