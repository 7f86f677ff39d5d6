// The emulator's verdicts over loopback: successes of both generations in every variant, each
// documented rejection, and proof that every signed byte counts. Requests are signed by the
// independent ReferenceSigner (tests/support), so a shared mistake of app/core and the emulator
// would show here.

#include "createapikeyrequest.h"
#include "gatewayemulator.h"
#include "signedrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace SignedRequests;
using ReferenceSigner::Parameters;

namespace {

// 2024-03-01T12:00:00Z: noon, so that a few seconds either way stay on the same UTC date.
constexpr qint64 Now = 1709294400;
const QString NowText = u"2024-03-01T12:00:00Z"_s;

const QRegularExpression autoKeyId(u"^AKID[A-Za-z0-9]{32}$"_s);
const QRegularExpression autoKeySecret(u"^[A-Za-z0-9]{32,50}$"_s);

bool succeeded(const EmulatorReply &reply)
{
    // Either generation's success: a 3.0 Result, or a 2.0 code of zero.
    const QJsonObject json = reply.json();
    if (json.contains(u"Response"_s))
        return !reply.api3Result().isEmpty() && reply.api3Code().isEmpty();
    return json.contains(u"code"_s) && json.value(u"code"_s).toVariant().toInt() == 0 &&
           json.value(u"codeDesc"_s).toString() == u"Success";
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

QJsonObject api3Body(const QString &type = u"auto"_s, const QString &id = {},
                     const QString &secret = {})
{
    QJsonObject body{{u"SecretName"_s, u"test key"_s}, {u"AccessKeyType"_s, type}};
    if (!id.isNull())
        body.insert(u"AccessKeyId"_s, id);
    if (!secret.isNull())
        body.insert(u"AccessKeySecret"_s, secret);
    return body;
}

} // namespace

class TestGatewayEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnLoopback();
    void closeStopsServing();
    void api3Success_data();
    void api3Success();
    void api2Success_data();
    void api2Success();
    void autoKeysAreFreshEachTime();
    void acceptsRequestsBuiltByTheCore_data();
    void acceptsRequestsBuiltByTheCore();

    void api3Rejections_data();
    void api3Rejections();
    void api2Rejections_data();
    void api2Rejections();

    void api3SignatureCoversEveryByte_data();
    void api3SignatureCoversEveryByte();
    void api2SignatureCoversEveryByte_data();
    void api2SignatureCoversEveryByte();

    void api2NonceReplayRefused();
    void api2NonceNotSpentByForgery();
    void clockSkew_data();
    void clockSkew();
    void duplicateManualId_data();
    void duplicateManualId();
    void keyLimit_data();
    void keyLimit();
    void rateLimit_data();
    void rateLimit();
    void codeAsString();
    void sessionToken_data();
    void sessionToken();
    void demoCredentials();
    void requestCount();
    void regions_data();
    void regions();
    void demoCredentialsOnlyOnLoopback();

private:
    EmulatorReply createApi3(const QJsonObject &body, qint64 timestamp = Now);
    LegacyCall legacy(QByteArrayView method, QByteArrayView signatureMethod,
                      const Parameters &business = {{"secretName", "test key"}});
    EmulatorReply createApi2(QByteArrayView method = "POST",
                             const Parameters &business = {{"secretName", "test key"}},
                             qint64 timestamp = Now);
    // Creates one key with a valid request of the generation, under the given account.
    EmulatorReply createValid(ApiGeneration generation, const QJsonObject &api3,
                              const Parameters &api2, QByteArrayView secretId = SecretId,
                              QByteArrayView secretKey = SecretKey);
    QUrl base() const { return m_emulator->baseUrl(); }

    FixedClock m_clock = FixedClock::fromSecsSinceEpoch(Now);
    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    quint32 m_nonce = 1000;
};

void TestGatewayEmulator::init()
{
    m_clock = FixedClock::fromSecsSinceEpoch(Now);
    m_emulator = std::make_unique<GatewayEmulator>();
    m_emulator->addCredentials(QString::fromLatin1(SecretId), SecretKey.toByteArray());
    m_emulator->setClock(&m_clock);
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<EmulatorTestClient>();
}

void TestGatewayEmulator::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

EmulatorReply TestGatewayEmulator::createApi3(const QJsonObject &body, qint64 timestamp)
{
    Tc3Call call = tc3Call(body, timestamp);
    signTc3(call, base());
    return send(*m_client, base(), call);
}

LegacyCall TestGatewayEmulator::legacy(QByteArrayView method, QByteArrayView signatureMethod,
                                       const Parameters &business)
{
    return legacyCall(method, Now, ++m_nonce, signatureMethod, business);
}

EmulatorReply TestGatewayEmulator::createApi2(QByteArrayView method, const Parameters &business,
                                              qint64 timestamp)
{
    LegacyCall call = legacyCall(method, timestamp, ++m_nonce, "HmacSHA256", business);
    signLegacy(call, base());
    return send(*m_client, base(), call);
}

EmulatorReply TestGatewayEmulator::createValid(ApiGeneration generation, const QJsonObject &api3,
                                               const Parameters &api2, QByteArrayView secretId,
                                               QByteArrayView secretKey)
{
    if (generation == ApiGeneration::Api3) {
        Tc3Call call = tc3Call(api3, m_clock.currentSecsSinceEpoch());
        signTc3(call, base(), secretId, secretKey);
        return send(*m_client, base(), call);
    }
    LegacyCall call = legacyCall("POST", m_clock.currentSecsSinceEpoch(), ++m_nonce, "HmacSHA256",
                                 api2, secretId);
    signLegacy(call, base(), secretKey);
    return send(*m_client, base(), call);
}

void TestGatewayEmulator::listensOnLoopback()
{
    const QUrl url = m_emulator->baseUrl();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(m_emulator->port() != 0);
    QCOMPARE(url.port(), int(m_emulator->port()));
    QVERIFY(!m_emulator->isTls());
    QCOMPARE(m_emulator->endpointUrl(ApiGeneration::Api3).path(), u"/"_s);
    QCOMPARE(m_emulator->endpointUrl(ApiGeneration::Api2).path(), u"/v2/index.php"_s);

    // A second emulator on the same port cannot listen, and says why.
    GatewayEmulator other;
    QVERIFY(!other.listen(QHostAddress::LocalHost, m_emulator->port()));
    QVERIFY(!other.errorString().isEmpty());
    QVERIFY(other.baseUrl().isEmpty());
}

void TestGatewayEmulator::closeStopsServing()
{
    const QUrl base = m_emulator->baseUrl();
    QVERIFY(m_emulator->isListening());
    m_emulator->close();
    QVERIFY(!m_emulator->isListening());
    QVERIFY(m_emulator->baseUrl().isEmpty());
    Tc3Call call = tc3Call(api3Body(), Now);
    signTc3(call, base);
    const EmulatorReply reply = send(*m_client, base, call);
    QCOMPARE(reply.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(m_emulator->requestCount(), 0);

    // It can listen again, and serves as before.
    QVERIFY(m_emulator->listen());
    QVERIFY(succeeded(createApi3(api3Body())));
}

void TestGatewayEmulator::api3Success_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("keySecret");

    QTest::newRow("auto") << api3Body() << u"auto"_s << QString() << QString();
    QJsonObject defaulted = api3Body();
    defaulted.remove(u"AccessKeyType"_s);
    QTest::newRow("type defaults to auto") << defaulted << u"auto"_s << QString() << QString();
    QTest::newRow("manual") << api3Body(u"manual"_s, u"my_key_01"_s, u"my_secret_0123"_s)
                            << u"manual"_s << u"my_key_01"_s << u"my_secret_0123"_s;
    QTest::newRow("manual, longest") << api3Body(u"manual"_s, QString(50, u'i'), QString(50, u's'))
                                     << u"manual"_s << QString(50, u'i') << QString(50, u's');
    QJsonObject tagged = api3Body();
    tagged.insert(u"Tags"_s,
                  QJsonArray{QJsonObject{{u"Key"_s, u"team"_s}, {u"Value"_s, u"ops"_s}}});
    QTest::newRow("auto with tags") << tagged << u"auto"_s << QString() << QString();
    QJsonObject unicode = api3Body();
    unicode.insert(u"SecretName"_s, u"\u672a\u547d\u540d key"_s);
    QTest::newRow("unicode name") << unicode << u"auto"_s << QString() << QString();
}

