#pragma once

#include "services.h"

class GatewayEmulator;

// The real parts, linked into whatever links this: the services module that apigw-keys loads
// (servicesmoduleentry.cpp), and the tests, which then reach the emulator directly.
class LinkedServices final : public Services
{
public:
    std::unique_ptr<SecretStore> makeSecretStore(const QString &service, QString *error) override;
    std::unique_ptr<GatewayConnection> makeGatewayConnection(QString *error) override;
    std::unique_ptr<DemoGateway> makeDemoGateway(QString *error) override;

    // The emulator behind the last demo gateway made, while that lives (tests inject faults and
    // count requests there); null otherwise.
    GatewayEmulator *emulator() const;

private:
    class EmulatorDemoGateway;
    EmulatorDemoGateway *m_lastDemoGateway = nullptr;
};
