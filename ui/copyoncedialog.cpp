#include "copyoncedialog.h"
#include "ui_copyoncedialog.h"

#include "sensitiveclipboard.h"
#include "themeicons.h"
#include "uistyle.h"

#include <QEvent>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString formatTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

CopyOnceDialog::CopyOnceDialog(CreatedKey key, SensitiveClipboard &clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CopyOnceDialog>())
    , m_clipboard(clipboard)
    , m_key(std::move(key))
{
    m_ui->setupUi(this);
    m_ui->copyKeyIdButton->setIcon(ThemeIcons::action(QStringLiteral("edit-copy")));
    m_ui->showSecretButton->setIcon(ThemeIcons::action(QStringLiteral("view-visible")));
    m_ui->copySecretButton->setIcon(ThemeIcons::action(QStringLiteral("edit-copy")));
    m_ui->retrySaveButton->setIcon(ThemeIcons::action(QStringLiteral("view-refresh")));
    UiStyle::makeTitleLabel(m_ui->titleLabel);
    UiStyle::makeWarningLabel(m_ui->onceWarningLabel);
    for (QLabel *label : {m_ui->nameValueLabel, m_ui->typeValueLabel, m_ui->createdValueLabel,
                          m_ui->clipboardStatusLabel, m_ui->saveStatusLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->nameValueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                  Qt::TextSelectableByKeyboard);
    m_ui->createdValueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                     Qt::TextSelectableByKeyboard);

    m_ui->nameValueLabel->setText(m_key.name.isEmpty() ? tr("(no name)") : m_key.name);
    m_ui->typeValueLabel->setText(m_key.type == KeyType::Manual
                                      ? tr("Manual: you chose the id and secret")
                                      : tr("Automatic: the gateway chose the id and secret"));
    m_ui->createdValueLabel->setText(m_key.createdUtc.isValid()
                                         ? tr("%1 local time\n%2 UTC")
                                               .arg(formatTime(m_key.createdUtc.toLocalTime()),
                                                    formatTime(m_key.createdUtc.toUTC()))
                                         : tr("Not reported by the gateway"));

    UiStyle::useFixedPitchFont(m_ui->keyIdEdit);
    m_ui->keyIdEdit->setText(m_key.keyId);
    m_ui->keyIdEdit->setCursorPosition(0);

    // Masked, the field holds a filler of the secret's length, not the secret: a password-mode
    // line edit offers neither copy nor selection, so the plaintext would serve nothing there and
    // would only be one more copy that Qt frees without overwriting. Shown, the secret goes to a
    // label without any text interaction rather than to a normal-echo line edit, whose selection
    // would land in the X11 PRIMARY selection without the sensitive marker.
    UiStyle::useFixedPitchFont(m_ui->keySecretEdit);
    m_ui->keySecretEdit->setText(QString(m_key.keySecret.length(), u'*'));
    m_ui->keySecretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->keySecretRevealLabel->setTextFormat(Qt::PlainText);
    m_ui->keySecretRevealLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_ui->keySecretRevealLabel->setContextMenuPolicy(Qt::NoContextMenu);
    // On a row of its own, so that all of a 50-character secret fits even in a narrow window.
    m_ui->keySecretRevealLabel->setAlignment(Qt::AlignCenter);
    m_ui->keySecretRevealLabel->setAccessibleName(tr("Key secret, shown"));
    UiStyle::useFixedPitchFont(m_ui->keySecretRevealLabel);
    m_ui->keySecretRevealLabel->hide();

    m_ui->copyKeyIdButton->setAccessibleName(tr("Copy key id"));
    m_ui->copySecretButton->setAccessibleName(tr("Copy key secret"));
    m_ui->clipboardStatusLabel->hide();
    m_ui->retrySaveButton->hide();
    m_ui->saveStatusLabel->hide();

    // Copying the secret is what the user came for; Enter then copies instead of leaving.
    m_ui->copySecretButton->setFocus();

    QPushButton *doneButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    doneButton->setText(tr("Do&ne"));

    connect(m_ui->showSecretButton, &QPushButton::toggled, this,
            &CopyOnceDialog::updateSecretReveal);
    connect(m_ui->copyKeyIdButton, &QPushButton::clicked, this, [this] {
        m_copiedSecret = false;
        m_clipboard.copy(m_key.keyId);
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this] {
        m_copiedSecret = true;
        m_clipboard.copy(m_key.keySecret);
    });
    connect(&m_clipboard, &SensitiveClipboard::secondsLeftChanged, this,
            &CopyOnceDialog::showClipboardCountdown);
    connect(&m_clipboard, &SensitiveClipboard::cleared, this,
            [this] { m_ui->clipboardStatusLabel->setText(tr("The clipboard has been cleared.")); });
    connect(&m_clipboard, &SensitiveClipboard::superseded, this,
            [this] { m_ui->clipboardStatusLabel->hide(); });
    connect(m_ui->saveToKeychainCheck, &QCheckBox::toggled, this,
            &CopyOnceDialog::updateSaveControls);
    connect(m_ui->retrySaveButton, &QPushButton::clicked, this, [this] {
        // Retry continues what the failed attempt was part of: leaving the dialog.
        m_closeAfterSave = true;
        requestSave();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CopyOnceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CopyOnceDialog::reject);
    // As tall as its content at the width the .ui gives it: no empty band above Done.
    fitHeightToContent(false);
}

bool CopyOnceDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContent(true);
    return handled;
}