void TestGatewayEmulator::api3Success()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, type);
    QFETCH(QString, keyId);
    QFETCH(QString, keySecret);

    const EmulatorReply reply = createApi3(body);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.api3Code().isEmpty(), qPrintable(reply.api3Code()));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(isUuid(reply.requestId()));

    const QJsonObject result = reply.api3Result();
    QCOMPARE(result.value(u"AccessKeyType"_s).toString(), type);
    QCOMPARE(result.value(u"SecretName"_s).toString(), body.value(u"SecretName"_s).toString());
    QCOMPARE(result.value(u"Status"_s).toInt(-1), 1);
    QCOMPARE(result.value(u"CreatedTime"_s).toString(), NowText);
    QCOMPARE(result.value(u"ModifiedTime"_s).toString(), NowText);
    const QString id = result.value(u"AccessKeyId"_s).toString();
    const QString secret = result.value(u"AccessKeySecret"_s).toString();
    if (keyId.isEmpty()) {
        QVERIFY2(autoKeyId.match(id).hasMatch(), qPrintable(id));
        QVERIFY(autoKeySecret.match(secret).hasMatch());
    } else {
        QCOMPARE(id, keyId);
        QCOMPARE(secret, keySecret);
    }
    QVERIFY(m_emulator->hasKey(id));
    QCOMPARE(m_emulator->createdKeyCount(), 1);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void TestGatewayEmulator::api2Success_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("signatureMethod");
    QTest::addColumn<Parameters>("business");
    QTest::addColumn<QString>("keyId");

    const Parameters automatic = {{"secretName", "myTest"}, {"type", "auto"}};
    const Parameters manual = {{"secretName", "myTest"},
                               {"secretId", "myTestsecretID"},
                               {"secretKey", "myTestSecretKey"},
                               {"type", "manual"}};
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        for (const QByteArray &signature : {QByteArray("HmacSHA256"), QByteArray("HmacSHA1")}) {
            QTest::addRow("%s %s auto", method.constData(), signature.constData())
                << method << signature << automatic << QString();
            QTest::addRow("%s %s manual", method.constData(), signature.constData())
                << method << signature << manual << u"myTestsecretID"_s;
        }
    }
    // Absent SignatureMethod means HmacSHA1.
    QTest::newRow("POST, no SignatureMethod")
        << QByteArray("POST") << QByteArray() << automatic << QString();
    QTest::newRow("POST, type and name absent")
        << QByteArray("POST") << QByteArray("HmacSHA256") << Parameters{} << QString();
    // The seed's English page spells the business parameter `secretID`.
    QTest::newRow("POST manual, secretID spelling")
        << QByteArray("POST") << QByteArray("HmacSHA256")
        << Parameters{{"type", "manual"},
                      {"secretID", "seed_spelling"},
                      {"secretKey", "0123456789"}}
        << u"seed_spelling"_s;
    // The vendor's own 2.0 SDKs name themselves in RequestClient on every request.
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        QTest::addRow("%s with the SDKs' RequestClient", method.constData())
            << method << QByteArray("HmacSHA256")
            << Parameters{{"RequestClient", "SDK_PHP_2.0.2"}, {"secretName", "from an SDK"}}
            << QString();
    }
    QTest::newRow("GET, name needing encoding")
        << QByteArray("GET") << QByteArray("HmacSHA256")
        << Parameters{{"secretName", "a+b /c=d&e\xe6\x9c\xaa%"}} << QString();
}

void TestGatewayEmulator::api2Success()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, signatureMethod);
    QFETCH(Parameters, business);
    QFETCH(QString, keyId);

    LegacyCall call = legacy(method, signatureMethod, business);
    signLegacy(call, base());
    const EmulatorReply reply = send(*m_client, base(), call);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    // A number by default, as live servers send it.
    QVERIFY2(json.value(u"code"_s).isDouble(), reply.body.constData());
    QCOMPARE(json.value(u"code"_s).toInt(-1), 0);
    QCOMPARE(json.value(u"codeDesc"_s).toString(), u"Success"_s);
    QCOMPARE(json.value(u"message"_s).toString(), QString());
    QCOMPARE(json.value(u"secretName"_s).toString(),
             QString::fromUtf8(parameter(business, "secretName")));
    QCOMPARE(json.value(u"createdTime"_s).toString(), NowText);
    const QString id = json.value(u"secretID"_s).toString();
    const QString secret = json.value(u"secretKey"_s).toString();
    if (keyId.isEmpty()) {
        QCOMPARE(json.value(u"type"_s).toString(), u"auto"_s);
        QVERIFY2(autoKeyId.match(id).hasMatch(), qPrintable(id));
        QVERIFY(autoKeySecret.match(secret).hasMatch());
    } else {
        QCOMPARE(json.value(u"type"_s).toString(), u"manual"_s);
        QCOMPARE(id, keyId);
        QCOMPARE(secret.toUtf8(), parameter(business, "secretKey"));
    }
    QVERIFY(m_emulator->hasKey(id));
    QCOMPARE(m_emulator->createdKeyCount(), 1);
}

void TestGatewayEmulator::autoKeysAreFreshEachTime()
{
    QSet<QString> ids;
    QSet<QString> secrets;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject result = createApi3(api3Body()).api3Result();
        ids.insert(result.value(u"AccessKeyId"_s).toString());
        secrets.insert(result.value(u"AccessKeySecret"_s).toString());
        const QJsonObject legacyResult = createApi2().json();
        ids.insert(legacyResult.value(u"secretID"_s).toString());
        secrets.insert(legacyResult.value(u"secretKey"_s).toString());
    }
    QCOMPARE(ids.size(), 10);
    QCOMPARE(secrets.size(), 10);
    QCOMPARE(m_emulator->createdKeyCount(), 10);
}

void TestGatewayEmulator::acceptsRequestsBuiltByTheCore_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<LegacyHttpMethod>("httpMethod");
    QTest::addColumn<LegacySignatureMethod>("signatureMethod");
    QTest::newRow("3.0") << ApiGeneration::Api3 << LegacyHttpMethod::Post
                         << LegacySignatureMethod::HmacSHA256;
    QTest::newRow("2.0 POST SHA256")
        << ApiGeneration::Api2 << LegacyHttpMethod::Post << LegacySignatureMethod::HmacSHA256;
    QTest::newRow("2.0 GET SHA1") << ApiGeneration::Api2 << LegacyHttpMethod::Get
                                  << LegacySignatureMethod::HmacSHA1;
}

