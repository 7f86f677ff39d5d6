#pragma once

#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>

class CreateForm;
class ErrorPanel;
class QClipboard;
class QComboBox;
class QLabel;
class SavedKeys;
class SavedKeysView;
class SensitiveClipboard;

namespace Ui {
class MainWindow;
}

// The window: the create form with its error panel on one page, the saved keys on another, the
// settings and profile switch in the menu and toolbar, and banners for demo mode, for credentials
// that could not be read and for results worth a sentence. It only shows things and reports what
// the user asked for; the controllers that the composition root wires to it do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class NoticeKind { Information, Problem };

    // `systemClipboard` is where the error panel's Copy details goes; secrets go through
    // `clipboard` only.
    MainWindow(SavedKeys &savedKeys, SensitiveClipboard &clipboard, QClipboard *systemClipboard,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    CreateForm &createForm() const { return *m_createForm; }
    ErrorPanel &errorPanel() const { return *m_errorPanel; }
    // Made when first needed (the page shown, or asked for here): a table, its model and its
    // fonts are start-up work that a user who came to create a key does not wait for.
    SavedKeysView &savedKeysView();

    // A non-empty description marks the window as a demo: in its title and in a banner.
    void setDemoDescription(const QString &description);
    bool isDemo() const { return !m_demoDescription.isEmpty(); }

    void setProfiles(const QStringList &names, const QString &current);
    QString currentProfile() const { return m_currentProfile; }

    // Why the credentials could not be read, with Try again; empty hides the banner.
    void setCredentialsProblem(const QString &text);
    void showNotice(NoticeKind kind, const QString &text);
    void clearNotice();
    // A notice about the outcome of one create: the next create clears it, so that it is never
    // read as news about that one.
    void showCreateOutcome(const QString &text);
    void clearCreateOutcome();

    // While a create is under way the profile cannot be switched.
    void setCreating(bool creating);

    void showCreatePage();
    void showSavedKeysPage();
    // Asks for the page's view through gatewayKeysPageShown() first.
    void showGatewayKeysPage();

    // The "Keys on the gateway" page's content, made by its controller when the page is first
    // shown; owned by the window from then on.
    void installGatewayKeysView(QWidget *view);
    // The saved keys (record ids) that the gateway no longer has, marked in their list.
    void setSavedKeysMissingOnGateway(const QSet<QString> &recordIds);

    // Asked before the window closes; false keeps it open (a created key still waits to be
    // stored, say).
    void setCloseGuard(std::function<bool()> mayClose);

signals:
    void settingsRequested();
    void profileSelected(const QString &name);
    void newProfileRequested(const QString &name);
    void credentialsRetryRequested();
    // The "Keys on the gateway" page became the current one.
    void gatewayKeysPageShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void askForNewProfile();
    void showAbout();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    bool m_noticeIsCreateOutcome = false;
    CreateForm *m_createForm;
    ErrorPanel *m_errorPanel;
    SavedKeys &m_savedKeys;
    SensitiveClipboard &m_clipboard;
    SavedKeysView *m_savedKeysView = nullptr;
    QWidget *m_gatewayKeysView = nullptr;
    QSet<QString> m_missingOnGateway;
    QLabel *m_profileLabel;
    QComboBox *m_profileCombo;
    QString m_demoDescription;
    QString m_currentProfile;
    std::function<bool()> m_closeGuard;
};
