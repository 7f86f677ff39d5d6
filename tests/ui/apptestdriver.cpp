#include "apptestdriver.h"

#include "copyoncedialog.h"
#include "createform.h"
#include "createkeycontroller.h"
#include "mainwindow.h"
#include "settingscontroller.h"
#include "settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

AppTestDriver::AppTestDriver(const Setup &setup)
{
    if (setup.folder.isEmpty()) {
        m_ownFolder = std::make_unique<QTemporaryDir>();
        m_folder = m_ownFolder->path();
    } else {
        m_folder = setup.folder;
    }
    m_keychainService = setup.keychainService;
    if (m_keychainService.isEmpty())
        m_keychainService = QStringLiteral("apigw-keys-test-%1")
                                .arg(QRandomGenerator::system()->generate64(), 0, 16);

    CompositionRoot::Options options;
    options.demo = setup.demo;
    options.settingsPath = settingsPath();
    options.keyIndexPath = keyIndexPath();
    options.keychainService = m_keychainService;
    m_root = std::make_unique<CompositionRoot>(options);
}

AppTestDriver::~AppTestDriver() = default;

QString AppTestDriver::settingsPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("settings.ini"));
}

QString AppTestDriver::keyIndexPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("keys.ini"));
}

bool AppTestDriver::start()
{
    QString error;
    if (!m_root->start(&error)) {
        qWarning("cannot start: %s", qPrintable(error));
        return false;
    }
    m_root->restoreWindowLayout();
    window().show();
    if (!QTest::qWaitForWindowExposed(&window()))
        return false;
    m_root->startAfterShown();
    return true;
}

MainWindow &AppTestDriver::window() const
{
    return m_root->mainWindow();
}

CreateForm &AppTestDriver::form() const
{
    return window().createForm();
}

void AppTestDriver::typeName(const QString &name)
{
    auto *edit = find<QLineEdit>(&form(), "nameEdit");
    edit->clear();
    QTest::keyClicks(edit, name);
}

void AppTestDriver::chooseAutomatic()
{
    QTest::mouseClick(find<QRadioButton>(&form(), "autoTypeRadio"), Qt::LeftButton);
}

void AppTestDriver::chooseManual(const QString &keyId, const QString &keySecret)
{
    QTest::mouseClick(find<QRadioButton>(&form(), "manualTypeRadio"), Qt::LeftButton);
    auto *id = find<QLineEdit>(&form(), "keyIdEdit");
    id->clear();
    QTest::keyClicks(id, keyId);
    auto *secret = find<QLineEdit>(&form(), "keySecretEdit");
    secret->clear();
    QTest::keyClicks(secret, keySecret);
}

void AppTestDriver::clickCreate()
{
    QTest::mouseClick(find<QPushButton>(&form(), "createButton"), Qt::LeftButton);
}

bool AppTestDriver::isCreating() const
{
    return m_root->createKeyController().isCreating();
}

bool AppTestDriver::waitUntilNotCreating(int timeoutMs)
{
    if (!isCreating())
        return true;
    QSignalSpy spy(&m_root->createKeyController(), &CreateKeyController::creatingChanged);
    while (isCreating()) {
        if (!spy.wait(timeoutMs)) {
            qWarning("the create did not end in time");
            return false;
        }
    }
    return true;
}

CopyOnceDialog *AppTestDriver::waitForCopyOnceDialog(int timeoutMs)
{
    CreateKeyController &controller = m_root->createKeyController();
    if (CopyOnceDialog *dialog = controller.openDialog())
        return dialog;
    QSignalSpy spy(&controller, &CreateKeyController::copyOnceDialogOpened);
    if (!spy.wait(timeoutMs)) {
        qWarning("no copy-once dialog opened");
        return nullptr;
    }
    return controller.openDialog();
}

bool AppTestDriver::leaveCopyOnceDialog(CopyOnceDialog *dialog, bool save, int timeoutMs)
{
    QPointer<CopyOnceDialog> guard(dialog);
    tick(find<QCheckBox>(dialog, "acknowledgeCheck"), true);
    tick(find<QCheckBox>(dialog, "saveToKeychainCheck"), save);
    auto *buttons = find<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto stillOpen = [&guard] {
        const CopyOnceDialog *open = guard.data();
        return open != nullptr && open->isVisible();
    };
    while (stillOpen()) {
        if (elapsed.elapsed() > timeoutMs) {
            qWarning("the copy-once dialog did not close; it says: %s",
                     qPrintable(find<QLabel>(dialog, "saveStatusLabel")->text()));
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

bool AppTestDriver::createKey(const QString &name, bool save, QString *keyId, QString *secret)
{
    typeName(name);
    if (!form().canCreate()) {
        qWarning("the form does not let %s be created", qPrintable(name));
        return false;
    }
    clickCreate();
    CopyOnceDialog *dialog = waitForCopyOnceDialog();
    if (!dialog)
        return false;
    if (keyId)
        *keyId = find<QLineEdit>(dialog, "keyIdEdit")->text();
    if (secret) {
        QTest::mouseClick(find<QPushButton>(dialog, "copySecretButton"), Qt::LeftButton);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        *secret = mime ? mime->text() : QString();
    }
    return leaveCopyOnceDialog(dialog, save);
}

bool AppTestDriver::changeSettings(const std::function<void(SettingsDialog &)> &edit)
{
    window().findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog *dialog = m_root->settingsController().dialog();
    if (!dialog || !dialog->isVisible()) {
        qWarning("the settings dialog did not open");
        return false;
    }
    edit(*dialog);
    QPushButton *ok = find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled()) {
        qWarning("the settings dialog refuses its values");
        return false;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    return !dialog->isVisible();
}

bool AppTestDriver::setApiGeneration(ApiGeneration generation)
{
    return changeSettings([generation](SettingsDialog &dialog) {
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("apiGenerationCombo"));
        combo->setCurrentIndex(combo->findData(apiGenerationName(generation)));
    });
}

void AppTestDriver::tick(QCheckBox *box, bool checked)
{
    if (box->isChecked() == checked)
        return;
    // On the indicator: a check box that spans the dialog takes clicks on its box and text only.
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}
