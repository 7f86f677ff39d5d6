#include "settingscontroller.h"

#include "credentialscontroller.h"
#include "languagechoice.h"
#include "profilesession.h"
#include "settingsdialog.h"

SettingsController::SettingsController(ProfileSession &profile, CredentialsController &credentials,
                                       QSettings &applicationSettings, QWidget *dialogParent,
                                       QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_applicationSettings(applicationSettings)
    , m_dialogParent(dialogParent)
{}

SettingsController::~SettingsController() = default;

SettingsDialog *SettingsController::dialog() const
{
    return m_dialog.data();
}

void SettingsController::openSettings()
{
    SettingsDialog *dialog = m_dialog.data();
    if (!dialog) {
        dialog = new SettingsDialog(m_dialogParent);
        dialog->setObjectName(QStringLiteral("settingsDialog"));
        connect(dialog, &SettingsDialog::profileSettingsAccepted, this,
                [this](const ProfileSettings &settings) {
                    if (!m_profile.saveSettings(settings))
                        emit settingsNotSaved(tr("The settings could not be saved."));
                });
        // The profile is read when the user accepts, not when the dialog opened: the same one,
        // since the dialog is modal to the window that switches profiles.
        connect(dialog, &SettingsDialog::credentialsAccepted, this,
                [this](const OperatorCredentials &credentials) {
                    m_credentials.save(m_profile.profileName(), credentials);
                });
        connect(dialog, &SettingsDialog::displayLanguageAccepted, this,
                [this](const QString &language) {
                    if (!LanguageChoice::save(m_applicationSettings, language))
                        emit settingsNotSaved(tr("The display language could not be saved."));
                });
        m_dialog = dialog;
    } else if (dialog->isVisible()) {
        dialog->raise();
        dialog->activateWindow();
        return;
    }

    dialog->setEndpointOverride(m_profile.endpointOverride());
    dialog->setProfileSettings(m_profile.settings());
    dialog->setCredentials(m_credentials.credentials());
    dialog->setDisplayLanguage(LanguageChoice::load(m_applicationSettings));
    dialog->setCredentialsNote(
        m_credentials.keepsInMemoryOnly()
            ? tr("Demo mode: kept in memory only, never in the keychain or a file.")
            : tr("Profile \u201c%1\u201d. Kept in the system keychain, never in a settings file.")
                  .arg(m_profile.profileName()));
    dialog->setWindowTitle(tr("Settings: %1").arg(m_profile.profileName()));
    dialog->open();
    emit dialogOpened(dialog);
}
