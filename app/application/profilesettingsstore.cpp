#include "profilesettingsstore.h"

#include "privatefiles.h"

#include <QSettings>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString CurrentProfileKey = QStringLiteral("currentProfile");

namespace Key {
const QString ApiGeneration = QStringLiteral("apiGeneration");
const QString Endpoint = QStringLiteral("endpoint");
const QString Region = QStringLiteral("region");
const QString SignatureMethod = QStringLiteral("signatureMethod");
const QString HttpMethod = QStringLiteral("httpMethod");
const QString Language = QStringLiteral("language");
const QString TimeoutSeconds = QStringLiteral("timeoutSeconds");
const QString DeadlineSeconds = QStringLiteral("deadlineSeconds");
const QString ClipboardClearSeconds = QStringLiteral("clipboardClearSeconds");
const QString CaBundlePath = QStringLiteral("caBundlePath");
} // namespace Key

QString groupOf(const QString &name)
{
    return ProfilesGroup + u'/' + name;
}

int intValue(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}

// Writes what `settings` holds to its file now, and tells whether that worked (a full disk, a
// file size limit). QSettings keeps the first error it meets for the rest of its life, so a fresh
// QSettings on the same file, which shares its contents in memory, reports on this write alone.
bool flushToFile(const QSettings &settings)
{
    // Created 0600 in a 0700 folder before QSettings first writes it (it keeps the permissions it
    // finds), and tightened if an older version left it readable by others.
    PrivateFiles::prepare(settings.fileName(), true);
    QSettings flush(settings.fileName(), settings.format());
    flush.sync();
    return flush.status() == QSettings::NoError;
}

} // namespace

ProfileSettingsStore::ProfileSettingsStore(QSettings &settings) : m_settings(settings)
{}

QString ProfileSettingsStore::defaultProfileName()
{
    return QStringLiteral("default");
}

bool ProfileSettingsStore::isValidProfileName(const QString &name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QStringList ProfileSettingsStore::profileNames() const
{
    m_settings.beginGroup(ProfilesGroup);
    QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    names.removeAll(defaultProfileName());
    names.sort(Qt::CaseInsensitive);
    names.prepend(defaultProfileName());
    return names;
}

ProfileSettings ProfileSettingsStore::load(const QString &name) const
{
    ProfileSettings result;
    if (!isValidProfileName(name))
        return result;
    m_settings.beginGroup(groupOf(name));
    GatewayEndpoint &endpoint = result.endpoint;
    endpoint.generation = apiGenerationFromName(m_settings.value(Key::ApiGeneration).toString())
                              .value_or(ApiGeneration::Api3);
    endpoint.region =
        m_settings.value(Key::Region, GatewayEndpoint::defaultRegion()).toString().trimmed();
    // Only a custom endpoint is stored, so a default that moves is followed.
    const QUrl url(m_settings.value(Key::Endpoint).toString(), QUrl::StrictMode);
    endpoint.url = url.isValid() && !url.isEmpty()
                       ? url
                       : GatewayEndpoint::defaultUrl(endpoint.generation, endpoint.region);
    endpoint.signatureMethod =
        legacySignatureMethodFromName(m_settings.value(Key::SignatureMethod).toString())
            .value_or(LegacySignatureMethod::HmacSHA256);
    endpoint.httpMethod = legacyHttpMethodFromName(m_settings.value(Key::HttpMethod).toString())
                              .value_or(LegacyHttpMethod::Post);
    endpoint.language = m_settings.value(Key::Language).toString();
    result.timeoutSeconds =
        intValue(m_settings, Key::TimeoutSeconds, ProfileSettings::DefaultTimeoutSeconds);
    result.deadlineSeconds =
        intValue(m_settings, Key::DeadlineSeconds, ProfileSettings::AutomaticDeadline);
    result.clipboardClearSeconds = intValue(m_settings, Key::ClipboardClearSeconds,
                                            ProfileSettings::DefaultClipboardClearSeconds);
    result.caBundlePath = m_settings.value(Key::CaBundlePath).toString();
    m_settings.endGroup();
    return result.bounded();
}

bool ProfileSettingsStore::save(const QString &name, const ProfileSettings &settings)
{
    if (!isValidProfileName(name))
        return false;
    const ProfileSettings value = settings.bounded();
    const GatewayEndpoint &endpoint = value.endpoint;
    m_settings.beginGroup(groupOf(name));
    m_settings.setValue(Key::ApiGeneration, apiGenerationName(endpoint.generation));
    if (endpoint.url == GatewayEndpoint::defaultUrl(endpoint.generation, endpoint.region))
        m_settings.remove(Key::Endpoint);
    else
        m_settings.setValue(Key::Endpoint, endpoint.url.toString(QUrl::FullyEncoded));
    m_settings.setValue(Key::Region, endpoint.region);
    m_settings.setValue(Key::SignatureMethod, legacySignatureMethodName(endpoint.signatureMethod));
    m_settings.setValue(Key::HttpMethod, legacyHttpMethodName(endpoint.httpMethod));
    if (endpoint.language.isEmpty())
        m_settings.remove(Key::Language);
    else
        m_settings.setValue(Key::Language, endpoint.language);
    m_settings.setValue(Key::TimeoutSeconds, value.timeoutSeconds);
    // Automatic is kept by leaving the key out, so that it follows the timeout.
    if (value.deadlineSeconds == ProfileSettings::AutomaticDeadline)
        m_settings.remove(Key::DeadlineSeconds);
    else
        m_settings.setValue(Key::DeadlineSeconds, value.deadlineSeconds);
    m_settings.setValue(Key::ClipboardClearSeconds, value.clipboardClearSeconds);
    if (value.caBundlePath.isEmpty())
        m_settings.remove(Key::CaBundlePath);
    else
        m_settings.setValue(Key::CaBundlePath, value.caBundlePath);
    m_settings.endGroup();
    return flushToFile(m_settings);
}

bool ProfileSettingsStore::remove(const QString &name)
{
    if (!isValidProfileName(name) || name == defaultProfileName())
        return false;
    m_settings.remove(groupOf(name));
    if (currentProfileName() == name)
        m_settings.remove(CurrentProfileKey);
    return true;
}

QString ProfileSettingsStore::currentProfileName() const
{
    const QString name = m_settings.value(CurrentProfileKey).toString();
    return isValidProfileName(name) && profileNames().contains(name) ? name : defaultProfileName();
}

bool ProfileSettingsStore::setCurrentProfileName(const QString &name)
{
    if (!isValidProfileName(name))
        return false;
    m_settings.setValue(CurrentProfileKey, name);
    return true;
}
