#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

class CompositionRoot;
class CopyOnceDialog;

// Brings the demo's window into a state worth showing and writes a PNG of it, for the
// documentation's pictures: the window as it is once idle, or after walking the demo through a
// flow (filling the form, a failed create, a created key, the settings, saved keys, the keys on
// the gateway). It drives the
// widgets as a user would, through their signals and buttons, so every picture shows the real
// flow.
class ScreenshotDirector : public QObject
{
    Q_OBJECT
public:
    enum class State { Window, Form, Error, Dialog, Settings, SavedKeys, GatewayKeys };

    static QStringList stateNames();
    static std::optional<State> stateFromName(const QString &name);

    ScreenshotDirector(CompositionRoot &root, QString file, State state, bool quitAfter,
                       QObject *parent = nullptr);
    ~ScreenshotDirector() override;

    void start();

private:
    struct PlannedKey
    {
        QString name;
        bool manual = false;
        bool legacyApi = false;
    };

    void fillForm(const QString &name, bool manual);
    void clickCreate();
    void createAndSave(QList<PlannedKey> keys, std::function<void()> then);
    void copyFromSavedKeys();
    void showGatewayKeys();
    void settleThen(std::function<void()> step);
    void shoot(QWidget *dialog = nullptr);
    void fail(const QString &why);

    CompositionRoot &m_root;
    QString m_file;
    State m_state;
    bool m_quitAfter;
    // A step that never comes (a keychain that does not answer, say) must not hang a script.
    QTimer m_timeout;
};
