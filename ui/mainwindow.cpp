#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "applicationidentity.h"
#include "createform.h"
#include "errorpanel.h"
#include "profilesettingsstore.h"
#include "savedkeysview.h"
#include "themeicons.h"
#include "uistyle.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTabBar>

namespace {

// A banner that must not be overlooked, yet readable on light and dark palettes alike.
void makeBanner(QWidget *banner, const QColor &light, const QColor &dark)
{
    QPalette palette = banner->palette();
    const bool darkPalette = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::Window, darkPalette ? dark : light);
    palette.setColor(QPalette::WindowText, darkPalette ? QColor(Qt::white) : QColor(Qt::black));
    banner->setPalette(palette);
    banner->setAutoFillBackground(true);
}

} // namespace

MainWindow::MainWindow(SavedKeys &savedKeys, SensitiveClipboard &clipboard,
                       QClipboard *systemClipboard, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_createForm(new CreateForm)
    , m_errorPanel(new ErrorPanel(systemClipboard))
    , m_savedKeys(savedKeys)
    , m_clipboard(clipboard)
    , m_profileLabel(new QLabel(tr("&Profile:")))
    , m_profileCombo(new QComboBox)
{
    m_ui->setupUi(this);
    m_ui->retryCredentialsButton->setIcon(ThemeIcons::action(QStringLiteral("view-refresh")));
    m_ui->dismissNoticeButton->setIcon(ThemeIcons::action(QStringLiteral("window-close")));
    m_ui->settingsAction->setIcon(ThemeIcons::action(QStringLiteral("preferences-system")));
    m_ui->newProfileAction->setIcon(ThemeIcons::action(QStringLiteral("list-add")));
    m_ui->quitAction->setIcon(ThemeIcons::action(QStringLiteral("application-exit")));
    m_ui->aboutAction->setIcon(ThemeIcons::action(QStringLiteral("help-about")));
    m_createForm->setObjectName(QStringLiteral("createForm"));
    m_errorPanel->setObjectName(QStringLiteral("errorPanel"));

    // The form and its error scroll rather than squeeze: at 200% scale or in a narrow window
    // every word stays readable.
    m_ui->createContentsLayout->addWidget(m_errorPanel);
    m_ui->createContentsLayout->addWidget(m_createForm);
    m_ui->createContentsLayout->addStretch(1);
    m_ui->createScrollArea->setFocusPolicy(Qt::NoFocus);
    m_errorPanel->hide();

    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setToolTip(tr("Each profile has its own settings and credentials"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setBuddy(m_profileCombo);
    m_profileLabel->setContentsMargins(8, 0, 4, 0);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_profileLabel);
    m_ui->mainToolBar->addWidget(m_profileCombo);
    m_ui->mainToolBar->addAction(m_ui->newProfileAction);

    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);

    makeBanner(m_ui->demoBanner, QColor(0xff, 0xe0, 0x82), QColor(0x6d, 0x4c, 0x00));
    makeBanner(m_ui->credentialsBanner, QColor(0xff, 0xcd, 0xd2), QColor(0x7f, 0x1d, 0x1d));
    for (QLabel *label : {m_ui->demoBanner, m_ui->credentialsBannerLabel, m_ui->noticeLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->demoBanner->hide();
    m_ui->credentialsBanner->hide();
    m_ui->noticeBanner->hide();

    // Top to bottom, as the eye reads: profile, pages, the page's content, then the banners'
    // buttons.
    QWidget::setTabOrder(m_profileCombo, m_ui->pagesTab);
    QWidget::setTabOrder(m_ui->pagesTab, m_errorPanel);
    QWidget::setTabOrder(m_errorPanel, m_createForm);
    QWidget::setTabOrder(m_createForm, m_ui->retryCredentialsButton);
    QWidget::setTabOrder(m_ui->retryCredentialsButton, m_ui->dismissNoticeButton);

    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_createForm, &CreateForm::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_ui->newProfileAction, &QAction::triggered, this, &MainWindow::askForNewProfile);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->retryCredentialsButton, &QPushButton::clicked, this,
            &MainWindow::credentialsRetryRequested);
    connect(m_ui->dismissNoticeButton, &QToolButton::clicked, this, &MainWindow::clearNotice);
    connect(m_ui->pagesTab, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->pagesTab->currentWidget() == m_ui->savedKeysPage)
            savedKeysView();
        else if (m_ui->pagesTab->currentWidget() == m_ui->gatewayKeysPage)
            emit gatewayKeysPageShown();
    });
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileCombo->itemText(index);
        if (name != m_currentProfile)
            emit profileSelected(name);
    });

    updateTitle();
    m_createForm->setFocus();
}

MainWindow::~MainWindow() = default;

