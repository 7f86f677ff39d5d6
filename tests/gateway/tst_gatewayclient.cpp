// GatewayClient against the real emulator over loopback: every request shape, every error the
// emulator can produce, every fault, and proof that nothing is ever sent twice.

#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaytest.h"
#include "requestsigning.h"

#include <QtTest>

using namespace GatewayTest;
using namespace std::chrono_literals;
using Kind = GatewayError::Kind;
using Fault = GatewayEmulator::Fault;

Q_DECLARE_METATYPE(GatewayError::Kind)
Q_DECLARE_METATYPE(ErrorCategory)
Q_DECLARE_METATYPE(GatewayEmulator::Fault)

class tst_GatewayClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsKey_data();
    void createsKey();
    void reportsGatewayErrors_data();
    void reportsGatewayErrors();
    void refusesReplayedNonce();
    void reportsFaults_data();
    void reportsFaults();
    void delayWithinTimeoutSucceeds();
    void timeoutIsNotCancel_data();
    void timeoutIsNotCancel();
    void cancelBeforeAnythingHappened();
    void finishesExactlyOnce();
    void deletingRunningCallIsSilent();
    void refusesPlainHttpToRemoteHost();
    void refusesUnsendableRequests_data();
    void refusesUnsendableRequests();
    void sendsAnyAction_data();
    void sendsAnyAction();
    void unknownActionIsAGatewayError();
    void genericCallReportsOnce();

private:
    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<GatewayClient> m_client;
};

void tst_GatewayClient::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<GatewayClient>();
    m_client->setIdleTimeout(10s);
}

void tst_GatewayClient::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void tst_GatewayClient::createsKey_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<KeyType>("type");
    for (const Shape &shape : allShapes()) {
        for (const KeyType type : {KeyType::Auto, KeyType::Manual}) {
            // A GET would carry a manual key's secret in its URL: the builder refuses it.
            if (type == KeyType::Manual && shape.httpMethod == LegacyHttpMethod::Get &&
                shape.generation == ApiGeneration::Api2)
                continue;
            QTest::addRow("%s %s", qPrintable(shape.name()), qPrintable(keyTypeName(type)))
                << shape << type;
        }
    }
}

void tst_GatewayClient::createsKey()
{
    QFETCH(Shape, shape);
    QFETCH(KeyType, type);
    const QString manualId = QStringLiteral("tst_manual_id_1");
    const QString manualSecret = QStringLiteral("tst_manual_secret_0123456789");
    const KeySpec spec = type == KeyType::Auto ? autoKey(QStringLiteral("名字 with space+plus&amp"))
                                               : manualKey(manualId, manualSecret);

    CallWatcher watcher(
        m_client->sendAction(buildRequest(*m_emulator, shape, spec), shape.generation), type);
    QVERIFY(watcher.wait());
    const CreatedKey *key = watcher.key();
    QVERIFY2(key, qPrintable(describe(watcher)));

    QCOMPARE(key->generation, shape.generation);
    QCOMPARE(key->type, type);
    QCOMPARE(key->name, spec.name);
    QVERIFY(m_emulator->hasKey(key->keyId));
    QVERIFY(!key->keySecret.isEmpty());
    if (type == KeyType::Manual) {
        QCOMPARE(key->keyId, manualId);
        QCOMPARE(key->keySecret.toString(), manualSecret);
    }
    QCOMPARE(m_emulator->requestCount(), 1);
    QCOMPARE(m_emulator->createdKeyCount(), 1);
    QCOMPARE(watcher.emissions(), 1);
}

namespace {

enum class Scenario { WrongSecretKey, UnknownSecretId, DuplicateId, KeyLimit, RateLimit, Clock };

} // namespace

Q_DECLARE_METATYPE(Scenario)

