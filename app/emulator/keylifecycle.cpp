#include "keylifecycle.h"

using namespace Qt::StringLiterals;

namespace {

ApiFailure keyNotFound()
{
    return ApiFailure{ApiFailureKind::KeyNotFound, u"The API key does not exist."_s};
}

ApiFailure planNotFound()
{
    return ApiFailure{ApiFailureKind::UsagePlanNotFound, u"The usage plan does not exist."_s};
}

// Visits the ids newest first (or oldest first) and collects the page of those that match, with
// the count of all that match. Without conditions the page is cut directly: O(limit), so paging
// through thousands of keys stays linear overall.
template <typename Match, typename Take>
qint64 page(const std::vector<QString> &ids, const ListQuery &query, bool unconditional,
            Match match, Take take)
{
    const qint64 size = qint64(ids.size());
    auto at = [&](qint64 i) -> const QString & {
        return query.oldestFirst ? ids[size_t(i)] : ids[size_t(size - 1 - i)];
    };
    if (unconditional) {
        for (qint64 i = query.offset; i < size && i < query.offset + query.limit; ++i)
            take(at(i));
        return size;
    }
    qint64 matched = 0;
    for (qint64 i = 0; i < size; ++i) {
        const QString &id = at(i);
        if (!match(id))
            continue;
        if (matched >= query.offset && matched < query.offset + query.limit)
            take(id);
        ++matched;
    }
    return matched;
}

bool hasConditions(const ListQuery &query)
{
    return !query.ids.isEmpty() || !query.names.isEmpty() || !query.secrets.isEmpty() ||
           !query.keywords.isEmpty() || !query.exactIds.isEmpty() || query.enabled.has_value() ||
           !query.notUsagePlanIds.isEmpty();
}

PlanRecord planRecord(const UsagePlanBook::StoredPlan &plan)
{
    return PlanRecord{plan.id,         plan.name,       plan.description, plan.maxRequestsPerSecond,
                      plan.createdUtc, plan.modifiedUtc};
}

} // namespace

ActionOutcome KeyLifecycle::execute(const VerifiedCall &call, const QDateTime &nowUtc)
{
    switch (call.action) {
    case EmulatedAction::CreateKey: {
        auto created = m_keys.create(call.accountId, call.spec, nowUtc);
        if (auto *failure = std::get_if<ApiFailure>(&created))
            return *failure;
        return std::get<ApiKeyRecord>(std::move(created));
    }
    case EmulatedAction::ListKeys:
        return listKeys(call);
    case EmulatedAction::DescribeKey: {
        const auto *key = m_keys.find(call.accountId, call.keyId);
        if (!key)
            return keyNotFound();
        return key->record(true);
    }
    case EmulatedAction::RotateKey:
        return rotate(call, nowUtc);
    case EmulatedAction::EnableKey:
    case EmulatedAction::DisableKey:
        if (!m_keys.find(call.accountId, call.keyId))
            return keyNotFound();
        m_keys.setEnabled(call.keyId, call.action == EmulatedAction::EnableKey, nowUtc);
        return ActionDone{};
    case EmulatedAction::DeleteKey:
        return remove(call);
    case EmulatedAction::ListPlans:
        return listPlans(call);
    case EmulatedAction::ListPlanKeys:
        return listPlanKeys(call);
    case EmulatedAction::BindKeys:
        return bind(call, nowUtc);
    case EmulatedAction::UnbindKeys:
        return unbind(call, nowUtc);
    }
    return ApiFailure{ApiFailureKind::InvalidAction, u"The action is not known."_s};
}

bool KeyLifecycle::matches(const KeyRegistry::StoredKey &key, const ListQuery &query) const
{
    if (!query.ids.isEmpty() && !query.ids.contains(key.keyId))
        return false;
    if (!query.exactIds.isEmpty() && !query.exactIds.contains(key.keyId))
        return false;
    if (!query.names.isEmpty() && !query.names.contains(key.name))
        return false;
    if (query.enabled && *query.enabled != key.enabled)
        return false;
    if (!query.secrets.isEmpty()) {
        QString secret = key.secret.toString();
        const bool found = query.secrets.contains(secret);
        wipeString(secret);
        if (!found)
            return false;
    }
    for (const QString &keyword : query.keywords) {
        if (!key.name.contains(keyword, Qt::CaseInsensitive) &&
            !key.keyId.contains(keyword, Qt::CaseInsensitive))
            return false;
    }
    if (!query.notUsagePlanIds.isEmpty() && m_plans.isBound(key.keyId)) {
        const QStringList plans = m_plans.plansOf(key.keyId);
        for (const QString &plan : query.notUsagePlanIds) {
            if (plans.contains(plan))
                return false;
        }
    }
    return true;
}

ActionOutcome KeyLifecycle::listKeys(const VerifiedCall &call) const
{
    KeyListing listing;
    const ListQuery &query = call.query;
    listing.totalCount = page(
        m_keys.idsOf(call.accountId), query, !hasConditions(query),
        [&](const QString &id) { return matches(*m_keys.find(id), query); },
        [&](const QString &id) { listing.keys.append(m_keys.find(id)->record(false)); });
    return listing;
}

