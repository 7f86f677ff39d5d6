#pragma once

#include "keyregistry.h"
#include "usageplanbook.h"
#include "verifiedcall.h"

#include <QList>
#include <variant>

struct KeyListing
{
    qint64 totalCount = 0;
    QList<ApiKeyRecord> keys; // without secrets
};

struct PlanRecord
{
    QString id;
    QString name;
    QString description;
    int maxRequestsPerSecond = -1;
    QDateTime createdUtc;
    QDateTime modifiedUtc;
};

struct PlanListing
{
    qint64 totalCount = 0;
    QList<PlanRecord> plans;
};

struct ActionDone
{};

using ActionOutcome = std::variant<ApiKeyRecord, KeyListing, PlanListing, ActionDone, ApiFailure>;

// Carries out a verified call on the keys and usage plans with the service's state rules: a key
// is deleted only when disabled and bound to no plan; a manual key's rotation needs the new
// secret, an automatic key's draws one; keys and plans of other accounts do not exist.
class KeyLifecycle
{
public:
    // The vendor documents LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded without a
    // number; 200 keys per plan is an assumption that demo use never reaches and tests can.
    static constexpr int DefaultPlanKeyLimit = 200;

    KeyLifecycle(KeyRegistry &keys, UsagePlanBook &plans) : m_keys(keys), m_plans(plans) {}

    ActionOutcome execute(const VerifiedCall &call, const QDateTime &nowUtc);

    void setPlanKeyLimit(int limit) { m_planKeyLimit = limit; }
    int planKeyLimit() const { return m_planKeyLimit; }

private:
    ActionOutcome listKeys(const VerifiedCall &call) const;
    ActionOutcome listPlans(const VerifiedCall &call) const;
    ActionOutcome listPlanKeys(const VerifiedCall &call) const;
    ActionOutcome rotate(const VerifiedCall &call, const QDateTime &nowUtc);
    ActionOutcome remove(const VerifiedCall &call);
    ActionOutcome bind(const VerifiedCall &call, const QDateTime &nowUtc);
    ActionOutcome unbind(const VerifiedCall &call, const QDateTime &nowUtc);
    bool matches(const KeyRegistry::StoredKey &key, const ListQuery &query) const;

    KeyRegistry &m_keys;
    UsagePlanBook &m_plans;
    int m_planKeyLimit = DefaultPlanKeyLimit;
};