void TestGatewayEmulator::acceptsRequestsBuiltByTheCore()
{
    // The application's own builder against the emulator: both follow docs/PROTOCOL.md, and the
    // reference-signed tests above pin each of them to it independently.
    QFETCH(ApiGeneration, generation);
    QFETCH(LegacyHttpMethod, httpMethod);
    QFETCH(LegacySignatureMethod, signatureMethod);

    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.url = m_emulator->endpointUrl(generation);
    endpoint.httpMethod = httpMethod;
    endpoint.signatureMethod = signatureMethod;
    KeySpec spec;
    spec.name = u"from the core"_s;
    // The core never puts a manual key's secret in a GET's URL.
    const bool manual = httpMethod == LegacyHttpMethod::Post;
    spec.type = manual ? KeyType::Manual : KeyType::Auto;
    if (manual) {
        spec.keyId = u"core_built"_s;
        spec.keySecret = SecretString(u"core_built_secret"_s);
    }
    FixedNonceSource nonces(4242);
    const CreateApiKeyRequestBuilder builder(m_clock, nonces);
    const BuiltRequest built =
        builder.build(spec,
                      OperatorCredentials::fromInput(QString::fromLatin1(SecretId),
                                                     QString::fromLatin1(SecretKey)),
                      endpoint);
    QVERIFY(built.isValid());
    const EmulatorReply reply = m_client->send(built.request.method, built.request.url,
                                               built.request.headers, built.request.body);
    QCOMPARE(reply.status, 200);
    if (generation == ApiGeneration::Api3) {
        QVERIFY2(reply.api3Code().isEmpty(), qPrintable(reply.api3Code()));
    } else {
        QCOMPARE(reply.api2Code().toInt(-1), 0);
    }
    if (manual)
        QVERIFY(m_emulator->hasKey(u"core_built"_s));
    else
        QCOMPARE(m_emulator->createdKeyCount(), 1);
}

// ---------------------------------------------------------------------------------------------
// Rejections

using Tc3Mutation = std::function<void(Tc3Call &call, const QUrl &base)>;
using LegacyMutation = std::function<void(LegacyCall &call, const QUrl &base)>;

void TestGatewayEmulator::api3Rejections_data()
{
    QTest::addColumn<Tc3Mutation>("mutate");
    QTest::addColumn<QString>("code");

    auto body = [](QJsonObject object) {
        return [object](Tc3Call &call, const QUrl &base) {
            call.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            signTc3(call, base);
        };
    };
    auto resigned = [](std::function<void(Tc3Call &)> change) {
        return Tc3Mutation([change](Tc3Call &call, const QUrl &base) {
            change(call);
            signTc3(call, base);
        });
    };
    auto manual = [](const QString &id, const QString &secret) {
        return api3Body(u"manual"_s, id, secret);
    };

    QTest::newRow("unknown SecretId") << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
        signTc3(call, base, "AKIDunknown000000000000000000000000", SecretKey);
    }) << u"AuthFailure.SecretIdNotFound"_s;
    QTest::newRow("SecretId with a trailing space")
        << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
               signTc3(call, base, SecretId.toByteArray() + ' ', SecretKey);
           })
        << u"AuthFailure.SecretIdNotFound"_s;
    QTest::newRow("wrong SecretKey") << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
        signTc3(call, base, SecretId, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLF");
    }) << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("wrong action") << resigned([](Tc3Call &call) { call.action = "CreateApiKeys"; })
                                  << u"InvalidAction"_s;
    QTest::newRow("missing action")
        << resigned([](Tc3Call &call) { call.action.clear(); }) << u"MissingParameter"_s;
    QTest::newRow("wrong version")
        << resigned([](Tc3Call &call) { call.version = "2017-03-12"; }) << u"NoSuchVersion"_s;
    QTest::newRow("missing version")
        << resigned([](Tc3Call &call) { call.version.clear(); }) << u"MissingParameter"_s;
    QTest::newRow("missing timestamp")
        << resigned([](Tc3Call &call) { call.timestamp.clear(); }) << u"MissingParameter"_s;
    QTest::newRow("timestamp not a number")
        << resigned([](Tc3Call &call) { call.timestamp = "17092944OO"; })
        << u"InvalidParameterValue"_s;
    QTest::newRow("missing Authorization")
        << Tc3Mutation([](Tc3Call &call, const QUrl &) { call.authorization.clear(); })
        << u"MissingParameter"_s;
    QTest::newRow("Authorization of another algorithm")
        << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
               signTc3(call, base);
               call.authorization.replace("TC3-HMAC-SHA256", "TC3-HMAC-SHA1");
           })
        << u"AuthFailure.InvalidAuthorization"_s;
    QTest::newRow("Authorization without Signature")
        << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
               signTc3(call, base);
               call.authorization.truncate(call.authorization.indexOf(", Signature="));
           })
        << u"AuthFailure.InvalidAuthorization"_s;
    QTest::newRow("signed headers without host") << Tc3Mutation([](Tc3Call &call,
                                                                   const QUrl &base) {
        signTc3(call, base);
        call.authorization.replace("SignedHeaders=content-type;host", "SignedHeaders=content-type");
    }) << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("credential scope of another service")
        << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
               ReferenceSigner::Tc3Request signing = tc3Signing(call, base);
               signing.service = "cvm";
               call.authorization = ReferenceSigner::tc3Authorization(signing);
           })
        << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("credential date of another day")
        << Tc3Mutation([](Tc3Call &call, const QUrl &base) {
               signTc3(call, base);
               call.authorization.replace("/2024-03-01/", "/2024-02-29/");
           })
        << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("token though the account has none") << resigned([](Tc3Call &call) {
        call.extraHeaders.emplaceBack("X-TC-Token", "some-token");
    }) << u"AuthFailure.TokenFailure"_s;
    QTest::newRow("missing region")
        << resigned([](Tc3Call &call) { call.region.clear(); }) << u"MissingParameter"_s;
    QTest::newRow("unknown region")
        << resigned([](Tc3Call &call) { call.region = "mars-north-1"; }) << u"UnsupportedRegion"_s;
    QTest::newRow("unknown language")
        << resigned([](Tc3Call &call) { call.extraHeaders.emplaceBack("X-TC-Language", "fr-FR"); })
        << u"InvalidParameterValue"_s;
    QTest::newRow("GET") << resigned([](Tc3Call &call) {
        call.method = "GET";
        call.body.clear();
    }) << u"UnsupportedProtocol"_s;
    QTest::newRow("form body") << resigned([](Tc3Call &call) {
        call.contentType = "application/x-www-form-urlencoded";
    }) << u"InvalidParameter"_s;
    QTest::newRow("body not JSON") << resigned([](Tc3Call &call) { call.body = "SecretName=x"; })
                                   << u"InvalidParameter.FormatError"_s;
    QTest::newRow("body a JSON array")
        << resigned([](Tc3Call &call) { call.body = "[]"; }) << u"InvalidParameter.FormatError"_s;
    QJsonObject noName = api3Body();
    noName.remove(u"SecretName"_s);
    QTest::newRow("missing SecretName") << Tc3Mutation(body(noName)) << u"MissingParameter"_s;
    QJsonObject blankName = api3Body();
    blankName.insert(u"SecretName"_s, u"  "_s);
    QTest::newRow("blank SecretName") << Tc3Mutation(body(blankName)) << u"MissingParameter"_s;
    QJsonObject controlName = api3Body();
    controlName.insert(u"SecretName"_s, u"a\nb"_s);
    QTest::newRow("control character in SecretName")
        << Tc3Mutation(body(controlName)) << u"InvalidParameterValue"_s;
    QJsonObject longName = api3Body();
    longName.insert(u"SecretName"_s, QString(61, u'n'));
    QTest::newRow("SecretName too long")
        << Tc3Mutation(body(longName)) << u"InvalidParameterValue"_s;
    QJsonObject numberName = api3Body();
    numberName.insert(u"SecretName"_s, 42);
    QTest::newRow("SecretName a number") << Tc3Mutation(body(numberName)) << u"InvalidParameter"_s;
    QTest::newRow("type neither auto nor manual")
        << Tc3Mutation(body(api3Body(u"Manual"_s))) << u"InvalidParameterValue"_s;
    QJsonObject unknown = api3Body();
    unknown.insert(u"SecretId"_s, u"x"_s);
    QTest::newRow("unknown parameter") << Tc3Mutation(body(unknown)) << u"UnknownParameter"_s;
    QJsonObject badTags = api3Body();
    badTags.insert(u"Tags"_s, QJsonArray{u"team=ops"_s});
    QTest::newRow("malformed Tags") << Tc3Mutation(body(badTags)) << u"InvalidParameter"_s;
    QTest::newRow("manual without id")
        << Tc3Mutation(body(manual({}, u"0123456789"_s))) << u"MissingParameter"_s;
    QTest::newRow("manual without secret")
        << Tc3Mutation(body(manual(u"abcde"_s, {}))) << u"MissingParameter"_s;
    QTest::newRow("manual id too short")
        << Tc3Mutation(body(manual(u"abcd"_s, u"0123456789"_s))) << u"InvalidParameterValue"_s;
    QTest::newRow("manual id too long")
        << Tc3Mutation(body(manual(QString(51, u'i'), u"0123456789"_s)))
        << u"InvalidParameterValue"_s;
    QTest::newRow("manual id with a dash")
        << Tc3Mutation(body(manual(u"abc-de"_s, u"0123456789"_s))) << u"InvalidParameterValue"_s;
    QTest::newRow("manual id with a surrounding space")
        << Tc3Mutation(body(manual(u" abcde"_s, u"0123456789"_s))) << u"InvalidParameterValue"_s;
    QTest::newRow("manual secret too short")
        << Tc3Mutation(body(manual(u"abcde"_s, u"012345678"_s))) << u"InvalidParameterValue"_s;
    QTest::newRow("manual secret too long")
        << Tc3Mutation(body(manual(u"abcde"_s, QString(51, u's')))) << u"InvalidParameterValue"_s;
    QTest::newRow("manual secret with a non-ASCII letter")
        << Tc3Mutation(body(manual(u"abcde"_s, u"0123456789\u00e9"_s)))
        << u"InvalidParameterValue"_s;
}

