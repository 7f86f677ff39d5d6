#include "scriptedsender.h"

#include <QTimer>

namespace {

class ScriptedCall final : public CreateApiKeyCall
{
public:
    ScriptedCall(CreateApiKeyResult result, QObject *parent)
        : CreateApiKeyCall(parent), m_result(std::move(result))
    {}

    // Out of line: inlined into release(), GCC cannot see that the held call is not null.
    Q_NEVER_INLINE void complete() { finish(std::move(m_result)); }

protected:
    void cancelTransfer() override
    {
        GatewayError cancelled;
        cancelled.kind = GatewayError::Kind::Cancelled;
        finish(cancelled);
    }

private:
    CreateApiKeyResult m_result;
};

} // namespace

ScriptedSender::~ScriptedSender() = default;

CreateApiKeyCall *ScriptedSender::send(const HttpRequest &request, const ExpectedAnswer &expected)
{
    m_requests.append(request);
    m_expected.append(expected);
    CreateApiKeyResult result;
    if (m_script.isEmpty()) {
        GatewayError unscripted;
        unscripted.kind = GatewayError::Kind::Network;
        unscripted.detail = QStringLiteral("no scripted result");
        result = unscripted;
    } else {
        result = m_script.takeFirst();
    }
    auto *call = new ScriptedCall(std::move(result), this);
    if (m_hold) {
        m_held.append(call);
    } else {
        // Never from inside send(): a listener connects after it returns.
        QTimer::singleShot(0, call, [call] { call->complete(); });
    }
    return call;
}

void ScriptedSender::release()
{
    const QList<QPointer<CreateApiKeyCall>> held = std::exchange(m_held, {});
    for (const QPointer<CreateApiKeyCall> &call : held) {
        if (call)
            static_cast<ScriptedCall *>(call.data())->complete();
    }
}