void CopyOnceDialog::fitHeightToContent(bool growOnly)
{
    // Word-wrapped labels (the created time, the status lines) count one line towards the
    // layout's minimum, so when a status line appears the layout alone would squeeze them and cut
    // lines off; the dialog takes the height its content needs at its width instead.
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > 0 && (needed > height() || !growOnly))
        resize(width(), needed);
}

CopyOnceDialog::~CopyOnceDialog()
{
    wipe();
}

void CopyOnceDialog::setPurpose(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Created:
        return;
    case Purpose::Rotated:
        setWindowTitle(tr("New key secret"));
        m_ui->titleLabel->setText(tr("The key has a new secret"));
        m_ui->onceWarningLabel->setText(
            tr("The old secret no longer works. The gateway shows the new one only this once: "
               "copy it or save it in the keychain now, where it replaces the old one."));
        break;
    case Purpose::Shown:
        setWindowTitle(tr("Key secret"));
        m_ui->titleLabel->setText(tr("The key's secret, as the gateway has it"));
        m_ui->onceWarningLabel->setText(
            tr("Copy it where it is needed; the clipboard is cleared again after a while. Tick "
               "Save to keep it in this computer's keychain."));
        m_ui->saveToKeychainCheck->setChecked(false);
        m_leaveConfirmed = true;
        break;
    }
    fitHeightToContent(false);
}

bool CopyOnceDialog::isAcknowledged() const
{
    return m_ui->acknowledgeCheck->isChecked();
}

void CopyOnceDialog::accept()
{
    requestClose();
}

void CopyOnceDialog::reject()
{
    // QDialog::closeEvent() calls reject() and keeps the window open if it is still visible
    // afterwards, so the window's close button takes this path too.
    requestClose();
}

bool CopyOnceDialog::closeKeepingKey()
{
    if (!m_ui->saveToKeychainCheck->isChecked())
        return false;
    if (m_leaveConfirmation)
        m_leaveConfirmation->close(); // a question nobody will answer
    switch (m_saveState) {
    case SaveState::Saved:
        finish();
        break;
    case SaveState::Saving:
        m_closeAfterSave = true;
        break;
    case SaveState::NotSaved:
    case SaveState::Failed:
        m_closeAfterSave = true;
        requestSave();
        break;
    }
    return true;
}

void CopyOnceDialog::setSaveResult(bool ok, const QString &reason)
{
    if (m_saveState != SaveState::Saving)
        return; // an answer nobody waits for any more
    m_saveState = ok ? SaveState::Saved : SaveState::Failed;
    m_saveFailure = ok ? QString() : reason;
    const bool closing = m_closeAfterSave;
    m_closeAfterSave = false;
    updateSaveControls();
    if (ok && closing)
        finish();
}

void CopyOnceDialog::requestClose()
{
    if (m_saveState == SaveState::Saving || m_leaveConfirmation)
        return; // the answer under way decides
    if (!isAcknowledged() && !m_leaveConfirmed) {
        askToLeave();
        return;
    }
    if (m_ui->saveToKeychainCheck->isChecked() && m_saveState != SaveState::Saved) {
        if (m_saveState == SaveState::Failed) {
            // Never drop a secret the user asked to save because a key was pressed twice.
            m_ui->saveStatusLabel->setText(
                tr("Could not save the secret in the keychain: %1\nPress Retry, or untick "
                   "\u201cSave the secret in the system keychain\u201d to leave without saving.")
                    .arg(m_saveFailure));
            m_ui->retrySaveButton->setFocus();
            return;
        }
        m_closeAfterSave = true;
        requestSave();
        return;
    }
    finish();
}

