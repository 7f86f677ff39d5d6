#pragma once

#include "createdkey.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QMessageBox;
class SensitiveClipboard;

namespace Ui {
class CopyOnceDialog;
}

// Shows a key pair the gateway has just created, the one time its secret is available: the id in
// clear, the secret masked with Show, Copy buttons that go through the SensitiveClipboard, and
// "Save in the keychain" (on by default).
//
// The dialog knows no keychain: when it is to save, it emits saveRequested() and waits for
// setSaveResult(). It saves when the user leaves it (Done, Escape, the window's close button),
// so that unticking "Save" is a real choice; a failed save keeps the key on screen with the reason
// and Retry. It closes only once "I have stored the secret" is ticked or the user has confirmed
// leaving without. On closing it clears the clipboard if it still holds our value and wipes its
// copy of the secret.
class CopyOnceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class SaveState { NotSaved, Saving, Saved, Failed };
    // Why the secret is shown: a new key, a key's new secret after a rotation, or a key's secret
    // asked for again (which the gateway would show again, so leaving needs no confirmation and
    // saving is not proposed by default).
    enum class Purpose { Created, Rotated, Shown };

    CopyOnceDialog(CreatedKey key, SensitiveClipboard &clipboard, QWidget *parent = nullptr);
    ~CopyOnceDialog() override;

    SaveState saveState() const { return m_saveState; }
    // Set before the dialog is shown; Created by default.
    void setPurpose(Purpose purpose);

    // Whether the user ticked "I have stored the secret".
    bool isAcknowledged() const;

    // Both go through the leaving rules above instead of closing at once.
    void accept() override;
    void reject() override;

    // The application is asked to end from outside (SIGTERM, the session) and nobody may be there
    // to answer: keeps the key as leaving does (saves it when "Save" is ticked) and then closes
    // without waiting for the acknowledgement. Returns false, and stays open, when closing would
    // lose the key: "Save" unticked, or the save fails (reported as usual, with Retry).
    bool closeKeepingKey();

public slots:
    // The answer to saveRequested(). The reason is shown to the user: it must not hold a secret.
    void setSaveResult(bool ok, const QString &reason);

signals:
    // The key, secret included, for the composition root to put in the keychain. Answer with
    // setSaveResult().
    void saveRequested(const CreatedKey &key);

protected:
    bool event(QEvent *event) override;

private:
    void fitHeightToContent(bool growOnly);
    void requestClose();
    void askToLeave();
    void requestSave();
    void finish();
    void wipe();
    void updateSecretReveal();
    void updateSaveControls();
    void showClipboardCountdown(int secondsLeft);

    std::unique_ptr<Ui::CopyOnceDialog> m_ui;
    SensitiveClipboard &m_clipboard;
    CreatedKey m_key;
    SaveState m_saveState = SaveState::NotSaved;
    QString m_saveFailure;
    bool m_leaveConfirmed = false;
    bool m_closeAfterSave = false;
    bool m_copiedSecret = false; // which of our values the clipboard countdown is about
    QPointer<QMessageBox> m_leaveConfirmation;
};
