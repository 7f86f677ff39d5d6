#include "linkedservices.h"

#include "cabundle.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "keychainsecretstore.h"

namespace {

class ClientConnection final : public GatewayConnection
{
public:
    CreateApiKeyCall *send(const HttpRequest &request, const ExpectedAnswer &expected) override
    {
        return m_client.send(request, expected);
    }
    void setIdleTimeout(std::chrono::milliseconds timeout) override
    {
        m_client.setIdleTimeout(timeout);
    }
    void setDeadline(std::chrono::milliseconds deadline) override
    {
        m_client.setDeadline(deadline);
    }
    std::optional<QString> useExtraCaBundle(const QString &pemPath) override
    {
        const CaBundle bundle = m_client.setExtraCaBundle(pemPath);
        if (bundle.isValid())
            return std::nullopt;
        return bundle.detail;
    }

private:
    GatewayClient m_client;
};

} // namespace

class LinkedServices::EmulatorDemoGateway final : public DemoGateway
{
public:
    explicit EmulatorDemoGateway(EmulatorDemoGateway **registration) : m_registration(registration)
    {
        *m_registration = this;
    }
    ~EmulatorDemoGateway() override
    {
        if (*m_registration == this)
            *m_registration = nullptr;
    }
    bool listen() override { return m_emulator.listen(); }
    QString errorString() const override { return m_emulator.errorString(); }
    QUrl baseUrl() const override { return m_emulator.baseUrl(); }
    QUrl endpointUrl(ApiGeneration generation) const override
    {
        return m_emulator.endpointUrl(generation);
    }
    OperatorCredentials credentials() const override { return GatewayEmulator::demoCredentials(); }

    GatewayEmulator &emulator() { return m_emulator; }

private:
    GatewayEmulator m_emulator;
    EmulatorDemoGateway **m_registration;
};

std::unique_ptr<SecretStore> LinkedServices::makeSecretStore(const QString &service, QString *)
{
    return std::make_unique<KeychainSecretStore>(service);
}

std::unique_ptr<GatewayConnection> LinkedServices::makeGatewayConnection(QString *)
{
    return std::make_unique<ClientConnection>();
}

std::unique_ptr<DemoGateway> LinkedServices::makeDemoGateway(QString *)
{
    return std::make_unique<EmulatorDemoGateway>(&m_lastDemoGateway);
}

GatewayEmulator *LinkedServices::emulator() const
{
    return m_lastDemoGateway ? &m_lastDemoGateway->emulator() : nullptr;
}
