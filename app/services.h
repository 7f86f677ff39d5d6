#pragma once

#include "apitypes.h"
#include "createapikeysender.h"
#include "operatorcredentials.h"

#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

class SecretStore;

// The gateway client as the composition root needs it: a sender with the profile's connection
// settings applied.
class GatewayConnection : public CreateApiKeySender
{
public:
    virtual void setIdleTimeout(std::chrono::milliseconds timeout) = 0;
    // The limit on a whole create; zero or less: a few times the idle timeout.
    virtual void setDeadline(std::chrono::milliseconds deadline) = 0;
    // Trusts the PEM file's certificate authorities on top of the system's (an empty path: none).
    // The reason, when the file cannot be used and only the system's are trusted.
    virtual std::optional<QString> useExtraCaBundle(const QString &pemPath) = 0;
};

// The built-in gateway of demo mode.
class DemoGateway
{
public:
    virtual ~DemoGateway() = default;
    // On 127.0.0.1, any free port; false, with errorString(), when it cannot.
    virtual bool listen() = 0;
    virtual QString errorString() const = 0;
    virtual QUrl baseUrl() const = 0;
    virtual QUrl endpointUrl(ApiGeneration generation) const = 0;
    // The operator credentials it accepts: public by design, they open nothing else.
    virtual OperatorCredentials credentials() const = 0;
};

// The parts that reach the network and the keychain, and with them QtNetwork, QtKeychain, libsecret
// and Kerberos, whose loading was a tenth of the window's start-up. apigw-keys loads them from
// a module once its window is up (ServicesModule); tests link them in (LinkedServices). Each
// maker returns null, with the reason, when the parts cannot be had.
class Services
{
public:
    virtual ~Services() = default;
    virtual std::unique_ptr<SecretStore> makeSecretStore(const QString &service,
                                                         QString *error) = 0;
    virtual std::unique_ptr<GatewayConnection> makeGatewayConnection(QString *error) = 0;
    virtual std::unique_ptr<DemoGateway> makeDemoGateway(QString *error) = 0;
};
