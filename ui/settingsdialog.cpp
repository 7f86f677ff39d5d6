#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "failuretext.h"
#include "languagechoice.h"
#include "uistyle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <algorithm>

namespace {

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QUrl parseEndpoint(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);

    m_ui->apiGenerationCombo->addItem(tr("API 3.0 (current)"),
                                      apiGenerationName(ApiGeneration::Api3));
    m_ui->apiGenerationCombo->addItem(tr("API 2.0 (legacy)"),
                                      apiGenerationName(ApiGeneration::Api2));
    for (const auto method : {LegacySignatureMethod::HmacSHA256, LegacySignatureMethod::HmacSHA1})
        m_ui->signatureMethodCombo->addItem(legacySignatureMethodName(method),
                                            legacySignatureMethodName(method));
    for (const auto method : {LegacyHttpMethod::Post, LegacyHttpMethod::Get})
        m_ui->httpMethodCombo->addItem(legacyHttpMethodName(method), legacyHttpMethodName(method));
    m_ui->languageCombo->addItem(tr("Server's default"), QString());
    m_ui->languageCombo->addItem(tr("English (en-US)"), QStringLiteral("en-US"));
    m_ui->languageCombo->addItem(tr("Chinese (zh-CN)"), QStringLiteral("zh-CN"));
    m_ui->regionCombo->addItems(GatewayEndpoint::knownRegions());
    m_ui->displayLanguageCombo->addItem(tr("System default"), QString());
    for (const QString &language : LanguageChoice::languages())
        m_ui->displayLanguageCombo->addItem(LanguageChoice::nativeName(language), language);

    m_ui->timeoutSpin->setRange(ProfileSettings::MinTimeoutSeconds,
                                ProfileSettings::MaxTimeoutSeconds);
    m_ui->timeoutSpin->setSuffix(tr(" s"));
    m_ui->timeoutSpin->setToolTip(tr("How long a create may go without any progress"));
    // Below the minimum is only the automatic value, which the spin box shows in words.
    m_ui->deadlineSpin->setRange(ProfileSettings::MinDeadlineSeconds - 1,
                                 ProfileSettings::MaxDeadlineSeconds);
    m_ui->deadlineSpin->setSpecialValueText(
        tr("Automatic (%1 × the timeout)").arg(ProfileSettings::DeadlineFactor));
    m_ui->deadlineSpin->setSuffix(tr(" s"));
    m_ui->deadlineSpin->setToolTip(tr("How long a create may take in all, even while the "
                                      "gateway is still sending"));
    m_ui->clipboardClearSpin->setRange(ProfileSettings::MinClipboardClearSeconds,
                                       ProfileSettings::MaxClipboardClearSeconds);
    m_ui->clipboardClearSpin->setSuffix(tr(" s"));

    for (QLabel *label :
         {m_ui->endpointMessageLabel, m_ui->regionMessageLabel, m_ui->httpMethodMessageLabel,
          m_ui->caBundleMessageLabel, m_ui->credentialsMessageLabel}) {
        UiStyle::makeProblemLabel(label);
        label->hide();
    }
    m_ui->credentialsNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->displayLanguageNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->displayLanguageNoteLabel->hide();
    m_ui->signatureMethodCombo->setToolTip(tr("API 2.0 only"));
    m_ui->httpMethodCombo->setToolTip(tr("API 2.0 only"));
    m_ui->languageCombo->setToolTip(tr("API 3.0 only: the language of the gateway's messages"));
    m_ui->defaultEndpointButton->setToolTip(tr("The gateway's endpoint for this API and region"));
    m_endpointChoicesMenu = new QMenu(this);
    m_endpointChoicesMenu->setObjectName(QStringLiteral("endpointChoicesMenu"));
    connect(m_endpointChoicesMenu, &QMenu::aboutToShow, this, &SettingsDialog::fillEndpointChoices);
    m_endpointChoicesButton = new QToolButton(this);
    m_endpointChoicesButton->setObjectName(QStringLiteral("endpointChoicesButton"));
    m_endpointChoicesButton->setArrowType(Qt::DownArrow);
    m_endpointChoicesButton->setPopupMode(QToolButton::InstantPopup);
    m_endpointChoicesButton->setMenu(m_endpointChoicesMenu);
    m_endpointChoicesButton->setToolTip(
        tr("Other Tencent Cloud endpoints, such as the international site's"));
    m_endpointChoicesButton->setAccessibleName(tr("Other endpoints"));
    m_ui->endpointEditLayout->addWidget(m_endpointChoicesButton);
    setTabOrder(m_ui->defaultEndpointButton, m_endpointChoicesButton);

