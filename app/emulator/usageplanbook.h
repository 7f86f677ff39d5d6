#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

// The usage plans of every account and the keys bound to each, in memory. The emulator has no
// action that creates a plan (neither does this program): plans come from seeding.
class UsagePlanBook
{
public:
    struct StoredPlan
    {
        QString id;
        QString accountId;
        QString name;
        QString description;
        int maxRequestsPerSecond = -1; // -1: no limit, as the vendor writes it
        QDateTime createdUtc;
        QDateTime modifiedUtc;
        std::vector<QString> keyIds; // in the order they were bound
        QSet<QString> keySet;
    };

    // An empty id (or one taken) draws a new one.
    const StoredPlan &add(const QString &accountId, const QString &name, const QString &description,
                          int maxRequestsPerSecond, const QDateTime &nowUtc,
                          const QString &id = {});
    // The account's plan, or nullptr: another account's plan does not exist for this one.
    const StoredPlan *find(const QString &accountId, const QString &planId) const;
    // The account's plan ids, oldest first.
    const std::vector<QString> &idsOf(const QString &accountId) const;
    int planCount() const { return int(m_plans.size()); }

    // Expect ids checked by the caller (each exists, none bound, or each bound, already).
    void bind(const QString &planId, const QStringList &keyIds, const QDateTime &nowUtc);
    void unbind(const QString &planId, const QStringList &keyIds, const QDateTime &nowUtc);

    // The plans a key is bound to, in the order it was bound to them.
    QStringList plansOf(const QString &keyId) const { return m_plansOfKey.value(keyId); }
    bool isBound(const QString &keyId) const { return m_plansOfKey.contains(keyId); }

private:
    QHash<QString, StoredPlan> m_plans;           // by plan id
    QHash<QString, std::vector<QString>> m_order; // per account, creation order
    QHash<QString, QStringList> m_plansOfKey;     // only keys bound to at least one plan
};
