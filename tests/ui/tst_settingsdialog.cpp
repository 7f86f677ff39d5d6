#include "languagechoice.h"
#include "profilesettingsstore.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString SecretId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s;
const QString SecretKey = u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s;
const QString SessionToken = u"SessionTokenValue_abcdef0123456789"_s;

ProfileSettings customSettings()
{
    ProfileSettings settings;
    settings.endpoint.generation = ApiGeneration::Api2;
    settings.endpoint.url = QUrl(u"http://127.0.0.1:8443/v2/index.php"_s);
    settings.endpoint.region = u"eu-frankfurt"_s;
    settings.endpoint.signatureMethod = LegacySignatureMethod::HmacSHA1;
    settings.endpoint.httpMethod = LegacyHttpMethod::Get;
    settings.timeoutSeconds = 45;
    settings.deadlineSeconds = 200;
    settings.clipboardClearSeconds = 12;
    return settings;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_dialog.reset(); }

    void defaultsAreTheRealEndpointOfApi3();
    void generationSwitchFollowsTheDefaultEndpointOnly();
    void legacyKnobsOnlyForApi2();
    void getSaysWhatItMeansForSecrets();
    void deadlineIsAutomaticUnlessSet();
    void endpointValidation_data();
    void endpointValidation();
    void customRegionIsAccepted();
    void regionsAndTheirEndpoints();
    void caBundleIsPickedAndChecked();
    void credentialsAreValidatedAndTrimmed();
    void roundTripThroughTheStore();
    void settingsFileHoldsNoSecret();
    void passwordFieldsAreMaskedAndWipedOnClose();
    void displayLanguageOffersEachLanguageInItself();
    void displayLanguageChangeSaysWhenItApplies();
    void storeKeepsNamedProfiles();
    void storeFallsBackOnBrokenValues();
    void settingsFileIsForTheOwnerOnly();
    void storedSecretsAreNeverShownOnlyReplaced();

private:
    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dialog = std::make_unique<SettingsDialog>();
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::defaultsAreTheRealEndpointOfApi3()
{
    const ProfileSettings settings = m_dialog->profileSettings();
    QCOMPARE(settings.endpoint.generation, ApiGeneration::Api3);
    QCOMPARE(settings.endpoint.url, GatewayEndpoint::defaultUrl(ApiGeneration::Api3));
    QCOMPARE(settings.endpoint.region, GatewayEndpoint::defaultRegion());
    QCOMPARE(settings.endpoint.signatureMethod, LegacySignatureMethod::HmacSHA256);
    QCOMPARE(settings.endpoint.httpMethod, LegacyHttpMethod::Post);
    QCOMPARE(settings.timeoutSeconds, 30);
    QCOMPARE(settings.clipboardClearSeconds, 30);
    QVERIFY(settings == ProfileSettings());
    QVERIFY(okButton()->isEnabled()); // no credentials yet is allowed
}

void TestSettingsDialog::generationSwitchFollowsTheDefaultEndpointOnly()
{
    auto *generation = child<QComboBox>("apiGenerationCombo");
    auto *endpoint = child<QLineEdit>("endpointEdit");
    generation->setCurrentIndex(generation->findData(u"2.0"_s));
    QCOMPARE(QUrl(endpoint->text()), GatewayEndpoint::defaultUrl(ApiGeneration::Api2));
    generation->setCurrentIndex(generation->findData(u"3.0"_s));
    QCOMPARE(QUrl(endpoint->text()), GatewayEndpoint::defaultUrl(ApiGeneration::Api3));

    endpoint->setText(u"http://localhost:9000/"_s);
    generation->setCurrentIndex(generation->findData(u"2.0"_s));
    QCOMPARE(endpoint->text(), u"http://localhost:9000/"_s);
    QTest::mouseClick(child<QPushButton>("defaultEndpointButton"), Qt::LeftButton);
    QCOMPARE(QUrl(endpoint->text()), GatewayEndpoint::defaultUrl(ApiGeneration::Api2));
}

