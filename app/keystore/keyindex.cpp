#include "keyindex.h"

#include "keyspec.h"
#include "privatefiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <set>

Q_LOGGING_CATEGORY(lcKeyIndex, "apigw.keystore.index", QtInfoMsg)

namespace {

const QString VersionKey = QStringLiteral("version");
const QString KeysGroup = QStringLiteral("keys");
const QString SizeKey = QStringLiteral("size");

// How long a change waits for another program's change to the same file. A writer holds the lock
// for the time it takes to read and write a small file; one that died leaves a lock that QLockFile
// recognises as stale (its process is gone) and takes over.
constexpr int LockWaitMs = 10'000;

// Takes the lock, trying again every few milliseconds. QLockFile::tryLock(timeout) sleeps twice as
// long after each failed try (up to seconds), so among several busy writers one that was unlucky
// early would mostly sleep and could wait out the whole time; short, jittered tries keep the
// writers' turns fair.
KeyIndexError takeLock(QLockFile &lock, const QString &path)
{
    QElapsedTimer waited;
    waited.start();
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError)
            return {KeyIndexError::Kind::WriteFailed,
                    QStringLiteral("cannot create the lock file for %1").arg(path)};
        if (waited.elapsed() > LockWaitMs)
            return {KeyIndexError::Kind::Busy,
                    QStringLiteral("%1 is locked by another program").arg(path)};
        QThread::msleep(QRandomGenerator::global()->bounded(2, 12));
    }
    return {};
}
// Other programs' writes come as a burst of file system events; one reload is enough.
constexpr int ReloadDelayMs = 50;

namespace Field {
const QString KeyId = QStringLiteral("keyId");
const QString Name = QStringLiteral("name");
const QString Type = QStringLiteral("type");
const QString Created = QStringLiteral("created");
const QString Endpoint = QStringLiteral("endpoint");
const QString Region = QStringLiteral("region");
const QString Generation = QStringLiteral("generation");
const QString Account = QStringLiteral("account");
const QString SecretInKeychain = QStringLiteral("secretInKeychain");
} // namespace Field

const QStringList RecordFields = {Field::KeyId,      Field::Name,     Field::Type,
                                  Field::Created,    Field::Endpoint, Field::Region,
                                  Field::Generation, Field::Account,  Field::SecretInKeychain};

bool isPrintableWithoutSpace(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() > u' ' && c.unicode() <= u'~';
    });
}

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool isRegion(QStringView region)
{
    return !region.isEmpty() && std::all_of(region.begin(), region.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

// Every value this application writes is a string; a hand edit can make QSettings read a list
// (an unquoted comma) or nothing at all.
std::optional<QString> stringValue(const QSettings &settings, const QString &key)
{
    // QSettings serves its own writes from a cache in their original types: the array size
    // comes back as an int until the file is read afresh.
    const QVariant value = settings.value(key);
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::Int)
        return std::nullopt;
    return value.toString();
}

// One record, or why it is unusable.
std::optional<KeyRecord> readRecord(QSettings &settings, QString &problem)
{
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        if (!RecordFields.contains(key)) {
            problem = QStringLiteral("unknown field \"%1\"").arg(key);
            return std::nullopt;
        }
    }
    if (!settings.childGroups().isEmpty()) {
        problem = QStringLiteral("unexpected section inside the record");
        return std::nullopt;
    }
    QStringList values;
    for (const QString &field : RecordFields) {
        const auto value = stringValue(settings, field);
        if (!value) {
            problem = QStringLiteral("field \"%1\" is missing or not text").arg(field);
            return std::nullopt;
        }
        values << *value;
    }
    auto bad = [&problem](const QString &field) {
        problem = QStringLiteral("field \"%1\" has an invalid value").arg(field);
        return std::nullopt;
    };

    KeyRecord record;
    record.keyId = values.at(0);
    if (record.keyId.isEmpty() || record.keyId.size() > 128 || hasControlCharacter(record.keyId))
        return bad(Field::KeyId);
    record.name = values.at(1);
    if (record.name.size() > 1024 || hasControlCharacter(record.name))
        return bad(Field::Name);
    const auto type = keyTypeFromName(values.at(2));
    if (!type)
        return bad(Field::Type);
    record.type = *type;
    record.createdUtc = QDateTime::fromString(values.at(3), Qt::ISODateWithMs);
    if (!record.createdUtc.isValid())
        return bad(Field::Created);
    record.createdUtc = record.createdUtc.toUTC();
    record.endpoint = QUrl(values.at(4), QUrl::StrictMode);
    if (!record.endpoint.isValid() || record.endpoint.host().isEmpty() ||
        (record.endpoint.scheme() != u"https" && record.endpoint.scheme() != u"http"))
        return bad(Field::Endpoint);
    record.region = values.at(5);
    if (!isRegion(record.region))
        return bad(Field::Region);
    const auto generation = apiGenerationFromName(values.at(6));
    if (!generation)
        return bad(Field::Generation);
    record.generation = *generation;
    record.account = values.at(7);
    if (!isPrintableWithoutSpace(record.account))
        return bad(Field::Account);
    if (values.at(8) == u"true")
        record.secretInKeychain = true;
    else if (values.at(8) == u"false")
        record.secretInKeychain = false;
    else
        return bad(Field::SecretInKeychain);
    return record;
}

