#pragma once

#include "keyrecord.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;

struct KeyIndexError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        Unreadable,         // the file exists but cannot be read (permissions)
        Damaged,            // the file is not what this application writes (garbage, hand edits)
        UnsupportedVersion, // written by a newer version of this application
        ReadOnly,           // a change was refused because the file had a load problem
        WriteFailed,        // the file could not be written (disk full, permissions)
        NotFound,           // no record of that id
        Busy,               // another program held the file's lock for too long
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString detail; // which record and field, the path, the system's words; never a secret

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind); // the enumerator's name: stable ASCII, for logs and tests
    friend bool operator==(const KeyIndexError &, const KeyIndexError &) = default;
};

// The list of keys saved on this machine: metadata in an INI file through QSettings, never a
// secret. Reading and writing this small file is fast and synchronous.
//
// The window and any number of apigw-keys-cli processes share the file. So every change is made
// to the file as it is on disk at that moment, not to this object's copy: under a lock file
// (QLockFile "<path>.lock", the name QSettings itself locks), the file is read again, the change
// applied, and the result written to a new file that replaces the old one at once (QSaveFile),
// readable by the user alone. A key another program added is never lost and a key it removed
// never comes back. followChangesOnDisk() makes records() follow other programs' changes too.
//
// A file that cannot be read as this application wrote it is never overwritten and never wiped:
// loadProblem() says what is wrong, the records that could be read are still listed, and every
// change is refused (ReadOnly) until the user repairs the file and reload()s, or chooses
// setAsideDamagedFile().
class KeyIndex : public QObject
{
    Q_OBJECT

public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxRecords = 100'000;

    explicit KeyIndex(QString settingsPath, QObject *parent = nullptr);
    ~KeyIndex() override;

    // <per-user application config dir>/keys.ini; honours QStandardPaths' test mode.
    static QString defaultSettingsPath();

    const QString &settingsPath() const { return m_path; }
    const QList<KeyRecord> &records() const { return m_records; }
    std::optional<KeyRecord> find(const QString &id) const;

    const KeyIndexError &loadProblem() const { return m_loadProblem; }
    bool isWritable() const { return !m_loadProblem.isError(); }

    // One change to the records as they are on disk now; what it returns is what the change
    // itself found wrong (NotFound, say), and nothing is written then.
    using Change = std::function<KeyIndexError(QList<KeyRecord> &records)>;
    KeyIndexError update(const Change &change);

    // Adds the record, or replaces the one with the same id().
    KeyIndexError upsert(const KeyRecord &record);
    KeyIndexError remove(const QString &id);
    KeyIndexError setSecretInKeychain(const QString &id, bool inKeychain);

    // Reads the file again. QSettings rereads a file it has cached only when its size or
    // modification time changed, which any edit by hand does.
    void reload();
    // Watches the file, so that records() and changed() follow what other programs write.
    void followChangesOnDisk();
    // Renames the problem file to "<path>.damaged-<UTC time>" (kept, never deleted) and starts
    // a new file with the records that could be read.
    KeyIndexError setAsideDamagedFile(QString *backupPath = nullptr);

Q_SIGNALS:
    void changed();

private:
    KeyIndexError write(const QList<KeyRecord> &records);
    // Takes what was read from disk; emits changed() only if it differs from what was there.
    void adopt(QList<KeyRecord> records, KeyIndexError problem);
    void watchPaths();

    QString m_path;
    QList<KeyRecord> m_records;
    KeyIndexError m_loadProblem;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadSoon = nullptr;
};