void TestSettingsDialog::legacyKnobsOnlyForApi2()
{
    auto *generation = child<QComboBox>("apiGenerationCombo");
    QVERIFY(!child<QComboBox>("signatureMethodCombo")->isEnabled());
    QVERIFY(!child<QComboBox>("httpMethodCombo")->isEnabled());
    QVERIFY(child<QComboBox>("languageCombo")->isEnabled());
    generation->setCurrentIndex(generation->findData(u"2.0"_s));
    QVERIFY(child<QComboBox>("signatureMethodCombo")->isEnabled());
    QVERIFY(child<QComboBox>("httpMethodCombo")->isEnabled());
    QVERIFY(!child<QComboBox>("languageCombo")->isEnabled());
}

void TestSettingsDialog::getSaysWhatItMeansForSecrets()
{
    auto *generation = child<QComboBox>("apiGenerationCombo");
    auto *method = child<QComboBox>("httpMethodCombo");
    auto *message = child<QLabel>("httpMethodMessageLabel");
    generation->setCurrentIndex(generation->findData(u"2.0"_s));
    QVERIFY(!message->isVisible()); // POST, the default, carries secrets in the body
    method->setCurrentIndex(method->findData(u"GET"_s));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"URL"_s) && message->text().contains(u"POST"_s),
             qPrintable(message->text()));
    QVERIFY(okButton()->isEnabled()); // GET serves automatic keys without a token

    // A session token could never go by GET: the dialog says so and will not save the pair.
    child<QLineEdit>("secretIdEdit")->setText(SecretId);
    child<QLineEdit>("secretKeyEdit")->setText(SecretKey);
    child<QLineEdit>("sessionTokenEdit")->setText(SessionToken);
    QVERIFY(message->text().contains(u"session token"_s));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!message->text().contains(SessionToken));

    method->setCurrentIndex(method->findData(u"POST"_s));
    QVERIFY(!message->isVisible());
    QVERIFY(okButton()->isEnabled());
    // API 3.0 has no GET: the knob is off, and so is the warning.
    method->setCurrentIndex(method->findData(u"GET"_s));
    generation->setCurrentIndex(generation->findData(u"3.0"_s));
    QVERIFY(!message->isVisible());
    QVERIFY(okButton()->isEnabled());
}

void TestSettingsDialog::deadlineIsAutomaticUnlessSet()
{
    auto *deadline = child<QSpinBox>("deadlineSpin");
    QCOMPARE(m_dialog->profileSettings().deadlineSeconds, ProfileSettings::AutomaticDeadline);
    QVERIFY2(deadline->text().contains(u"Automatic"_s), qPrintable(deadline->text()));
    child<QSpinBox>("timeoutSpin")->setValue(20);
    QCOMPARE(m_dialog->profileSettings().effectiveDeadlineSeconds(),
             20 * ProfileSettings::DeadlineFactor);

    deadline->setValue(90);
    QCOMPARE(m_dialog->profileSettings().deadlineSeconds, 90);
    QCOMPARE(m_dialog->profileSettings().effectiveDeadlineSeconds(), 90);
    // Below the minimum there is only "automatic".
    deadline->setValue(1);
    QCOMPARE(m_dialog->profileSettings().deadlineSeconds, ProfileSettings::AutomaticDeadline);
}

void TestSettingsDialog::endpointValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");

    QTest::newRow("https") << u"https://apigateway.tencentcloudapi.com/"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080/"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/v2/index.php"_s << true;
    QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080/"_s << true;
    QTest::newRow("http elsewhere") << u"http://apigateway.tencentcloudapi.com/"_s << false;
    QTest::newRow("no scheme") << u"apigateway.tencentcloudapi.com"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
    QTest::newRow("user info") << u"https://user:pw@example.com/"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsDialog::endpointValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    child<QLineEdit>("endpointEdit")->setText(url);
    QCOMPARE(okButton()->isEnabled(), valid);
    auto *message = child<QLabel>("endpointMessageLabel");
    QCOMPARE(message->isVisible(), !valid);
    QCOMPARE(message->text().isEmpty(), valid);
}

void TestSettingsDialog::customRegionIsAccepted()
{
    auto *region = child<QComboBox>("regionCombo");
    QVERIFY(region->isEditable());
    QVERIFY(region->count() >= GatewayEndpoint::knownRegions().size());
    region->setCurrentText(u"ap-newcity"_s);
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(m_dialog->profileSettings().endpoint.region, u"ap-newcity"_s);
    region->setCurrentText(u"AP Guangzhou"_s);
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("regionMessageLabel")->isVisible());
}

