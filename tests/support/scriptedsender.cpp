#include "scriptedsender.h"

#include "eventloop.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

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

void ScriptedSender::scriptResult(const QJsonValue &result, ApiGeneration generation,
                                  const QString &requestId)
{
    GatewayReply reply;
    reply.generation = generation;
    if (generation == ApiGeneration::Api2) {
        reply.payload = result.toObject();
        reply.payload.insert(u"code"_s, 0);
    } else {
        reply.payload = {{u"Result"_s, result}};
        reply.requestId = requestId;
    }
    script(reply);
}

QMap<QString, QString> ScriptedSender::formParameters(int index) const
{
    const HttpRequest &request = m_requests.at(index);
    const QByteArray encoded =
        request.method == "GET" ? request.url.query(QUrl::FullyEncoded).toUtf8() : request.body;
    QMap<QString, QString> parameters;
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            continue;
        parameters.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals))),
                          QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1))));
    }
    return parameters;
}

QJsonObject ScriptedSender::jsonParameters(int index) const
{
    return QJsonDocument::fromJson(m_requests.at(index).body).object();
}

QByteArray ScriptedSender::action(int index) const
{
    if (m_generations.at(index) == ApiGeneration::Api2)
        return formParameters(index).value(u"Action"_s).toUtf8();
    return m_requests.at(index).header("X-TC-Action");
}

QList<QByteArray> ScriptedSender::actions() const
{
    QList<QByteArray> names;
    for (int i = 0; i < m_requests.size(); ++i)
        names.append(action(i));
    return names;
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
