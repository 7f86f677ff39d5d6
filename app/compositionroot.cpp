#include "compositionroot.h"

#include "applicationidentity.h"
#include "copyoncedialog.h"
#include "createform.h"
#include "createkeycontroller.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaykeyscontroller.h"
#include "keychainsecretstore.h"
#include "keyindex.h"
#include "languagechoice.h"
#include "mainwindow.h"
#include "operatorcredentialstore.h"
#include "privatefiles.h"
#include "profilesession.h"
#include "profilesettingsstore.h"
#include "quitsignals.h"
#include "savedkeys.h"
#include "sensitiveclipboard.h"
#include "settingscontroller.h"
#include "themeicons.h"
#include "translationloader.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// Sends through the gateway client that CompositionRoot::client() makes when the first request
// goes.
class OnDemandSender final : public GatewaySender
{
public:
    explicit OnDemandSender(std::function<GatewayClient &()> client) : m_client(std::move(client))
    {}
    GatewayCall *sendAction(const HttpRequest &request, ApiGeneration generation) override
    {
        return m_client().sendAction(request, generation);
    }

private:
    std::function<GatewayClient &()> m_client;
};

const QString WindowGeometryKey = QStringLiteral("window/geometry");
const QString WindowStateKey = QStringLiteral("window/state");

} // namespace

CompositionRoot::Options CompositionRoot::Options::forUser(bool demo)
{
    Options options;
    options.demo = demo;
    options.settingsPath = ApplicationIdentity::settingsFilePath();
    options.keyIndexPath = KeyIndex::defaultSettingsPath();
    options.keychainService = KeychainSecretStore::defaultService();
    return options;
}

CompositionRoot::CompositionRoot(const Options &options)
    : m_options(options), m_settings(options.settingsPath, QSettings::IniFormat)
{
    QSettings *profileSettings = &m_settings;
    // A settings file that cannot be read is left exactly as it is: QSettings would rewrite it
    // with what little it understood. The session runs on defaults in a throw-away file instead.
    m_settingsUnreadable = m_settings.status() != QSettings::NoError;
    if (m_options.demo || m_settingsUnreadable) {
        m_demoSettingsDir = std::make_unique<QTemporaryDir>();
        m_demoSettings = std::make_unique<QSettings>(
            m_demoSettingsDir->filePath(ApplicationIdentity::settingsFileName()),
            QSettings::IniFormat);
        profileSettings = m_demoSettings.get();
    }
    m_profileStore = std::make_unique<ProfileSettingsStore>(*profileSettings);

    m_sender = std::make_unique<OnDemandSender>([this]() -> GatewayClient & { return client(); });
    m_secretStore = std::make_unique<KeychainSecretStore>(m_options.keychainService);
    m_credentialStore = std::make_unique<OperatorCredentialStore>(*m_secretStore);
    m_keyIndex = std::make_unique<KeyIndex>(m_options.keyIndexPath);
    m_savedKeys = std::make_unique<SavedKeys>(*m_keyIndex, *m_secretStore);
    // One clipboard guard for the whole application: it outlives every dialog that copies, so a
    // countdown started in a dialog still clears after the dialog has gone.
    m_clipboard = std::make_unique<SensitiveClipboard>(QGuiApplication::clipboard());
    m_profile = std::make_unique<ProfileSession>(*m_profileStore);
    // Demo credentials are never written to the keychain: no store.
    m_credentials =
        std::make_unique<CredentialsController>(m_options.demo ? nullptr : m_credentialStore.get());

    m_window =
        std::make_unique<MainWindow>(*m_savedKeys, *m_clipboard, QGuiApplication::clipboard());
    m_window->setObjectName(QStringLiteral("mainWindow"));
    m_createKey = std::make_unique<CreateKeyController>(CreateKeyController::Parts{
        m_window->createForm(),
        m_window->errorPanel(),
        *m_sender,
        m_clock,
        m_nonces,
        *m_profile,
        *m_credentials,
        *m_savedKeys,
        *m_clipboard,
        m_window.get(),
    });
    m_gatewayKeys = std::make_unique<GatewayKeysController>(GatewayKeysController::Parts{
        *m_window,
        *m_sender,
        m_clock,
        m_nonces,
        *m_profile,
        *m_credentials,
        *m_savedKeys,
        *m_clipboard,
        QGuiApplication::clipboard(),
    });
    m_settingsController = std::make_unique<SettingsController>(*m_profile, *m_credentials,
                                                                m_settings, m_window.get());
    wire();
}

CompositionRoot::~CompositionRoot()
{
    // Nothing of ours stays on the clipboard, whichever way the application ends.
    m_clipboard->clearNow();
}