void TestSettingsDialog::regionsAndTheirEndpoints()
{
    auto *region = child<QComboBox>("regionCombo");
    auto *endpoint = child<QLineEdit>("endpointEdit");
    // The vendor's list for API Gateway, written out here rather than read from the code.
    const QStringList published = {
        u"ap-guangzhou"_s, u"ap-shanghai"_s,     u"ap-nanjing"_s,      u"ap-beijing"_s,
        u"ap-chengdu"_s,   u"ap-chongqing"_s,    u"ap-hongkong"_s,     u"ap-singapore"_s,
        u"ap-seoul"_s,     u"ap-tokyo"_s,        u"ap-bangkok"_s,      u"na-siliconvalley"_s,
        u"eu-frankfurt"_s, u"ap-shanghai-fsi"_s, u"ap-shenzhen-fsi"_s, u"ap-beijing-fsi"_s,
    };
    QStringList offered;
    for (int i = 0; i < region->count(); ++i)
        offered.append(region->itemText(i));
    QCOMPARE(offered, published);

    // A finance region is served from its own host; the default endpoint follows it there and
    // back.
    region->setCurrentIndex(region->findText(u"ap-shanghai-fsi"_s));
    QCOMPARE(endpoint->text(), u"https://apigateway.ap-shanghai-fsi.tencentcloudapi.com/"_s);
    QVERIFY(okButton()->isEnabled());
    QSignalSpy accepted(m_dialog.get(), &SettingsDialog::profileSettingsAccepted);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    const auto chosen = accepted.first().first().value<ProfileSettings>();
    QCOMPARE(chosen.endpoint.url,
             QUrl(u"https://apigateway.ap-shanghai-fsi.tencentcloudapi.com/"_s));
    QCOMPARE(chosen.endpoint.region, u"ap-shanghai-fsi"_s);

    // Kept as a default: it still follows the region after a round trip through the store.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QVERIFY(ProfileSettingsStore(settings).save(u"fsi"_s, chosen));
    settings.sync();
    QCOMPARE(ProfileSettingsStore(settings).load(u"fsi"_s).endpoint.url, chosen.endpoint.url);

    SettingsDialog again;
    again.setProfileSettings(chosen);
    again.open();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *againRegion = again.findChild<QComboBox *>(u"regionCombo"_s);
    auto *againEndpoint = again.findChild<QLineEdit *>(u"endpointEdit"_s);
    QCOMPARE(againEndpoint->text(), chosen.endpoint.url.toString());
    againRegion->setCurrentIndex(againRegion->findText(u"ap-tokyo"_s));
    QCOMPARE(againEndpoint->text(), u"https://apigateway.tencentcloudapi.com/"_s);

    // The international endpoint is offered next to the default, and picked from the menu.
    auto *choices = again.findChild<QToolButton *>(u"endpointChoicesButton"_s);
    QVERIFY(choices);
    QVERIFY(choices->isVisible());
    QMenu *menu = choices->menu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    QAction *international = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toUrl() == QUrl(u"https://apigateway.intl.tencentcloudapi.com/"_s))
            international = action;
    }
    QVERIFY(international);
    QVERIFY(international->text().contains(u"apigateway.intl.tencentcloudapi.com"_s));
    international->trigger();
    QCOMPARE(againEndpoint->text(), u"https://apigateway.intl.tencentcloudapi.com/"_s);
    // A chosen endpoint is the user's: another region leaves it.
    againRegion->setCurrentIndex(againRegion->findText(u"ap-singapore"_s));
    QCOMPARE(againEndpoint->text(), u"https://apigateway.intl.tencentcloudapi.com/"_s);
    QVERIFY(again.findChild<QDialogButtonBox *>(u"buttonBox"_s)
                ->button(QDialogButtonBox::Ok)
                ->isEnabled());
}

void TestSettingsDialog::caBundleIsPickedAndChecked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundle = dir.filePath(u"proxy-ca.pem"_s);
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n");
    file.close();

    QTest::mouseClick(child<QPushButton>("browseCaBundleButton"), Qt::LeftButton);
    QFileDialog *picker = nullptr;
    QTRY_VERIFY((picker = m_dialog->findChild<QFileDialog *>(u"caBundleFileDialog"_s)));
    QVERIFY(picker->isVisible());
    emit picker->fileSelected(bundle);
    picker->close();
    QCOMPARE(child<QLineEdit>("caBundleEdit")->text(), bundle);
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(m_dialog->profileSettings().caBundlePath, bundle);

    child<QLineEdit>("caBundleEdit")->setText(dir.filePath(u"missing.pem"_s));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>("caBundleMessageLabel")->isVisible());
}

