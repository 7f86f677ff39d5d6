#pragma once

#include "clock.h"
#include "createapikeyaction.h"
#include "createapikeyrequest.h"
#include "gatewaycall.h"
#include "gatewayerror.h"
#include "noncesource.h"

#include <QtTest>
#include <chrono>
#include <optional>

class GatewayEmulator;

// What the gateway tests share: requests built the way the application builds them, and a
// watcher that waits for a call's one answer.
namespace GatewayTest {

// One of the request shapes the application can send.
struct Shape
{
    ApiGeneration generation = ApiGeneration::Api3;
    LegacySignatureMethod signatureMethod = LegacySignatureMethod::HmacSHA256;
    LegacyHttpMethod httpMethod = LegacyHttpMethod::Post;

    QString name() const;
};

// API 3.0; API 2.0 with each signature method over POST and over GET.
QList<Shape> allShapes();

GatewayEndpoint endpointFor(const QUrl &url, const Shape &shape);
KeySpec autoKey(const QString &name = QStringLiteral("tst-auto"));
KeySpec manualKey(const QString &keyId, const QString &keySecret,
                  const QString &name = QStringLiteral("tst-manual"));

// A signed request for the emulator's endpoint of the shape's generation. Fails the test (and
// returns an empty request) if the builder refuses.
struct Signing
{
    const Clock *clock = nullptr;                   // the system clock if null
    NonceSource *nonces = nullptr;                  // the system CSPRNG if null
    std::optional<OperatorCredentials> credentials; // the emulator's demo pair if unset
};
HttpRequest buildRequest(const GatewayEmulator &emulator, const Shape &shape, const KeySpec &spec,
                         const Signing &signing = {});
HttpRequest buildRequest(const QUrl &endpointUrl, const Shape &shape, const KeySpec &spec,
                         const Signing &signing = {});

// Listens for a call's finished() from the moment it is made, and counts the emissions; reads the
// answer with CreateApiKey's decoder, as CreateKey does, `requestedType` being the type asked for.
class CallWatcher
{
public:
    explicit CallWatcher(GatewayCall *call, KeyType requestedType = KeyType::Auto);

    // Spins the event loop until the call finished, or the timeout passed.
    [[nodiscard]] bool wait(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    int emissions() const { return m_emissions; }
    bool hasResult() const { return m_result.has_value(); }
    const CreatedKey *key() const;
    const GatewayError *error() const;

private:
    int m_emissions = 0;
    std::optional<CreateApiKeyResult> m_result;
};

} // namespace GatewayTest

Q_DECLARE_METATYPE(GatewayTest::Shape)

// Readable QCOMPARE failures.
char *toString(GatewayError::Kind kind);
char *toString(ErrorCategory category);

// Both the key and the error, for a failure message that says what came back instead.
QString describe(const GatewayTest::CallWatcher &watcher);
