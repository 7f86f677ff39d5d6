#pragma once

#include "createdkey.h"
#include "gatewaysender.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

// A GatewaySender that sends nothing: each call finishes with the next scripted answer, from the
// event loop as GatewayClient's do. It counts the sends and keeps the requests, so a test can tell
// that invalid input never left; with holdCalls() a call stays open (to cancel it, or to close the
// window meanwhile) until release().
class ScriptedSender : public QObject, public GatewaySender
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ScriptedSender() override;

    // The answer to the next send; later sends take the following ones. Without a script a send
    // fails with a Network error.
    void script(GatewayAnswer answer) { m_script.append(std::move(answer)); }
    // The reply, in the envelope of the key's generation, that CreateApiKey's decoder reads as
    // `key`.
    void scriptCreated(const CreatedKey &key);
    void scriptError(const GatewayError &error) { script(error); }
    // An answer without an error: API 3.0 `{"Result": result}` with the RequestId; API 2.0 the
    // given fields next to `code` (`result` must then be an object).
    void scriptResult(const QJsonValue &result, ApiGeneration generation = ApiGeneration::Api3,
                      const QString &requestId = QStringLiteral("rid-scripted"));
    void holdCalls(bool hold) { m_hold = hold; }
    // Finishes the open calls with their scripted answers.
    void release();

    GatewayCall *sendAction(const HttpRequest &request, ApiGeneration generation) override;

    int sendCount() const { return int(m_requests.size()); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    const QList<ApiGeneration> &generations() const { return m_generations; }

    // What the request of the send at `index` asked for, read back from the wire as a server
    // would: its action (API 3.0 X-TC-Action, API 2.0 `Action`), and its parameters (API 3.0 the
    // JSON body; API 2.0 the form body or the query, decoded, the flattened names as sent).
    QByteArray action(int index) const;
    QList<QByteArray> actions() const;
    QJsonObject jsonParameters(int index) const;
    QMap<QString, QString> formParameters(int index) const;

private:
    QList<GatewayAnswer> m_script;
    QList<HttpRequest> m_requests;
    QList<ApiGeneration> m_generations;
    bool m_hold = false;
    QList<QPointer<GatewayCall>> m_held;
};
