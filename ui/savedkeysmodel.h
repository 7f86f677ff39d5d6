#pragma once

#include <QAbstractTableModel>
#include <QSet>

class KeyIndex;
struct KeyRecord;

// The keys saved on this machine, one row per KeyIndex record: metadata only, never a secret.
// Follows the index: every change of it resets the model.
class SavedKeysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        KeyId,
        Type,
        Created,
        Endpoint,
        Api,
        Region,
        InKeychain,
        OnGateway,
        ColumnCount
    };
    enum Role {
        // What the column sorts by: the time itself for Created, case-folded text elsewhere.
        SortRole = Qt::UserRole,
        RecordIdRole,
    };

    explicit SavedKeysModel(const KeyIndex &index, QObject *parent = nullptr);
    ~SavedKeysModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const KeyRecord &record(int row) const;

    // The records (by id) whose key the gateway no longer lists, as a check found.
    void setMissingOnGateway(const QSet<QString> &recordIds);
    bool isMissingOnGateway(const QString &recordId) const { return m_missing.contains(recordId); }

private:
    QVariant display(const KeyRecord &record, int column) const;
    QVariant sortKey(const KeyRecord &record, int column) const;

    const KeyIndex &m_index;
    QSet<QString> m_missing;
};
