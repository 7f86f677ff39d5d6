#include "profilesession.h"

#include "profilesettingsstore.h"

ProfileSession::ProfileSession(ProfileSettingsStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profileName(store.currentProfileName())
    , m_settings(store.load(m_profileName))
{}

ProfileSession::~ProfileSession() = default;

QStringList ProfileSession::profileNames() const
{
    return m_store.profileNames();
}

ProfileSettings ProfileSession::settings() const
{
    ProfileSettings result = m_settings;
    if (m_endpointOverride)
        result.endpoint.url = m_endpointOverride(result.endpoint.generation);
    return result;
}

void ProfileSession::setEndpointOverride(EndpointOverride endpointOverride)
{
    m_endpointOverride = std::move(endpointOverride);
    emit settingsChanged(settings());
}

bool ProfileSession::saveSettings(const ProfileSettings &settings)
{
    ProfileSettings stored = settings.bounded();
    // The override's URL is not the user's choice: what was stored before stays, and a default
    // follows the generation as it does in the dialog.
    if (m_endpointOverride) {
        const GatewayEndpoint &before = m_settings.endpoint;
        stored.endpoint.url =
            before.url == GatewayEndpoint::defaultUrl(before.generation, before.region)
                ? GatewayEndpoint::defaultUrl(stored.endpoint.generation, stored.endpoint.region)
                : before.url;
    }
    // Not written (a full disk, say): the values hold for this session all the same, so that
    // nothing the user chose is lost, and the next save that works writes them too.
    const bool written = m_store.save(m_profileName, stored);
    m_settings = m_store.load(m_profileName);
    emit settingsChanged(this->settings());
    return written;
}

bool ProfileSession::switchTo(const QString &name)
{
    if (!m_store.profileNames().contains(name) || !m_store.setCurrentProfileName(name))
        return false;
    if (name == m_profileName)
        return true;
    m_profileName = name;
    m_settings = m_store.load(name);
    emit profileChanged(name);
    emit settingsChanged(settings());
    return true;
}

bool ProfileSession::addProfile(const QString &name)
{
    if (!ProfileSettingsStore::isValidProfileName(name) || m_store.profileNames().contains(name))
        return false;
    // A group exists in QSettings only once it holds a value.
    if (!m_store.save(name, ProfileSettings()))
        return false;
    emit profileNamesChanged(m_store.profileNames());
    return switchTo(name);
}
