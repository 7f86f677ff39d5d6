#include "gatewaykeys.h"

#include "entryname.h"
#include "eventloop.h"
#include "failuretext.h"
#include "gatewaycall.h"
#include "gatewaysender.h"
#include "keyrecord.h"
#include "requestsigning.h"
#include "savedkeys.h"

#include <algorithm>
#include <utility>

namespace {

using Problem = Failure::OperationProblem;

bool isPage(qint64 offset, int limit)
{
    return offset >= 0 && limit >= 1 && limit <= GatewayKeys::PageLimit;
}

// A listing that keeps promising more than it gives would be paged for ever: no account holds
// this many plans or keys to a plan.
constexpr qint64 MaxListed = 1'000'000;

} // namespace

GatewayOperation::GatewayOperation(Context context, KeyAction action, QStringList keyIds,
                                   QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_action(action)
    , m_keyIds(std::move(keyIds))
    , m_step(action)
{}

GatewayOperation::~GatewayOperation()
{
    // Dropping a running call stops its transfer silently.
    if (GatewayCall *call = m_call.data())
        call->deleteLater();
    m_sentSecret.wipe();
    m_context.credentials.secretKey.wipe();
    m_context.credentials.sessionToken.wipe();
}

KeyAction GatewayOperation::action() const
{
    return m_action;
}

QStringList GatewayOperation::keyIds() const
{
    return m_keyIds;
}

bool GatewayOperation::isFinished() const
{
    return m_finished;
}

void GatewayOperation::cancel()
{
    if (m_finished)
        return;
    if (GatewayCall *call = m_call.data()) {
        // The call reports the cancel, with whether the request had left, through onCallFinished.
        call->cancel();
        return;
    }
    // Refused input waiting for the event loop: nothing was sent, and the cancel says so.
    fail(Failure::fromGateway(
        GatewayError::of(GatewayError::Kind::Cancelled, generation(), {}, false)));
}

void GatewayOperation::send(KeyAction step, const ApiRequest &request, ReplyHandler onReply)
{
    m_step = step;
    const BuiltRequest built = RequestSigner(m_context.clock, m_context.nonces)
                                   .sign(request, m_context.credentials, m_context.endpoint);
    if (!built.isValid()) {
        Failure::Input input;
        input.problem = built.problem;
        input.credentials = built.credentialProblem;
        input.endpoint = built.endpointProblem;
        input.secretInUrl = built.secretInUrl;
        const Failure refused = Failure::fromInput(std::move(input), generation());
        // Before the first send the caller may not have connected yet.
        if (m_sent)
            fail(refused);
        else
            refuse(refused);
        return;
    }
    m_sent = true;
    m_onReply = std::move(onReply);
    GatewayCall *call = m_context.sender.sendAction(built.request, generation());
    m_call = call;
    connect(call, &GatewayCall::finished, this, &GatewayOperation::onCallFinished);
}

void GatewayOperation::onCallFinished(const GatewayAnswer &answer)
{
    if (GatewayCall *call = m_call.data())
        call->deleteLater();
    m_call.clear();
    if (const auto *error = std::get_if<GatewayError>(&answer)) {
        fail(Failure::fromGateway(*error));
        return;
    }
    const ReplyHandler onReply = std::exchange(m_onReply, {});
    onReply(std::get<GatewayReply>(answer));
}

void GatewayOperation::finish(GatewayOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onReply = {};
    m_sentSecret.wipe();
    m_context.credentials.secretKey.wipe();
    m_context.credentials.sessionToken.wipe();
    emit finished(outcome);
    // The listeners took their copies; this one goes.
    if (auto *key = std::get_if<GatewayKey>(&outcome))
        key->secret.wipe();
}

void GatewayOperation::fail(const Failure &failure)
{
    Failure failed = FailureText::redacted(failure, {m_sentSecret});
    failed.keyAction = m_step;
    failed.stepsDone = m_stepsDone;
    finish(std::move(failed));
}

void GatewayOperation::refuse(const Failure &failure)
{
    // Guarded by this object: an operation deleted meanwhile reports nothing.
    runFromEventLoop(this, [this, failure] { fail(failure); });
}

void GatewayOperation::finishDone(const GatewayReply &reply)
{
    if (const auto error = KeyActions::decodeDone(reply))
        fail(Failure::fromGateway(*error));
    else
        finish(std::monostate{});
}

void GatewayOperation::finishKeyPage(const GatewayReply &reply)
{
    KeyPageResult result = KeyActions::decodeKeyPage(reply);
    if (const auto *error = std::get_if<GatewayError>(&result))
        fail(Failure::fromGateway(*error));
    else
        finish(std::get<KeyPage>(std::move(result)));
}

void GatewayOperation::finishKey(const GatewayReply &reply)
{
    GatewayKeyResult result = KeyActions::decodeKey(reply);
    if (const auto *error = std::get_if<GatewayError>(&result)) {
        fail(Failure::fromGateway(*error));
        return;
    }
    // Another key's id would put this secret under that key's name: shown as its secret, or
    // saved over its keychain entry after a rotation.
    if (GatewayKey &key = std::get<GatewayKey>(result); key.keyId != m_keyIds.value(0)) {
        key.secret.wipe();
        fail(Failure::fromGateway(GatewayError::malformed(
            generation(), QStringLiteral("the answer is about another key"), reply.requestId)));
        return;
    }
    finish(std::get<GatewayKey>(std::move(result)));
}

void GatewayOperation::finishPlanPage(const GatewayReply &reply)
{
    UsagePlanPageResult result = KeyActions::decodePlanPage(reply);
    if (const auto *error = std::get_if<GatewayError>(&result))
        fail(Failure::fromGateway(*error));
    else
        finish(std::get<UsagePlanPage>(std::move(result)));
}

void GatewayOperation::deleteAfterDisable(const QString &keyId)
{
    send(KeyAction::DisableKey, KeyActions::disableKey(keyId, generation()),
         [this, keyId](const GatewayReply &reply) {
             if (const auto error = KeyActions::decodeDone(reply)) {
                 fail(Failure::fromGateway(*error));
                 return;
             }
             m_stepsDone = 1;
             emit progressed(1, 2);
             if (m_finished) // a listener cancelled
                 return;
             send(KeyAction::DeleteKey, KeyActions::deleteKey(keyId, generation()),
                  [this](const GatewayReply &deleted) { finishDone(deleted); });
         });
}

void GatewayOperation::collectPlans(qint64 offset)
{
    send(KeyAction::ListPlans, KeyActions::listPlans(offset, GatewayKeys::PageLimit, generation()),
         [this, offset](const GatewayReply &reply) {
             UsagePlanPageResult result = KeyActions::decodePlanPage(reply);
             if (const auto *error = std::get_if<GatewayError>(&result)) {
                 fail(Failure::fromGateway(*error));
                 return;
             }
             const UsagePlanPage &page = std::get<UsagePlanPage>(result);
             // A plan met again (the pages shifted) is kept once.
             bool anyNew = false;
             for (const UsagePlan &plan : page.plans) {
                 const bool known =
                     std::any_of(m_bindings.plans.cbegin(), m_bindings.plans.cend(),
                                 [&plan](const UsagePlan &kept) { return kept.id == plan.id; });
                 if (!known) {
                     m_bindings.plans.append(plan);
                     anyNew = true;
                 }
             }
             const qint64 next = offset + page.plans.size();
             if (!page.plans.isEmpty() && next < page.totalCount) {
                 // A server that ignores Offset repeats its page up to its count: no progress.
                 if (next >= MaxListed || !anyNew) {
                     fail(Failure::fromGateway(GatewayError::malformed(
                         generation(), QStringLiteral("the list of usage plans does not end"),
                         page.requestId)));
                     return;
                 }
                 collectPlans(next);
                 return;
             }
             emit progressed(0, int(m_bindings.plans.size()));
             if (!m_finished)
                 collectPlanKeys(0, 0);
         });
}

void GatewayOperation::collectPlanKeys(int planIndex, qint64 offset)
{
    if (planIndex >= m_bindings.plans.size()) {
        finish(std::exchange(m_bindings, {}));
        return;
    }
    const QString planId = m_bindings.plans.at(planIndex).id;
    send(KeyAction::ListPlanKeys,
         KeyActions::listPlanKeys(planId, offset, GatewayKeys::PageLimit, generation()),
         [this, planIndex, planId, offset](const GatewayReply &reply) {
             KeyPageResult result = KeyActions::decodeKeyPage(reply);
             if (const auto *error = std::get_if<GatewayError>(&result)) {
                 fail(Failure::fromGateway(*error));
                 return;
             }
             const KeyPage &page = std::get<KeyPage>(result);
             bool anyNew = false;
             for (const GatewayKey &key : page.keys) {
                 QStringList &plans = m_bindings.planIdsByKeyId[key.keyId];
                 if (!plans.contains(planId)) {
                     plans.append(planId);
                     anyNew = true;
                 }
             }
             const qint64 next = offset + page.keys.size();
             if (!page.keys.isEmpty() && next < page.totalCount) {
                 if (next >= MaxListed || !anyNew) {
                     fail(Failure::fromGateway(GatewayError::malformed(
                         generation(), QStringLiteral("the list of a plan's keys does not end"),
                         page.requestId)));
                     return;
                 }
                 collectPlanKeys(planIndex, next);
                 return;
             }
             emit progressed(planIndex + 1, int(m_bindings.plans.size()));
             if (!m_finished)
                 collectPlanKeys(planIndex + 1, 0);
         });
}

GatewayKeys::GatewayKeys(GatewaySender &sender, const Clock &clock, NonceSource &nonces,
                         QObject *parent)
    : QObject(parent), m_sender(sender), m_clock(clock), m_nonces(nonces)
{}

GatewayKeys::~GatewayKeys()
{
    m_credentials.secretKey.wipe();
    m_credentials.sessionToken.wipe();
}

void GatewayKeys::setAccount(const OperatorCredentials &credentials,
                             const GatewayEndpoint &endpoint)
{
    m_credentials = credentials;
    m_endpoint = endpoint;
}

GatewayOperation *GatewayKeys::start(KeyAction action, QStringList keyIds)
{
    GatewayOperation::Context context{m_sender, m_clock, m_nonces, m_credentials, m_endpoint};
    return new GatewayOperation(std::move(context), action, std::move(keyIds), this);
}

namespace {

Failure needsApi3(KeyAction action, ApiGeneration generation)
{
    Failure failure = Failure::fromOperation(Problem::NeedsApi3, generation);
    failure.input.action = action;
    return failure;
}

// What every operation checks before it sends: the ids it needs (keys, a plan: none when not
// given), and that the generation has its actions.
std::optional<Failure> check(std::initializer_list<KeyAction> actions, ApiGeneration generation,
                             const std::optional<QStringList> &keyIds = std::nullopt,
                             const std::optional<QString> &planId = std::nullopt)
{
    const auto blank = [](const QString &id) { return id.trimmed().isEmpty(); };
    if (keyIds && (keyIds->isEmpty() || std::any_of(keyIds->begin(), keyIds->end(), blank)))
        return Failure::fromOperation(Problem::MissingKeyId, generation);
    if (planId && blank(*planId))
        return Failure::fromOperation(Problem::MissingPlanId, generation);
    for (const KeyAction action : actions) {
        if (!KeyActions::isAvailable(action, generation))
            return needsApi3(action, generation);
    }
    return std::nullopt;
}

QStringList trimmed(const QStringList &ids)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(id.trimmed());
    return result;
}

} // namespace

