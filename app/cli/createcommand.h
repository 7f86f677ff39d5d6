#pragma once

#include "clock.h"
#include "command.h"
#include "createdkey.h"
#include "failure.h"
#include "gatewayoptions.h"
#include "keyspec.h"
#include "noncesource.h"
#include "operatorcredentials.h"

#include <QJsonObject>
#include <memory>

class CreateKey;
class GatewayClient;
class KeyIndex;
class SavedKeys;

// apigw-keys-cli create: one CreateApiKey request, never repeated, and optionally the result
// saved exactly as the application saves it.
class CreateCommand final : public Command
{
    Q_OBJECT
public:
    explicit CreateCommand(QObject *parent = nullptr);
    ~CreateCommand() override;

    std::optional<ExitCode> parse(const QStringList &arguments) override;
    void start() override;

private:
    void send(OperatorCredentials credentials);
    void created(const CreatedKey &key);
    void failed(const Failure &failure);
    void report(const CreatedKey &key, const QString &saveProblem);

    GatewayOptions m_options;
    KeySpec m_spec;
    bool m_save = false;
    OperatorCredentials m_credentials;

    SystemClock m_clock;
    SystemNonceSource m_nonces;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<CreateKey> m_create;
    std::unique_ptr<KeyIndex> m_index;
    std::unique_ptr<SavedKeys> m_savedKeys;
};