    connect(m_ui->apiGenerationCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onApiGenerationChanged);
    connect(m_ui->defaultEndpointButton, &QPushButton::clicked, this, [this] {
        m_ui->endpointEdit->setText(
            GatewayEndpoint::defaultUrl(apiGeneration(), endpoint().region).toString());
    });
    connect(m_ui->browseCaBundleButton, &QPushButton::clicked, this,
            &SettingsDialog::chooseCaBundle);
    connect(m_ui->endpointEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this,
            &SettingsDialog::onRegionChanged);
    connect(m_ui->caBundleEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->httpMethodCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateState);
    for (QLineEdit *edit : {m_ui->secretIdEdit, m_ui->secretKeyEdit, m_ui->sessionTokenEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_credentialsModified = true; });
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    }
    m_ui->replaceCredentialsButton->setToolTip(tr("Enter a new SecretKey and session token"));
    connect(m_ui->replaceCredentialsButton, &QPushButton::clicked, this, [this] {
        replaceStoredCredentials();
        m_ui->secretKeyEdit->setFocus();
    });
    // A SecretKey belongs to its SecretId: another id needs its own key.
    connect(m_ui->secretIdEdit, &QLineEdit::textEdited, this, [this] {
        if (m_credentialsStored)
            replaceStoredCredentials();
    });
    connect(m_ui->displayLanguageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateDisplayLanguageNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setProfileSettings(ProfileSettings());
    showCredentialsState();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setProfileSettings(const ProfileSettings &settings)
{
    const ProfileSettings value = settings.bounded();
    const GatewayEndpoint &endpoint = value.endpoint;
    {
        // The generation and the endpoint are set together: the generation's change handler
        // must not replace the endpoint being set.
        const QSignalBlocker blocker(m_ui->apiGenerationCombo);
        selectData(m_ui->apiGenerationCombo, apiGenerationName(endpoint.generation));
        m_shownGeneration = endpoint.generation;
    }
    m_ui->endpointEdit->setText(endpoint.url.toString());
    {
        // The region is set with the endpoint: its change handler must not replace it either.
        const QSignalBlocker blocker(m_ui->regionCombo);
        m_ui->regionCombo->setCurrentText(endpoint.region);
        m_shownRegion = endpoint.region;
    }
    selectData(m_ui->signatureMethodCombo, legacySignatureMethodName(endpoint.signatureMethod));
    selectData(m_ui->httpMethodCombo, legacyHttpMethodName(endpoint.httpMethod));
    selectData(m_ui->languageCombo, endpoint.language);
    m_ui->timeoutSpin->setValue(value.timeoutSeconds);
    m_ui->deadlineSpin->setValue(value.deadlineSeconds == ProfileSettings::AutomaticDeadline
                                     ? m_ui->deadlineSpin->minimum()
                                     : value.deadlineSeconds);
    m_ui->clipboardClearSpin->setValue(value.clipboardClearSeconds);
    m_ui->caBundleEdit->setText(value.caBundlePath);
    onApiGenerationChanged();
}

ProfileSettings SettingsDialog::profileSettings() const
{
    ProfileSettings settings;
    settings.endpoint = endpoint();
    settings.timeoutSeconds = m_ui->timeoutSpin->value();
    settings.deadlineSeconds = m_ui->deadlineSpin->value() == m_ui->deadlineSpin->minimum()
                                   ? ProfileSettings::AutomaticDeadline
                                   : m_ui->deadlineSpin->value();
    settings.clipboardClearSeconds = m_ui->clipboardClearSpin->value();
    settings.caBundlePath = m_ui->caBundleEdit->text().trimmed();
    return settings;
}

void SettingsDialog::setCredentials(const OperatorCredentials &credentials)
{
    // The stored SecretKey and token never go back into a line edit: its text would be one more
    // copy of the secret, in buffers that Qt frees without overwriting, and on screen for anyone
    // who unmasks it. The dialog says that they are stored and offers to replace them.
    m_ui->secretIdEdit->setText(credentials.secretId);
    m_ui->secretKeyEdit->clear();
    m_ui->sessionTokenEdit->clear();
    m_credentialsStored = !credentials.secretKey.isEmpty();
    m_sessionTokenStored = !credentials.sessionToken.isEmpty();
    showCredentialsState();
    m_credentialsModified = false;
    updateState();
}

void SettingsDialog::replaceStoredCredentials()
{
    m_credentialsStored = false;
    m_credentialsModified = true;
    showCredentialsState();
    updateState();
}

void SettingsDialog::showCredentialsState()
{
    const bool stored = m_credentialsStored;
    m_ui->secretKeyEdit->setEnabled(!stored);
    m_ui->sessionTokenEdit->setEnabled(!stored);
    m_ui->secretKeyEdit->setPlaceholderText(stored ? tr("Saved, not shown") : QString());
    m_ui->sessionTokenEdit->setPlaceholderText(!stored ? tr("Only for temporary credentials")
                                               : m_sessionTokenStored ? tr("Saved, not shown")
                                                                      : tr("None"));
    m_ui->replaceCredentialsButton->setVisible(stored);
}

OperatorCredentials SettingsDialog::credentials() const
{
    return OperatorCredentials::fromInput(m_ui->secretIdEdit->text(), m_ui->secretKeyEdit->text(),
                                          m_ui->sessionTokenEdit->text());
}

bool SettingsDialog::isInputValid() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled();
}

