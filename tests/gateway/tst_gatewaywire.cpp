// GatewayClient against a scripted loopback server: the bytes on the wire, and answers no real
// gateway would give (but a proxy, a load balancer or a broken server might).

#include "createapikeyrequest.h"
#include "failuretext.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaytest.h"
#include "scriptedhttpserver.h"

#include <QtTest>

using namespace GatewayTest;
using namespace std::chrono_literals;
using Kind = GatewayError::Kind;

Q_DECLARE_METATYPE(GatewayError::Kind)
Q_DECLARE_METATYPE(ErrorCategory)

namespace {

struct ReceivedRequest
{
    QByteArray requestLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArrayList values(QByteArrayView name) const
    {
        QByteArrayList found;
        for (const auto &[headerName, value] : headers) {
            if (headerName.compare(name, Qt::CaseInsensitive) == 0)
                found.append(value);
        }
        return found;
    }
};

ReceivedRequest parse(const QByteArray &raw)
{
    ReceivedRequest request;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.first(headEnd).split('\n');
    request.requestLine = lines.first().chopped(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.first(colon), line.mid(colon + 1).trimmed()});
    }
    request.body = raw.mid(headEnd + 4);
    return request;
}

// Something that looks like a created secret, to prove that it never reaches an error text.
const QString Secret = QStringLiteral("Sup3r_Secret_Value_123");

// A 200 answer that carries a secret and then breaks off.
const QByteArray TruncatedSuccess =
    "{\"Response\":{\"Result\":{\"AccessKeyId\":\"AKIDtruncated\",\"AccessKeySecret\":\"" +
    Secret.toLatin1();

} // namespace

class tst_GatewayWire : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsRequestExactlyAsBuilt_data();
    void sendsRequestExactlyAsBuilt();
    void neverResendsAfterCloseWithoutAnswer_data();
    void neverResendsAfterCloseWithoutAnswer();
    void silentServerTimesOut();
    void tricklingAnswerEndsAtTheDeadline_data();
    void tricklingAnswerEndsAtTheDeadline();
    void refusesSecretsInTheUrl_data();
    void refusesSecretsInTheUrl();
    void refusesOversizedAnswers_data();
    void refusesOversizedAnswers();
    void reportsHttpStatus_data();
    void reportsHttpStatus();
    void neverFollowsRedirects_data();
    void neverFollowsRedirects();
    void keepsSecretsOutOfErrors_data();
    void keepsSecretsOutOfErrors();
    void honoursSystemProxyForRemoteHosts();
    void reachesLoopbackDirectlyDespiteProxy();

private:
    HttpRequest manualRequest(const Shape &shape) const;

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<GatewayClient> m_client;
};

void tst_GatewayWire::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setAnswer(ScriptedHttpServer::answer(200, "{}"));
    m_client = std::make_unique<GatewayClient>();
    m_client->setIdleTimeout(10s);
}

void tst_GatewayWire::cleanup()
{
    m_client.reset();
    m_server.reset();
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
}

HttpRequest tst_GatewayWire::manualRequest(const Shape &shape) const
{
    QUrl url = m_server->baseUrl();
    if (shape.generation == ApiGeneration::Api2)
        url.setPath(QStringLiteral("/v2/index.php"));
    // Every character class the encoders treat differently: spaces, reserved characters,
    // non-ASCII text. A GET carries no manual key: its secret would be in the URL.
    const QString name = QStringLiteral("a b+c/d=e&f%g~h 名字");
    if (shape.generation == ApiGeneration::Api2 && shape.httpMethod == LegacyHttpMethod::Get)
        return buildRequest(url, shape, autoKey(name));
    return buildRequest(url, shape, manualKey(QStringLiteral("wire_id_1"), Secret, name));
}

void tst_GatewayWire::sendsRequestExactlyAsBuilt_data()
{
    QTest::addColumn<Shape>("shape");
    for (const Shape &shape : allShapes())
        QTest::addRow("%s", qPrintable(shape.name())) << shape;
}

