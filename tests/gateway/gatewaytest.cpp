#include "gatewaytest.h"

#include "createapikeyresponse.h"
#include "gatewayemulator.h"

namespace GatewayTest {

using namespace Qt::StringLiterals;

QString Shape::name() const
{
    if (generation == ApiGeneration::Api3)
        return u"3.0"_s;
    return u"2.0 %1 %2"_s.arg(legacyHttpMethodName(httpMethod),
                              legacySignatureMethodName(signatureMethod));
}

QList<Shape> allShapes()
{
    QList<Shape> shapes{Shape{}};
    for (const auto method : {LegacyHttpMethod::Post, LegacyHttpMethod::Get}) {
        for (const auto signature :
             {LegacySignatureMethod::HmacSHA256, LegacySignatureMethod::HmacSHA1})
            shapes.append(Shape{ApiGeneration::Api2, signature, method});
    }
    return shapes;
}

GatewayEndpoint endpointFor(const QUrl &url, const Shape &shape)
{
    GatewayEndpoint endpoint;
    endpoint.generation = shape.generation;
    endpoint.url = url;
    endpoint.signatureMethod = shape.signatureMethod;
    endpoint.httpMethod = shape.httpMethod;
    return endpoint;
}

KeySpec autoKey(const QString &name)
{
    KeySpec spec;
    spec.name = name;
    spec.type = KeyType::Auto;
    return spec;
}

KeySpec manualKey(const QString &keyId, const QString &keySecret, const QString &name)
{
    KeySpec spec;
    spec.name = name;
    spec.type = KeyType::Manual;
    spec.keyId = keyId;
    spec.keySecret = SecretString(keySecret);
    return spec;
}

HttpRequest buildRequest(const GatewayEmulator &emulator, const Shape &shape, const KeySpec &spec,
                         const Signing &signing)
{
    return buildRequest(emulator.endpointUrl(shape.generation), shape, spec, signing);
}

HttpRequest buildRequest(const QUrl &endpointUrl, const Shape &shape, const KeySpec &spec,
                         const Signing &signing)
{
    static const SystemClock systemClock;
    SystemNonceSource systemNonces;
    const CreateApiKeyRequestBuilder builder(signing.clock ? *signing.clock : systemClock,
                                             signing.nonces ? *signing.nonces : systemNonces);
    const BuiltRequest built =
        builder.build(spec, signing.credentials.value_or(GatewayEmulator::demoCredentials()),
                      endpointFor(endpointUrl, shape));
    if (!built.isValid()) {
        QTest::qFail("the builder refused the test's request", __FILE__, __LINE__);
        return {};
    }
    return built.request;
}

CallWatcher::CallWatcher(GatewayCall *call, KeyType requestedType)
{
    QObject::connect(call, &GatewayCall::finished, call,
                     [this, requestedType](const GatewayAnswer &answer) {
                         ++m_emissions;
                         m_result = CreateApiKeyResponse::decode(answer, requestedType);
                     });
}

bool CallWatcher::wait(std::chrono::milliseconds timeout)
{
    return QTest::qWaitFor([this] { return m_emissions > 0; }, static_cast<int>(timeout.count()));
}

const CreatedKey *CallWatcher::key() const
{
    return m_result ? std::get_if<CreatedKey>(&*m_result) : nullptr;
}

const GatewayError *CallWatcher::error() const
{
    return m_result ? std::get_if<GatewayError>(&*m_result) : nullptr;
}

} // namespace GatewayTest

char *toString(GatewayError::Kind kind)
{
    using K = GatewayError::Kind;
    switch (kind) {
    case K::Gateway:
        return qstrdup("Gateway");
    case K::MalformedResponse:
        return qstrdup("MalformedResponse");
    case K::HttpStatus:
        return qstrdup("HttpStatus");
    case K::ResponseTooLarge:
        return qstrdup("ResponseTooLarge");
    case K::Timeout:
        return qstrdup("Timeout");
    case K::Cancelled:
        return qstrdup("Cancelled");
    case K::Network:
        return qstrdup("Network");
    case K::Tls:
        return qstrdup("Tls");
    case K::InsecureEndpoint:
        return qstrdup("InsecureEndpoint");
    case K::Redirect:
        return qstrdup("Redirect");
    case K::InvalidRequest:
        return qstrdup("InvalidRequest");
    }
    return qstrdup("?");
}

char *toString(ErrorCategory category)
{
    using C = ErrorCategory;
    switch (category) {
    case C::Authentication:
        return qstrdup("Authentication");
    case C::Permission:
        return qstrdup("Permission");
    case C::Validation:
        return qstrdup("Validation");
    case C::Duplicate:
        return qstrdup("Duplicate");
    case C::Quota:
        return qstrdup("Quota");
    case C::RateLimit:
        return qstrdup("RateLimit");
    case C::Clock:
        return qstrdup("Clock");
    case C::Server:
        return qstrdup("Server");
    case C::Endpoint:
        return qstrdup("Endpoint");
    case C::Unsupported:
        return qstrdup("Unsupported");
    case C::OperationFailed:
        return qstrdup("OperationFailed");
    case C::Unknown:
        return qstrdup("Unknown");
    }
    return qstrdup("?");
}

QString describe(const GatewayTest::CallWatcher &watcher)
{
    if (!watcher.hasResult())
        return QStringLiteral("no answer");
    if (const CreatedKey *key = watcher.key())
        return QStringLiteral("a created key %1").arg(key->keyId);
    const GatewayError *error = watcher.error();
    const QScopedArrayPointer<char> kind(toString(error->kind));
    return QStringLiteral("%1 error, code '%2', HTTP %3, detail '%4', message '%5'")
        .arg(QString::fromLatin1(kind.data()), error->code)
        .arg(error->httpStatus)
        .arg(error->detail, error->message);
}