void TestGatewayEmulator::api3Rejections()
{
    QFETCH(Tc3Mutation, mutate);
    QFETCH(QString, code);

    Tc3Call call = tc3Call(api3Body(), Now);
    signTc3(call, base());
    mutate(call, base());
    const EmulatorReply reply = send(*m_client, base(), call);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.api3Code(), code);
    const QJsonObject error =
        reply.json().value(u"Response"_s).toObject().value(u"Error"_s).toObject();
    QVERIFY(!error.value(u"Message"_s).toString().isEmpty());
    QVERIFY(isUuid(reply.requestId()));
    QCOMPARE(m_emulator->createdKeyCount(), 0);
    QCOMPARE(m_emulator->requestCount(), 1);

    // Every answer has its own RequestId.
    const EmulatorReply again = send(*m_client, base(), call);
    QCOMPARE(again.api3Code(), code);
    QVERIFY(isUuid(again.requestId()));
    QVERIFY(again.requestId() != reply.requestId());
}

void TestGatewayEmulator::api2Rejections_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<LegacyMutation>("mutate");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("codeDesc");

    // Changes the parameters, then signs what is sent.
    auto resigned = [](std::function<void(LegacyCall &)> change) {
        return LegacyMutation([change](LegacyCall &call, const QUrl &base) {
            change(call);
            signLegacy(call, base);
        });
    };
    auto business = [resigned](Parameters values) {
        return resigned([values](LegacyCall &call) {
            for (const auto &[name, value] : values)
                setParameter(call.parameters, name, value);
        });
    };
    auto without = [resigned](QByteArray name) {
        return resigned([name](LegacyCall &call) { removeParameter(call.parameters, name); });
    };

    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        auto row = [&method](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", method.constData(), name) << method;
        };
        row("unknown SecretId") << resigned([](LegacyCall &call) {
            setParameter(call.parameters, "SecretId", "AKIDunknown000000000000000000000000");
        }) << 4104 << u"AuthFailure.SecretIdNotFound"_s;
        row("wrong SecretKey") << LegacyMutation([](LegacyCall &call, const QUrl &base) {
            signLegacy(call, base, "Gu5t9xGARNpq86cd98joQYCN3EXAMPLF");
        }) << 4100 << u"AuthFailure.SignatureFailure"_s;
        row("wrong action") << business({{"Action", "DescribeApiKeys"}}) << 4000
                            << u"InvalidAction"_s;
        for (const char *required : {"Action", "SecretId", "Timestamp", "Nonce"})
            QTest::addRow("%s missing %s", method.constData(), required)
                << method << without(required) << 4000 << u"MissingParameter"_s;
        row("missing Signature") << LegacyMutation([](LegacyCall &, const QUrl &) {}) << 4000
                                 << u"MissingParameter"_s;
        row("Timestamp not a number")
            << business({{"Timestamp", "1709294400.5"}}) << 4000 << u"InvalidParameterValue"_s;
        row("Nonce zero") << business({{"Nonce", "0"}}) << 4000 << u"InvalidParameterValue"_s;
        row("Nonce negative") << business({{"Nonce", "-5"}}) << 4000 << u"InvalidParameterValue"_s;
        row("unknown parameter") << business({{"Version", "2018-08-08"}}) << 4000
                                 << u"UnknownParameter"_s;
        row("parameter twice") << resigned([](LegacyCall &call) {
            call.parameters.emplaceBack("secretName", "again");
        }) << 4000 << u"InvalidParameter"_s;
        row("name given with _ and .") << resigned([](LegacyCall &call) {
            call.parameters.emplaceBack("secret_Name", "x");
            call.parameters.emplaceBack("secret.Name", "y");
        }) << 4000 << u"InvalidParameter"_s;
        row("unknown region") << business({{"Region", "mars-north-1"}}) << 4000
                              << u"UnsupportedRegion"_s;
        // The reference signer signs any method but HmacSHA256 with SHA-1, so these rows would
        // verify if the emulator fell back to HmacSHA1.
        row("SignatureMethod HmacMD5")
            << business({{"SignatureMethod", "HmacMD5"}}) << 4000 << u"InvalidParameterValue"_s;
        row("SignatureMethod in lower case")
            << business({{"SignatureMethod", "hmacsha1"}}) << 4000 << u"InvalidParameterValue"_s;
        row("SignatureMethod empty")
            << business({{"SignatureMethod", ""}}) << 4000 << u"InvalidParameterValue"_s;
        row("type neither auto nor manual")
            << business({{"type", "custom"}}) << 4000 << u"InvalidParameterValue"_s;
        row("name with a control character")
            << business({{"secretName", "a\tb"}}) << 4000 << u"InvalidParameterValue"_s;
        row("name not UTF-8") << business({{"secretName", "\xff\xfe"}}) << 4000
                              << u"InvalidParameterValue"_s;
        row("manual without secretKey") << business({{"type", "manual"}, {"secretId", "abcde"}})
                                        << 4000 << u"MissingParameter"_s;
        row("manual without secretId")
            << business({{"type", "manual"}, {"secretKey", "0123456789"}}) << 4000
            << u"MissingParameter"_s;
        row("manual id with a dash")
            << business({{"type", "manual"}, {"secretId", "abc-de"}, {"secretKey", "0123456789"}})
            << 4000 << u"InvalidParameterValue"_s;
        row("manual secret too short")
            << business({{"type", "manual"}, {"secretId", "abcde"}, {"secretKey", "012345678"}})
            << 4000 << u"InvalidParameterValue"_s;
        row("manual with both id spellings") << business({{"type", "manual"},
                                                          {"secretId", "abcde"},
                                                          {"secretID", "abcde"},
                                                          {"secretKey", "0123456789"}})
                                             << 4000 << u"InvalidParameter"_s;
        row("token though the account has none")
            << business({{"Token", "some-token"}}) << 4105 << u"AuthFailure.TokenFailure"_s;
        row("another version's path")
            << resigned([](LegacyCall &call) { call.path = "/v3/index.php"; }) << 6100
            << u"NoSuchVersion"_s;
        // docs/PROTOCOL.md's traps: a '+' of the signature sent unencoded reads as a space; a value
        // encoded twice arrives with its %XX still in it.
        row("signature '+' sent unencoded")
            << LegacyMutation([](LegacyCall &call, const QUrl &base) {
                   // Nonces until the signature has a '+', so the row always tests what it says.
                   for (quint32 nonce = 1;; ++nonce) {
                       setParameter(call.parameters, "Nonce", QByteArray::number(nonce));
                       removeParameter(call.parameters, "Signature");
                       signLegacy(call, base);
                       if (parameter(call.parameters, "Signature").contains('+'))
                           break;
                   }
                   // The '+' goes on the wire as it is, where form decoding reads it as a space.
                   call.encodedOverride = ReferenceSigner::encodeParameters(call.parameters);
                   call.encodedOverride.replace("%2B", "+");
               })
            << 4100 << u"AuthFailure.SignatureFailure"_s;
        row("value encoded twice") << LegacyMutation([](LegacyCall &call, const QUrl &base) {
            setParameter(call.parameters, "secretName", "a b");
            signLegacy(call, base);
            setParameter(call.parameters, "secretName", "a%20b");
        }) << 4100 << u"AuthFailure.SignatureFailure"_s;
    }
    QTest::newRow("POST with the parameters in the query")
        << QByteArray("POST-QUERY") << LegacyMutation([](LegacyCall &call, const QUrl &base) {
               call.method = "POST";
               signLegacy(call, base);
           })
        << 4000 << u"InvalidParameter"_s;
    QTest::newRow("POST without form content type")
        << QByteArray("POST") << LegacyMutation([](LegacyCall &call, const QUrl &base) {
               call.contentType = "application/json";
               signLegacy(call, base);
           })
        << 4000 << u"InvalidParameter"_s;
    QTest::newRow("PUT") << QByteArray("PUT")
                         << LegacyMutation(
                                [](LegacyCall &call, const QUrl &base) { signLegacy(call, base); })
                         << 4600 << u"UnsupportedProtocol"_s;
}