void tst_GatewayWire::sendsRequestExactlyAsBuilt()
{
    QFETCH(Shape, shape);
    const HttpRequest request = manualRequest(shape);
    CallWatcher watcher(m_client->sendAction(request, shape.generation));
    QVERIFY(watcher.wait());
    QCOMPARE(m_server->requestCount(), 1);
    const ReceivedRequest received = parse(m_server->requests().constFirst());

    // The target as the builder encoded it: not re-encoded, not normalised.
    const QByteArray target = request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    QCOMPARE(received.requestLine, request.method + ' ' + target + " HTTP/1.1");
    // Nothing secret in the request line, which proxies and access logs keep.
    for (const QByteArray &secret :
         {QByteArray("secretKey="), QByteArray("Token="), Secret.toLatin1(),
          GatewayEmulator::demoCredentials().secretKey.utf8()})
        QVERIFY2(!received.requestLine.contains(secret), received.requestLine.constData());

    // Every signed header byte for byte, once; nothing appended to the Content-Type.
    for (const auto &[name, value] : request.headers)
        QCOMPARE(received.values(name), QByteArrayList{value});
    if (request.method == "POST") {
        QVERIFY(!request.header("Content-Type").isEmpty());
        QCOMPARE(received.values("Content-Length"),
                 QByteArrayList{QByteArray::number(request.body.size())});
    } else {
        // The empty body device that keeps QNAM from resending a GET shows as an empty body.
        QCOMPARE(received.values("Content-Length"), QByteArrayList{"0"});
    }

    QCOMPARE(received.values("Host"), QByteArrayList{signedHost(request.url)});
    QCOMPARE(received.values("User-Agent"),
             QByteArrayList{QByteArrayLiteral("apigw-keys/" APIGW_VERSION)});
    QCOMPARE(received.values("Connection"), QByteArrayList{"close"});
    QCOMPARE(received.values("Accept-Encoding"), QByteArrayList{"identity"});
    QVERIFY(received.values("Cookie").isEmpty());
    QCOMPARE(received.body, request.body);
}

void tst_GatewayWire::neverResendsAfterCloseWithoutAnswer_data()
{
    QTest::addColumn<Shape>("shape");
    for (const Shape &shape : allShapes())
        QTest::addRow("%s", qPrintable(shape.name())) << shape;
}

void tst_GatewayWire::neverResendsAfterCloseWithoutAnswer()
{
    // Qt 6.4's QNAM re-sends up to three times, whatever the method, when a connection closes
    // before any answer: the emulator-free proof that the client stops it.
    QFETCH(Shape, shape);
    m_server->setBehaviour(ScriptedHttpServer::Behaviour::CloseWithoutAnswer);
    CallWatcher watcher(m_client->sendAction(manualRequest(shape), shape.generation));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Network);
    QVERIFY(error->mayHaveBeenProcessed);
    QVERIFY2(error->detail.contains(u"without a readable answer"), qPrintable(error->detail));
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->connectionCount(), 1);
}

void tst_GatewayWire::silentServerTimesOut()
{
    m_server->setBehaviour(ScriptedHttpServer::Behaviour::Silent);
    m_client->setIdleTimeout(300ms);
    QElapsedTimer elapsed;
    elapsed.start();
    CallWatcher watcher(m_client->sendAction(manualRequest(Shape{}), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Timeout);
    QVERIFY(error->mayHaveBeenProcessed);
    QVERIFY(elapsed.elapsed() >= 250);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_GatewayWire::tricklingAnswerEndsAtTheDeadline_data()
{
    QTest::addColumn<int>("idleMs");
    QTest::addColumn<int>("deadlineMs"); // 0: not set
    QTest::addColumn<int>("expectedMs");

    QTest::newRow("deadline set") << 1000 << 1500 << 1500;
    QTest::newRow("default: four times the idle timeout") << 400 << 0 << 1600;
}

void tst_GatewayWire::tricklingAnswerEndsAtTheDeadline()
{
    // A byte every 50 ms never leaves the connection idle, and the whole answer would take
    // minutes: only the deadline can end it.
    QFETCH(int, idleMs);
    QFETCH(int, deadlineMs);
    QFETCH(int, expectedMs);
    const QByteArray body = "{\"Response\":{\"RequestId\":\"" + QByteArray(4000, 'r') + "\"}}";
    m_server->setAnswer(ScriptedHttpServer::answer(200, body));
    m_server->setTrickleInterval(50ms);
    m_server->setBehaviour(ScriptedHttpServer::Behaviour::Trickle);
    m_client->setIdleTimeout(std::chrono::milliseconds(idleMs));
    if (deadlineMs > 0)
        m_client->setDeadline(std::chrono::milliseconds(deadlineMs));
    QCOMPARE(m_client->deadline(), std::chrono::milliseconds(expectedMs));

    QElapsedTimer elapsed;
    elapsed.start();
    CallWatcher watcher(m_client->sendAction(manualRequest(Shape{}), ApiGeneration::Api3));
    QVERIFY(watcher.wait(30s));
    const qint64 took = elapsed.elapsed();
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Timeout);
    QVERIFY2(error->detail.contains(u"time limit"), qPrintable(error->detail));
    // The request was there: the key may exist, and the words say so.
    QVERIFY(error->mayHaveBeenProcessed);
    QVERIFY(
        !FailureText::describe(Failure::fromGateway(*error)).mayHaveBeenProcessedWarning.isEmpty());
    QVERIFY2(took >= expectedMs - 50 && took < expectedMs + 2000,
             QByteArray::number(took).constData());
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_GatewayWire::refusesSecretsInTheUrl_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("manual key's secret") << KeyType::Manual << QString() << Secret.toLatin1();
    QTest::newRow("session token") << KeyType::Auto << QStringLiteral("SessionToken_abc123")
                                   << QByteArray("SessionToken_abc123");
}

void tst_GatewayWire::refusesSecretsInTheUrl()
{
    // Put together past the builder, which refuses it, as any other path to the client might.
    QFETCH(KeyType, type);
    QFETCH(QString, token);
    QFETCH(QByteArray, secret);
    KeySpec spec =
        type == KeyType::Manual ? manualKey(QStringLiteral("wire_id_1"), Secret) : autoKey();
    OperatorCredentials credentials = GatewayEmulator::demoCredentials();
    credentials.sessionToken = SecretString(token);
    GatewayEndpoint endpoint;
    endpoint.generation = ApiGeneration::Api2;
    endpoint.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/v2/index.php")));
    endpoint.httpMethod = LegacyHttpMethod::Get;
    const HttpRequest request =
        signLegacyRequest(CreateApiKeyAction::request(spec, ApiGeneration::Api2), credentials,
                          endpoint, QDateTime::currentSecsSinceEpoch(), 4242);
    QVERIFY(request.url.toEncoded().contains(secret));

    CallWatcher watcher(m_client->sendAction(request, ApiGeneration::Api2), type);
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::InvalidRequest);
    QVERIFY(!error->mayHaveBeenProcessed);
    QVERIFY2(error->detail.contains(u"POST"), qPrintable(error->detail));
    QVERIFY(!error->detail.contains(QString::fromLatin1(secret)));
    QTest::qWait(200);
    QCOMPARE(m_server->connectionCount(), 0);
}

