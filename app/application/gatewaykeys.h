#pragma once

#include "failure.h"
#include "gatewayendpoint.h"
#include "gatewaykey.h"
#include "keyactions.h"
#include "operatorcredentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <variant>

class Clock;
class GatewayCall;
class GatewaySender;
class NonceSource;
class SavedKeyJob;
class SavedKeys;

// The usage plans and which keys each is bound to, gathered from DescribeUsagePlansStatus and
// DescribeUsagePlanSecretIds for every plan.
struct UsagePlanBindings
{
    QList<UsagePlan> plans;
    QHash<QString, QStringList> planIdsByKeyId;
};

// What one operation ended with: done (enable, disable, delete, bind, unbind), a page of keys, one
// key (show, rotate; with its secret), a page of plans, the plans with their keys, or a Failure.
using GatewayOutcome =
    std::variant<std::monostate, KeyPage, GatewayKey, UsagePlanPage, UsagePlanBindings, Failure>;

// One operation on the gateway's keys or plans. It reports exactly once, through finished(), from
// the event loop. An operation of several actions (disable then delete, plans with their keys)
// stops at the first failure and says which step failed; nothing is retried by itself.
class GatewayOperation : public QObject
{
    Q_OBJECT
public:
    ~GatewayOperation() override;

    KeyAction action() const;   // the action the caller asked for (for several steps, the last)
    QStringList keyIds() const; // the keys it acts on, if any
    bool isFinished() const;

    // Stops it; finished() then reports a Cancelled transport failure (whether the request had
    // left is in Failure::mayHaveBeenProcessed) before this returns, unless it had finished.
    void cancel();

signals:
    void finished(const GatewayOutcome &outcome);

    // Between the steps of a disable-then-delete or while gathering plans: how far it got.
    void progressed(int done, int total);

private:
    friend class GatewayKeys;

    // Where and as whom it acts, copied when it starts: a later setAccount() does not move it.
    struct Context
    {
        GatewaySender &sender;
        const Clock &clock;
        NonceSource &nonces;
        OperatorCredentials credentials;
        GatewayEndpoint endpoint;
    };
    // What to do with the reply of the step in flight: finish, or send the next step.
    using ReplyHandler = std::function<void(const GatewayReply &reply)>;

    GatewayOperation(Context context, KeyAction action, QStringList keyIds, QObject *parent);

    ApiGeneration generation() const { return m_context.endpoint.generation; }
    // Signs and sends one step; a request the signer refuses fails the operation (Input).
    void send(KeyAction step, const ApiRequest &request, ReplyHandler onReply);
    void onCallFinished(const GatewayAnswer &answer);
    void finish(GatewayOutcome outcome);
    void fail(const Failure &failure);
    // A failure known before anything is sent, reported from the event loop.
    void refuse(const Failure &failure);
    // The decoders of the answers that end an operation.
    void finishDone(const GatewayReply &reply);
    void finishKeyPage(const GatewayReply &reply);
    void finishKey(const GatewayReply &reply);
    void finishPlanPage(const GatewayReply &reply);

    // Disable then delete; plans page by page, then each plan's keys page by page.
    void deleteAfterDisable(const QString &keyId);
    void collectPlans(qint64 offset);
    void collectPlanKeys(int planIndex, qint64 offset);

    Context m_context;
    KeyAction m_action;
    QStringList m_keyIds;
    bool m_finished = false;
    QPointer<GatewayCall> m_call;
    KeyAction m_step;
    ReplyHandler m_onReply;
    bool m_sent = false; // whether any step was sent
    int m_stepsDone = 0; // the steps the gateway confirmed, of several
    // The new secret of a rotation: masked in whatever the server says back, wiped at the end.
    SecretString m_sentSecret;
    UsagePlanBindings m_bindings;
};

// The account's keys and usage plans on the gateway, for the window and the CLI alike. Every
// operation signs with the credentials and endpoint given, sends each action once through
// GatewaySender::sendAction and decodes it with KeyActions. Input the action cannot take (an
// empty id, a bad new secret, an action API 2.0 lacks: Failure::Input) fails from the event loop
// without sending anything. Secrets in an answer are masked in the server's words (as CreateKey).
class GatewayKeys : public QObject
{
    Q_OBJECT
public:
    GatewayKeys(GatewaySender &sender, const Clock &clock, NonceSource &nonces,
                QObject *parent = nullptr);
    ~GatewayKeys() override;

    // Where and as whom every later operation acts.
    void setAccount(const OperatorCredentials &credentials, const GatewayEndpoint &endpoint);

    // The operations belong to this object; a caller may deleteLater() one once it finished.
    GatewayOperation *listKeys(const KeyQuery &query);
    GatewayOperation *showKey(const QString &keyId); // DescribeApiKey, the secret included
    GatewayOperation *enableKey(const QString &keyId);
    GatewayOperation *disableKey(const QString &keyId);
    // `disableFirst`: an enabled key is disabled, then deleted (two actions, the second only
    // after the first was confirmed; progressed(1, 2) between them).
    GatewayOperation *deleteKey(const QString &keyId, bool disableFirst = false);
    // An empty secret lets the gateway draw one.
    GatewayOperation *rotateKey(const QString &keyId, const SecretString &newSecret);
    GatewayOperation *listPlans(qint64 offset, int limit);
    GatewayOperation *listPlanKeys(const QString &planId, qint64 offset, int limit);
    // Every plan and its keys, page by page (PageLimit a page); once the plans are listed,
    // progressed(plans whose keys are gathered, plans).
    GatewayOperation *planBindings();
    GatewayOperation *bindKeys(const QString &planId, const QStringList &keyIds);
    GatewayOperation *unbindKeys(const QString &planId, const QStringList &keyIds);

    // After a rotation the gateway confirmed: replaces the secret this computer's keychain holds
    // for the key, if it holds one (or always, with `saveEvenIfUnsaved`, recording the key). A
    // failed save leaves the previous entry as it was. Returns nullptr when there is nothing to
    // replace and nothing to save.
    SavedKeyJob *saveRotatedSecret(SavedKeys &savedKeys, const GatewayKey &rotated,
                                   bool saveEvenIfUnsaved) const;

    // The page size of planBindings(): the most the gateway gives at once.
    static constexpr int PageLimit = 100;

private:
    GatewayOperation *start(KeyAction action, QStringList keyIds);

    GatewaySender &m_sender;
    const Clock &m_clock;
    NonceSource &m_nonces;
    OperatorCredentials m_credentials;
    GatewayEndpoint m_endpoint;
};
