#pragma once

#include "failure.h"
#include "gatewaykey.h"
#include "gatewaykeys.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

class GatewayKeys;
class GatewayOperation;

// The account's keys on the gateway, one row per key, fetched page by page through
// GatewayKeys::listKeys as the view asks for more (canFetchMore / fetchMore): 5,000 keys cost the
// gateway and the window one page at a time, never all at once, and one request at most is in
// flight. The search and the status filter are the gateway's (KeyWord, Status), so a page is
// always a page of what the user asked for. A failed page stops the fetching until reload():
// nothing is fetched again by itself.
class GatewayKeysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    // Between the starts of two pages: the gateway refuses more than 20 listings a second per
    // account, and a user dragging the scroll bar to the end would ask for more.
    static constexpr std::chrono::milliseconds MinPageInterval{55};

    enum Column {
        Name,
        KeyId,
        Type,
        Status,
        Created,
        Modified,
        UsagePlans,
        InKeychain,
        ColumnCount
    };
    enum Role {
        // What the column sorts by: the time itself for the times, case-folded text elsewhere.
        SortRole = Qt::UserRole,
        KeyIdRole,
        EnabledRole,
    };

    explicit GatewayKeysModel(GatewayKeys &keys, QObject *parent = nullptr);
    ~GatewayKeysModel() override;

    // Takes effect with the next reload().
    void setQuery(KeyStatusFilter status, const QString &search);
    KeyStatusFilter statusFilter() const { return m_status; }
    QString search() const { return m_search; }

    // Forgets what was loaded and asks for the first page; a page under way is dropped.
    void reload();
    // Forgets everything and asks nothing (no credentials, another account).
    void clear();
    // Stops the page under way; what was loaded stays.
    void cancel();

    bool isLoading() const { return !m_operation.isNull() || m_pageDelay.isActive(); }
    // Whether the first page of the current query has arrived.
    bool hasLoaded() const { return m_loaded; }
    bool hasFailed() const { return m_failed; }
    // Every key of the query is loaded.
    bool isComplete() const { return m_loaded && qint64(m_keys.size()) >= m_total; }
    qint64 totalCount() const { return m_total; }
    // Pages asked for since the last reload(), for the tests of paging.
    int pagesRequested() const { return m_pagesRequested; }

    const GatewayKey &key(int row) const { return m_keys.at(row); }
    int rowOf(const QString &keyId) const;

    // The usage plans and their keys, for the plans column; empty until given.
    void setPlanBindings(const UsagePlanBindings &bindings);
    const UsagePlanBindings &planBindings() const { return m_bindings; }
    bool hasPlanBindings() const { return m_hasBindings; }
    QStringList planNamesOf(const QString &keyId) const;
    QStringList planIdsOf(const QString &keyId) const;

    // The ids of the keys whose secret this computer's keychain holds for this account and
    // gateway.
    void setSavedKeyIds(const QSet<QString> &keyIds);

    // What a confirmed action changed, without asking the gateway again.
    void setKeyEnabled(const QString &keyId, bool enabled);
    void removeKey(const QString &keyId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // A page arrived (the first one too).
    void pageLoaded();
    // A page could not be had; fetching stops until reload().
    void pageFailed(const Failure &failure);
    void planBindingsChanged();

private:
    void requestPage();
    void takePage(const KeyPage &page);
    void dropOperation();
    QVariant display(const GatewayKey &key, int column) const;
    QVariant sortKey(const GatewayKey &key, int column) const;

    GatewayKeys &m_gateway;
    QList<GatewayKey> m_keys;
    qint64 m_total = 0;
    bool m_started = false; // a query is in force (reload() since the last clear())
    bool m_loaded = false;
    bool m_failed = false;
    int m_pagesRequested = 0;
    KeyStatusFilter m_status = KeyStatusFilter::Any;
    QString m_search;
    QPointer<GatewayOperation> m_operation;
    QElapsedTimer m_pageClock; // since the last page was asked for
    QTimer m_pageDelay;        // holds back a page asked for too soon after the last
    UsagePlanBindings m_bindings;
    bool m_hasBindings = false;
    QHash<QString, QString> m_planNames; // by plan id
    QSet<QString> m_savedKeyIds;
};
