#include "savedkeysmodel.h"

#include "keyindex.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

// The columns' titles, in the order of SavedKeysModel::Column.
constexpr const char *columnTitles[SavedKeysModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("SavedKeysModel", "Name"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "Key ID"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "Type"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "Created"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "Endpoint"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "API"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "Region"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "In keychain"),
    QT_TRANSLATE_NOOP("SavedKeysModel", "On the gateway"),
};

// host[:port]: the part of the endpoint that tells two gateways apart at a glance.
QString endpointText(const QUrl &url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

} // namespace

SavedKeysModel::SavedKeysModel(const KeyIndex &index, QObject *parent)
    : QAbstractTableModel(parent), m_index(index)
{
    // The index is small and changes rarely; a reset is the honest signal for a reload.
    connect(&m_index, &KeyIndex::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

SavedKeysModel::~SavedKeysModel() = default;

int SavedKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index.records().size());
}

int SavedKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SavedKeysModel::setMissingOnGateway(const QSet<QString> &recordIds)
{
    if (recordIds == m_missing)
        return;
    m_missing = recordIds;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const KeyRecord &SavedKeysModel::record(int row) const
{
    return m_index.records().at(row);
}

QVariant SavedKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyRecord &key = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(key, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Endpoint)
            return tr("%1 (API %2)")
                .arg(key.endpoint.toString(), apiGenerationName(key.generation));
        if (index.column() == Created && key.createdUtc.isValid())
            return tr("%1 UTC").arg(key.createdUtc.toUTC().toString(Qt::ISODate));
        if (index.column() == OnGateway)
            return m_missing.contains(key.id())
                       ? tr("The gateway no longer lists this key: it was deleted there, and its "
                            "secret is of no use any more.")
                       : tr("Checked when the page Keys on the gateway lists this account's keys.");
        if (index.column() == InKeychain)
            return key.secretInKeychain
                       ? tr("The secret is in the system keychain and can be copied again.")
                       : tr("The secret is not in the keychain: it cannot be copied again.");
        return display(key, index.column());
    case Qt::ForegroundRole:
        if (m_missing.contains(key.id()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        // Ids in fixed pitch, where O/0 and l/1 differ; the rest reads better proportional.
        if (index.column() == KeyId)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        return sortKey(key, index.column());
    case RecordIdRole:
        return key.id();
    default:
        return {};
    }
}

QVariant SavedKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return QCoreApplication::translate("SavedKeysModel", columnTitles[section]);
}

QVariant SavedKeysModel::display(const KeyRecord &record, int column) const
{
    switch (column) {
    case Name:
        return record.name.isEmpty() ? tr("(no name)") : record.name;
    case KeyId:
        return record.keyId;
    case Type:
        return record.type == KeyType::Manual ? tr("Manual") : tr("Automatic");
    case Created:
        return record.createdUtc.isValid()
                   ? QLocale().toString(record.createdUtc.toLocalTime(), QLocale::ShortFormat)
                   : tr("Unknown");
    case Endpoint:
        return endpointText(record.endpoint);
    case Api:
        return apiGenerationName(record.generation);
    case Region:
        return record.region;
    case InKeychain:
        return record.secretInKeychain ? tr("Yes") : tr("No");
    case OnGateway:
        return m_missing.contains(record.id()) ? tr("No longer there") : QString();
    default:
        return {};
    }
}

QVariant SavedKeysModel::sortKey(const KeyRecord &record, int column) const
{
    switch (column) {
    case Created:
        return record.createdUtc;
    case InKeychain:
        return record.secretInKeychain;
    default:
        return display(record, column).toString().toCaseFolded();
    }
}