void SettingsDialog::setEndpointOverride(EndpointOverride endpointOverride)
{
    m_endpointOverride = std::move(endpointOverride);
    const bool fixed = m_endpointOverride != nullptr;
    m_ui->endpointEdit->setReadOnly(fixed);
    m_ui->defaultEndpointButton->setVisible(!fixed);
    m_endpointChoicesButton->setVisible(!fixed);
    m_ui->endpointEdit->setToolTip(fixed ? tr("Demo mode: the built-in gateway emulator")
                                         : QString());
    onApiGenerationChanged();
}

void SettingsDialog::setCredentialsNote(const QString &note)
{
    m_ui->credentialsNoteLabel->setText(note);
}

void SettingsDialog::setDisplayLanguage(const QString &language)
{
    m_savedDisplayLanguage = language;
    // A value this build has no translation for (a hand-edited file) shows as the system's, which
    // is what the application then speaks; OK replaces it.
    m_ui->displayLanguageCombo->setCurrentIndex(
        std::max(0, m_ui->displayLanguageCombo->findData(language)));
    updateDisplayLanguageNote();
}

void SettingsDialog::updateDisplayLanguageNote()
{
    const bool known = m_ui->displayLanguageCombo->findData(m_savedDisplayLanguage) >= 0;
    const QString running = known ? m_savedDisplayLanguage : QString();
    m_ui->displayLanguageNoteLabel->setVisible(displayLanguage() != running);
}

QString SettingsDialog::displayLanguage() const
{
    return m_ui->displayLanguageCombo->currentData().toString();
}

void SettingsDialog::accept()
{
    if (!isInputValid())
        return; // Enter in a field while a value is wrong
    emit profileSettingsAccepted(profileSettings());
    if (m_credentialsModified)
        emit credentialsAccepted(credentials());
    if (displayLanguage() != m_savedDisplayLanguage)
        emit displayLanguageAccepted(displayLanguage());
    QDialog::accept();
}

void SettingsDialog::done(int result)
{
    QDialog::done(result);
    // After finished()/accepted() have been delivered, so that their receivers could still read
    // the credentials; the dialog keeps no secret once it is closed.
    m_ui->secretKeyEdit->clear();
    m_ui->sessionTokenEdit->clear();
    m_credentialsModified = false;
    m_credentialsStored = false;
    m_sessionTokenStored = false;
    showCredentialsState();
}

void SettingsDialog::onApiGenerationChanged()
{
    const ApiGeneration generation = apiGeneration();
    // A default endpoint follows the generation; a custom one is the user's and stays.
    const QUrl shown = parseEndpoint(m_ui->endpointEdit->text());
    const QString region = endpoint().region;
    if (m_endpointOverride)
        m_ui->endpointEdit->setText(m_endpointOverride(generation).toString());
    else if (m_ui->endpointEdit->text().trimmed().isEmpty() ||
             shown == GatewayEndpoint::defaultUrl(m_shownGeneration, region))
        m_ui->endpointEdit->setText(GatewayEndpoint::defaultUrl(generation, region).toString());
    m_shownGeneration = generation;

    const bool legacy = generation == ApiGeneration::Api2;
    m_ui->signatureMethodCombo->setEnabled(legacy);
    m_ui->httpMethodCombo->setEnabled(legacy);
    m_ui->signatureMethodLabel->setEnabled(legacy);
    m_ui->httpMethodLabel->setEnabled(legacy);
    m_ui->languageCombo->setEnabled(!legacy);
    m_ui->languageLabel->setEnabled(!legacy);
    updateState();
}

void SettingsDialog::onRegionChanged()
{
    // As for the generation: a default endpoint follows the region (the finance regions have
    // hosts of their own), a custom one stays.
    const QString region = endpoint().region;
    if (!m_endpointOverride && parseEndpoint(m_ui->endpointEdit->text()) ==
                                   GatewayEndpoint::defaultUrl(m_shownGeneration, m_shownRegion))
        m_ui->endpointEdit->setText(
            GatewayEndpoint::defaultUrl(m_shownGeneration, region).toString());
    m_shownRegion = region;
    updateState();
}