void TestGatewayEmulator::api2Rejections()
{
    QFETCH(QByteArray, method);
    QFETCH(LegacyMutation, mutate);
    QFETCH(int, code);
    QFETCH(QString, codeDesc);

    const bool queryPost = method == "POST-QUERY";
    LegacyCall call = legacy(queryPost ? QByteArray("GET") : method, "HmacSHA256");
    mutate(call, base());
    EmulatorReply reply;
    if (queryPost) {
        // The parameters in the query of a POST: never mixed, never moved.
        const QUrl url = QUrl::fromEncoded(base().toEncoded(QUrl::RemovePath) + call.path + '?' +
                                           ReferenceSigner::encodeParameters(call.parameters));
        reply = m_client->send("POST", url, {{"Content-Type", call.contentType}}, "x=1");
    } else {
        reply = send(*m_client, base(), call);
    }
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.api2Code().isDouble(), reply.body.constData());
    QCOMPARE(reply.api2Code().toInt(), code);
    QCOMPARE(reply.api2CodeDesc(), codeDesc);
    QVERIFY(!reply.json().value(u"message"_s).toString().isEmpty());
    QVERIFY(!reply.json().contains(u"secretKey"_s));
    QCOMPARE(m_emulator->createdKeyCount(), 0);
    QCOMPARE(m_emulator->requestCount(), 1);
}

// ---------------------------------------------------------------------------------------------
// One byte of the signed material

void TestGatewayEmulator::api3SignatureCoversEveryByte_data()
{
    QTest::addColumn<Tc3Mutation>("mutate");
    QTest::addColumn<bool>("accepted");

    // Each row signs one thing and sends another that differs from it by one byte.
    auto signedAs = [](std::function<void(ReferenceSigner::Tc3Request &)> change) {
        return Tc3Mutation([change](Tc3Call &call, const QUrl &base) {
            ReferenceSigner::Tc3Request signing = tc3Signing(call, base);
            change(signing);
            call.authorization = ReferenceSigner::tc3Authorization(signing);
        });
    };
    auto sentAs = [](std::function<void(Tc3Call &)> change) {
        return Tc3Mutation([change](Tc3Call &call, const QUrl &base) {
            signTc3(call, base);
            change(call);
        });
    };

    QTest::newRow("unmodified") << sentAs([](Tc3Call &) {}) << true;
    QTest::newRow("signature") << sentAs([](Tc3Call &call) {
        call.authorization = flipped(call.authorization);
    }) << false;
    QTest::newRow("signature, first byte") << sentAs([](Tc3Call &call) {
        const qsizetype at = call.authorization.indexOf("Signature=") + 10;
        call.authorization = flipped(call.authorization, at);
    }) << false;
    QTest::newRow("signature in upper case") << sentAs([](Tc3Call &call) {
        const qsizetype at = call.authorization.indexOf("Signature=") + 10;
        call.authorization = call.authorization.left(at) + call.authorization.mid(at).toUpper();
    }) << false;
    QTest::newRow("host") << signedAs([](auto &signing) { signing.host = flipped(signing.host); })
                          << false;
    QTest::newRow("host without port") << signedAs([](auto &signing) {
        signing.host = signing.host.left(signing.host.indexOf(':'));
    }) << false;
    QTest::newRow("path") << signedAs([](auto &signing) { signing.path = "/."; }) << false;
    QTest::newRow("method") << signedAs([](auto &signing) {
        signing.method = flipped(signing.method);
    }) << false;
    QTest::newRow("method in lower case")
        << signedAs([](auto &signing) { signing.method = "post"; }) << false;
    QTest::newRow("query") << signedAs([](auto &signing) { signing.query = "a"; }) << false;
    QTest::newRow("timestamp, signed")
        << signedAs([](auto &signing) { ++signing.timestamp; }) << false;
    QTest::newRow("timestamp, sent")
        << sentAs([](Tc3Call &call) { call.timestamp = flipped(call.timestamp); }) << false;
    QTest::newRow("body, signed") << signedAs([](auto &signing) {
        signing.body = flipped(signing.body, 3);
    }) << false;
    QTest::newRow("body, sent") << sentAs([](Tc3Call &call) { call.body = flipped(call.body, 3); })
                                << false;
    QTest::newRow("body, one more byte")
        << sentAs([](Tc3Call &call) { call.body += ' '; }) << false;
    QTest::newRow("content type, signed")
        << signedAs([](auto &signing) { signing.contentType = flipped(signing.contentType); })
        << false;
    QTest::newRow("content type, sent")
        << sentAs([](Tc3Call &call) { call.contentType = flipped(call.contentType); }) << false;
    QTest::newRow("content type without charset, sent")
        << sentAs([](Tc3Call &call) { call.contentType = "application/json"; }) << false;
    QTest::newRow("content type in upper case, signed as sent") << signedAs([](auto &signing) {
        signing.contentType = signing.contentType.toUpper();
        signing.canonicalHeaderValues = false;
    }) << false;
    // The vendor's rule puts header values into the canonical request trimmed and in lower
    // case: a Content-Type sent in mixed case verifies when signed that way, and only then.
    auto sentMixedCase = [](bool signedTheVendorsWay, QByteArray contentType) {
        return Tc3Mutation([=](Tc3Call &call, const QUrl &base) {
            call.contentType = contentType;
            ReferenceSigner::Tc3Request signing = tc3Signing(call, base);
            signing.canonicalHeaderValues = signedTheVendorsWay;
            call.authorization = ReferenceSigner::tc3Authorization(signing);
        });
    };
    QTest::newRow("content type in mixed case, signed the vendor's way")
        << sentMixedCase(true, "Application/JSON; charset=UTF-8") << true;
    QTest::newRow("content type in mixed case with a trailing blank, signed the vendor's way")
        << sentMixedCase(true, "Application/JSON ") << true;
    QTest::newRow("content type in mixed case, signed as sent")
        << sentMixedCase(false, "Application/JSON; charset=UTF-8") << false;
    QTest::newRow("secret key") << signedAs([](auto &signing) {
        signing.secretKey = flipped(signing.secretKey, 0);
    }) << false;
}

