#include "createkeycontroller.h"

#include "copyoncedialog.h"
#include "createapikeycall.h"
#include "createapikeyrequest.h"
#include "createapikeysender.h"
#include "createform.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "problemtext.h"
#include "profilesession.h"
#include "savedkeys.h"
#include "storeerrortext.h"

#include <QStringList>

namespace {

// Why the builder refused, in the words of the form and the settings dialog.
QString buildProblemText(const BuiltRequest &built, const KeySpec &spec)
{
    switch (built.problem) {
    case BuildProblem::None:
        return {};
    case BuildProblem::InvalidKeySpec: {
        QStringList texts;
        for (const QString &text :
             {ProblemText::keyName(built.keySpecProblems.name, spec.name),
              ProblemText::keyId(built.keySpecProblems.keyId, spec.keyId),
              ProblemText::keySecret(built.keySpecProblems.keySecret, spec.keySecret.length())}) {
            if (!text.isEmpty())
                texts.append(text);
        }
        return texts.join(u' ');
    }
    case BuildProblem::InvalidCredentials:
        return ProblemText::credentials(built.credentialProblem);
    case BuildProblem::InvalidEndpoint:
        return ProblemText::endpoint(built.endpointProblem);
    case BuildProblem::SecretInUrl:
        return ProblemText::secretInUrl(built.secretInUrl);
    }
    return {};
}

} // namespace

CreateKeyController::CreateKeyController(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts)
{
    connect(&m_parts.form, &CreateForm::createRequested, this, &CreateKeyController::startCreate);
    connect(&m_parts.form, &CreateForm::cancelRequested, this, &CreateKeyController::cancelCreate);
    connect(&m_parts.profile, &ProfileSession::settingsChanged, this,
            &CreateKeyController::updateForm);
    connect(&m_parts.credentials, &CredentialsController::stateChanged, this,
            &CreateKeyController::updateForm);
    updateForm();
}

CreateKeyController::~CreateKeyController()
{
    // Dropping a running call stops its transfer silently.
    if (CreateApiKeyCall *call = m_call.data())
        call->deleteLater();
    m_sentSecret.wipe();
}

CopyOnceDialog *CreateKeyController::openDialog() const
{
    return m_dialog.data();
}

bool CreateKeyController::mayClose()
{
    CopyOnceDialog *dialog = m_dialog.data();
    if (!dialog)
        return true;
    dialog->raise();
    dialog->activateWindow();
    return false;
}

void CreateKeyController::startCreate(const KeySpec &spec)
{
    if (m_call)
        return; // the form guards this too; a create in flight is never joined by another
    m_parts.errorPanel.hide();
    emit createStarted();

    const ProfileSettings settings = m_parts.profile.settings();
    const OperatorCredentials &credentials = m_parts.credentials.credentials();
    const BuiltRequest built = CreateApiKeyRequestBuilder(m_parts.clock, m_parts.nonces)
                                   .build(spec, credentials, settings.endpoint);
    if (!built.isValid()) {
        GatewayError error;
        error.kind = GatewayError::Kind::InvalidRequest;
        error.generation = settings.endpoint.generation;
        error.detail = buildProblemText(built, spec);
        m_parts.form.setBusy(false);
        m_parts.errorPanel.showError(error, {spec.keySecret});
        return;
    }

    m_endpoint = settings.endpoint;
    m_account = credentials.secretId;
    m_sentSecret = spec.keySecret;
    CreateApiKeyCall *call =
        m_parts.sender.send(built.request, {settings.endpoint.generation, spec.type});
    m_call = call;
    connect(call, &CreateApiKeyCall::finished, this, &CreateKeyController::onFinished);
    emit creatingChanged(true);
}

void CreateKeyController::cancelCreate()
{
    // finished() reports Cancelled before cancel() returns.
    if (CreateApiKeyCall *call = m_call.data())
        call->cancel();
}

void CreateKeyController::onFinished(const CreateApiKeyResult &result)
{
    if (CreateApiKeyCall *call = m_call.data())
        call->deleteLater();
    m_call.clear();
    m_parts.form.setBusy(false);
    if (const auto *key = std::get_if<CreatedKey>(&result))
        showCreatedKey(*key);
    else
        showFailure(std::get<GatewayError>(result));
    m_sentSecret.wipe();
    emit creatingChanged(false);
}

void CreateKeyController::showFailure(const GatewayError &error)
{
    // The input stays as it was, so the user can correct it and create again.
    m_parts.errorPanel.showError(error, {m_sentSecret});
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

    const KeyRecord record =
        KeyRecord::fromCreatedKey(key, m_endpoint.url, m_endpoint.region, m_account);
    connect(dialog, &CopyOnceDialog::saveRequested, this,
            [this, dialog, record](const CreatedKey &toSave) {
                SavedKeyJob *job = m_parts.savedKeys.save(record, toSave.keySecret);
                connect(job, &SavedKeyJob::finished, dialog, [dialog](SavedKeyJob *done) {
                    QStringList problems;
                    if (done->keychainError().isError())
                        problems.append(StoreErrorText::keychain(done->keychainError()));
                    if (done->indexError().isError())
                        problems.append(StoreErrorText::keyIndex(done->indexError()));
                    dialog->setSaveResult(done->succeeded(), problems.join(u' '));
                });
            });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Closed is gone, for the rest of the application: it deletes itself later.
        m_dialog.clear();
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