GatewayOperation *GatewayKeys::listKeys(const KeyQuery &query)
{
    GatewayOperation *operation = start(KeyAction::ListKeys, query.keyIds);
    const ApiGeneration generation = m_endpoint.generation;
    std::optional<Failure> refused = check({KeyAction::ListKeys}, generation);
    if (!refused && !isPage(query.offset, query.limit))
        refused = Failure::fromOperation(Problem::InvalidPage, generation);
    // A filter the generation lacks would be left out, and the page would answer another question.
    if (!refused && !KeyActions::isQueryAvailable(query, generation))
        refused = Failure::fromOperation(Problem::FilterNeedsApi3, generation);
    if (refused) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::ListKeys, KeyActions::listKeys(query, generation),
                    [operation](const GatewayReply &reply) { operation->finishKeyPage(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::showKey(const QString &keyId)
{
    const QString id = keyId.trimmed();
    GatewayOperation *operation = start(KeyAction::DescribeKey, {id});
    const ApiGeneration generation = m_endpoint.generation;
    if (const auto refused = check({KeyAction::DescribeKey}, generation, QStringList{id})) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::DescribeKey, KeyActions::describeKey(id, generation),
                    [operation](const GatewayReply &reply) { operation->finishKey(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::enableKey(const QString &keyId)
{
    const QString id = keyId.trimmed();
    GatewayOperation *operation = start(KeyAction::EnableKey, {id});
    const ApiGeneration generation = m_endpoint.generation;
    if (const auto refused = check({KeyAction::EnableKey}, generation, QStringList{id})) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::EnableKey, KeyActions::enableKey(id, generation),
                    [operation](const GatewayReply &reply) { operation->finishDone(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::disableKey(const QString &keyId)
{
    const QString id = keyId.trimmed();
    GatewayOperation *operation = start(KeyAction::DisableKey, {id});
    const ApiGeneration generation = m_endpoint.generation;
    if (const auto refused = check({KeyAction::DisableKey}, generation, QStringList{id})) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::DisableKey, KeyActions::disableKey(id, generation),
                    [operation](const GatewayReply &reply) { operation->finishDone(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::deleteKey(const QString &keyId, bool disableFirst)
{
    const QString id = keyId.trimmed();
    GatewayOperation *operation = start(KeyAction::DeleteKey, {id});
    const ApiGeneration generation = m_endpoint.generation;
    const auto refused = disableFirst ? check({KeyAction::DisableKey, KeyAction::DeleteKey},
                                              generation, QStringList{id})
                                      : check({KeyAction::DeleteKey}, generation, QStringList{id});
    if (refused) {
        operation->refuse(*refused);
        return operation;
    }
    if (disableFirst)
        operation->deleteAfterDisable(id);
    else
        operation->send(KeyAction::DeleteKey, KeyActions::deleteKey(id, generation),
                        [operation](const GatewayReply &reply) { operation->finishDone(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::rotateKey(const QString &keyId, const SecretString &newSecret)
{
    const QString id = keyId.trimmed();
    GatewayOperation *operation = start(KeyAction::RotateKey, {id});
    const ApiGeneration generation = m_endpoint.generation;
    std::optional<Failure> refused = check({KeyAction::RotateKey}, generation, QStringList{id});
    // Pastes often carry a newline; the gateway would refuse it, or worse, keep it.
    QString typed = newSecret.toString();
    SecretString secret(typed.trimmed());
    if (!refused && !newSecret.isEmpty()) {
        const FieldProblem problem = KeySpecRules::checkKeySecret(typed);
        if (problem != FieldProblem::None) {
            Failure failure = Failure::fromOperation(Problem::InvalidNewSecret, generation);
            failure.input.newSecret = problem;
            failure.input.keySecretLength = secret.length();
            refused = std::move(failure);
        }
    }
    wipeString(typed);
    if (refused) {
        secret.wipe();
        operation->refuse(*refused);
        return operation;
    }
    operation->m_sentSecret = secret;
    operation->send(KeyAction::RotateKey, KeyActions::rotateKey(id, secret, generation),
                    [operation](const GatewayReply &reply) { operation->finishKey(reply); });
    secret.wipe();
    return operation;
}

GatewayOperation *GatewayKeys::listPlans(qint64 offset, int limit)
{
    GatewayOperation *operation = start(KeyAction::ListPlans, {});
    const ApiGeneration generation = m_endpoint.generation;
    std::optional<Failure> refused = check({KeyAction::ListPlans}, generation);
    if (!refused && !isPage(offset, limit))
        refused = Failure::fromOperation(Problem::InvalidPage, generation);
    if (refused) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::ListPlans, KeyActions::listPlans(offset, limit, generation),
                    [operation](const GatewayReply &reply) { operation->finishPlanPage(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::listPlanKeys(const QString &planId, qint64 offset, int limit)
{
    const QString plan = planId.trimmed();
    GatewayOperation *operation = start(KeyAction::ListPlanKeys, {});
    const ApiGeneration generation = m_endpoint.generation;
    std::optional<Failure> refused =
        check({KeyAction::ListPlanKeys}, generation, std::nullopt, plan);
    if (!refused && !isPage(offset, limit))
        refused = Failure::fromOperation(Problem::InvalidPage, generation);
    if (refused) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::ListPlanKeys,
                    KeyActions::listPlanKeys(plan, offset, limit, generation),
                    [operation](const GatewayReply &reply) { operation->finishKeyPage(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::planBindings()
{
    GatewayOperation *operation = start(KeyAction::ListPlanKeys, {});
    if (const auto refused =
            check({KeyAction::ListPlans, KeyAction::ListPlanKeys}, m_endpoint.generation)) {
        operation->refuse(*refused);
        return operation;
    }
    operation->collectPlans(0);
    return operation;
}

GatewayOperation *GatewayKeys::bindKeys(const QString &planId, const QStringList &keyIds)
{
    const QString plan = planId.trimmed();
    const QStringList ids = trimmed(keyIds);
    GatewayOperation *operation = start(KeyAction::BindKeys, ids);
    const ApiGeneration generation = m_endpoint.generation;
    if (const auto refused = check({KeyAction::BindKeys}, generation, ids, plan)) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::BindKeys, KeyActions::bindKeys(plan, ids, generation),
                    [operation](const GatewayReply &reply) { operation->finishDone(reply); });
    return operation;
}

GatewayOperation *GatewayKeys::unbindKeys(const QString &planId, const QStringList &keyIds)
{
    const QString plan = planId.trimmed();
    const QStringList ids = trimmed(keyIds);
    GatewayOperation *operation = start(KeyAction::UnbindKeys, ids);
    const ApiGeneration generation = m_endpoint.generation;
    if (const auto refused = check({KeyAction::UnbindKeys}, generation, ids, plan)) {
        operation->refuse(*refused);
        return operation;
    }
    operation->send(KeyAction::UnbindKeys, KeyActions::unbindKeys(plan, ids, generation),
                    [operation](const GatewayReply &reply) { operation->finishDone(reply); });
    return operation;
}

SavedKeyJob *GatewayKeys::saveRotatedSecret(SavedKeys &savedKeys, const GatewayKey &rotated,
                                            bool saveEvenIfUnsaved) const
{
    if (rotated.keyId.isEmpty() || rotated.secret.isEmpty())
        return nullptr;
    // This computer's record of the key: the same id on the same gateway for the same account
    // (the keychain entry's name says all three).
    const QString account = m_credentials.secretId.trimmed();
    const QString entry = EntryName::keySecret(m_endpoint.url, account, rotated.keyId);
    if (std::optional<KeyRecord> saved = savedKeys.index().find(entry)) {
        // The record stays as it is; only the secret changes (SavedKeys keeps the old one when
        // the keychain refuses the new).
        return savedKeys.save(*saved, rotated.secret);
    }
    if (!saveEvenIfUnsaved)
        return nullptr;
    KeyRecord record;
    record.keyId = rotated.keyId;
    record.name = rotated.name;
    record.type = rotated.type.value_or(KeyType::Manual);
    record.createdUtc = rotated.createdUtc.toUTC();
    record.endpoint = m_endpoint.url;
    record.region = m_endpoint.region;
    record.generation = m_endpoint.generation;
    record.account = account;
    return savedKeys.save(record, rotated.secret);
}
