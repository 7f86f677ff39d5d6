#include "gatewaycall.h"

GatewayCall::GatewayCall(QObject *parent) : QObject(parent)
{
    // Queued connections (a GUI that listens from another thread, QSignalSpy) need the name.
    qRegisterMetaType<GatewayAnswer>("GatewayAnswer");
}

GatewayCall::~GatewayCall() = default;

void GatewayCall::cancel()
{
    if (m_finished)
        return;
    cancelTransfer();
}

void GatewayCall::finish(const GatewayAnswer &answer)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(answer);
}
