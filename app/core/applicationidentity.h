#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QString>

// The one name under which the application, its command-line companion and its keychain entries
// live. The GUI and the CLI must agree on it: QStandardPaths derives the per-user settings folder
// from it, so `apigw-keys-cli create --save` and the window list the same keys.
namespace ApplicationIdentity {

inline QString name()
{
    return QStringLiteral("apigw-keys");
}

inline QString displayName()
{
    return QStringLiteral("API Gateway Key Manager");
}

inline QString version()
{
    return QStringLiteral(APIGW_VERSION);
}

inline void apply()
{
    QCoreApplication::setApplicationName(name());
    QCoreApplication::setApplicationVersion(version());
    // No organisation: settings go to ~/.config/apigw-keys/ rather than a nested folder.
    QCoreApplication::setOrganizationName(QString());
}

// Non-secret settings (profiles), beside the key index in the per-user config folder.
inline QString settingsFileName()
{
    return QStringLiteral("settings.ini");
}

inline QString settingsFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(settingsFileName());
}

} // namespace ApplicationIdentity
