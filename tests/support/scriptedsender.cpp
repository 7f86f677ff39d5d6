#include "scriptedsender.h"

#include "eventloop.h"

#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;

class ScriptedCall final : public GatewayCall
{
public:
    ScriptedCall(GatewayAnswer answer, QObject *parent)
        : GatewayCall(parent), m_answer(std::move(answer))
    {}

    // Out of line: inlined into release(), GCC cannot see that the held call is not null.
    Q_NEVER_INLINE void complete() { finish(m_answer); }

protected:
    void cancelTransfer() override
    {
        GatewayError cancelled;
        cancelled.kind = GatewayError::Kind::Cancelled;
        finish(cancelled);
    }

private:
    GatewayAnswer m_answer;
};

} // namespace

ScriptedSender::~ScriptedSender() = default;

void ScriptedSender::scriptCreated(const CreatedKey &key)
{
    const QString created = key.createdUtc.toString(Qt::ISODate);
    GatewayReply reply;
    reply.generation = key.generation;
    if (key.generation == ApiGeneration::Api2) {
        reply.payload = {{u"secretId"_s, key.keyId},
                         {u"secretKey"_s, key.keySecret.toString()},
                         {u"type"_s, keyTypeName(key.type)},
                         {u"secretName"_s, key.name},
                         {u"createdTime"_s, created}};
    } else {
        QJsonObject result{{u"AccessKeyId"_s, key.keyId},
                           {u"AccessKeySecret"_s, key.keySecret.toString()},
                           {u"AccessKeyType"_s, keyTypeName(key.type)},
                           {u"SecretName"_s, key.name},
                           {u"CreatedTime"_s, created}};
        if (key.status)
            result.insert(u"Status"_s, *key.status);
        reply.payload = {{u"Result"_s, result}};
        reply.requestId = key.requestId;
    }
    script(reply);
}

GatewayCall *ScriptedSender::sendAction(const HttpRequest &request, ApiGeneration generation)
{
    m_requests.append(request);
    m_generations.append(generation);
    GatewayAnswer answer;
    if (m_script.isEmpty()) {
        GatewayError unscripted;
        unscripted.kind = GatewayError::Kind::Network;
        unscripted.detail = u"no scripted answer"_s;
        answer = unscripted;
    } else {
        answer = m_script.takeFirst();
    }
    auto *call = new ScriptedCall(std::move(answer), this);
    if (m_hold) {
        m_held.append(call);
    } else {
        runFromEventLoop(call, [call] { call->complete(); });
    }
    return call;
}

void ScriptedSender::release()
{
    const QList<QPointer<GatewayCall>> held = std::exchange(m_held, {});
    for (const QPointer<GatewayCall> &call : held) {
        if (call)
            static_cast<ScriptedCall *>(call.data())->complete();
    }
}
