#pragma once

#include <QString>

// The files in which this application keeps a user's data (the key list, the settings) hold no
// secret, but they do say which accounts and gateways the user works with: like ~/.ssh, they are
// for the user's eyes only. The folder is 0700 and each file 0600, whatever the umask.
namespace PrivateFiles {

// Before a write to `filePath`: creates its folder (0700) if missing, takes group and other
// permissions off the folder and off the file if it exists, and with `createFile` creates the
// file empty and 0600 if missing, so that a writer that keeps the permissions it finds (QSettings,
// QSaveFile) never makes it readable by others. False, with the reason in `problem`, if any of it
// could not be done.
bool prepare(const QString &filePath, bool createFile, QString *problem = nullptr);

// Takes group and other permissions off an existing file or folder.
bool tighten(const QString &path);

} // namespace PrivateFiles