void tst_GatewayClient::reportsGatewayErrors_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<QString>("code");

    const Shape api3;
    const Shape api2{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA256,
                     LegacyHttpMethod::Post};
    const Shape api2Get{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA1,
                        LegacyHttpMethod::Get};
    struct Row
    {
        const char *name;
        Scenario scenario;
        ErrorCategory api3Category;
        const char *api3Code;
        ErrorCategory api2Category;
        const char *api2Code;
    };
    using C = ErrorCategory;
    const Row rows[] = {
        {"wrong SecretKey", Scenario::WrongSecretKey, C::Authentication,
         "AuthFailure.SignatureFailure", C::Authentication, "4100"},
        {"unknown SecretId", Scenario::UnknownSecretId, C::Authentication,
         "AuthFailure.SecretIdNotFound", C::Authentication, "4104"},
        {"duplicate id", Scenario::DuplicateId, C::Duplicate, "FailedOperation.AccessKeyExist",
         C::Duplicate, "4000"},
        {"key limit", Scenario::KeyLimit, C::Quota, "LimitExceeded.ApiKeyCountLimitExceeded",
         C::Quota, "4400"},
        // API 2.0 documents no rate-limit code; the emulator answers 4400 ("quota exceeded")
        // with codeDesc RequestLimitExceeded, and the catalog reads the name: a rate limit.
        {"rate limit", Scenario::RateLimit, C::RateLimit, "RequestLimitExceeded", C::RateLimit,
         "4400"},
        {"clock skew", Scenario::Clock, C::Clock, "AuthFailure.SignatureExpire", C::Clock, "4500"},
    };
    for (const Row &row : rows) {
        for (const Shape &shape : {api3, api2, api2Get}) {
            // A duplicate needs a manual key, which a GET never carries.
            if (row.scenario == Scenario::DuplicateId && shape.httpMethod == LegacyHttpMethod::Get)
                continue;
            const bool isApi3 = shape.generation == ApiGeneration::Api3;
            QTest::addRow("%s, %s", qPrintable(shape.name()), row.name)
                << shape << row.scenario << (isApi3 ? row.api3Category : row.api2Category)
                << QString::fromLatin1(isApi3 ? row.api3Code : row.api2Code);
        }
    }
}

void tst_GatewayClient::reportsGatewayErrors()
{
    QFETCH(Shape, shape);
    QFETCH(Scenario, scenario);
    QFETCH(ErrorCategory, category);
    QFETCH(QString, code);

    KeySpec spec = autoKey();
    Signing signing;
    const FixedClock skewed(QDateTime::currentDateTimeUtc().addSecs(-10 * 60));
    int sends = 1;
    switch (scenario) {
    case Scenario::WrongSecretKey:
        signing.credentials = OperatorCredentials::fromInput(
            GatewayEmulator::demoCredentials().secretId, QStringLiteral("notTheRightKey0000000"));
        break;
    case Scenario::UnknownSecretId:
        signing.credentials =
            OperatorCredentials::fromInput(QStringLiteral("AKIDnobodyKnowsThisOne000000000000"),
                                           GatewayEmulator::demoCredentials().secretKey.toString());
        break;
    case Scenario::DuplicateId:
        spec = manualKey(QStringLiteral("tst_taken_id"), QStringLiteral("tst_secret_0123456789"));
        sends = 2;
        break;
    case Scenario::KeyLimit:
        m_emulator->setKeyLimit(1);
        sends = 2;
        break;
    case Scenario::RateLimit:
        m_emulator->setRateLimit(1);
        sends = 2;
        break;
    case Scenario::Clock:
        signing.clock = &skewed;
        break;
    }

    // Every send but the last is expected to succeed and to set the scene.
    for (int i = 1; i < sends; ++i) {
        CallWatcher first(m_client->sendAction(buildRequest(*m_emulator, shape, spec, signing),
                                               shape.generation));
        QVERIFY(first.wait());
        QVERIFY2(first.key(), qPrintable(describe(first)));
    }
    CallWatcher watcher(
        m_client->sendAction(buildRequest(*m_emulator, shape, spec, signing), shape.generation));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Gateway);
    QCOMPARE(error->code, code);
    QCOMPARE(error->category, category);
    QCOMPARE(error->httpStatus, 200);
    QCOMPARE(error->generation, shape.generation);
    QVERIFY(!error->mayHaveBeenProcessed);
    if (shape.generation == ApiGeneration::Api3)
        QVERIFY(!error->requestId.isEmpty());
    QCOMPARE(m_emulator->requestCount(), sends);
    QCOMPARE(m_emulator->createdKeyCount(), sends - 1);
}

void tst_GatewayClient::refusesReplayedNonce()
{
    const Shape shape{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA256,
                      LegacyHttpMethod::Post};
    FixedNonceSource sameNonce(424242);
    Signing signing;
    signing.nonces = &sameNonce;

    CallWatcher first(m_client->sendAction(buildRequest(*m_emulator, shape, autoKey(), signing),
                                           shape.generation));
    QVERIFY(first.wait());
    QVERIFY2(first.key(), qPrintable(describe(first)));

    CallWatcher replayed(m_client->sendAction(buildRequest(*m_emulator, shape, autoKey(), signing),
                                              shape.generation));
    QVERIFY(replayed.wait());
    const GatewayError *error = replayed.error();
    QVERIFY2(error, qPrintable(describe(replayed)));
    QCOMPARE(error->kind, Kind::Gateway);
    QCOMPARE(error->code, QStringLiteral("4500"));
    QCOMPARE(error->category, ErrorCategory::Clock);
    QCOMPARE(m_emulator->requestCount(), 2);
    QCOMPARE(m_emulator->createdKeyCount(), 1);
}