void tst_GatewayWire::refusesOversizedAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");

    // Announced: refused on the headers, before the body (which never comes) is awaited.
    QTest::newRow("announced by Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2097152\r\n\r\n{\"Response\":");
    QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 20; ++i)
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    chunked += "0\r\n\r\n";
    QTest::newRow("chunked, unannounced") << chunked;
    const QByteArray unannounced(1024 * 1024 + 1, 'y');
    QTest::newRow("until close, unannounced")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + unannounced);
    QTest::newRow("error page") << ScriptedHttpServer::answer(500, QByteArray(3 << 20, 'z'));
}

void tst_GatewayWire::refusesOversizedAnswers()
{
    QFETCH(QByteArray, answer);
    m_server->setAnswer(answer);
    CallWatcher watcher(m_client->sendAction(manualRequest(Shape{}), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::ResponseTooLarge);
    QVERIFY(error->mayHaveBeenProcessed);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_GatewayWire::reportsHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<bool>("mayHaveBeenProcessed");

    QTest::newRow("404") << 404 << QByteArray("<html><body>Not <b>here</b></body></html>")
                         << QStringLiteral("Not here") << ErrorCategory::Endpoint << false;
    QTest::newRow("429") << 429 << QByteArray("slow down") << QStringLiteral("slow down")
                         << ErrorCategory::RateLimit << false;
    QTest::newRow("502") << 502 << QByteArray("{\"message\":\"upstream\"}")
                         << QStringLiteral("{\"message\":\"upstream\"}") << ErrorCategory::Server
                         << true;
    QTest::newRow("202 is no answer") << 202 << QByteArray("accepted") << QStringLiteral("accepted")
                                      << ErrorCategory::Unknown << true;
    QTest::newRow("long body, control characters")
        << 503 << QByteArray("line one\r\n\tline\x01two" + QByteArray(5000, 'w'))
        << QStringLiteral("line one line two") << ErrorCategory::Server << true;
}

void tst_GatewayWire::reportsHttpStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, excerpt);
    QFETCH(ErrorCategory, category);
    QFETCH(bool, mayHaveBeenProcessed);

    m_server->setAnswer(ScriptedHttpServer::answer(status, body));
    CallWatcher watcher(m_client->sendAction(manualRequest(Shape{}), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::HttpStatus);
    QCOMPARE(error->httpStatus, status);
    QCOMPARE(error->category, category);
    QCOMPARE(error->mayHaveBeenProcessed, mayHaveBeenProcessed);
    QVERIFY2(error->detail.contains(excerpt), qPrintable(error->detail));
    QVERIFY2(error->detail.size() < 300, "the excerpt is short");
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_GatewayWire::neverFollowsRedirects_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("mayHaveBeenProcessed");

    QTest::newRow("302 same origin") << 302 << QByteArray("/elsewhere") << QString() << false;
    // See Other is how a server answers a POST it has processed: the key may exist.
    QTest::newRow("303 after processing the POST") << 303 << QByteArray("/") << QString() << true;
    QTest::newRow("307 other origin") << 307 << QByteArray("https://evil.example/collect")
                                      << QStringLiteral("https://evil.example") << false;
    QTest::newRow("308 other port") << 308 << QByteArray("http://127.0.0.1:9/")
                                    << QStringLiteral("http://127.0.0.1:9") << false;
}