struct Loaded
{
    QList<KeyRecord> records;
    KeyIndexError problem;
};

Loaded load(const QString &path)
{
    Loaded loaded;
    const QFileInfo info(path);
    if (!info.exists())
        return loaded;
    auto fail = [&loaded](KeyIndexError::Kind kind, const QString &detail) {
        loaded.problem = {kind, detail};
        return loaded;
    };
    if (!info.isFile() || !info.isReadable())
        return fail(KeyIndexError::Kind::Unreadable, QStringLiteral("cannot read %1").arg(path));

    // A QSettings without changes of its own reads the file afresh, so what another program
    // wrote is seen at once.
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() == QSettings::AccessError)
        return fail(KeyIndexError::Kind::Unreadable, QStringLiteral("cannot read %1").arg(path));
    if (settings.status() == QSettings::FormatError)
        return fail(KeyIndexError::Kind::Damaged, QStringLiteral("not an INI file"));

    const auto version = stringValue(settings, VersionKey);
    bool versionIsNumber = false;
    const int versionNumber = version ? version->toInt(&versionIsNumber) : 0;
    if (!versionIsNumber || versionNumber < 1)
        return fail(KeyIndexError::Kind::Damaged, QStringLiteral("no valid format version"));
    if (versionNumber > KeyIndex::FormatVersion)
        return fail(KeyIndexError::Kind::UnsupportedVersion,
                    QStringLiteral("format version %1; this version of the application reads "
                                   "version %2")
                        .arg(versionNumber)
                        .arg(KeyIndex::FormatVersion));

    const QStringList topKeys = settings.childKeys();
    const QStringList topGroups = settings.childGroups();
    if (topKeys != QStringList{VersionKey} ||
        std::any_of(topGroups.begin(), topGroups.end(),
                    [](const QString &group) { return group != KeysGroup; }))
        return fail(KeyIndexError::Kind::Damaged, QStringLiteral("unexpected entries"));
    if (topGroups.isEmpty())
        return loaded;

    settings.beginGroup(KeysGroup);
    const auto sizeText = stringValue(settings, SizeKey);
    bool sizeIsNumber = false;
    const int size = sizeText ? sizeText->toInt(&sizeIsNumber) : -1;
    if (!sizeIsNumber || size < 0 || size > KeyIndex::MaxRecords ||
        settings.childKeys() != QStringList{SizeKey})
        return fail(KeyIndexError::Kind::Damaged, QStringLiteral("invalid key count"));
    // QSettings arrays are sections 1..size; a section outside that would be silently skipped by
    // a reader and then lost by the next write.
    std::set<QString> expected;
    for (int i = 1; i <= size; ++i)
        expected.insert(QString::number(i));
    const QStringList groups = settings.childGroups();
    if (std::set<QString>(groups.begin(), groups.end()) != expected)
        return fail(KeyIndexError::Kind::Damaged,
                    QStringLiteral("the key count does not match the records"));

    QStringList problems;
    for (int i = 1; i <= size; ++i) {
        settings.beginGroup(QString::number(i));
        QString problem;
        auto record = readRecord(settings, problem);
        settings.endGroup();
        if (record && std::any_of(loaded.records.begin(), loaded.records.end(),
                                  [&record](const KeyRecord &r) { return r.id() == record->id(); }))
            problem = QStringLiteral("same key as an earlier record");
        if (!problem.isEmpty())
            problems << QStringLiteral("record %1: %2").arg(i).arg(problem);
        else
            loaded.records << *record;
    }
    settings.endGroup();
    if (!problems.isEmpty())
        loaded.problem = {KeyIndexError::Kind::Damaged, problems.join(u"; ")};
    return loaded;
}

} // namespace