void tst_GatewayClient::reportsFaults_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("mayHaveBeenProcessed");
    QTest::addColumn<int>("httpStatus");

    struct Row
    {
        const char *name;
        Fault fault;
        Kind kind;
        bool mayHaveBeenProcessed;
        int httpStatus;
    };
    const Row rows[] = {
        {"delay past the timeout", Fault::Delay, Kind::Timeout, true, 0},
        {"stall mid-body", Fault::StallMidBody, Kind::Timeout, true, 200},
        {"HTTP 500 HTML", Fault::Http500Html, Kind::HttpStatus, true, 500},
        {"malformed JSON", Fault::MalformedJson, Kind::MalformedResponse, true, 200},
        {"oversized body", Fault::OversizedBody, Kind::ResponseTooLarge, true, 200},
        {"redirect elsewhere", Fault::RedirectOtherOrigin, Kind::Redirect, false, 307},
        // Acted on, then pointed at the result: the key exists although no success was seen.
        {"see other after acting", Fault::SeeOther, Kind::Redirect, true, 303},
        {"close without answer", Fault::CloseWithoutAnswer, Kind::Network, true, 0},
    };
    const Shape api2Get{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA256,
                        LegacyHttpMethod::Get};
    const Shape api2Post{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA1,
                         LegacyHttpMethod::Post};
    for (const Row &row : rows) {
        for (const Shape &shape : {Shape{}, api2Post, api2Get}) {
            QTest::addRow("%s, %s", qPrintable(shape.name()), row.name)
                << shape << row.fault << row.kind << row.mayHaveBeenProcessed << row.httpStatus;
        }
    }
}

void tst_GatewayClient::reportsFaults()
{
    QFETCH(Shape, shape);
    QFETCH(Fault, fault);
    QFETCH(Kind, kind);
    QFETCH(bool, mayHaveBeenProcessed);
    QFETCH(int, httpStatus);

    m_client->setIdleTimeout(300ms);
    m_emulator->setFault(fault, 3s);
    CallWatcher watcher(
        m_client->sendAction(buildRequest(*m_emulator, shape, autoKey()), shape.generation));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, kind);
    QCOMPARE(error->mayHaveBeenProcessed, mayHaveBeenProcessed);
    QCOMPARE(error->httpStatus, httpStatus);
    QCOMPARE(error->generation, shape.generation);
    QVERIFY2(!error->detail.isEmpty(), "the error says nothing in words");
    QCOMPARE(watcher.emissions(), 1);

    switch (fault) {
    case Fault::Http500Html:
        // The page's text, not its markup.
        QVERIFY2(error->detail.contains(u"500 Internal Server Error"), qPrintable(error->detail));
        QVERIFY2(!error->detail.contains(u'<'), qPrintable(error->detail));
        QCOMPARE(error->category, ErrorCategory::Server);
        break;
    case Fault::RedirectOtherOrigin: {
        // Named, and not followed: the target is this very emulator under another host name,
        // so following would have shown as a second request.
        const QString otherHost = m_emulator->baseUrl().host() == u"localhost"
                                      ? QStringLiteral("127.0.0.1")
                                      : QStringLiteral("localhost");
        QVERIFY2(error->detail.contains(otherHost), qPrintable(error->detail));
        break;
    }
    default:
        break;
    }

    // Nothing was sent twice, whatever went wrong; give a resend every chance to show.
    QTest::qWait(200);
    QCOMPARE(m_emulator->requestCount(), 1);
    QVERIFY(m_emulator->createdKeyCount() <= 1);
}

