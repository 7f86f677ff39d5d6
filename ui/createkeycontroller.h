#pragma once

#include "createkey.h"
#include "failure.h"
#include "keyspec.h"

#include <QObject>
#include <QPointer>

class Clock;
class CopyOnceDialog;
class GatewaySender;
class CreateForm;
class CredentialsController;
class ErrorPanel;
class NonceSource;
class ProfileSession;
class SavedKeys;
class SensitiveClipboard;
class QWidget;

// Adapts the create use case (CreateKey) to the window, from the form's Create to the copy-once
// dialog: feeds it the form, the current profile and the operator credentials, and shows the
// outcome (the ErrorPanel, or the CopyOnceDialog whose saving it answers through SavedKeys). The
// form's own busy state is the guard against a second request; this controller ends it when the
// call ends, whichever way.
class CreateKeyController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        CreateForm &form;
        ErrorPanel &errorPanel;
        GatewaySender &sender;
        const Clock &clock;
        NonceSource &nonces;
        const ProfileSession &profile;
        const CredentialsController &credentials;
        SavedKeys &savedKeys;
        SensitiveClipboard &clipboard;
        QWidget *dialogParent;
    };

    explicit CreateKeyController(const Parts &parts, QObject *parent = nullptr);
    ~CreateKeyController() override;

    bool isCreating() const { return m_create.isRunning(); }
    // The copy-once dialog while it is open; its key is not stored anywhere else yet.
    CopyOnceDialog *openDialog() const;

    // Whether the application may go away now: not while a created key waits in its dialog. If
    // one does, the dialog is brought to the front instead.
    bool mayClose();

signals:
    // Create was pressed: before anything is checked or sent.
    void createStarted();
    void creatingChanged(bool creating);
    void copyOnceDialogOpened(CopyOnceDialog *dialog);
    // After the dialog has closed; `saved` tells whether the secret went to the keychain.
    void copyOnceDialogClosed(bool saved);

private:
    void startCreate(const KeySpec &spec);
    void cancelCreate();
    void showFailure(const Failure &failure);
    void showCreatedKey(const CreatedKey &key);
    void updateForm();

    const Parts m_parts;

    CreateKey m_create;
    QPointer<CopyOnceDialog> m_dialog;
};