void TestGatewayEmulator::api3SignatureCoversEveryByte()
{
    QFETCH(Tc3Mutation, mutate);
    QFETCH(bool, accepted);

    Tc3Call call = tc3Call(api3Body(u"manual"_s, u"flip_key"_s, u"flip_secret"_s), Now);
    mutate(call, base());
    const EmulatorReply reply = send(*m_client, base(), call);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.api3Code(), accepted ? QString() : u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(m_emulator->hasKey(u"flip_key"_s), accepted);
}

void TestGatewayEmulator::api2SignatureCoversEveryByte_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<LegacyMutation>("mutate");
    QTest::addColumn<bool>("accepted");

    // Each row signs one thing and sends another that differs from it by one byte.
    struct Signed
    {
        QByteArray method;
        QByteArray host;
        QByteArray path;
        Parameters parameters;
        QByteArray secretKey;
    };
    auto signedAs = [](std::function<void(Signed &)> change) {
        return LegacyMutation([change](LegacyCall &call, const QUrl &base) {
            Signed material{call.method, hostOf(base), call.path, call.parameters,
                            SecretKey.toByteArray()};
            change(material);
            call.parameters.append(
                {"Signature", legacySignature(material.method, material.host, material.path,
                                              material.parameters, material.secretKey)});
        });
    };

    const QList<QByteArray> signedParameters = {
        "Action",          "Region",     "Timestamp", "Nonce",    "SecretId",
        "SignatureMethod", "secretName", "type",      "secretId", "secretKey"};
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        auto row = [&method](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", method.constData(), name) << method;
        };
        row("unmodified") << LegacyMutation([](LegacyCall &call, const QUrl &base) {
            signLegacy(call, base);
        }) << true;
        row("signature") << LegacyMutation([](LegacyCall &call, const QUrl &base) {
            signLegacy(call, base);
            setParameter(call.parameters, "Signature",
                         flipped(parameter(call.parameters, "Signature"), 0));
        }) << false;
        for (const QByteArray &name : signedParameters) {
            QTest::addRow("%s value of %s", method.constData(), name.constData())
                << method << signedAs([name](Signed &material) {
                       setParameter(material.parameters, name,
                                    flipped(parameter(material.parameters, name)));
                   })
                << false;
        }
        row("name of secretName") << signedAs([](Signed &material) {
            removeParameter(material.parameters, "secretName");
            material.parameters.emplaceBack("secretNamf", "flip test");
        }) << false;
        row("name case of SecretId") << signedAs([](Signed &material) {
            const QByteArray id = parameter(material.parameters, "SecretId");
            removeParameter(material.parameters, "SecretId");
            material.parameters.append({"Secretid", id});
        }) << false;
        row("parameter left out") << signedAs([](Signed &material) {
            removeParameter(material.parameters, "Region");
        }) << false;
        row("host") << signedAs([](Signed &material) { material.host = flipped(material.host); })
                    << false;
        row("host without port") << signedAs([](Signed &material) {
            material.host = material.host.left(material.host.indexOf(':'));
        }) << false;
        row("path") << signedAs([](Signed &material) { material.path = flipped(material.path); })
                    << false;
        row("method") << signedAs([](Signed &material) {
            material.method = flipped(material.method, 0);
        }) << false;
        row("other method") << signedAs([](Signed &material) {
            material.method = material.method == "GET" ? "POST" : "GET";
        }) << false;
        row("secret key") << signedAs([](Signed &material) {
            material.secretKey = flipped(material.secretKey, 0);
        }) << false;
    }
}

void TestGatewayEmulator::api2SignatureCoversEveryByte()
{
    QFETCH(QByteArray, method);
    QFETCH(LegacyMutation, mutate);
    QFETCH(bool, accepted);

    LegacyCall call = legacy(method, "HmacSHA256",
                             {{"secretName", "flip test"},
                              {"type", "manual"},
                              {"secretId", "flip_key"},
                              {"secretKey", "flip_secret"}});
    mutate(call, base());
    const EmulatorReply reply = send(*m_client, base(), call);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.api2Code().toInt(-1), accepted ? 0 : 4100);
    QCOMPARE(reply.api2CodeDesc(), accepted ? u"Success"_s : u"AuthFailure.SignatureFailure"_s);
    QCOMPARE(m_emulator->hasKey(u"flip_key"_s), accepted);
}

// ---------------------------------------------------------------------------------------------
// Replay, clock, quotas

void TestGatewayEmulator::api2NonceReplayRefused()
{
    LegacyCall call = legacy("POST", "HmacSHA256");
    signLegacy(call, base());
    QCOMPARE(send(*m_client, base(), call).api2Code().toInt(-1), 0);

    const EmulatorReply replay = send(*m_client, base(), call);
    QCOMPARE(replay.api2Code().toInt(), 4500);
    QCOMPARE(replay.api2CodeDesc(), u"RequestReplayed"_s);

    // The same nonce in an otherwise new request, later and sent by GET, is still a replay.
    m_clock.advanceSecs(10);
    LegacyCall again = legacyCall("GET", Now + 10, parameter(call.parameters, "Nonce").toUInt(),
                                  "HmacSHA1", {{"secretName", "other"}});
    QCOMPARE(parameter(again.parameters, "Nonce"), parameter(call.parameters, "Nonce"));
    signLegacy(again, base());
    QCOMPARE(send(*m_client, base(), again).api2Code().toInt(), 4500);
    QCOMPARE(m_emulator->createdKeyCount(), 1);
    QCOMPARE(m_emulator->requestCount(), 3);

    // Another account's nonces are its own.
    m_emulator->addCredentials(u"AKIDsecondOperator000000000000000000"_s, "second_key_0123");
    LegacyCall other = legacyCall("POST", Now + 10, parameter(call.parameters, "Nonce").toUInt(),
                                  "HmacSHA256", {}, "AKIDsecondOperator000000000000000000");
    signLegacy(other, base(), "second_key_0123");
    QCOMPARE(send(*m_client, base(), other).api2Code().toInt(-1), 0);
}

