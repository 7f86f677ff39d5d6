#pragma once

#include "profilesettings.h"

#include <QStringList>

class QSettings;

// Reads and writes named profiles of ProfileSettings in a QSettings, under "profiles/<name>/".
// The "default" profile always exists. Only non-secret values are ever written here.
class ProfileSettingsStore
{
public:
    explicit ProfileSettingsStore(QSettings &settings);

    static QString defaultProfileName();
    // Not empty, at most 64 characters, no slashes or control characters (QSettings groups).
    static bool isValidProfileName(const QString &name);

    // "default" first, then the others in alphabetical order.
    QStringList profileNames() const;
    // Defaults for a profile that was never saved; unknown or broken values fall back to their
    // defaults one by one.
    ProfileSettings load(const QString &name) const;
    // Writes to the file at once; false if the name is invalid or the file could not be written
    // (the values stay in memory and go with the next write that succeeds).
    bool save(const QString &name, const ProfileSettings &settings);
    // The default profile cannot be removed.
    bool remove(const QString &name);

    QString currentProfileName() const;
    bool setCurrentProfileName(const QString &name);

private:
    QSettings &m_settings;
};