bool CompositionRoot::start(QString *error)
{
    if (!m_options.demo)
        return true;
    m_emulator = std::make_unique<GatewayEmulator>();
    m_emulator->seedDemo(GatewayEmulator::demoCredentials().secretId);
    if (!m_emulator->listen()) {
        if (error)
            *error = tr("The demo gateway could not listen on 127.0.0.1: %1")
                         .arg(m_emulator->errorString());
        return false;
    }
    GatewayEmulator *emulator = m_emulator.get();
    m_profile->setEndpointOverride(
        [emulator](ApiGeneration generation) { return emulator->endpointUrl(generation); });
    m_credentials->setInMemory(GatewayEmulator::demoCredentials());
    m_window->setDemoDescription(
        tr("Demo mode: keys are created on the built-in gateway emulator at %1, with demo "
           "credentials that stay in memory. Nothing is sent to Tencent Cloud; saved keys go to "
           "your keychain and the list of saved keys as usual.")
            .arg(emulator->baseUrl().toString()));
    return true;
}

std::unique_ptr<TranslationLoader> CompositionRoot::installTranslations(QString *error,
                                                                        QString *warning)
{
    const QSettings settings(ApplicationIdentity::settingsFilePath(), QSettings::IniFormat);
    const LanguageChoice::Decision decision =
        LanguageChoice::decide(LanguageChoice::commandLineValue(QCoreApplication::arguments()),
                               LanguageChoice::load(settings));
    if (warning)
        *warning = decision.warning;
    if (!decision.error.isEmpty()) {
        if (error)
            *error = decision.error;
        return nullptr;
    }
    auto translations = std::make_unique<TranslationLoader>(decision.language);
    translations->install(); // English when the language has no translation
    return translations;
}

bool CompositionRoot::watchQuitSignals(QString *problem)
{
    m_quitSignals = std::make_unique<QuitSignals>();
    QObject::connect(m_quitSignals.get(), &QuitSignals::received, m_window.get(),
                     [this] { quitOnRequest(); });
    return m_quitSignals->install(problem);
}

void CompositionRoot::showWindow()
{
    restoreWindowLayout();
    m_window->show();
}

void CompositionRoot::restoreWindowLayout()
{
    const QByteArray geometry = m_settings.value(WindowGeometryKey).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry))
        m_window->resize(960, 680);
    m_window->restoreState(m_settings.value(WindowStateKey).toByteArray());
}

void CompositionRoot::saveWindowLayout()
{
    if (m_settingsUnreadable)
        return;
    PrivateFiles::prepare(m_settings.fileName(), true);
    m_settings.setValue(WindowGeometryKey, m_window->saveGeometry());
    m_settings.setValue(WindowStateKey, m_window->saveState());
    m_settings.sync();
}

void CompositionRoot::startAfterShown()
{
    QTimer::singleShot(0, m_window.get(), [this] {
        m_credentials->load(m_profile->profileName());
        // apigw-keys-cli may add or remove saved keys while the window is open.
        m_keyIndex->followChangesOnDisk();
    });
    // Looking the icon up in the theme loads icon engines and image plugins: not before the window
    // is on screen.
    QTimer::singleShot(0, m_window.get(),
                       [] { QApplication::setWindowIcon(ThemeIcons::application()); });
}

void CompositionRoot::quitOnRequest()
{
    if (m_quitRequested) {
        // Whoever asks twice insists; aboutToQuit still clears the clipboard.
        QCoreApplication::exit(0);
        return;
    }
    m_quitRequested = true;
    quitKeepingCreatedKey();
}

void CompositionRoot::quitKeepingCreatedKey()
{
    if (m_createKey->isCreating()) {
        // The answer may carry a key that exists nowhere else: it opens the dialog, then we go on.
        QObject::connect(
            m_createKey.get(), &CreateKeyController::creatingChanged, m_window.get(),
            [this] { quitKeepingCreatedKey(); }, Qt::SingleShotConnection);
        return;
    }
    if (CopyOnceDialog *dialog = m_createKey->openDialog()) {
        // The gateway never shows this secret again: keep it, then quit as the menu would.
        QObject::connect(
            m_createKey.get(), &CreateKeyController::copyOnceDialogClosed, m_window.get(),
            [this] { m_window->close(); }, Qt::SingleShotConnection);
        if (!dialog->closeKeepingKey()) {
            m_window->showNotice(MainWindow::NoticeKind::Problem,
                                 tr("The application was asked to quit. It quits once you "
                                    "leave the dialog of the new key, whose secret is not "
                                    "stored anywhere else."));
            dialog->raise();
            dialog->activateWindow();
        }
        return;
    }
    m_window->close(); // the menu's Quit
}

GatewayClient &CompositionRoot::client()
{
    if (!m_client) {
        m_client = std::make_unique<GatewayClient>();
        applyConnectionSettings(*m_client);
    }
    return *m_client;
}

