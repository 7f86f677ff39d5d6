#include "gatewaykeysmodel.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

namespace {

// The columns' titles, in the order of GatewayKeysModel::Column.
constexpr const char *columnTitles[GatewayKeysModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Name"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Key ID"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Type"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Status"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Created"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Modified"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Usage plans"),
    QT_TRANSLATE_NOOP("GatewayKeysModel", "Keychain"),
};

// The day is what tells keys apart at a glance, and keeps the table narrow enough for every
// column; the tooltip has the exact time.
QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

GatewayKeysModel::GatewayKeysModel(GatewayKeys &keys, QObject *parent)
    : QAbstractTableModel(parent), m_gateway(keys)
{
    m_pageDelay.setSingleShot(true);
    connect(&m_pageDelay, &QTimer::timeout, this, &GatewayKeysModel::requestPage);
}

GatewayKeysModel::~GatewayKeysModel()
{
    dropOperation();
}

void GatewayKeysModel::setQuery(KeyStatusFilter status, const QString &search)
{
    m_status = status;
    m_search = search.trimmed();
}

void GatewayKeysModel::reload()
{
    const bool wasLoading = isLoading();
    dropOperation();
    beginResetModel();
    m_keys.clear();
    m_total = 0;
    m_started = true;
    m_loaded = false;
    m_failed = false;
    m_pagesRequested = 0;
    endResetModel();
    requestPage();
    if (!wasLoading)
        emit loadingChanged(true);
}

void GatewayKeysModel::clear()
{
    const bool wasLoading = isLoading();
    dropOperation();
    beginResetModel();
    m_keys.clear();
    m_total = 0;
    m_started = false;
    m_loaded = false;
    m_failed = false;
    m_pagesRequested = 0;
    m_bindings = {};
    m_hasBindings = false;
    m_planNames.clear();
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
}

void GatewayKeysModel::cancel()
{
    if (m_pageDelay.isActive()) {
        m_pageDelay.stop(); // nothing had been sent
        emit loadingChanged(false);
    }
    if (GatewayOperation *operation = m_operation.data())
        operation->cancel(); // reports Cancelled before it returns
}

int GatewayKeysModel::rowOf(const QString &keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).keyId == keyId)
            return row;
    }
    return -1;
}

void GatewayKeysModel::setPlanBindings(const UsagePlanBindings &bindings)
{
    m_bindings = bindings;
    m_hasBindings = true;
    m_planNames.clear();
    for (const UsagePlan &plan : bindings.plans)
        m_planNames.insert(plan.id, plan.name.isEmpty() ? plan.id : plan.name);
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, UsagePlans), index(int(m_keys.size()) - 1, UsagePlans));
    emit planBindingsChanged();
}

QStringList GatewayKeysModel::planIdsOf(const QString &keyId) const
{
    return m_bindings.planIdsByKeyId.value(keyId);
}

QStringList GatewayKeysModel::planNamesOf(const QString &keyId) const
{
    QStringList names;
    for (const QString &id : planIdsOf(keyId))
        names.append(m_planNames.value(id, id));
    names.sort(Qt::CaseInsensitive);
    return names;
}

void GatewayKeysModel::setSavedKeyIds(const QSet<QString> &keyIds)
{
    if (keyIds == m_savedKeyIds)
        return;
    m_savedKeyIds = keyIds;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, InKeychain), index(int(m_keys.size()) - 1, InKeychain));
}

void GatewayKeysModel::setKeyEnabled(const QString &keyId, bool enabled)
{
    const int row = rowOf(keyId);
    if (row < 0)
        return;
    m_keys[row].enabled = enabled;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GatewayKeysModel::removeKey(const QString &keyId)
{
    const int row = rowOf(keyId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    endRemoveRows();
    // The offset of the next page counts the keys the gateway still has.
    m_total = qMax<qint64>(0, m_total - 1);
    m_bindings.planIdsByKeyId.remove(keyId);
}

int GatewayKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int GatewayKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool GatewayKeysModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_started || m_failed || isLoading())
        return false;
    return !m_loaded || qint64(m_keys.size()) < m_total;
}

void GatewayKeysModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto sinceLast = std::chrono::milliseconds(
        m_pageClock.isValid() ? m_pageClock.elapsed() : MinPageInterval.count());
    if (sinceLast < MinPageInterval)
        m_pageDelay.start(MinPageInterval - sinceLast);
    else
        requestPage();
    emit loadingChanged(true);
}