QString KeyIndexError::kindName(Kind kind)
{
    return QLatin1String(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

KeyIndex::KeyIndex(QString settingsPath, QObject *parent)
    : QObject(parent), m_path(std::move(settingsPath))
{
    reload();
}

KeyIndex::~KeyIndex() = default;

QString KeyIndex::defaultSettingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("keys.ini"));
}

std::optional<KeyRecord> KeyIndex::find(const QString &id) const
{
    const auto it = std::find_if(m_records.begin(), m_records.end(),
                                 [&id](const KeyRecord &record) { return record.id() == id; });
    if (it == m_records.end())
        return std::nullopt;
    return *it;
}

void KeyIndex::reload()
{
    Loaded loaded = load(m_path);
    adopt(std::move(loaded.records), std::move(loaded.problem));
}

void KeyIndex::adopt(QList<KeyRecord> records, KeyIndexError problem)
{
    if (problem.isError() && problem != m_loadProblem)
        qCWarning(lcKeyIndex) << "key index" << m_path
                              << "not usable as is:" << KeyIndexError::kindName(problem.kind)
                              << problem.detail;
    const bool same = records == m_records && problem == m_loadProblem;
    m_records = std::move(records);
    m_loadProblem = std::move(problem);
    if (!same)
        Q_EMIT changed();
}

void KeyIndex::followChangesOnDisk()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(ReloadDelayMs);
    connect(m_reloadSoon, &QTimer::timeout, this, [this] {
        watchPaths();
        reload();
    });
    // A write replaces the file (QSaveFile renames a new one over it), which a watch on the file
    // alone loses; the folder's watch sees the rename and the file is watched again.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadSoon, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadSoon,
            qOverload<>(&QTimer::start));
    watchPaths();
}

void KeyIndex::watchPaths()
{
    if (!m_watcher)
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString &path : {folder, m_path}) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            m_watcher->addPath(path);
    }
}

KeyIndexError KeyIndex::update(const Change &change)
{
    QString problem;
    if (!PrivateFiles::prepare(m_path, false, &problem))
        return {KeyIndexError::Kind::WriteFailed, problem};
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (const KeyIndexError locked = takeLock(lock, m_path); locked.isError())
        return locked;

    Loaded current = load(m_path);
    if (current.problem.isError()) {
        const QString detail = current.problem.detail;
        adopt(std::move(current.records), std::move(current.problem));
        return {KeyIndexError::Kind::ReadOnly, detail};
    }
    QList<KeyRecord> records = current.records;
    const KeyIndexError refused = change(records);
    if (refused.isError()) {
        adopt(std::move(current.records), {});
        return refused;
    }
    if (records.size() > MaxRecords) {
        adopt(std::move(current.records), {});
        return {KeyIndexError::Kind::WriteFailed, QStringLiteral("too many keys")};
    }
    if (records != current.records) {
        const KeyIndexError error = write(records);
        if (error.isError()) {
            adopt(std::move(current.records), {});
            return error;
        }
    }
    adopt(std::move(records), {});
    return {};
}

KeyIndexError KeyIndex::upsert(const KeyRecord &record)
{
    return update([&record](QList<KeyRecord> &records) {
        const auto it = std::find_if(records.begin(), records.end(), [&record](const KeyRecord &r) {
            return r.id() == record.id();
        });
        if (it != records.end())
            *it = record;
        else
            records << record;
        return KeyIndexError{};
    });
}

