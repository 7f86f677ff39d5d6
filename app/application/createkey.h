#pragma once

#include "createapikeyaction.h"
#include "failure.h"
#include "gatewaycall.h"
#include "gatewayendpoint.h"
#include "keyspec.h"
#include "operatorcredentials.h"

#include <QObject>
#include <QPointer>
#include <optional>

class Clock;
class GatewaySender;
class NonceSource;
class SavedKeyJob;
class SavedKeys;

// Creating one API key, for the window and the CLI alike: checks and builds the request, sends it
// once through GatewaySender::sendAction, decodes the answer with CreateApiKeyResponse::decode,
// reports the created key or a Failure, saves the key on request, and knows whether a created key
// still waits to be kept (the application must not quit then). One create at a time.
class CreateKey : public QObject
{
    Q_OBJECT
public:
    CreateKey(GatewaySender &sender, const Clock &clock, NonceSource &nonces,
              QObject *parent = nullptr);
    ~CreateKey() override;

    // What can be checked without the operator's credentials: the key's values, the endpoint and
    // whether a GET would carry the key's secret in its URL.
    static std::optional<Failure> check(const KeySpec &spec, const GatewayEndpoint &endpoint);

    // Builds and sends. Invalid input is returned at once and nothing is sent; otherwise exactly
    // one of created() and failed() follows, from the event loop.
    std::optional<Failure> start(const KeySpec &spec, const OperatorCredentials &credentials,
                                 const GatewayEndpoint &endpoint);
    // failed() reports the cancel (with whether the request had left) before this returns.
    void cancel();
    bool isRunning() const { return m_call != nullptr; }

    // The last created key is kept nowhere else until its holder says so (keyKept()): until then
    // the application should not quit.
    bool mayQuit() const { return !m_unkeptKey; }
    void keyKept() { m_unkeptKey = false; }

    // Saves the last created key in the keychain and the list of saved keys, with where it was
    // created and by whom. Its outcome in words: Failure::fromStore() of its two errors.
    SavedKeyJob *save(SavedKeys &savedKeys, const CreatedKey &key) const;

signals:
    void created(const CreatedKey &key);
    // The server's words are masked wherever they might echo the key's secret.
    void failed(const Failure &failure);

private:
    void onFinished(const GatewayAnswer &answer);

    GatewaySender &m_sender;
    const Clock &m_clock;
    NonceSource &m_nonces;
    QPointer<GatewayCall> m_call;
    // What the answer is read against: a reply that names no type it knows is this type.
    KeyType m_requestedType = KeyType::Auto;
    bool m_unkeptKey = false;
    // Of the create in flight or the last one: where the key lives, and who made it.
    GatewayEndpoint m_endpoint;
    QString m_account;
    // Masked in whatever the server says back; wiped once the call has ended.
    SecretString m_sentSecret;
};
