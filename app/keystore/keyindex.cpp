#include "keyindex.h"

#include "keyspec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <set>

Q_LOGGING_CATEGORY(lcKeyIndex, "apigw.keystore.index", QtInfoMsg)

namespace {

const QString VersionKey = QStringLiteral("version");
const QString KeysGroup = QStringLiteral("keys");
const QString SizeKey = QStringLiteral("size");

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
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Unreadable:
        return QStringLiteral("Unreadable");
    case Kind::Damaged:
        return QStringLiteral("Damaged");
    case Kind::UnsupportedVersion:
        return QStringLiteral("UnsupportedVersion");
    case Kind::ReadOnly:
        return QStringLiteral("ReadOnly");
    case Kind::WriteFailed:
        return QStringLiteral("WriteFailed");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    }
    return QStringLiteral("None");
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
    m_records = std::move(loaded.records);
    m_loadProblem = std::move(loaded.problem);
    if (m_loadProblem.isError())
        qCWarning(lcKeyIndex) << "key index" << m_path
                              << "not usable as is:" << KeyIndexError::kindName(m_loadProblem.kind)
                              << m_loadProblem.detail;
    Q_EMIT changed();
}

KeyIndexError KeyIndex::upsert(const KeyRecord &record)
{
    QList<KeyRecord> records = m_records;
    const auto it = std::find_if(records.begin(), records.end(),
                                 [&record](const KeyRecord &r) { return r.id() == record.id(); });
    if (it != records.end())
        *it = record;
    else
        records << record;
    return commit(std::move(records));
}

KeyIndexError KeyIndex::remove(const QString &id)
{
    // A damaged file may hold the record even though it could not be read: not "not found".
    if (m_loadProblem.isError())
        return {KeyIndexError::Kind::ReadOnly, m_loadProblem.detail};
    QList<KeyRecord> records = m_records;
    if (records.removeIf([&id](const KeyRecord &r) { return r.id() == id; }) == 0)
        return {KeyIndexError::Kind::NotFound, id};
    return commit(std::move(records));
}

KeyIndexError KeyIndex::setSecretInKeychain(const QString &id, bool inKeychain)
{
    if (m_loadProblem.isError())
        return {KeyIndexError::Kind::ReadOnly, m_loadProblem.detail};
    QList<KeyRecord> records = m_records;
    const auto it = std::find_if(records.begin(), records.end(),
                                 [&id](const KeyRecord &r) { return r.id() == id; });
    if (it == records.end())
        return {KeyIndexError::Kind::NotFound, id};
    if (it->secretInKeychain == inKeychain)
        return {};
    it->secretInKeychain = inKeychain;
    return commit(std::move(records));
}

KeyIndexError KeyIndex::commit(QList<KeyRecord> records)
{
    if (m_loadProblem.isError())
        return {KeyIndexError::Kind::ReadOnly, m_loadProblem.detail};
    if (records.size() > MaxRecords)
        return {KeyIndexError::Kind::WriteFailed, QStringLiteral("too many keys")};
    const KeyIndexError error = write(records);
    if (error.isError())
        return error;
    m_records = std::move(records);
    Q_EMIT changed();
    return {};
}

KeyIndexError KeyIndex::write(const QList<KeyRecord> &records)
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.clear();
    settings.setValue(VersionKey, QString::number(FormatVersion));
    settings.beginWriteArray(KeysGroup, int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const KeyRecord &record = records.at(i);
        settings.setArrayIndex(i);
        settings.setValue(Field::KeyId, record.keyId);
        settings.setValue(Field::Name, record.name);
        settings.setValue(Field::Type, keyTypeName(record.type));
        settings.setValue(Field::Created, record.createdUtc.toUTC().toString(Qt::ISODateWithMs));
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
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcKeyIndex) << "cannot write key index" << m_path << settings.status();
        return {KeyIndexError::Kind::WriteFailed, QStringLiteral("cannot write %1").arg(m_path)};
    }
    return {};
}

KeyIndexError KeyIndex::setAsideDamagedFile(QString *backupPath)
{
    if (!m_loadProblem.isError())
        return {};
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
