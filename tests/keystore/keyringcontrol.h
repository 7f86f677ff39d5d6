#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// Locks and unlocks the default collection of the Secret Service on the test's session bus, the
// way a user (or a screen locker) would, so the store meets a really locked keyring.
namespace KeyringControl {

// The collection the "default" alias points to, e.g. /org/freedesktop/secrets/collection/login.
QString defaultCollection(QString *error = nullptr);
std::optional<bool> isLocked(const QString &collection, QString *error = nullptr);

// org.freedesktop.Secret.Service.Lock: gnome-keyring locks without a prompt.
bool lock(const QString &collection, QString *error = nullptr);

// Unlocking normally needs a prompt, which a headless session cannot show. gnome-keyring's
// internal UnlockWithMasterPassword takes the password through a plain session instead; the
// session must belong to the same connection, hence one call sequence here.
bool unlock(const QString &collection, const QByteArray &password, QString *error = nullptr);

} // namespace KeyringControl