void CompositionRoot::wire()
{
    MainWindow *window = m_window.get();
    ProfileSession *profile = m_profile.get();
    CredentialsController *credentials = m_credentials.get();

    window->setProfiles(profile->profileNames(), profile->profileName());
    m_clipboard->setClearAfterSeconds(profile->settings().clipboardClearSeconds);
    QObject::connect(profile, &ProfileSession::settingsChanged, window,
                     [this](const ProfileSettings &settings) {
                         m_clipboard->setClearAfterSeconds(settings.clipboardClearSeconds);
                         if (m_client)
                             applyConnectionSettings(*m_client);
                     });
    QObject::connect(profile, &ProfileSession::profileChanged, window,
                     [window, profile, credentials](const QString &name) {
                         window->setProfiles(profile->profileNames(), name);
                         credentials->load(name);
                     });
    QObject::connect(profile, &ProfileSession::profileNamesChanged, window,
                     [window, profile](const QStringList &names) {
                         window->setProfiles(names, profile->profileName());
                     });
    QObject::connect(window, &MainWindow::profileSelected, profile,
                     [window, profile](const QString &name) {
                         if (!profile->switchTo(name))
                             window->setProfiles(profile->profileNames(), profile->profileName());
                     });
    QObject::connect(window, &MainWindow::newProfileRequested, profile,
                     [window, profile](const QString &name) {
                         if (profile->addProfile(name))
                             return;
                         window->showNotice(
                             MainWindow::NoticeKind::Problem,
                             profile->profileNames().contains(name)
                                 ? tr("There is a profile named \u201c%1\u201d already.").arg(name)
                                 : tr("\u201c%1\u201d cannot name a profile: use up to 64 "
                                      "characters, without slashes.")
                                       .arg(name));
                     });

    QObject::connect(window, &MainWindow::settingsRequested, m_settingsController.get(),
                     &SettingsController::openSettings);
    QObject::connect(m_settingsController.get(), &SettingsController::settingsNotSaved, window,
                     [window](const QString &message) {
                         window->showNotice(MainWindow::NoticeKind::Problem, message);
                     });

    QObject::connect(window, &MainWindow::credentialsRetryRequested, credentials,
                     [profile, credentials] { credentials->load(profile->profileName()); });
    QObject::connect(
        credentials, &CredentialsController::stateChanged, window,
        [window, credentials] { window->setCredentialsProblem(credentials->problemText()); });
    QObject::connect(credentials, &CredentialsController::saved, window,
                     [window](bool ok, const QString &message) {
                         window->showNotice(ok ? MainWindow::NoticeKind::Information
                                               : MainWindow::NoticeKind::Problem,
                                            message);
                     });

    QObject::connect(m_createKey.get(), &CreateKeyController::creatingChanged, window,
                     &MainWindow::setCreating);
    QObject::connect(m_createKey.get(), &CreateKeyController::copyOnceDialogClosed, window,
                     [window](bool saved) {
                         if (saved)
                             window->showCreateOutcome(tr("The new key is saved in the keychain "
                                                          "and listed under Saved keys."));
                     });
    QObject::connect(m_createKey.get(), &CreateKeyController::createStarted, window,
                     &MainWindow::clearCreateOutcome);
    CreateKeyController *createKey = m_createKey.get();
    GatewayKeysController *gatewayKeys = m_gatewayKeys.get();
    window->setCloseGuard([window, createKey, gatewayKeys] {
        // The answer to a create in flight may carry a key that exists nowhere else, and the
        // form holds what was typed: the window stays until the answer is in or Cancel ends it.
        if (createKey->isCreating()) {
            window->showNotice(MainWindow::NoticeKind::Problem,
                               tr("A key is being created. Wait for the answer, or press Cancel, "
                                  "before closing."));
            return false;
        }
        return createKey->mayClose() && gatewayKeys->mayClose();
    });
    if (m_settingsUnreadable)
        window->showNotice(MainWindow::NoticeKind::Problem,
                           tr("The settings file %1 cannot be read, so it is left as it is. Until "
                              "it is repaired or removed, this session uses default settings "
                              "and does not save changes.")
                               .arg(QDir::toNativeSeparators(m_options.settingsPath)));

    // Quitting from anywhere (the menu, the session ending) takes our value off the clipboard.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, window, [this] {
        m_clipboard->clearNow();
        saveWindowLayout();
    });
}

void CompositionRoot::applyConnectionSettings(GatewayClient &client)
{
    const ProfileSettings settings = m_profile->settings();
    client.setIdleTimeout(std::chrono::seconds(settings.timeoutSeconds));
    client.setDeadline(std::chrono::seconds(settings.effectiveDeadlineSeconds()));
    if (const CaBundle bundle = client.setExtraCaBundle(settings.caBundlePath); !bundle.isValid())
        m_window->showNotice(MainWindow::NoticeKind::Problem,
                             tr("The extra CA bundle in Settings cannot be used, so only the "
                                "system's certificate authorities are trusted: %1")
                                 .arg(bundle.detail));
}