void CopyOnceDialog::askToLeave()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Leave without the secret?"),
                                tr("You have not confirmed that you stored the key secret. "
                                   "The gateway will never show it again."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("leaveConfirmation"));
    box->setInformativeText(m_ui->saveToKeychainCheck->isChecked()
                                ? tr("It will be saved in the keychain when you leave.")
                                : tr("It is not saved anywhere by this application."));
    QPushButton *leaveButton = box->addButton(tr("&Leave"), QMessageBox::DestructiveRole);
    leaveButton->setObjectName(QStringLiteral("leaveButton"));
    QPushButton *stayButton = box->addButton(tr("&Go back"), QMessageBox::RejectRole);
    stayButton->setObjectName(QStringLiteral("stayButton"));
    box->setDefaultButton(stayButton);
    box->setEscapeButton(stayButton);
    UiStyle::makePlainText(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, leaveButton](QAbstractButton *button) {
        // The box deletes itself later; from now on it no longer blocks another attempt.
        m_leaveConfirmation.clear();
        if (button != leaveButton)
            return;
        m_leaveConfirmed = true;
        // Once the box has closed, so that it does not outlive the dialog on screen.
        QMetaObject::invokeMethod(this, &CopyOnceDialog::requestClose, Qt::QueuedConnection);
    });
    m_leaveConfirmation = box;
    box->open();
}

void CopyOnceDialog::requestSave()
{
    m_saveState = SaveState::Saving;
    m_saveFailure.clear();
    updateSaveControls();
    emit saveRequested(m_key);
}

void CopyOnceDialog::finish()
{
    m_clipboard.clearNow();
    disconnect(&m_clipboard, nullptr, this, nullptr);
    wipe();
    QDialog::done(isAcknowledged() ? QDialog::Accepted : QDialog::Rejected);
}

void CopyOnceDialog::wipe()
{
    m_key.keySecret.wipe();
    m_ui->keySecretEdit->clear();
    m_ui->keySecretRevealLabel->clear();
    m_ui->showSecretButton->setChecked(false);
}

void CopyOnceDialog::updateSecretReveal()
{
    const bool reveal = m_ui->showSecretButton->isChecked();
    if (reveal)
        m_ui->keySecretRevealLabel->setText(m_key.keySecret.toString());
    else
        m_ui->keySecretRevealLabel->clear();
    m_ui->keySecretRevealLabel->setVisible(reveal);
    // The text stays "Show" (the button's pressed look says it is on): "Hide" would need a
    // mnemonic of its own, and every letter of it is taken in this window.
    m_ui->showSecretButton->setAccessibleName(reveal ? tr("Hide key secret")
                                                     : tr("Show key secret"));
}

void CopyOnceDialog::updateSaveControls()
{
    const bool saving = m_saveState == SaveState::Saving;
    const bool saved = m_saveState == SaveState::Saved;
    m_ui->saveToKeychainCheck->setEnabled(!saving && !saved);
    m_ui->buttonBox->setEnabled(!saving);
    m_ui->retrySaveButton->setVisible(m_saveState == SaveState::Failed &&
                                      m_ui->saveToKeychainCheck->isChecked());

    QString status;
    switch (m_saveState) {
    case SaveState::NotSaved:
        break;
    case SaveState::Saving:
        status = tr("Saving the secret in the keychain…");
        break;
    case SaveState::Saved:
        status = tr("The secret is saved in the keychain.");
        break;
    case SaveState::Failed:
        status = m_ui->saveToKeychainCheck->isChecked()
                     ? tr("Could not save the secret in the keychain: %1").arg(m_saveFailure)
                     : tr("Not saved in the keychain.");
        break;
    }
    m_ui->saveStatusLabel->setText(status);
    m_ui->saveStatusLabel->setVisible(!status.isEmpty());
    if (m_saveState == SaveState::Failed)
        UiStyle::makeProblemLabel(m_ui->saveStatusLabel);
    else
        m_ui->saveStatusLabel->setPalette(QPalette()); // back to the inherited colours
}

void CopyOnceDialog::showClipboardCountdown(int secondsLeft)
{
    if (secondsLeft <= 0)
        return; // cleared() or superseded() says how it ended
    m_ui->clipboardStatusLabel->setText(
        m_copiedSecret ? tr("Key secret copied. The clipboard will be cleared in %n second(s).",
                            nullptr, secondsLeft)
                       : tr("Key id copied. The clipboard will be cleared in %n second(s).",
                            nullptr, secondsLeft));
    m_ui->clipboardStatusLabel->show();
}
