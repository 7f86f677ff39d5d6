#include "screenshotdirector.h"

#include "compositionroot.h"
#include "copyoncedialog.h"
#include "createform.h"
#include "createkeycontroller.h"
#include "credentialscontroller.h"
#include "gatewayemulator.h"
#include "gatewaykeyscontroller.h"
#include "gatewaykeysmodel.h"
#include "gatewaykeysview.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "savedkeysview.h"
#include "settingscontroller.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

constexpr auto StepTimeout = std::chrono::seconds(90);

const QList<std::pair<ScreenshotDirector::State, QString>> &stateTable()
{
    using State = ScreenshotDirector::State;
    static const QList<std::pair<State, QString>> table = {
        {State::Window, QStringLiteral("window")},
        {State::Form, QStringLiteral("form")},
        {State::Error, QStringLiteral("error")},
        {State::Dialog, QStringLiteral("dialog")},
        {State::Settings, QStringLiteral("settings")},
        {State::SavedKeys, QStringLiteral("saved-keys")},
        {State::GatewayKeys, QStringLiteral("gateway-keys")},
    };
    return table;
}

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1StringView(name)) : nullptr;
}

} // namespace

QStringList ScreenshotDirector::stateNames()
{
    QStringList names;
    for (const auto &[state, name] : stateTable())
        names.append(name);
    return names;
}

std::optional<ScreenshotDirector::State> ScreenshotDirector::stateFromName(const QString &name)
{
    for (const auto &[state, stateName] : stateTable()) {
        if (stateName == name)
            return state;
    }
    return std::nullopt;
}

ScreenshotDirector::ScreenshotDirector(CompositionRoot &root, QString file, State state,
                                       bool quitAfter, QObject *parent)
    : QObject(parent), m_root(root), m_file(std::move(file)), m_state(state), m_quitAfter(quitAfter)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(StepTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(QStringLiteral("timed out")); });
}

ScreenshotDirector::~ScreenshotDirector() = default;

void ScreenshotDirector::start()
{
    MainWindow &window = m_root.mainWindow();
    if (m_state != State::Window)
        window.resize(1000, 700); // the documentation's pictures all have one size

    m_timeout.start();

    switch (m_state) {
    case State::Window:
        settleThen([this] { shoot(); });
        break;
    case State::Form:
        settleThen([this] {
            fillForm(QStringLiteral("orders-service"), true);
            settleThen([this] { shoot(); });
        });
        break;
    case State::Error:
        settleThen([this] {
            // A wrong SecretKey, as a mistyped paste gives: the gateway answers AuthFailure.
            m_root.credentials().setInMemory(
                OperatorCredentials::fromInput(GatewayEmulator::demoCredentials().secretId,
                                               QStringLiteral("mistypedDemoSecretKey0000000000")));
            fillForm(QStringLiteral("orders-service"), false);
            connect(&m_root.createKeyController(), &CreateKeyController::creatingChanged, this,
                    [this](bool creating) {
                        if (!creating)
                            settleThen([this] { shoot(); });
                    });
            clickCreate();
        });
        break;
    case State::Dialog:
        settleThen([this] {
            fillForm(QStringLiteral("orders-service"), false);
            connect(&m_root.createKeyController(), &CreateKeyController::copyOnceDialogOpened, this,
                    [this](CopyOnceDialog *dialog) {
                        QPointer<CopyOnceDialog> shown(dialog);
                        settleThen([this, shown] {
                            if (auto *copy = child<QPushButton>(shown, "copySecretButton"))
                                copy->click();
                            settleThen([this, shown] { shoot(shown); });
                        });
                    });
            clickCreate();
        });
        break;
    case State::Settings:
        settleThen([this] {
            connect(&m_root.settingsController(), &SettingsController::dialogOpened, this,
                    [this](SettingsDialog *dialog) {
                        QPointer<SettingsDialog> shown(dialog);
                        settleThen([this, shown] { shoot(shown); });
                    });
            m_root.settingsController().openSettings();
        });
        break;
    case State::SavedKeys:
        settleThen([this] {
            createAndSave({{QStringLiteral("orders-service"), false, false},
                           {QStringLiteral("billing-export"), true, false},
                           {QStringLiteral("legacy-reports"), false, true}},
                          [this] { copyFromSavedKeys(); });
        });
        break;
    case State::GatewayKeys:
        settleThen([this] { showGatewayKeys(); });
        break;
    }
}

void ScreenshotDirector::fillForm(const QString &name, bool manual)
{
    CreateForm &form = m_root.mainWindow().createForm();
    if (auto *nameEdit = child<QLineEdit>(&form, "nameEdit"))
        nameEdit->setText(name);
    if (manual) {
        if (auto *radio = child<QRadioButton>(&form, "manualTypeRadio"))
            radio->setChecked(true);
        if (auto *generate = child<QPushButton>(&form, "generateButton"))
            generate->click();
    }
}