void TestSettingsDialog::credentialsAreValidatedAndTrimmed()
{
    auto *secretId = child<QLineEdit>("secretIdEdit");
    auto *secretKey = child<QLineEdit>("secretKeyEdit");
    auto *message = child<QLabel>("credentialsMessageLabel");
    QTest::keyClicks(secretId, SecretId);
    QVERIFY(!okButton()->isEnabled()); // a SecretId without its SecretKey
    QVERIFY(message->isVisible());
    secretKey->insert(u"  "_s + SecretKey + u"\n"_s);
    QVERIFY(okButton()->isEnabled());
    QVERIFY(!message->isVisible());
    QVERIFY(m_dialog->credentialsModified());
    const OperatorCredentials credentials = m_dialog->credentials();
    QCOMPARE(credentials.secretId, SecretId);
    QCOMPARE(credentials.secretKey.toString(), SecretKey);
    secretId->setText(u"AKID with space"_s);
    QVERIFY(!okButton()->isEnabled());
}

void TestSettingsDialog::roundTripThroughTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileSettingsStore store(settings);

    m_dialog->setProfileSettings(customSettings());
    QVERIFY(okButton()->isEnabled());
    QSignalSpy accepted(m_dialog.get(), &SettingsDialog::profileSettingsAccepted);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    const auto edited = accepted.first().first().value<ProfileSettings>();
    QVERIFY(edited == customSettings());
    QVERIFY(store.save(u"lab"_s, edited));
    settings.sync();

    QSettings reread(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    const ProfileSettings loaded = ProfileSettingsStore(reread).load(u"lab"_s);
    QVERIFY(loaded == customSettings());

    SettingsDialog again;
    again.setProfileSettings(loaded);
    QVERIFY(again.profileSettings() == customSettings());
}

void TestSettingsDialog::settingsFileHoldsNoSecret()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    QSettings settings(path, QSettings::IniFormat);
    ProfileSettingsStore store(settings);

    // What a composition root does on OK: settings to the store, credentials elsewhere.
    connect(m_dialog.get(), &SettingsDialog::profileSettingsAccepted, this,
            [&store](const ProfileSettings &value) {
                store.save(ProfileSettingsStore::defaultProfileName(), value);
            });
    QSignalSpy credentialsAccepted(m_dialog.get(), &SettingsDialog::credentialsAccepted);
    QTest::keyClicks(child<QLineEdit>("secretIdEdit"), SecretId);
    QTest::keyClicks(child<QLineEdit>("secretKeyEdit"), SecretKey);
    QTest::keyClicks(child<QLineEdit>("sessionTokenEdit"), SessionToken);
    child<QSpinBox>("timeoutSpin")->setValue(60);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(credentialsAccepted.size(), 1);
    const auto credentials = credentialsAccepted.first().first().value<OperatorCredentials>();
    QCOMPARE(credentials.secretKey.toString(), SecretKey);
    QCOMPARE(credentials.sessionToken.toString(), SessionToken);
    settings.sync();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("timeoutSeconds=60"), content.constData()); // something was written
    QVERIFY(!content.contains(SecretKey.toUtf8()));
    QVERIFY(!content.contains(SessionToken.toUtf8()));
    QVERIFY(!content.contains(SecretId.toUtf8()));
    QVERIFY(!content.contains("EXAMPLE"));
}

void TestSettingsDialog::passwordFieldsAreMaskedAndWipedOnClose()
{
    auto *secretKey = child<QLineEdit>("secretKeyEdit");
    auto *token = child<QLineEdit>("sessionTokenEdit");
    QCOMPARE(secretKey->echoMode(), QLineEdit::Password);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    OperatorCredentials stored = OperatorCredentials::fromInput(SecretId, SecretKey, SessionToken);
    m_dialog->setCredentials(stored);
    QVERIFY(!m_dialog->credentialsModified());

    QSignalSpy credentialsAccepted(m_dialog.get(), &SettingsDialog::credentialsAccepted);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(secretKey->text().isEmpty());
    QVERIFY(token->text().isEmpty());
    QCOMPARE(credentialsAccepted.size(), 0);

    // Unedited credentials are not handed out again on OK.
    m_dialog->setCredentials(stored);
    m_dialog->open();
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(credentialsAccepted.size(), 0);
    QVERIFY(secretKey->text().isEmpty());
}