ActionOutcome KeyLifecycle::listPlans(const VerifiedCall &call) const
{
    PlanListing listing;
    const ListQuery &query = call.query;
    auto planOf = [&](const QString &id) { return m_plans.find(call.accountId, id); };
    listing.totalCount = page(
        m_plans.idsOf(call.accountId), query, !hasConditions(query),
        [&](const QString &id) {
            const auto *plan = planOf(id);
            if (!query.ids.isEmpty() && !query.ids.contains(plan->id))
                return false;
            if (!query.exactIds.isEmpty() && !query.exactIds.contains(plan->id))
                return false;
            if (!query.names.isEmpty() && !query.names.contains(plan->name))
                return false;
            for (const QString &keyword : query.keywords) {
                if (!plan->name.contains(keyword, Qt::CaseInsensitive) &&
                    !plan->id.contains(keyword, Qt::CaseInsensitive))
                    return false;
            }
            return true;
        },
        [&](const QString &id) { listing.plans.append(planRecord(*planOf(id))); });
    return listing;
}

ActionOutcome KeyLifecycle::listPlanKeys(const VerifiedCall &call) const
{
    const auto *plan = m_plans.find(call.accountId, call.planId);
    if (!plan)
        return planNotFound();
    KeyListing listing;
    // Oldest binding first, as the vendor lists a plan's keys.
    ListQuery query = call.query;
    query.oldestFirst = true;
    listing.totalCount = page(
        plan->keyIds, query, true, [](const QString &) { return true; },
        [&](const QString &id) {
            if (const auto *key = m_keys.find(id))
                listing.keys.append(key->record(false));
        });
    return listing;
}

ActionOutcome KeyLifecycle::rotate(const VerifiedCall &call, const QDateTime &nowUtc)
{
    const auto *key = m_keys.find(call.accountId, call.keyId);
    if (!key)
        return keyNotFound();
    if (key->type == KeyType::Manual) {
        if (!call.hasSecret)
            return ApiFailure{ApiFailureKind::MissingParameter,
                              u"A manual key's new AccessKeySecret is required."_s};
        if (auto problem = RequestChecks::checkNewSecret(call.secret, u"AccessKeySecret"_s))
            return *problem;
    } else if (call.hasSecret) {
        // The gateway draws an automatic key's secret; it accepts none from the caller.
        return ApiFailure{ApiFailureKind::InvalidParameterValue,
                          u"An automatic key's secret is drawn by the gateway; send no "
                          "AccessKeySecret."_s};
    }
    m_keys.rotate(call.keyId, key->type == KeyType::Manual ? call.secret : SecretString(), nowUtc);
    return m_keys.find(call.keyId)->record(true);
}

ActionOutcome KeyLifecycle::remove(const VerifiedCall &call)
{
    const auto *key = m_keys.find(call.accountId, call.keyId);
    if (!key)
        return keyNotFound();
    if (key->enabled)
        return ApiFailure{ApiFailureKind::KeyStillEnabled,
                          u"The API key is enabled; disable it before deleting it."_s};
    if (m_plans.isBound(call.keyId))
        return ApiFailure{ApiFailureKind::KeyInUse,
                          u"The API key is bound to a usage plan; unbind it first."_s};
    m_keys.remove(call.keyId);
    return ActionDone{};
}

ActionOutcome KeyLifecycle::bind(const VerifiedCall &call, const QDateTime &nowUtc)
{
    const auto *plan = m_plans.find(call.accountId, call.planId);
    if (!plan)
        return planNotFound();
    for (const QString &id : call.keyIds) {
        if (!m_keys.find(call.accountId, id))
            return ApiFailure{ApiFailureKind::InvalidAccessKeyIds,
                              u"An AccessKeyIds entry is not a key of this account."_s};
    }
    for (const QString &id : call.keyIds) {
        if (plan->keySet.contains(id))
            return ApiFailure{ApiFailureKind::AlreadyBound,
                              u"A key is bound to this usage plan already."_s};
    }
    if (qsizetype(plan->keyIds.size()) + call.keyIds.size() > m_planKeyLimit)
        return ApiFailure{ApiFailureKind::PlanKeyCountLimitExceeded,
                          u"A usage plan holds at most %1 keys."_s.arg(m_planKeyLimit)};
    m_plans.bind(call.planId, call.keyIds, nowUtc);
    return ActionDone{};
}

ActionOutcome KeyLifecycle::unbind(const VerifiedCall &call, const QDateTime &nowUtc)
{
    const auto *plan = m_plans.find(call.accountId, call.planId);
    if (!plan)
        return planNotFound();
    for (const QString &id : call.keyIds) {
        // The vendor documents only ResourceNotFound for UnBindSecretIds: a key that is not
        // bound to the plan is not found there.
        if (!m_keys.find(call.accountId, id) || !plan->keySet.contains(id))
            return ApiFailure{ApiFailureKind::KeyNotFound,
                              u"An AccessKeyIds entry is not a key bound to this usage plan."_s};
    }
    m_plans.unbind(call.planId, call.keyIds, nowUtc);
    return ActionDone{};
}