SavedKeysView &MainWindow::savedKeysView()
{
    if (!m_savedKeysView) {
        m_savedKeysView = new SavedKeysView(m_savedKeys, m_clipboard);
        m_savedKeysView->setObjectName(QStringLiteral("savedKeysView"));
        m_ui->savedKeysPageLayout->addWidget(m_savedKeysView);
        m_savedKeysView->setMissingOnGateway(m_missingOnGateway);
        // In the tab chain where the page is: after the create page's widgets.
        QWidget::setTabOrder(m_createForm, m_savedKeysView);
        QWidget::setTabOrder(m_savedKeysView, m_ui->retryCredentialsButton);
    }
    return *m_savedKeysView;
}

void MainWindow::installGatewayKeysView(QWidget *view)
{
    m_gatewayKeysView = view;
    m_ui->gatewayKeysPageLayout->addWidget(view);
    // In the tab chain where the page is: after the pages before it, before the banners' buttons.
    QWidget::setTabOrder(m_savedKeysView ? static_cast<QWidget *>(m_savedKeysView) : m_createForm,
                         view);
    QWidget::setTabOrder(view, m_ui->retryCredentialsButton);
}

void MainWindow::setSavedKeysMissingOnGateway(const QSet<QString> &recordIds)
{
    m_missingOnGateway = recordIds;
    if (m_savedKeysView)
        m_savedKeysView->setMissingOnGateway(recordIds);
}

void MainWindow::showGatewayKeysPage()
{
    if (m_ui->pagesTab->currentWidget() == m_ui->gatewayKeysPage)
        emit gatewayKeysPageShown();
    else
        m_ui->pagesTab->setCurrentWidget(m_ui->gatewayKeysPage);
}

void MainWindow::setDemoDescription(const QString &description)
{
    m_demoDescription = description;
    m_ui->demoBanner->setText(description);
    m_ui->demoBanner->setVisible(!description.isEmpty());
    updateTitle();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_currentProfile = current;
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItems(names);
    m_profileCombo->setCurrentIndex(int(names.indexOf(current)));
    updateTitle();
}

void MainWindow::setCredentialsProblem(const QString &text)
{
    m_ui->credentialsBannerLabel->setText(text);
    m_ui->credentialsBanner->setVisible(!text.isEmpty());
}

void MainWindow::showNotice(NoticeKind kind, const QString &text)
{
    m_noticeIsCreateOutcome = false;
    m_ui->noticeLabel->setText(text);
    if (kind == NoticeKind::Problem)
        UiStyle::makeProblemLabel(m_ui->noticeLabel);
    else
        m_ui->noticeLabel->setPalette(QPalette());
    m_ui->noticeBanner->setVisible(!text.isEmpty());
}

void MainWindow::clearNotice()
{
    m_noticeIsCreateOutcome = false;
    m_ui->noticeLabel->clear();
    m_ui->noticeBanner->hide();
}

void MainWindow::showCreateOutcome(const QString &text)
{
    showNotice(NoticeKind::Information, text);
    m_noticeIsCreateOutcome = true;
}

void MainWindow::clearCreateOutcome()
{
    if (m_noticeIsCreateOutcome)
        clearNotice();
}

void MainWindow::setCreating(bool creating)
{
    m_profileCombo->setEnabled(!creating);
    m_ui->newProfileAction->setEnabled(!creating);
}

void MainWindow::showCreatePage()
{
    m_ui->pagesTab->setCurrentWidget(m_ui->createPage);
}

void MainWindow::showSavedKeysPage()
{
    savedKeysView();
    m_ui->pagesTab->setCurrentWidget(m_ui->savedKeysPage);
}

void MainWindow::setCloseGuard(std::function<bool()> mayClose)
{
    m_closeGuard = std::move(mayClose);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::askForNewProfile()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newProfileDialog"));
    dialog->setWindowTitle(tr("New profile"));
    dialog->setLabelText(tr("Name of the new profile (for example the account it is for):"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { emit newProfileRequested(name.trimmed()); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About %1").arg(ApplicationIdentity::displayName()),
        tr("%1 %2").arg(ApplicationIdentity::displayName(), ApplicationIdentity::version()),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setInformativeText(
        tr("Creates API key pairs on Tencent Cloud API Gateway, helps you copy the new secret "
           "safely, and keeps secrets in the system keychain."));
    UiStyle::makePlainText(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTitle()
{
    QString title = ApplicationIdentity::displayName();
    if (!m_currentProfile.isEmpty() &&
        m_currentProfile != ProfileSettingsStore::defaultProfileName())
        title = tr("%1 \u2013 %2").arg(m_currentProfile, title);
    if (isDemo())
        title = tr("%1 (Demo)").arg(title);
    setWindowTitle(title);
}