void TestGatewayEmulator::api2NonceNotSpentByForgery()
{
    // A forged request must not burn the nonce of the genuine one that follows.
    LegacyCall forged = legacy("POST", "HmacSHA256");
    signLegacy(forged, base(), "not_the_key_0123456");
    QCOMPARE(send(*m_client, base(), forged).api2Code().toInt(), 4100);

    LegacyCall genuine = forged;
    removeParameter(genuine.parameters, "Signature");
    signLegacy(genuine, base());
    QCOMPARE(send(*m_client, base(), genuine).api2Code().toInt(-1), 0);
}

void TestGatewayEmulator::clockSkew_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("accepted");
    for (const auto generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        const char *name = generation == ApiGeneration::Api3 ? "3.0" : "2.0";
        for (const qint64 offset : {-301, -299, 0, 299, 300, 301, 3600})
            QTest::addRow("%s, request %+lld s", name, static_cast<long long>(offset))
                << generation << offset << (qAbs(offset) <= 300);
    }
}

void TestGatewayEmulator::clockSkew()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(qint64, offset);
    QFETCH(bool, accepted);

    // The request carries the client's time; the server's clock stays at Now.
    const qint64 requestTime = Now + offset;
    if (generation == ApiGeneration::Api3) {
        const EmulatorReply reply = createApi3(api3Body(), requestTime);
        QCOMPARE(reply.api3Code(), accepted ? QString() : u"AuthFailure.SignatureExpire"_s);
    } else {
        const EmulatorReply reply = createApi2("POST", {}, requestTime);
        QCOMPARE(reply.api2Code().toInt(-1), accepted ? 0 : 4500);
        QCOMPARE(reply.api2CodeDesc(), accepted ? u"Success"_s : u"AuthFailure.SignatureExpire"_s);
    }
    QCOMPARE(m_emulator->createdKeyCount(), accepted ? 1 : 0);
}

void TestGatewayEmulator::duplicateManualId_data()
{
    QTest::addColumn<ApiGeneration>("first");
    QTest::addColumn<ApiGeneration>("second");
    QTest::newRow("3.0 then 3.0") << ApiGeneration::Api3 << ApiGeneration::Api3;
    QTest::newRow("2.0 then 2.0") << ApiGeneration::Api2 << ApiGeneration::Api2;
    QTest::newRow("3.0 then 2.0") << ApiGeneration::Api3 << ApiGeneration::Api2;
}

void TestGatewayEmulator::duplicateManualId()
{
    QFETCH(ApiGeneration, first);
    QFETCH(ApiGeneration, second);
    const QJsonObject api3 = api3Body(u"manual"_s, u"taken_id"_s, u"taken_secret"_s);
    const Parameters api2 = {
        {"type", "manual"}, {"secretId", "taken_id"}, {"secretKey", "other_secret"}};
    const EmulatorReply created = createValid(first, api3, api2);
    QCOMPARE(created.status, 200);
    QVERIFY(m_emulator->hasKey(u"taken_id"_s));

    // Even another account cannot take an id that exists.
    m_emulator->addCredentials(u"AKIDsecondOperator000000000000000000"_s, "second_key_0123");
    const EmulatorReply duplicate =
        createValid(second, api3, api2, "AKIDsecondOperator000000000000000000", "second_key_0123");
    if (second == ApiGeneration::Api3) {
        QCOMPARE(duplicate.api3Code(), u"FailedOperation.AccessKeyExist"_s);
    } else {
        QCOMPARE(duplicate.api2Code().toInt(), 4000);
        QCOMPARE(duplicate.api2CodeDesc(), u"FailedOperation.AccessKeyExist"_s);
    }
    QCOMPARE(m_emulator->createdKeyCount(), 1);
}

void TestGatewayEmulator::keyLimit_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("3.0") << ApiGeneration::Api3;
    QTest::newRow("2.0") << ApiGeneration::Api2;
}

void TestGatewayEmulator::keyLimit()
{
    QFETCH(ApiGeneration, generation);
    m_emulator->setKeyLimit(3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(succeeded(createValid(generation, api3Body(), {})));
    const EmulatorReply refused = createValid(generation, api3Body(), {});
    if (generation == ApiGeneration::Api3) {
        QCOMPARE(refused.api3Code(), u"LimitExceeded.ApiKeyCountLimitExceeded"_s);
    } else {
        QCOMPARE(refused.api2Code().toInt(), 4400);
        QCOMPARE(refused.api2CodeDesc(), u"LimitExceeded.ApiKeyCountLimitExceeded"_s);
    }
    QCOMPARE(m_emulator->createdKeyCount(), 3);

    // The limit is per account.
    m_emulator->addCredentials(u"AKIDsecondOperator000000000000000000"_s, "second_key_0123");
    const EmulatorReply other = createValid(
        generation, api3Body(), {}, "AKIDsecondOperator000000000000000000", "second_key_0123");
    QVERIFY(succeeded(other));
    QCOMPARE(m_emulator->createdKeyCount(), 4);
}

void TestGatewayEmulator::rateLimit_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("3.0") << ApiGeneration::Api3;
    QTest::newRow("2.0") << ApiGeneration::Api2;
}

void TestGatewayEmulator::rateLimit()
{
    QFETCH(ApiGeneration, generation);
    auto isRateLimited = [generation](const EmulatorReply &reply) {
        if (generation == ApiGeneration::Api3)
            return reply.api3Code() == u"RequestLimitExceeded";
        return reply.api2Code().toInt() == 4400 && reply.api2CodeDesc() == u"RequestLimitExceeded";
    };
    // All within the same instant of the injected clock: the 21st is one too many.
    for (int i = 0; i < 20; ++i) {
        const EmulatorReply reply = createValid(generation, api3Body(), {});
        QVERIFY2(succeeded(reply), reply.body.constData());
    }
    QVERIFY(isRateLimited(createValid(generation, api3Body(), {})));
    QCOMPARE(m_emulator->createdKeyCount(), 20);

    // Another account has its own budget.
    m_emulator->addCredentials(u"AKIDsecondOperator000000000000000000"_s, "second_key_0123");
    QVERIFY(succeeded(createValid(generation, api3Body(), {},
                                  "AKIDsecondOperator000000000000000000", "second_key_0123")));

    // 999 ms later the window still holds twenty; one second later it is empty again.
    m_clock.setCurrentUtc(m_clock.currentUtc().addMSecs(999));
    QVERIFY(isRateLimited(createValid(generation, api3Body(), {})));
    m_clock.setCurrentUtc(m_clock.currentUtc().addMSecs(1));
    const EmulatorReply later = createValid(generation, api3Body(), {});
    QVERIFY2(succeeded(later), later.body.constData());
    QCOMPARE(m_emulator->createdKeyCount(), 22);
}

void TestGatewayEmulator::codeAsString()
{
    m_emulator->setCodeAsString(true);
    const EmulatorReply success = createApi2();
    QCOMPARE(success.api2Code(), QJsonValue(u"0"_s));
    QVERIFY(success.body.contains(R"("code":"0")"));

    LegacyCall forged = legacy("POST", "HmacSHA256");
    signLegacy(forged, base(), "not_the_key_0123456");
    const EmulatorReply failure = send(*m_client, base(), forged);
    QCOMPARE(failure.api2Code(), QJsonValue(u"4100"_s));

    m_emulator->setCodeAsString(false);
    QCOMPARE(createApi2().api2Code(), QJsonValue(0));
}

