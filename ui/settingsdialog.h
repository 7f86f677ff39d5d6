#pragma once

#include "operatorcredentials.h"
#include "profilesettings.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class QMenu;
class QToolButton;

// Edits one profile: where the gateway is and how to talk to it (ProfileSettings, which the
// composition root keeps in QSettings through ProfileSettingsStore) and the operator's cloud API
// credentials (which it keeps in the keychain); and the application's display language, which is
// the same for every profile. The dialog itself stores nothing.
//
// OK is enabled only while every value is valid. On OK it emits profileSettingsAccepted() and,
// if the credentials were edited, credentialsAccepted(), if the language was changed,
// displayLanguageAccepted(); when it closes, whichever way, its password fields are emptied.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setProfileSettings(const ProfileSettings &settings);
    ProfileSettings profileSettings() const;

    // Resets credentialsModified(). Shows the SecretId; a stored SecretKey and session token are
    // never shown, only said to be there, with Replace to enter new ones.
    void setCredentials(const OperatorCredentials &credentials);
    // What was entered, trimmed as OperatorCredentials::fromInput() does; meaningful once
    // credentialsModified().
    OperatorCredentials credentials() const;
    bool credentialsModified() const { return m_credentialsModified; }

    bool isInputValid() const;

    // Demo mode: the endpoint is the emulator's, one URL per generation, shown but not editable.
    // An empty function gives the field back to the user.
    using EndpointOverride = std::function<QUrl(ApiGeneration)>;
    void setEndpointOverride(EndpointOverride endpointOverride);

    // The line under the credentials' heading: where they are kept.
    void setCredentialsNote(const QString &note);

    // A translation's name (LanguageChoice::languages()) or empty for the system's language. A
    // change applies at the next start (widgets take their words when they are made), which a
    // note says as soon as another language is picked.
    void setDisplayLanguage(const QString &language);
    QString displayLanguage() const;

    void accept() override;
    void done(int result) override;

signals:
    void profileSettingsAccepted(const ProfileSettings &settings);
    void credentialsAccepted(const OperatorCredentials &credentials);
    void displayLanguageAccepted(const QString &language);

private:
    void onApiGenerationChanged();
    void onRegionChanged();
    void fillEndpointChoices();
    void chooseCaBundle();
    void updateState();
    void replaceStoredCredentials();
    void showCredentialsState();
    void updateDisplayLanguageNote();
    GatewayEndpoint endpoint() const;
    ApiGeneration apiGeneration() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    // Next to "Use default": the vendor's other endpoints (the international one) to pick from.
    QToolButton *m_endpointChoicesButton = nullptr;
    QMenu *m_endpointChoicesMenu = nullptr;
    ApiGeneration m_shownGeneration = ApiGeneration::Api3;
    QString m_shownRegion = GatewayEndpoint::defaultRegion();
    EndpointOverride m_endpointOverride;
    bool m_credentialsModified = false;
    // Credentials came from the keychain and are not being replaced: the SecretKey and token
    // fields are empty and disabled, and Replace offers to enter new ones.
    bool m_credentialsStored = false;
    bool m_sessionTokenStored = false;
    QString m_savedDisplayLanguage;
};