void ScreenshotDirector::clickCreate()
{
    if (auto *create = child<QPushButton>(&m_root.mainWindow().createForm(), "createButton"))
        create->click();
}

void ScreenshotDirector::createAndSave(QList<PlannedKey> keys, std::function<void()> then)
{
    if (keys.isEmpty()) {
        then();
        return;
    }
    const PlannedKey key = keys.takeFirst();
    ProfileSettings settings = m_root.profile().settings();
    settings.endpoint.generation = key.legacyApi ? ApiGeneration::Api2 : ApiGeneration::Api3;
    m_root.profile().saveSettings(settings);

    auto opened = std::make_shared<QMetaObject::Connection>();
    *opened = connect(&m_root.createKeyController(), &CreateKeyController::copyOnceDialogOpened,
                      this, [opened](CopyOnceDialog *dialog) {
                          disconnect(*opened);
                          if (auto *acknowledge = child<QCheckBox>(dialog, "acknowledgeCheck"))
                              acknowledge->setChecked(true);
                          if (auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox"))
                              buttons->button(QDialogButtonBox::Ok)->click();
                      });
    auto closed = std::make_shared<QMetaObject::Connection>();
    *closed = connect(&m_root.createKeyController(), &CreateKeyController::copyOnceDialogClosed,
                      this, [this, closed, keys, then](bool saved) {
                          disconnect(*closed);
                          if (!saved) {
                              fail(QStringLiteral("the key was not saved in the keychain"));
                              return;
                          }
                          settleThen([this, keys, then] { createAndSave(keys, then); });
                      });
    fillForm(key.name, key.manual);
    clickCreate();
}

void ScreenshotDirector::copyFromSavedKeys()
{
    MainWindow &window = m_root.mainWindow();
    window.showSavedKeysPage();
    SavedKeysView &view = window.savedKeysView();
    if (auto *table = child<QTableView>(&view, "keysTable"))
        table->selectRow(0);
    connect(&view, &SavedKeysView::secretCopied, this, [this] { settleThen([this] { shoot(); }); });
    view.copySelectedSecret();
}

void ScreenshotDirector::showGatewayKeys()
{
    // The demo's keys and plans (GatewayEmulator::seedDemo), one of them selected; the picture
    // waits for the listing and for the usage plans column.
    m_root.mainWindow().showGatewayKeysPage();
    GatewayKeysView &view = m_root.gatewayKeysController().view();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, &view] {
        const GatewayKeysModel &model = view.model();
        if (!model.hasLoaded() || model.isLoading() || !model.hasPlanBindings())
            return;
        poll->deleteLater();
        if (auto *table = child<QTableView>(&view, "keysTable"))
            table->selectRow(0);
        settleThen([this] { shoot(); });
    });
    poll->start(50);
}

void ScreenshotDirector::settleThen(std::function<void()> step)
{
    // Long enough for posted layout requests and a repaint; these pictures are for people.
    QTimer::singleShot(std::chrono::milliseconds(300), this, std::move(step));
}

void ScreenshotDirector::shoot(QWidget *dialog)
{
    m_timeout.stop();
    MainWindow &window = m_root.mainWindow();
    QPixmap shot = window.grab();
    if (dialog) {
        // The dialog over its dimmed window, where it opens: centred.
        QPainter painter(&shot);
        painter.fillRect(QRect(QPoint(), window.size()), QColor(0, 0, 0, 80));
        const QPixmap dialogShot = dialog->grab();
        QRect target(QPoint(), dialog->size());
        target.moveCenter(QRect(QPoint(), window.size()).center());
        target.moveTop(qMax(0, target.top()));
        painter.drawPixmap(target.topLeft(), dialogShot);
        painter.setPen(window.palette().color(QPalette::Dark));
        painter.drawRect(target.adjusted(0, 0, -1, -1));
    }
    if (!shot.save(m_file, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(m_file));
        return;
    }
    std::fprintf(stderr, "apigw-keys-screenshots: wrote %s\n", qPrintable(m_file));
    // exit(), not quit(): quit() asks the windows to close first, and the window refuses while a
    // created key waits in its dialog (which the dialog's picture shows).
    if (m_quitAfter)
        QCoreApplication::exit(0);
}

void ScreenshotDirector::fail(const QString &why)
{
    std::fprintf(stderr, "apigw-keys-screenshots: no screenshot: %s\n", qPrintable(why));
    QCoreApplication::exit(1);
}