void TestSettingsDialog::displayLanguageOffersEachLanguageInItself()
{
    auto *combo = child<QComboBox>("displayLanguageCombo");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QString()); // the system's
    QCOMPARE(combo->itemText(1), u"English"_s);
    QCOMPARE(combo->itemData(1).toString(), u"en"_s);
    QCOMPARE(combo->itemText(2), u"简体中文"_s);
    QCOMPARE(combo->itemData(2).toString(), u"zh_CN"_s);
    QCOMPARE(child<QLabel>("displayLanguageLabel")->buddy(), combo);

    // A value without a translation here (a hand-edited file) shows as the system's language.
    m_dialog->setDisplayLanguage(u"xx_YY"_s);
    QCOMPARE(m_dialog->displayLanguage(), QString());
    QVERIFY(!child<QLabel>("displayLanguageNoteLabel")->isVisibleTo(m_dialog.get()));
}

void TestSettingsDialog::displayLanguageChangeSaysWhenItApplies()
{
    auto *combo = child<QComboBox>("displayLanguageCombo");
    auto *note = child<QLabel>("displayLanguageNoteLabel");
    QSignalSpy accepted(m_dialog.get(), &SettingsDialog::displayLanguageAccepted);

    m_dialog->setDisplayLanguage(u"zh_CN"_s);
    QCOMPARE(combo->currentData().toString(), u"zh_CN"_s);
    QVERIFY(!note->isVisible());
    // Unchanged: OK says nothing about the language.
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);

    m_dialog->open();
    m_dialog->setDisplayLanguage(u"zh_CN"_s);
    combo->setCurrentIndex(combo->findData(u"en"_s));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"next time the application starts"_s));
    combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
    QVERIFY(!note->isVisible()); // back to what it was
    combo->setCurrentIndex(0);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.at(0).at(0).toString(), QString());

    // Cancel keeps the saved language.
    m_dialog->open();
    m_dialog->setDisplayLanguage(QString());
    combo->setCurrentIndex(combo->findData(u"zh_CN"_s));
    m_dialog->reject();
    QCOMPARE(accepted.count(), 1);
}

void TestSettingsDialog::storeKeepsNamedProfiles()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileSettingsStore store(settings);
    QCOMPARE(store.profileNames(), QStringList{u"default"_s});
    QCOMPARE(store.currentProfileName(), u"default"_s);
    QVERIFY(store.load(u"default"_s) == ProfileSettings());

    QVERIFY(store.save(u"lab"_s, customSettings()));
    QVERIFY(store.save(u"Archive"_s, ProfileSettings()));
    QVERIFY(!store.save(u"a/b"_s, ProfileSettings()));
    QVERIFY(!store.save(QString(), ProfileSettings()));
    QCOMPARE(store.profileNames(), (QStringList{u"default"_s, u"Archive"_s, u"lab"_s}));

    QVERIFY(store.setCurrentProfileName(u"lab"_s));
    QCOMPARE(store.currentProfileName(), u"lab"_s);
    QVERIFY(store.remove(u"lab"_s));
    QVERIFY(!store.remove(u"default"_s));
    QCOMPARE(store.currentProfileName(), u"default"_s);
    QCOMPARE(store.profileNames(), (QStringList{u"default"_s, u"Archive"_s}));
}

