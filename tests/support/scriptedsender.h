#pragma once

#include "createapikeycall.h"
#include "createapikeysender.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

// A CreateApiKeySender that sends nothing: each call finishes with the next scripted result, from
// the event loop as GatewayClient's do. It counts the sends and keeps the requests, so a test can
// tell that invalid input never left; with holdCalls() a call stays open (to cancel it, or to
// close the window meanwhile) until release().
class ScriptedSender : public QObject, public CreateApiKeySender
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ScriptedSender() override;

    // The result of the next send; later sends take the following ones. Without a script a send
    // fails with a Network error.
    void script(CreateApiKeyResult result) { m_script.append(std::move(result)); }
    void holdCalls(bool hold) { m_hold = hold; }
    // Finishes the open calls with their scripted results.
    void release();

    CreateApiKeyCall *send(const HttpRequest &request, const ExpectedAnswer &expected) override;

    int sendCount() const { return int(m_requests.size()); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    const QList<ExpectedAnswer> &expectations() const { return m_expected; }

private:
    QList<CreateApiKeyResult> m_script;
    QList<HttpRequest> m_requests;
    QList<ExpectedAnswer> m_expected;
    bool m_hold = false;
    QList<QPointer<CreateApiKeyCall>> m_held;
};