void GatewayKeysModel::requestPage()
{
    m_pageClock.start();
    KeyQuery query;
    query.offset = m_keys.size();
    query.limit = PageSize;
    query.status = m_status;
    query.search = m_search;
    GatewayOperation *operation = m_gateway.listKeys(query);
    m_operation = operation;
    ++m_pagesRequested;
    connect(operation, &GatewayOperation::finished, this,
            [this, operation](const GatewayOutcome &outcome) {
                operation->deleteLater();
                if (m_operation != operation)
                    return; // a page of a query that is no longer shown
                m_operation.clear();
                if (const auto *page = std::get_if<KeyPage>(&outcome)) {
                    takePage(*page);
                } else {
                    m_failed = true;
                    const auto *failure = std::get_if<Failure>(&outcome);
                    emit pageFailed(failure ? *failure : Failure{});
                }
                emit loadingChanged(false);
            });
}

void GatewayKeysModel::takePage(const KeyPage &page)
{
    // Keys added or deleted meanwhile shift the pages by offset: a key seen already is not
    // listed twice.
    QSet<QString> known;
    for (const GatewayKey &key : std::as_const(m_keys))
        known.insert(key.keyId);
    QList<GatewayKey> fresh;
    for (const GatewayKey &key : page.keys) {
        if (!known.contains(key.keyId)) {
            known.insert(key.keyId);
            fresh.append(key);
        }
    }
    m_loaded = true;
    m_total = page.totalCount;
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_keys.size()), int(m_keys.size() + fresh.size()) - 1);
        m_keys.append(fresh);
        endInsertRows();
    }
    // A page that brings nothing new ends the listing, whatever the total says: asking again
    // would only bring the same page.
    if (fresh.isEmpty() || qint64(m_keys.size()) > m_total)
        m_total = m_keys.size();
    emit pageLoaded();
}

void GatewayKeysModel::dropOperation()
{
    m_pageDelay.stop();
    if (GatewayOperation *operation = m_operation.data()) {
        m_operation.clear(); // its Cancelled answer is no longer ours
        operation->cancel();
    }
}

QVariant GatewayKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayKey &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(key, index.column());
    case Qt::ToolTipRole:
        if ((index.column() == Created || index.column() == Modified)) {
            const QDateTime &time = index.column() == Created ? key.createdUtc : key.modifiedUtc;
            return time.isValid()
                       ? tr("%1 local time, %2 UTC")
                             .arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat),
                                  time.toUTC().toString(Qt::ISODate))
                       : display(key, index.column());
        }
        if (index.column() == InKeychain)
            return m_savedKeyIds.contains(key.keyId)
                       ? tr("This computer's keychain holds the secret of this key.")
                       : tr("This computer's keychain does not hold the secret of this key.");
        if (index.column() == UsagePlans && !m_hasBindings)
            return tr("The usage plans are not known (yet).");
        return display(key, index.column());
    case Qt::FontRole:
        if (index.column() == KeyId)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        return sortKey(key, index.column());
    case KeyIdRole:
        return key.keyId;
    case EnabledRole:
        return key.enabled;
    default:
        return {};
    }
}

QVariant GatewayKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("GatewayKeysModel", columnTitles[section]);
    if (role == Qt::ToolTipRole) {
        const QString sorting =
            tr("Click to sort the keys loaded so far. The gateway lists keys in its own order; "
               "scroll down to load more.");
        // The short title keeps every column in a 1000-pixel window; the tooltip says it all.
        if (section == InKeychain)
            return tr("Whether this computer's keychain holds the key's secret.") +
                   QLatin1Char('\n') + sorting;
        return sorting;
    }
    return {};
}

QVariant GatewayKeysModel::display(const GatewayKey &key, int column) const
{
    switch (column) {
    case Name:
        return key.name.isEmpty() ? tr("(no name)") : key.name;
    case KeyId:
        return key.keyId;
    case Type:
        if (!key.type)
            return tr("Unknown");
        return *key.type == KeyType::Manual ? tr("Manual") : tr("Automatic");
    case Status:
        return key.enabled ? tr("Enabled") : tr("Disabled");
    case Created:
        return key.createdUtc.isValid() ? localTime(key.createdUtc) : tr("Unknown");
    case Modified:
        return key.modifiedUtc.isValid() ? localTime(key.modifiedUtc) : tr("Unknown");
    case UsagePlans:
        return m_hasBindings ? planNamesOf(key.keyId).join(QStringLiteral(", ")) : QString();
    case InKeychain:
        return m_savedKeyIds.contains(key.keyId) ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant GatewayKeysModel::sortKey(const GatewayKey &key, int column) const
{
    switch (column) {
    case Created:
        return key.createdUtc;
    case Modified:
        return key.modifiedUtc;
    default:
        return display(key, column).toString().toCaseFolded();
    }
}