void TestSettingsDialog::storeFallsBackOnBrokenValues()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"profiles/default/apiGeneration"_s, u"9.9"_s);
    settings.setValue(u"profiles/default/timeoutSeconds"_s, u"forever"_s);
    settings.setValue(u"profiles/default/clipboardClearSeconds"_s, 100000);
    settings.setValue(u"profiles/default/signatureMethod"_s, u"MD5"_s);
    const ProfileSettings loaded = ProfileSettingsStore(settings).load(u"default"_s);
    QCOMPARE(loaded.endpoint.generation, ApiGeneration::Api3);
    QCOMPARE(loaded.endpoint.url, GatewayEndpoint::defaultUrl(ApiGeneration::Api3));
    QCOMPARE(loaded.timeoutSeconds, ProfileSettings::DefaultTimeoutSeconds);
    QCOMPARE(loaded.clipboardClearSeconds, ProfileSettings::MaxClipboardClearSeconds);
    QCOMPARE(loaded.endpoint.signatureMethod, LegacySignatureMethod::HmacSHA256);
}

void TestSettingsDialog::settingsFileIsForTheOwnerOnly()
{
    constexpr auto OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr auto OwnerAll = OwnerReadWrite | QFileDevice::ExeOwner;
    constexpr auto Any = OwnerAll | QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                         QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
                         QFileDevice::ExeOther;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"config/apigw-keys"_s);
    const QString path = folder + u"/settings.ini"_s;
    {
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(ProfileSettingsStore(settings).save(u"default"_s, customSettings()));
    }
    QCOMPARE(QFileInfo(path).permissions() & Any, OwnerReadWrite);
    QCOMPARE(QFileInfo(folder).permissions() & Any, OwnerAll);

    // Left readable by others by an older version: the next write tightens it, and so does the
    // display language's.
    QVERIFY(QFile::setPermissions(path, OwnerReadWrite | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    {
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(ProfileSettingsStore(settings).save(u"default"_s, customSettings()));
    }
    QCOMPARE(QFileInfo(path).permissions() & Any, OwnerReadWrite);
    QVERIFY(QFile::remove(path));
    {
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(LanguageChoice::save(settings, u"zh_CN"_s));
    }
    QCOMPARE(QFileInfo(path).permissions() & Any, OwnerReadWrite);
}

void TestSettingsDialog::storedSecretsAreNeverShownOnlyReplaced()
{
    m_dialog->open();
    const OperatorCredentials stored =
        OperatorCredentials::fromInput(SecretId, SecretKey, SessionToken);
    m_dialog->setCredentials(stored);
    auto *secretId = child<QLineEdit>("secretIdEdit");
    auto *secretKey = child<QLineEdit>("secretKeyEdit");
    auto *token = child<QLineEdit>("sessionTokenEdit");
    auto *replace = child<QPushButton>("replaceCredentialsButton");
    // Neither secret is in any widget of the dialog, not even masked.
    for (const QLineEdit *edit : m_dialog->findChildren<QLineEdit *>()) {
        QVERIFY(!edit->text().contains(SecretKey));
        QVERIFY(!edit->text().contains(SessionToken));
    }
    QCOMPARE(secretId->text(), SecretId);
    QVERIFY(!secretKey->isEnabled());
    QVERIFY(!token->isEnabled());
    QVERIFY(!secretKey->placeholderText().isEmpty());
    QVERIFY(replace->isVisible());
    QVERIFY(okButton()->isEnabled());

    // Replace: both fields empty and open; OK waits for a valid key and hands out the new pair.
    QSignalSpy credentialsAccepted(m_dialog.get(), &SettingsDialog::credentialsAccepted);
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(secretKey->isEnabled());
    QVERIFY(token->isEnabled());
    QVERIFY(secretKey->hasFocus());
    QVERIFY(!replace->isVisible());
    QVERIFY(!okButton()->isEnabled());
    QTest::keyClicks(secretKey, u"aNewSecretKeyOf32CharactersXXXXX"_s);
    QVERIFY(okButton()->isEnabled());
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(credentialsAccepted.size(), 1);
    const auto accepted = credentialsAccepted.first().first().value<OperatorCredentials>();
    QCOMPARE(accepted.secretId, SecretId);
    QCOMPARE(accepted.secretKey.toString(), u"aNewSecretKeyOf32CharactersXXXXX"_s);
    QVERIFY(accepted.sessionToken.isEmpty());

    // Another SecretId needs its own SecretKey: editing the id opens the key for a new one.
    m_dialog->setCredentials(stored);
    m_dialog->open();
    QTest::keyClick(secretId, Qt::Key_Backspace);
    QVERIFY(secretKey->isEnabled());
    QVERIFY(secretKey->text().isEmpty());
    QVERIFY(!okButton()->isEnabled());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
