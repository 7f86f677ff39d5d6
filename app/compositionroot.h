#pragma once

#include "clock.h"
#include "noncesource.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <memory>

class CreateKeyController;
class CredentialsController;
class GatewayClient;
class GatewayEmulator;
class GatewayKeysController;
class GatewaySender;
class KeyIndex;
class KeychainSecretStore;
class MainWindow;
class OperatorCredentialStore;
class ProfileSession;
class ProfileSettingsStore;
class QTemporaryDir;
class QuitSignals;
class SavedKeys;
class SensitiveClipboard;
class SettingsController;
class TranslationLoader;

// Builds every concrete object of the desktop application and wires them together. What costs
// start-up time waits for the window: the gateway client (and with it QtNetwork's and TLS's set-up)
// is made for the first request, the keychain is first asked once the event loop is idle after
// the window shows. app/main.cpp makes one from the command line, tools/screenshots one for the
// documentation's pictures; the end-to-end tests make one with throw-away paths, so they drive
// exactly the window a user gets.
class CompositionRoot
{
    Q_DECLARE_TR_FUNCTIONS(CompositionRoot)

public:
    struct Options
    {
        // The built-in emulator on 127.0.0.1 with the demo credentials, in memory only.
        bool demo = false;
        QString settingsPath;    // profiles and the window's layout; never a secret
        QString keyIndexPath;    // the saved keys' metadata
        QString keychainService; // the keychain's namespace for our entries

        // The user's own: ApplicationIdentity::settingsFilePath(), KeyIndex::defaultSettingsPath()
        // and KeychainSecretStore::defaultService().
        static Options forUser(bool demo);
    };

    // The language of --lang in the process's arguments, else of the setting, else of the
    // system, installed for the whole process. Null, with `error` set, for a --lang that names no
    // translation; `warning`, for a setting that names none (English is then used).
    static std::unique_ptr<TranslationLoader> installTranslations(QString *error, QString *warning);

    explicit CompositionRoot(const Options &options);
    ~CompositionRoot();

    // Demo mode starts the emulator here; false, with the reason, if it cannot listen.
    bool start(QString *error);

    // SIGTERM (the session ending, kill), SIGINT and SIGHUP quit as quitOnRequest() does. False,
    // with the reason, if they cannot be watched; they then keep their default action.
    bool watchQuitSignals(QString *problem);

    // As a user gets it: the layout restored, the window shown. startAfterShown() follows.
    void showWindow();

    // The window's size and position as the user left them (not secret, so in QSettings).
    void restoreWindowLayout();
    void saveWindowLayout();

    // To call once the window is shown: what may wait (reading the keychain, looking the icon up
    // in the theme) starts when the event loop is first idle, so the window appears at once.
    void startAfterShown();

    // Ends the application for a request from outside (SIGTERM, SIGINT, SIGHUP) along the path of
    // the menu's Quit: the window closes, the clipboard is cleared on the way out. A create in
    // flight is waited for, and a created key waiting in its copy-once dialog is first saved in
    // the keychain (as leaving the dialog would); if it cannot be kept, the application stays and
    // says why. A second request ends it anyway.
    void quitOnRequest();

    MainWindow &mainWindow() const { return *m_window; }
    // The built-in gateway of demo mode, once start() has started it; null otherwise.
    GatewayEmulator *emulator() const { return m_emulator.get(); }
    CreateKeyController &createKeyController() const { return *m_createKey; }
    GatewayKeysController &gatewayKeysController() const { return *m_gatewayKeys; }
    SettingsController &settingsController() const { return *m_settingsController; }
    CredentialsController &credentials() const { return *m_credentials; }
    ProfileSession &profile() const { return *m_profile; }
    KeyIndex &keyIndex() const { return *m_keyIndex; }
    SavedKeys &savedKeys() const { return *m_savedKeys; }
    SensitiveClipboard &clipboard() const { return *m_clipboard; }

private:
    void wire();
    void quitKeepingCreatedKey();
    // The gateway client, made on first use: it and QtNetwork are no work for the moment the
    // window appears. TLS (OpenSSL, the system's certificate authorities) waits for the first
    // HTTPS request.
    GatewayClient &client();
    void applyConnectionSettings(GatewayClient &client);

    Options m_options;
    QSettings m_settings;
    bool m_quitRequested = false;
    // Damaged or unreadable: never written to (see the constructor).
    bool m_settingsUnreadable = false;
    // Demo profiles live in a throw-away file: the emulator's endpoint must never become the
    // user's. So do the profiles of a session whose settings file cannot be read.
    std::unique_ptr<QTemporaryDir> m_demoSettingsDir;
    std::unique_ptr<QSettings> m_demoSettings;
    std::unique_ptr<ProfileSettingsStore> m_profileStore;

    std::unique_ptr<GatewayEmulator> m_emulator;
    SystemClock m_clock;
    SystemNonceSource m_nonces;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<GatewaySender> m_sender; // hands sends to client()
    // Made at once: it asks nothing of the keychain until its first job, after the window shows.
    std::unique_ptr<KeychainSecretStore> m_secretStore;
    std::unique_ptr<OperatorCredentialStore> m_credentialStore;
    std::unique_ptr<KeyIndex> m_keyIndex;
    std::unique_ptr<SavedKeys> m_savedKeys;
    std::unique_ptr<SensitiveClipboard> m_clipboard;
    std::unique_ptr<ProfileSession> m_profile;
    std::unique_ptr<CredentialsController> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CreateKeyController> m_createKey;
    std::unique_ptr<GatewayKeysController> m_gatewayKeys;
    std::unique_ptr<SettingsController> m_settingsController;
    std::unique_ptr<QuitSignals> m_quitSignals;
};
