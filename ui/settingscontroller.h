#pragma once

#include <QObject>
#include <QPointer>

class CredentialsController;
class ProfileSession;
class SettingsDialog;
class QSettings;
class QWidget;

// Opens the settings dialog for the current profile and carries out what the user accepted:
// profile settings to the ProfileSession (and so to QSettings), credentials to the
// CredentialsController (and so to the keychain, or to memory in demo mode), the display language
// to the application's settings file (every profile's, and the user's even in demo mode: the
// language is theirs, not the demo's). The dialog is made on first use, not at start-up.
class SettingsController : public QObject
{
    Q_OBJECT
public:
    SettingsController(ProfileSession &profile, CredentialsController &credentials,
                       QSettings &applicationSettings, QWidget *dialogParent,
                       QObject *parent = nullptr);
    ~SettingsController() override;

    // Null until first opened.
    SettingsDialog *dialog() const;

public slots:
    void openSettings();

signals:
    void dialogOpened(SettingsDialog *dialog);
    // Profile settings that the store refused; nothing was written.
    void settingsNotSaved(const QString &message);

private:
    ProfileSession &m_profile;
    CredentialsController &m_credentials;
    QSettings &m_applicationSettings;
    QWidget *m_dialogParent;
    QPointer<SettingsDialog> m_dialog;
};
