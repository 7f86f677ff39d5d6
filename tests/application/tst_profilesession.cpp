#include "profilesession.h"
#include "profilesettingsstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The profiles and their settings file, as the window's session uses them: on a temporary file,
// no widgets.
class tst_ProfileSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFileGivesDefaults();
    void savedSettingsComeBackFromTheFile();
    void addedProfileIsCurrentAfterARestart();
    void damagedValuesFallBackOneByOne();
    void unreadableFileGivesDefaults();
    void invalidOrExistingNamesAreRefused();
    void demoOverrideIsNeverWritten();

private:
    QString fileName() const { return m_dir->filePath(u"apigw-keys.conf"_s); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(fileName(), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

ProfileSettings customSettings()
{
    ProfileSettings settings;
    settings.endpoint.generation = ApiGeneration::Api2;
    settings.endpoint.region = u"ap-shanghai"_s;
    settings.endpoint.url = QUrl(u"https://gateway.example.test/v2/index.php"_s);
    settings.endpoint.httpMethod = LegacyHttpMethod::Post;
    settings.timeoutSeconds = 45;
    settings.deadlineSeconds = 600;
    settings.clipboardClearSeconds = 90;
    settings.caBundlePath = u"/etc/ssl/proxy-ca.pem"_s;
    return settings;
}

} // namespace

void tst_ProfileSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileSession::freshFileGivesDefaults()
{
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    ProfileSession session(store);
    QCOMPARE(session.profileName(), u"default"_s);
    QCOMPARE(session.profileNames(), QStringList{u"default"_s});
    QCOMPARE(session.settings(), ProfileSettings());
    QCOMPARE(session.settings().endpoint.generation, ApiGeneration::Api3);
}

void tst_ProfileSession::savedSettingsComeBackFromTheFile()
{
    {
        const auto settings = openSettings();
        ProfileSettingsStore store(*settings);
        ProfileSession session(store);
        QSignalSpy changed(&session, &ProfileSession::settingsChanged);
        QVERIFY(session.saveSettings(customSettings()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ProfileSettings>(), customSettings());
    }
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    ProfileSession session(store);
    QCOMPARE(session.settings(), customSettings());
}

void tst_ProfileSession::addedProfileIsCurrentAfterARestart()
{
    {
        const auto settings = openSettings();
        ProfileSettingsStore store(*settings);
        ProfileSession session(store);
        QSignalSpy names(&session, &ProfileSession::profileNamesChanged);
        QSignalSpy profile(&session, &ProfileSession::profileChanged);
        QVERIFY(session.addProfile(u"staging"_s));
        QCOMPARE(names.size(), 1);
        QCOMPARE(profile.size(), 1);
        QVERIFY(session.saveSettings(customSettings()));
        QVERIFY(session.switchTo(u"default"_s));
        QCOMPARE(session.settings(), ProfileSettings());
        QVERIFY(session.switchTo(u"staging"_s));
    }
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    ProfileSession session(store);
    QCOMPARE(session.profileName(), u"staging"_s);
    QCOMPARE(session.profileNames(), (QStringList{u"default"_s, u"staging"_s}));
    QCOMPARE(session.settings(), customSettings());
}

void tst_ProfileSession::damagedValuesFallBackOneByOne()
{
    {
        QFile file(fileName());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\n"
                   "default\\apiGeneration=api9\n"
                   "default\\endpoint=http://[broken\n"
                   "default\\timeoutSeconds=soon\n"
                   "default\\clipboardClearSeconds=100000\n"
                   "default\\region=ap-beijing\n");
    }
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    ProfileSession session(store);
    ProfileSettings expected;
    expected.endpoint.region = u"ap-beijing"_s;
    expected.endpoint.url = GatewayEndpoint::defaultUrl(ApiGeneration::Api3, u"ap-beijing"_s);
    expected.clipboardClearSeconds = ProfileSettings::MaxClipboardClearSeconds;
    QCOMPARE(session.settings(), expected);
}

void tst_ProfileSession::unreadableFileGivesDefaults()
{
    {
        QFile file(fileName());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\xff\xfe[[[=\n\x01garbage", 17));
    }
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    ProfileSession session(store);
    QCOMPARE(session.profileName(), u"default"_s);
    QCOMPARE(session.settings(), ProfileSettings());
}

void tst_ProfileSession::invalidOrExistingNamesAreRefused()
{
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    ProfileSession session(store);
    QVERIFY(!session.addProfile(u"a/b"_s));
    QVERIFY(!session.addProfile(u" padded"_s));
    QVERIFY(!session.addProfile(u"default"_s));
    QVERIFY(!session.switchTo(u"never-made"_s));
    QCOMPARE(session.profileNames(), QStringList{u"default"_s});
    QCOMPARE(session.profileName(), u"default"_s);
}

// Demo mode points the endpoint at the emulator; the user's stored endpoint must survive a save.
void tst_ProfileSession::demoOverrideIsNeverWritten()
{
    const QUrl emulator(u"http://127.0.0.1:45678/"_s);
    {
        const auto settings = openSettings();
        ProfileSettingsStore store(*settings);
        QVERIFY(store.save(ProfileSettingsStore::defaultProfileName(), customSettings()));
        ProfileSession session(store);
        session.setEndpointOverride([emulator](ApiGeneration) { return emulator; });
        QCOMPARE(session.settings().endpoint.url, emulator);
        ProfileSettings changed = session.settings();
        changed.timeoutSeconds = 60;
        QVERIFY(session.saveSettings(changed));
        QCOMPARE(session.settings().endpoint.url, emulator);
    }
    const auto settings = openSettings();
    ProfileSettingsStore store(*settings);
    const ProfileSettings stored = store.load(ProfileSettingsStore::defaultProfileName());
    QCOMPARE(stored.endpoint.url, customSettings().endpoint.url);
    QCOMPARE(stored.timeoutSeconds, 60);
    QFile file(fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("127.0.0.1"));
}

QTEST_GUILESS_MAIN(tst_ProfileSession)
#include "tst_profilesession.moc"
