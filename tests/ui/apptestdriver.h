#pragma once

#include "apitypes.h"
#include "compositionroot.h"

#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class CopyOnceDialog;
class CreateForm;
class GatewayEmulator;
class MainWindow;
class SettingsDialog;
class QCheckBox;

// The whole application as app/main.cpp builds it (CompositionRoot), with throw-away settings and
// key index files and a keychain namespace of its own, driven as a user would: typing, clicking,
// answering dialogs. Shared by the window tests (tests/ui) and the end-to-end tests (tests/e2e).
//
// The helpers return false (and say why through qWarning) instead of failing the test, so that
// callers wrap them in QVERIFY where the failure is reported with the caller's line.
class AppTestDriver
{
public:
    struct Setup
    {
        bool demo = true;
        // Empty: a fresh folder. Given: the same files again, as after a restart.
        QString folder;
        QString keychainService; // empty: a fresh, random one
    };

    explicit AppTestDriver(const Setup &setup);
    ~AppTestDriver();

    // Starts as main.cpp does: the emulator (demo), the window shown, then the deferred start.
    bool start();

    CompositionRoot &root() const { return *m_root; }
    MainWindow &window() const;
    CreateForm &form() const;
    // The demo's emulator, once started.
    GatewayEmulator *emulator() const { return m_root->emulator(); }
    const QString &folder() const { return m_folder; }
    const QString &keychainService() const { return m_keychainService; }
    QString settingsPath() const;
    QString keyIndexPath() const;

    template <typename T> T *find(const QObject *parent, const char *name) const
    {
        return parent ? parent->findChild<T *>(QLatin1StringView(name)) : nullptr;
    }
    template <typename T> T *find(const char *name) const { return find<T>(&window(), name); }

    // The form, as typed by a user.
    void typeName(const QString &name);
    void chooseAutomatic();
    void chooseManual(const QString &keyId, const QString &keySecret);
    void clickCreate();
    bool isCreating() const;
    bool waitUntilNotCreating(int timeoutMs = 15000);

    // The copy-once dialog of the create just made; null if none opened in time.
    CopyOnceDialog *waitForCopyOnceDialog(int timeoutMs = 15000);
    // Ticks "I have stored the secret", chooses whether to save, presses Done. With `save`,
    // waits for the dialog to close after saving; without, for it to close at once.
    bool leaveCopyOnceDialog(CopyOnceDialog *dialog, bool save, int timeoutMs = 20000);

    // Types the name, presses Create, and leaves the copy-once dialog, saving or not; the type
    // and a manual key's id and secret are chosen before. Hands out the key's id and, copied
    // with the dialog's Copy secret, its secret.
    bool createKey(const QString &name, bool save, QString *keyId = nullptr,
                   QString *secret = nullptr);

    // Opens the settings dialog (as the toolbar does), lets `edit` change it, presses OK.
    bool changeSettings(const std::function<void(SettingsDialog &)> &edit);
    bool setApiGeneration(ApiGeneration generation);

    static void tick(QCheckBox *box, bool checked);

private:
    std::unique_ptr<QTemporaryDir> m_ownFolder;
    QString m_folder;
    QString m_keychainService;
    std::unique_ptr<CompositionRoot> m_root;
};
