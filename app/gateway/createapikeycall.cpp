#include "createapikeycall.h"

CreateApiKeyCall::CreateApiKeyCall(QObject *parent) : QObject(parent)
{
    // Queued connections (a GUI that listens from another thread, QSignalSpy) need the name.
    qRegisterMetaType<CreateApiKeyResult>("CreateApiKeyResult");
}

CreateApiKeyCall::~CreateApiKeyCall() = default;

void CreateApiKeyCall::cancel()
{
    if (m_finished)
        return;
    cancelTransfer();
}

void CreateApiKeyCall::finish(CreateApiKeyResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    if (auto *key = std::get_if<CreatedKey>(&result))
        key->keySecret.wipe();
}
