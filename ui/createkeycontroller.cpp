#include "createkeycontroller.h"

#include "copyoncedialog.h"
#include "createform.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "failuretext.h"
#include "profilesession.h"
#include "savedkeys.h"

CreateKeyController::CreateKeyController(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_create(parts.sender, parts.clock, parts.nonces)
{
    connect(&m_parts.form, &CreateForm::createRequested, this, &CreateKeyController::startCreate);
    connect(&m_parts.form, &CreateForm::cancelRequested, this, &CreateKeyController::cancelCreate);
    connect(&m_parts.profile, &ProfileSession::settingsChanged, this,
            &CreateKeyController::updateForm);
    connect(&m_parts.credentials, &CredentialsController::stateChanged, this,
            &CreateKeyController::updateForm);
    connect(&m_create, &CreateKey::created, this, [this](const CreatedKey &key) {
        m_parts.form.setBusy(false);
        showCreatedKey(key);
        emit creatingChanged(false);
    });
    connect(&m_create, &CreateKey::failed, this, [this](const Failure &failure) {
        m_parts.form.setBusy(false);
        showFailure(failure);
        emit creatingChanged(false);
    });
    updateForm();
}

CreateKeyController::~CreateKeyController() = default;

CopyOnceDialog *CreateKeyController::openDialog() const
{
    return m_dialog.data();
}

bool CreateKeyController::mayClose()
{
    CopyOnceDialog *dialog = m_dialog.data();
    if (m_create.mayQuit() || !dialog)
        return true;
    dialog->raise();
    dialog->activateWindow();
    return false;
}

void CreateKeyController::startCreate(const KeySpec &spec)
{
    if (m_create.isRunning())
        return; // the form guards this too; a create in flight is never joined by another
    m_parts.errorPanel.hide();
    emit createStarted();

    const std::optional<Failure> refused = m_create.start(spec, m_parts.credentials.credentials(),
                                                          m_parts.profile.settings().endpoint);
    if (refused) {
        m_parts.form.setBusy(false);
        m_parts.errorPanel.showFailure(*refused, {spec.keySecret});
        return;
    }
    emit creatingChanged(true);
}

void CreateKeyController::cancelCreate()
{
    // failed() reports Cancelled before cancel() returns.
    m_create.cancel();
}

void CreateKeyController::showFailure(const Failure &failure)
{
    // The input stays as it was, so the user can correct it and create again. CreateKey has
    // masked the sent secret already.
    m_parts.errorPanel.showFailure(failure);
}

void CreateKeyController::showCreatedKey(const CreatedKey &key)
{
    // The dialog holds the only copy of the secret from now on.
    m_parts.form.reset();
    m_parts.errorPanel.hide();

    auto *dialog = new CopyOnceDialog(key, m_parts.clipboard, m_parts.dialogParent);
    dialog->setObjectName(QStringLiteral("copyOnceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;

    connect(dialog, &CopyOnceDialog::saveRequested, this, [this, dialog](const CreatedKey &toSave) {
        SavedKeyJob *job = m_create.save(m_parts.savedKeys, toSave);
        connect(job, &SavedKeyJob::finished, dialog, [dialog](SavedKeyJob *done) {
            const Failure failure = Failure::fromStore(done->keychainError(), done->indexError());
            dialog->setSaveResult(done->succeeded(),
                                  FailureText::storeProblems(failure).join(u' '));
        });
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Closed is gone, for the rest of the application: it deletes itself later. Whatever the
        // user chose, the key is theirs to keep now.
        m_dialog.clear();
        m_create.keyKept();
        emit copyOnceDialogClosed(dialog->saveState() == CopyOnceDialog::SaveState::Saved);
    });
    dialog->open();
    emit copyOnceDialogOpened(dialog);
}

void CreateKeyController::updateForm()
{
    m_parts.form.setApiGeneration(m_parts.profile.settings().endpoint.generation);
    m_parts.form.setCredentialsAvailable(m_parts.credentials.isAvailable());
}
