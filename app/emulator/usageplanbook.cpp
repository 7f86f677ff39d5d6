#include "usageplanbook.h"

#include "keyregistry.h"

#include <algorithm>

using namespace Qt::StringLiterals;

const UsagePlanBook::StoredPlan &UsagePlanBook::add(const QString &accountId, const QString &name,
                                                    const QString &description,
                                                    int maxRequestsPerSecond,
                                                    const QDateTime &nowUtc, const QString &id)
{
    StoredPlan plan;
    plan.id = id;
    // The vendor's form: "usagePlan-" and eight lower-case letters or digits.
    while (plan.id.isEmpty() || m_plans.contains(plan.id))
        plan.id = u"usagePlan-"_s + KeyRegistry::randomAlphanumeric(8).toLower();
    plan.accountId = accountId;
    plan.name = name;
    plan.description = description;
    plan.maxRequestsPerSecond = maxRequestsPerSecond;
    plan.createdUtc = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
    plan.modifiedUtc = plan.createdUtc;
    m_order[accountId].push_back(plan.id);
    return *m_plans.insert(plan.id, std::move(plan));
}

const UsagePlanBook::StoredPlan *UsagePlanBook::find(const QString &accountId,
                                                     const QString &planId) const
{
    const auto it = m_plans.constFind(planId);
    return it == m_plans.constEnd() || it->accountId != accountId ? nullptr : &*it;
}

const std::vector<QString> &UsagePlanBook::idsOf(const QString &accountId) const
{
    static const std::vector<QString> none;
    const auto it = m_order.constFind(accountId);
    return it == m_order.constEnd() ? none : *it;
}

void UsagePlanBook::bind(const QString &planId, const QStringList &keyIds, const QDateTime &nowUtc)
{
    auto it = m_plans.find(planId);
    if (it == m_plans.end())
        return;
    for (const QString &keyId : keyIds) {
        if (it->keySet.contains(keyId))
            continue;
        it->keySet.insert(keyId);
        it->keyIds.push_back(keyId);
        m_plansOfKey[keyId].append(planId);
    }
    it->modifiedUtc = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
}

void UsagePlanBook::unbind(const QString &planId, const QStringList &keyIds,
                           const QDateTime &nowUtc)
{
    auto it = m_plans.find(planId);
    if (it == m_plans.end())
        return;
    for (const QString &keyId : keyIds) {
        if (!it->keySet.remove(keyId))
            continue;
        it->keyIds.erase(std::find(it->keyIds.begin(), it->keyIds.end(), keyId));
        QStringList plans = m_plansOfKey.take(keyId);
        plans.removeOne(planId);
        if (!plans.isEmpty())
            m_plansOfKey.insert(keyId, plans);
    }
    it->modifiedUtc = QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), Qt::UTC);
}