KeyIndexError KeyIndex::remove(const QString &id)
{
    // A damaged file may hold the record even though it could not be read: update() refuses
    // every change then (ReadOnly), never "not found".
    return update([&id](QList<KeyRecord> &records) {
        if (records.removeIf([&id](const KeyRecord &r) { return r.id() == id; }) == 0)
            return KeyIndexError{KeyIndexError::Kind::NotFound, id};
        return KeyIndexError{};
    });
}

KeyIndexError KeyIndex::setSecretInKeychain(const QString &id, bool inKeychain)
{
    return update([&id, inKeychain](QList<KeyRecord> &records) {
        const auto it = std::find_if(records.begin(), records.end(),
                                     [&id](const KeyRecord &r) { return r.id() == id; });
        if (it == records.end())
            return KeyIndexError{KeyIndexError::Kind::NotFound, id};
        it->secretInKeychain = inKeychain;
        return KeyIndexError{};
    });
}

KeyIndexError KeyIndex::write(const QList<KeyRecord> &records)
{
    // QSettings formats the file (its escaping is what load() reads back), into a scratch file
    // beside the real one; QSaveFile then puts the text in place in one rename, so that a reader
    // never sees half a file and a failed write leaves the old file whole. Neither file holds a
    // secret.
    const QString folder = QFileInfo(m_path).absolutePath();
    QTemporaryFile scratch(QDir(folder).filePath(QStringLiteral(".keys-XXXXXX.ini")));
    if (!scratch.open())
        return {KeyIndexError::Kind::WriteFailed, QStringLiteral("cannot write in %1").arg(folder)};
    scratch.close();
    QByteArray text;
    {
        QSettings settings(scratch.fileName(), QSettings::IniFormat);
        settings.setValue(VersionKey, QString::number(FormatVersion));
        settings.beginWriteArray(KeysGroup, int(records.size()));
        for (int i = 0; i < records.size(); ++i) {
            const KeyRecord &record = records.at(i);
            settings.setArrayIndex(i);
            settings.setValue(Field::KeyId, record.keyId);
            settings.setValue(Field::Name, record.name);
            settings.setValue(Field::Type, keyTypeName(record.type));
            settings.setValue(Field::Created,
                              record.createdUtc.toUTC().toString(Qt::ISODateWithMs));
            settings.setValue(Field::Endpoint, record.endpoint.toString(QUrl::FullyEncoded));
            settings.setValue(Field::Region, record.region);
            settings.setValue(Field::Generation, apiGenerationName(record.generation));
            settings.setValue(Field::Account, record.account);
            settings.setValue(Field::SecretInKeychain, record.secretInKeychain
                                                           ? QStringLiteral("true")
                                                           : QStringLiteral("false"));
        }
        settings.endArray();
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return {KeyIndexError::Kind::WriteFailed,
                    QStringLiteral("cannot write in %1").arg(folder)};
        QFile formatted(scratch.fileName());
        if (!formatted.open(QIODevice::ReadOnly))
            return {KeyIndexError::Kind::WriteFailed,
                    QStringLiteral("cannot write in %1").arg(folder)};
        text = formatted.readAll();
    }

    QSaveFile file(m_path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(text) == text.size() && file.commit();
    if (!written) {
        qCWarning(lcKeyIndex) << "cannot write key index" << m_path << file.errorString();
        return {KeyIndexError::Kind::WriteFailed, QStringLiteral("cannot write %1").arg(m_path)};
    }
    watchPaths();
    return {};
}

KeyIndexError KeyIndex::setAsideDamagedFile(QString *backupPath)
{
    if (!m_loadProblem.isError())
        return {};
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (const KeyIndexError locked = takeLock(lock, m_path); locked.isError())
        return locked;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString backup = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QStringLiteral(".damaged-") + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, backup))
        return {KeyIndexError::Kind::WriteFailed,
                QStringLiteral("cannot rename %1 to %2").arg(m_path, backup)};
    qCWarning(lcKeyIndex) << "damaged key index kept as" << backup;
    if (backupPath)
        *backupPath = backup;
    m_loadProblem = {};
    const KeyIndexError error = write(m_records);
    if (error.isError()) {
        reload(); // an absent file is a fresh, writable index
        return error;
    }
    Q_EMIT changed();
    return {};
}