void SettingsDialog::fillEndpointChoices()
{
    m_endpointChoicesMenu->clear();
    const GatewayEndpoint current = endpoint();
    for (const QUrl &url : GatewayEndpoint::endpointChoices(current.generation, current.region)) {
        const QString text = url == GatewayEndpoint::internationalUrl()
                                 ? tr("International site: %1")
                             : GatewayEndpoint::isFinanceRegion(current.region)
                                 ? tr("Finance region %1: %2").arg(current.region)
                                 : tr("Mainland China site: %1");
        QAction *action = m_endpointChoicesMenu->addAction(text.arg(url.toString()));
        action->setData(url);
        connect(action, &QAction::triggered, this,
                [this, url] { m_ui->endpointEdit->setText(url.toString()); });
    }
}

void SettingsDialog::chooseCaBundle()
{
    auto *dialog = new QFileDialog(this, tr("Choose an extra CA bundle"),
                                   QFileInfo(m_ui->caBundleEdit->text()).absolutePath(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caBundleFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->caBundleEdit->setText(file); });
    dialog->open();
}

void SettingsDialog::updateState()
{
    const GatewayEndpoint current = endpoint();
    // The URL and the region are judged separately, so that both can say what is wrong at once.
    GatewayEndpoint urlOnly = current;
    urlOnly.region = GatewayEndpoint::defaultRegion();
    urlOnly.language.clear();
    GatewayEndpoint regionOnly = current;
    regionOnly.url = GatewayEndpoint::defaultUrl(current.generation);
    const EndpointProblem urlProblem = checkEndpoint(urlOnly);
    const EndpointProblem regionProblem = checkEndpoint(regionOnly);
    showMessage(m_ui->endpointMessageLabel, FailureText::endpoint(urlProblem));
    showMessage(m_ui->regionMessageLabel, FailureText::endpoint(regionProblem));

    const QString caBundle = m_ui->caBundleEdit->text().trimmed();
    const QFileInfo caBundleInfo(caBundle);
    const bool caBundleOk =
        caBundle.isEmpty() || (caBundleInfo.isFile() && caBundleInfo.isReadable());
    showMessage(m_ui->caBundleMessageLabel,
                caBundleOk ? QString() : tr("This file does not exist or cannot be read."));

    const OperatorCredentials entered = credentials();
    // Stored credentials that are not being replaced were checked when they were entered.
    const bool noCredentials =
        m_credentialsStored || (entered.secretId.isEmpty() && entered.secretKey.isEmpty() &&
                                entered.sessionToken.isEmpty());
    const CredentialProblem credentialProblem =
        noCredentials ? CredentialProblem::None : checkCredentials(entered);
    showMessage(m_ui->credentialsMessageLabel, FailureText::credentials(credentialProblem));

    // GET with a session token could never send a create: the token would go in the URL. With
    // GET alone, the form refuses manual keys; the hint says so before anyone tries.
    const bool get =
        current.generation == ApiGeneration::Api2 && current.httpMethod == LegacyHttpMethod::Get;
    const bool tokenInUrl = get && !entered.sessionToken.isEmpty();
    showMessage(m_ui->httpMethodMessageLabel,
                tokenInUrl ? tr("GET would put your session token in the URL, where proxies and "
                                "access logs keep it. Choose POST, which carries it in the request "
                                "body, or clear the session token.")
                : get      ? FailureText::getMethodHint()
                           : QString());

    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(urlProblem == EndpointProblem::None &&
                     regionProblem == EndpointProblem::None && caBundleOk &&
                     credentialProblem == CredentialProblem::None && !tokenInUrl);
}

GatewayEndpoint SettingsDialog::endpoint() const
{
    GatewayEndpoint endpoint;
    endpoint.generation = apiGeneration();
    endpoint.url = parseEndpoint(m_ui->endpointEdit->text());
    endpoint.region = m_ui->regionCombo->currentText().trimmed();
    endpoint.signatureMethod =
        legacySignatureMethodFromName(m_ui->signatureMethodCombo->currentData().toString())
            .value_or(LegacySignatureMethod::HmacSHA256);
    endpoint.httpMethod = legacyHttpMethodFromName(m_ui->httpMethodCombo->currentData().toString())
                              .value_or(LegacyHttpMethod::Post);
    endpoint.language = m_ui->languageCombo->currentData().toString();
    return endpoint;
}

ApiGeneration SettingsDialog::apiGeneration() const
{
    return apiGenerationFromName(m_ui->apiGenerationCombo->currentData().toString())
        .value_or(ApiGeneration::Api3);
}