void TestGatewayEmulator::sessionToken_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("accepted");
    for (const auto generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        const char *name = generation == ApiGeneration::Api3 ? "3.0" : "2.0";
        QTest::addRow("%s right token", name)
            << generation << QByteArray("session-token-1") << true;
        QTest::addRow("%s wrong token", name)
            << generation << QByteArray("session-token-2") << false;
        QTest::addRow("%s no token", name) << generation << QByteArray() << false;
    }
}

void TestGatewayEmulator::sessionToken()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, token);
    QFETCH(bool, accepted);
    m_emulator->addCredentials(OperatorCredentials::fromInput(
        u"AKIDtemporary0000000000000000000000"_s, u"temporary_key_0123"_s, u"session-token-1"_s));

    EmulatorReply reply;
    if (generation == ApiGeneration::Api3) {
        Tc3Call call = tc3Call(api3Body(), Now);
        if (!token.isEmpty())
            call.extraHeaders.append({"X-TC-Token", token});
        signTc3(call, base(), "AKIDtemporary0000000000000000000000", "temporary_key_0123");
        reply = send(*m_client, base(), call);
        QCOMPARE(reply.api3Code(), accepted ? QString() : u"AuthFailure.TokenFailure"_s);
    } else {
        Parameters business;
        if (!token.isEmpty())
            business.append({"Token", token});
        LegacyCall call = legacyCall("POST", Now, ++m_nonce, "HmacSHA256", business,
                                     "AKIDtemporary0000000000000000000000");
        signLegacy(call, base(), "temporary_key_0123");
        reply = send(*m_client, base(), call);
        QCOMPARE(reply.api2Code().toInt(-1), accepted ? 0 : 4105);
    }
    QCOMPARE(m_emulator->createdKeyCount(), accepted ? 1 : 0);
}

void TestGatewayEmulator::demoCredentials()
{
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    QVERIFY(demo.isComplete());
    QCOMPARE(checkCredentials(demo), CredentialProblem::None);
    const QByteArray id = demo.secretId.toUtf8();
    QVERIFY(succeeded(createValid(ApiGeneration::Api3, api3Body(), {}, id, demo.secretKey.utf8())));

    // Removing every credential removes the demo pair too.
    m_emulator->removeAllCredentials();
    QCOMPARE(createValid(ApiGeneration::Api3, api3Body(), {}, id, demo.secretKey.utf8()).api3Code(),
             u"AuthFailure.SecretIdNotFound"_s);
    QCOMPARE(createValid(ApiGeneration::Api2, {}, {}).api2Code().toInt(), 4104);
}

void TestGatewayEmulator::requestCount()
{
    QSignalSpy received(m_emulator.get(), &GatewayEmulator::requestReceived);
    QCOMPARE(m_emulator->requestCount(), 0);
    createApi3(api3Body());
    createApi2("GET");
    // Refused ones count as well.
    createApi3(api3Body(), Now + 3600);
    QCOMPARE(m_emulator->requestCount(), 3);
    QCOMPARE(received.size(), 3);

    // Not an API path: not counted.
    QUrl other = base();
    other.setPath(u"/favicon.ico"_s);
    QCOMPARE(m_client->send("GET", other, {}, {}).status, 404);
    QCOMPARE(m_emulator->requestCount(), 3);

    // A request on an API path that cannot even be read still counts.
    const RawExchange raw = rawExchange(
        m_emulator->port(),
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 5000);
    QVERIFY(raw.received.startsWith("HTTP/1.1 411 "));
    QCOMPARE(m_emulator->requestCount(), 4);
    QCOMPARE(received.size(), 4);
}

void TestGatewayEmulator::regions_data()
{
    QTest::addColumn<QByteArray>("region");
    QTest::addColumn<bool>("api3Accepted");
    QTest::addColumn<bool>("api2Accepted");
    // The vendor's list for API Gateway, written out here rather than read from the code.
    for (const char *region :
         {"ap-guangzhou", "ap-shanghai", "ap-nanjing", "ap-beijing", "ap-chengdu", "ap-chongqing",
          "ap-hongkong", "ap-singapore", "ap-seoul", "ap-tokyo", "ap-bangkok", "na-siliconvalley",
          "eu-frankfurt", "ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-beijing-fsi"})
        QTest::newRow(region) << QByteArray(region) << true << true;
    // API 2.0's short names for the same regions.
    for (const char *region : {"gz", "sh", "bj", "hk", "sg", "shjr", "szjr"})
        QTest::newRow(region) << QByteArray(region) << false << true;
    // Regions of other products, where API Gateway is not offered.
    for (const char *region :
         {"ap-mumbai", "ap-jakarta", "na-ashburn", "na-toronto", "sa-saopaulo", "eu-moscow", "in"})
        QTest::newRow(region) << QByteArray(region) << false << false;
}

void TestGatewayEmulator::regions()
{
    QFETCH(QByteArray, region);
    QFETCH(bool, api3Accepted);
    QFETCH(bool, api2Accepted);

    Tc3Call call = tc3Call(api3Body(), Now);
    call.region = region;
    signTc3(call, base());
    const EmulatorReply api3 = send(*m_client, base(), call);
    QCOMPARE(api3.api3Code(), api3Accepted ? QString() : u"UnsupportedRegion"_s);

    LegacyCall legacyCall = legacy("POST", "HmacSHA256");
    setParameter(legacyCall.parameters, "Region", region);
    signLegacy(legacyCall, base());
    const EmulatorReply api2 = send(*m_client, base(), legacyCall);
    QCOMPARE(api2.api2Code().toInt(), api2Accepted ? 0 : 4000);
    QCOMPARE(api2.api2CodeDesc(), api2Accepted ? u"Success"_s : u"UnsupportedRegion"_s);
}

void TestGatewayEmulator::demoCredentialsOnlyOnLoopback()
{
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    auto createAsDemo = [&demo](GatewayEmulator &emulator) {
        EmulatorTestClient client;
        Tc3Call call = tc3Call(api3Body(), QDateTime::currentSecsSinceEpoch());
        signTc3(call, emulator.baseUrl(), demo.secretId.toUtf8(), demo.secretKey.utf8());
        return send(client, emulator.baseUrl(), call).api3Code();
    };
    // Every address of the machine: reachable from other computers.
    GatewayEmulator everywhere;
    QVERIFY(everywhere.listen(QHostAddress::AnyIPv4));
    QVERIFY(!everywhere.acceptsDemoCredentials());
    QCOMPARE(createAsDemo(everywhere), u"AuthFailure.SecretIdNotFound"_s);

    GatewayEmulator allowed;
    allowed.setDemoCredentialsOnNetwork(true);
    QVERIFY(allowed.listen(QHostAddress::AnyIPv4));
    QVERIFY(allowed.acceptsDemoCredentials());
    QCOMPARE(createAsDemo(allowed), QString());

    GatewayEmulator loopback;
    QVERIFY(loopback.listen());
    QVERIFY(loopback.acceptsDemoCredentials());
    QCOMPARE(createAsDemo(loopback), QString());
}

QTEST_GUILESS_MAIN(TestGatewayEmulator)
#include "tst_gatewayemulator.moc"
