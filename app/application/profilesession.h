#pragma once

#include "profilesettings.h"

#include <QObject>
#include <QStringList>
#include <functional>

class ProfileSettingsStore;

// The profile the window works with now, and its settings as every part of the window should
// use them. Switching, saving and adding profiles go through here, so that the create form, the
// gateway client and the clipboard all hear of a change through settingsChanged().
//
// Demo mode points the endpoint at the built-in emulator: the override is applied to what
// settings() hands out, whichever API generation the profile selects, and never written back.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    using EndpointOverride = std::function<QUrl(ApiGeneration)>;

    explicit ProfileSession(ProfileSettingsStore &store, QObject *parent = nullptr);
    ~ProfileSession() override;

    QString profileName() const { return m_profileName; }
    QStringList profileNames() const;

    // The current profile's settings, with the endpoint override applied.
    ProfileSettings settings() const;

    void setEndpointOverride(EndpointOverride endpointOverride);
    const EndpointOverride &endpointOverride() const { return m_endpointOverride; }

    // Writes the current profile's settings; false if they could not be written to the file,
    // in which case they still apply for this session.
    bool saveSettings(const ProfileSettings &settings);
    // Makes an existing profile the current one.
    bool switchTo(const QString &name);
    // Creates a profile with default settings and makes it the current one. False for an invalid
    // name or one that exists already.
    bool addProfile(const QString &name);

signals:
    void profileChanged(const QString &name);
    // After a switch or a save, with settings() as it is now.
    void settingsChanged(const ProfileSettings &settings);
    void profileNamesChanged(const QStringList &names);

private:
    ProfileSettingsStore &m_store;
    QString m_profileName;
    ProfileSettings m_settings; // as stored, without the override
    EndpointOverride m_endpointOverride;
};