void tst_GatewayClient::delayWithinTimeoutSucceeds()
{
    m_client->setIdleTimeout(5s);
    m_emulator->setFault(Fault::Delay, 300ms);
    QElapsedTimer elapsed;
    elapsed.start();
    CallWatcher watcher(
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    QVERIFY2(watcher.key(), qPrintable(describe(watcher)));
    QVERIFY(elapsed.elapsed() >= 250);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void tst_GatewayClient::timeoutIsNotCancel_data()
{
    QTest::addColumn<bool>("cancelFirst");
    QTest::newRow("idle timeout") << false;
    QTest::newRow("user cancel") << true;
}

void tst_GatewayClient::timeoutIsNotCancel()
{
    QFETCH(bool, cancelFirst);
    m_client->setIdleTimeout(cancelFirst ? 10s : 300ms);
    m_emulator->setFault(Fault::Delay, 20s);
    GatewayCall *call =
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3);
    CallWatcher watcher(call);
    if (cancelFirst) {
        QTRY_COMPARE(m_emulator->requestCount(), 1);
        call->cancel();
        // Reported before cancel() returns.
        QCOMPARE(watcher.emissions(), 1);
    }
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, cancelFirst ? Kind::Cancelled : Kind::Timeout);
    // The request had reached the emulator, which acts on it before its delayed answer.
    QVERIFY(error->mayHaveBeenProcessed);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void tst_GatewayClient::cancelBeforeAnythingHappened()
{
    GatewayCall *call =
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3);
    CallWatcher watcher(call);
    call->cancel();
    QCOMPARE(watcher.emissions(), 1);
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Cancelled);
    QVERIFY(!error->mayHaveBeenProcessed);
    QTest::qWait(200);
    QCOMPARE(m_emulator->requestCount(), 0);
}

void tst_GatewayClient::finishesExactlyOnce()
{
    GatewayCall *call =
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3);
    CallWatcher watcher(call);
    // Never from inside send(): a listener connected afterwards hears it.
    QCOMPARE(watcher.emissions(), 0);
    QVERIFY(!call->isFinished());
    QVERIFY(watcher.wait());
    QVERIFY2(watcher.key(), qPrintable(describe(watcher)));
    QVERIFY(call->isFinished());
    call->cancel();
    call->cancel();
    QTest::qWait(100);
    QCOMPARE(watcher.emissions(), 1);
    QVERIFY(watcher.key());
}

void tst_GatewayClient::deletingRunningCallIsSilent()
{
    m_emulator->setFault(Fault::Delay, 500ms);
    QPointer<GatewayCall> call =
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3);
    CallWatcher watcher(call);
    QTRY_COMPARE(m_emulator->requestCount(), 1);
    call->deleteLater();
    QTRY_VERIFY(call.isNull());
    QTest::qWait(800);
    QCOMPARE(watcher.emissions(), 0);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void tst_GatewayClient::refusesPlainHttpToRemoteHost()
{
    // A TEST-NET address nobody answers at: a connection attempt would hang until the timeout.
    HttpRequest request = buildRequest(*m_emulator, Shape{}, autoKey());
    request.url = QUrl::fromEncoded("http://192.0.2.1/", QUrl::StrictMode);
    QElapsedTimer elapsed;
    elapsed.start();
    CallWatcher watcher(m_client->sendAction(request, ApiGeneration::Api3));
    QCOMPARE(watcher.emissions(), 0);
    QVERIFY(watcher.wait(2s));
    QVERIFY(elapsed.elapsed() < 1000);
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::InsecureEndpoint);
    QVERIFY(!error->mayHaveBeenProcessed);
    QVERIFY(error->detail.contains(u"192.0.2.1"));
}

void tst_GatewayClient::refusesUnsendableRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray() << QByteArray() << QByteArray()
                         << Kind::InvalidRequest;
    QTest::newRow("header value with a line break")
        << QByteArray("POST") << QByteArray("X-TC-Region")
        << QByteArray("ap-guangzhou\r\nX-Injected: 1") << QByteArray() << Kind::InvalidRequest;
    QTest::newRow("header name with a space")
        << QByteArray("POST") << QByteArray("X TC") << QByteArray("1") << QByteArray()
        << Kind::InvalidRequest;
    QTest::newRow("own Content-Length") << QByteArray("POST") << QByteArray("Content-Length")
                                        << QByteArray("1") << QByteArray() << Kind::InvalidRequest;
    QTest::newRow("ftp") << QByteArray("POST") << QByteArray() << QByteArray()
                         << QByteArray("ftp://127.0.0.1/") << Kind::InvalidRequest;
    QTest::newRow("user info") << QByteArray("POST") << QByteArray() << QByteArray()
                               << QByteArray("https://user:pw@gateway.example/")
                               << Kind::InvalidRequest;
    QTest::newRow("plain http to a name")
        << QByteArray("POST") << QByteArray() << QByteArray()
        << QByteArray("http://gateway.example/") << Kind::InsecureEndpoint;
    QTest::newRow("plain http to a private address")
        << QByteArray("POST") << QByteArray() << QByteArray() << QByteArray("http://10.0.0.1/")
        << Kind::InsecureEndpoint;
}