void tst_GatewayWire::neverFollowsRedirects()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QString, named);
    QFETCH(bool, mayHaveBeenProcessed);

    m_server->setAnswer(ScriptedHttpServer::answer(status, {}, "Location: " + location + "\r\n"));
    CallWatcher watcher(m_client->sendAction(manualRequest(Shape{}), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Redirect);
    QCOMPARE(error->httpStatus, status);
    QCOMPARE(error->mayHaveBeenProcessed, mayHaveBeenProcessed);
    QVERIFY2(error->detail.contains(named), qPrintable(error->detail));
    QVERIFY2(!error->detail.contains(u"collect"), "only the origin is named");
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 1);
}

void tst_GatewayWire::keepsSecretsOutOfErrors_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<Kind>("kind");

    const Shape api2Get{ApiGeneration::Api2, LegacySignatureMethod::HmacSHA256,
                        LegacyHttpMethod::Get};
    for (const Shape &shape : {Shape{}, api2Get}) {
        const QString name = shape.name();
        QTest::addRow("%s, 200 broken off", qPrintable(name))
            << shape << ScriptedHttpServer::answer(200, TruncatedSuccess)
            << Kind::MalformedResponse;
        QTest::addRow("%s, 200 cut by the connection", qPrintable(name))
            << shape
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n" + TruncatedSuccess)
            << Kind::Network;
        QTest::addRow("%s, 500", qPrintable(name))
            << shape << ScriptedHttpServer::answer(500, "no") << Kind::HttpStatus;
        // QNAM takes an unreadable status line for a closed connection (and would resend).
        QTest::addRow("%s, not HTTP", qPrintable(name))
            << shape << QByteArray("this is not HTTP\r\n\r\n") << Kind::Network;
    }
}

void tst_GatewayWire::keepsSecretsOutOfErrors()
{
    QFETCH(Shape, shape);
    QFETCH(QByteArray, answer);
    QFETCH(Kind, kind);

    m_server->setAnswer(answer);
    CallWatcher watcher(m_client->sendAction(manualRequest(shape), shape.generation));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QVERIFY2(error->kind == kind, qPrintable(describe(watcher)));
    QVERIFY(error->mayHaveBeenProcessed);
    for (const QString &text : {error->detail, error->message, error->description, error->code})
        QVERIFY2(!text.contains(Secret), qPrintable(text));
}

void tst_GatewayWire::honoursSystemProxyForRemoteHosts()
{
    // The scripted server plays an HTTP proxy that refuses every tunnel: the request for a
    // remote host must have gone to it, and no further.
    const QByteArray proxy = m_server->baseUrl().toEncoded();
    qputenv("https_proxy", proxy);
    qputenv("http_proxy", proxy);
    m_server->setAnswer(ScriptedHttpServer::answer(403, "no tunnels here"));

    CallWatcher watcher(m_client->sendAction(
        buildRequest(QUrl(QStringLiteral("https://apigateway.example.com/")), Shape{}, autoKey()),
        ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    const GatewayError *error = watcher.error();
    QVERIFY2(error, qPrintable(describe(watcher)));
    QCOMPARE(error->kind, Kind::Network);
    QVERIFY(!error->mayHaveBeenProcessed);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(m_server->requests().constFirst().startsWith("CONNECT apigateway.example.com:443 "),
             m_server->requests().constFirst().constData());
}

void tst_GatewayWire::reachesLoopbackDirectlyDespiteProxy()
{
    ScriptedHttpServer proxy;
    QVERIFY(proxy.listen());
    qputenv("http_proxy", proxy.baseUrl().toEncoded());
    qputenv("https_proxy", proxy.baseUrl().toEncoded());

    CallWatcher watcher(m_client->sendAction(manualRequest(Shape{}), ApiGeneration::Api3));
    QVERIFY(watcher.wait());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(proxy.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_GatewayWire)
#include "tst_gatewaywire.moc"
