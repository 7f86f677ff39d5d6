#pragma once

#include "keyrecord.h"

#include <QList>
#include <QObject>
#include <optional>

struct KeyIndexError
{
    enum class Kind {
        None,
        Unreadable,         // the file exists but cannot be read (permissions)
        Damaged,            // the file is not what this application writes (garbage, hand edits)
        UnsupportedVersion, // written by a newer version of this application
        ReadOnly,           // a change was refused because the file had a load problem
        WriteFailed,        // the file could not be written (disk full, permissions)
        NotFound,           // no record of that id
    };

    Kind kind = Kind::None;
    QString detail; // which record and field, the path, the system's words; never a secret

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind); // stable ASCII, for logs and tests
    friend bool operator==(const KeyIndexError &, const KeyIndexError &) = default;
};

// The list of keys saved on this machine: metadata in an INI file through QSettings, never a
// secret. Reading and writing this small file is fast and synchronous.
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

    // Adds the record, or replaces the one with the same id().
    KeyIndexError upsert(const KeyRecord &record);
    KeyIndexError remove(const QString &id);
    KeyIndexError setSecretInKeychain(const QString &id, bool inKeychain);

    // Reads the file again. QSettings rereads a file it has cached only when its size or
    // modification time changed, which any edit by hand does.
    void reload();
    // Renames the problem file to "<path>.damaged-<UTC time>" (kept, never deleted) and starts
    // a new file with the records that could be read.
    KeyIndexError setAsideDamagedFile(QString *backupPath = nullptr);

Q_SIGNALS:
    void changed();

private:
    KeyIndexError write(const QList<KeyRecord> &records);
    KeyIndexError commit(QList<KeyRecord> records);

    QString m_path;
    QList<KeyRecord> m_records;
    KeyIndexError m_loadProblem;
};