void tst_GatewayClient::refusesUnsendableRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, url);
    QFETCH(Kind, kind);

    HttpRequest request = buildRequest(*m_emulator, Shape{}, autoKey());
    request.method = method;
    if (!headerName.isEmpty())
        request.headers.append({headerName, headerValue});
    if (!url.isEmpty())
        request.url = QUrl::fromEncoded(url, QUrl::StrictMode);
    CallWatcher watcher(m_client->sendAction(request, ApiGeneration::Api3));
    QVERIFY(watcher.wait(2s));
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, kind);
    QVERIFY(!error->mayHaveBeenProcessed);
    QTest::qWait(100);
    QCOMPARE(m_emulator->requestCount(), 0);
}

namespace {

// The one answer of a generic call, and how many times it came.
struct AnswerWatcher
{
    explicit AnswerWatcher(GatewayCall *call)
    {
        QObject::connect(call, &GatewayCall::finished, call, [this](const GatewayAnswer &a) {
            ++emissions;
            answer = a;
        });
    }
    int emissions = 0;
    std::optional<GatewayAnswer> answer;
};

} // namespace

void tst_GatewayClient::sendsAnyAction_data()
{
    QTest::addColumn<Shape>("shape");
    for (const Shape &shape : allShapes())
        QTest::newRow(qPrintable(shape.name())) << shape;
}

// Through the generic interface the action's decoder is the caller's: the reply arrives as the
// envelope left it.
void tst_GatewayClient::sendsAnyAction()
{
    QFETCH(Shape, shape);
    GatewaySender &sender = *m_client;
    AnswerWatcher watcher(sender.sendAction(
        buildRequest(*m_emulator, shape, autoKey(QStringLiteral("generic"))), shape.generation));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.emissions, 1, 20000);
    const auto *reply = std::get_if<GatewayReply>(&*watcher.answer);
    QVERIFY(reply);
    QCOMPARE(reply->generation, shape.generation);
    QString keyId;
    if (shape.generation == ApiGeneration::Api3) {
        QVERIFY(!reply->requestId.isEmpty());
        keyId = reply->payload.value(u"Result").toObject().value(u"AccessKeyId").toString();
    } else {
        // The emulator spells it as the vendor's documentation does, `secretID`.
        keyId = reply->payload.value(u"secretID").toString();
    }
    QVERIFY(m_emulator->hasKey(keyId));
    QTest::qWait(100);
    QCOMPARE(watcher.emissions, 1);
    QCOMPARE(m_emulator->requestCount(), 1);
}

void tst_GatewayClient::unknownActionIsAGatewayError()
{
    // A real action of the vendor's that the emulator does not serve (it serves the key actions).
    ApiRequest request;
    request.action = "CreateUsagePlan";
    request.set("UsagePlanName", QStringLiteral("plan"));
    const GatewayEndpoint endpoint =
        endpointFor(m_emulator->endpointUrl(ApiGeneration::Api3), Shape{});
    const HttpRequest signed_ = signTc3Request(request, GatewayEmulator::demoCredentials(),
                                               endpoint, QDateTime::currentSecsSinceEpoch());
    AnswerWatcher watcher(m_client->sendAction(signed_, ApiGeneration::Api3));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.emissions, 1, 20000);
    const auto *error = std::get_if<GatewayError>(&*watcher.answer);
    QVERIFY(error);
    QCOMPARE(error->kind, Kind::Gateway);
    QCOMPARE(error->code, QStringLiteral("InvalidAction"));
    QCOMPARE(error->category, ErrorCategory::Endpoint);
    QCOMPARE(error->httpStatus, 200);
    QVERIFY(!error->requestId.isEmpty());
}

void tst_GatewayClient::genericCallReportsOnce()
{
    // Refused: from the event loop, never from inside sendAction().
    HttpRequest remote = buildRequest(*m_emulator, Shape{}, autoKey());
    remote.url = QUrl::fromEncoded("http://192.0.2.1/", QUrl::StrictMode);
    AnswerWatcher refused(m_client->sendAction(remote, ApiGeneration::Api3));
    QCOMPARE(refused.emissions, 0);
    QTRY_COMPARE(refused.emissions, 1);
    QCOMPARE(std::get<GatewayError>(*refused.answer).kind, Kind::InsecureEndpoint);

    // Cancelled: reported before cancel() returns, once.
    GatewayCall *call =
        m_client->sendAction(buildRequest(*m_emulator, Shape{}, autoKey()), ApiGeneration::Api3);
    AnswerWatcher cancelled(call);
    call->cancel();
    QCOMPARE(cancelled.emissions, 1);
    QCOMPARE(std::get<GatewayError>(*cancelled.answer).kind, Kind::Cancelled);
    call->cancel();
    QTest::qWait(200);
    QCOMPARE(cancelled.emissions, 1);
    QCOMPARE(m_emulator->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_GatewayClient)
#include "tst_gatewayclient.moc"
