// The generic signers with actions other than CreateApiKey: the vendor's published API 2.0
// signatures, reached through a list parameter that must flatten to `InstanceIds.0`, and the
// API 3.0 body of every parameter type, read back by Qt's own JSON parser.

#include "coretest.h"
#include "requestsigning.h"
#include "tc3signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 PublishedTimestamp = 1465185768;
constexpr quint32 PublishedNonce = 11886;

OperatorCredentials publishedCredentials()
{
    return OperatorCredentials::fromInput(u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"_s,
                                          u"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"_s);
}

GatewayEndpoint legacyGet(LegacySignatureMethod method)
{
    GatewayEndpoint endpoint;
    endpoint.generation = ApiGeneration::Api2;
    endpoint.url = QUrl(u"https://cvm.api.qcloud.com/v2/index.php"_s);
    endpoint.region = u"ap-guangzhou"_s;
    endpoint.httpMethod = LegacyHttpMethod::Get;
    endpoint.signatureMethod = method;
    return endpoint;
}

// The parameters of a query or form body, decoded.
QMap<QByteArray, QByteArray> decodePairs(const QByteArray &encoded)
{
    QMap<QByteArray, QByteArray> pairs;
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        pairs.insert(QByteArray::fromPercentEncoding(pair.left(equals)),
                     QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return pairs;
}

ApiRequest everyType(ApiGeneration generation)
{
    ApiRequest request;
    request.action = "DescribeApiKeysStatus";
    request.generation = generation;
    request.set("Limit", qint64(20))
        .set("Offset", qint64(0))
        .set("Verbose", true)
        .set("AccessKeyIds", QStringList{u"id_1"_s, u"id \"2\""_s})
        .set("Filters",
             QList<ApiFilter>{{u"SecretName"_s, {u"测试"_s, u"b"_s}}, {u"Status"_s, {u"1"_s}}})
        .set("Empty", QStringList());
    return request;
}

} // namespace

class tst_RequestSigning : public QObject
{
    Q_OBJECT

private slots:
    void legacyPublishedVector_data();
    void legacyPublishedVector();
    void legacyFlattensEveryType();
    void tc3WritesEveryType();
    void signerRefusesSecretsInTheUrl_data();
    void signerRefusesSecretsInTheUrl();
    void signerChecksCredentialsAndEndpoint();
};

void tst_RequestSigning::legacyPublishedVector_data()
{
    QTest::addColumn<LegacySignatureMethod>("method");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("HmacSHA256") << LegacySignatureMethod::HmacSHA256
                                << QByteArray("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
    QTest::newRow("HmacSHA1") << LegacySignatureMethod::HmacSHA1
                              << QByteArray("nPVnY6njQmwQ8ciqbPl5Qe+Oru4=");
}

// docs/PROTOCOL.md's DescribeInstances vectors, whose `InstanceIds.0` is a one-element list.
void tst_RequestSigning::legacyPublishedVector()
{
    QFETCH(LegacySignatureMethod, method);
    QFETCH(QByteArray, signature);

    ApiRequest request;
    request.action = "DescribeInstances";
    request.generation = ApiGeneration::Api2;
    request.set("InstanceIds", QStringList{u"ins-09dx96dg"_s});
    const HttpRequest signed_ = signLegacyRequest(
        request, publishedCredentials(), legacyGet(method), PublishedTimestamp, PublishedNonce);

    QCOMPARE(signed_.method, QByteArray("GET"));
    QVERIFY(signed_.body.isEmpty());
    const QMap<QByteArray, QByteArray> sent =
        decodePairs(signed_.url.query(QUrl::FullyEncoded).toLatin1());
    QCOMPARE(sent.value("InstanceIds.0"), QByteArray("ins-09dx96dg"));
    QCOMPARE(sent.value("Action"), QByteArray("DescribeInstances"));
    QCOMPARE(sent.value("Signature"), signature);
    QCOMPARE(sent.size(), 8);
}

void tst_RequestSigning::legacyFlattensEveryType()
{
    GatewayEndpoint endpoint = legacyGet(LegacySignatureMethod::HmacSHA256);
    endpoint.httpMethod = LegacyHttpMethod::Post;
    const HttpRequest signed_ =
        signLegacyRequest(everyType(ApiGeneration::Api2), publishedCredentials(), endpoint,
                          PublishedTimestamp, PublishedNonce);

    QCOMPARE(signed_.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    const QMap<QByteArray, QByteArray> sent = decodePairs(signed_.body);
    const QMap<QByteArray, QByteArray> own{
        {"Limit", "20"},
        {"Offset", "0"},
        {"Verbose", "true"},
        {"AccessKeyIds.0", "id_1"},
        {"AccessKeyIds.1", "id \"2\""},
        {"Filters.0.Name", "SecretName"},
        {"Filters.0.Values.0", "测试"},
        {"Filters.0.Values.1", "b"},
        {"Filters.1.Name", "Status"},
        {"Filters.1.Values.0", "1"},
    };
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        QCOMPARE(sent.value(it.key()), it.value());
    // The action's ten, seven common ones, and nothing for the empty list.
    QCOMPARE(sent.size(), own.size() + 7);
    QVERIFY(!sent.contains("Empty") && !sent.contains("Empty.0"));
}

void tst_RequestSigning::tc3WritesEveryType()
{
    GatewayEndpoint endpoint;
    endpoint.language = u"en-US"_s;
    OperatorCredentials credentials = publishedCredentials();
    credentials.sessionToken = SecretString(u"token_1"_s);
    ApiRequest request = everyType(ApiGeneration::Api3);
    request.version = "2018-08-08";
    const HttpRequest signed_ = signTc3Request(request, credentials, endpoint, PublishedTimestamp);

    QCOMPARE(signed_.method, QByteArray("POST"));
    QCOMPARE(signed_.header("X-TC-Action"), QByteArray("DescribeApiKeysStatus"));
    QCOMPARE(signed_.header("X-TC-Version"), QByteArray("2018-08-08"));
    QCOMPARE(signed_.header("X-TC-Token"), QByteArray("token_1"));
    QCOMPARE(signed_.header("X-TC-Language"), QByteArray("en-US"));

    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(signed_.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.size(), 6);
    QVERIFY(body.value(u"Limit"_s).isDouble());
    QCOMPARE(body.value(u"Limit"_s).toInteger(), 20);
    QCOMPARE(body.value(u"Offset"_s).toInteger(-1), 0);
    QCOMPARE(body.value(u"Verbose"_s), QJsonValue(true));
    QCOMPARE(body.value(u"AccessKeyIds"_s).toArray(), QJsonArray({u"id_1"_s, u"id \"2\""_s}));
    QCOMPARE(body.value(u"Empty"_s).toArray(), QJsonArray());
    const QJsonArray filters = body.value(u"Filters"_s).toArray();
    QCOMPARE(filters.size(), 2);
    QCOMPARE(filters.at(0).toObject().value(u"Name"_s).toString(), u"SecretName"_s);
    QCOMPARE(filters.at(0).toObject().value(u"Values"_s).toArray(),
             QJsonArray({u"测试"_s, u"b"_s}));
    QCOMPARE(filters.at(1).toObject().value(u"Values"_s).toArray(), QJsonArray({u"1"_s}));

    // The signature covers exactly the bytes sent (Tc3Signer itself is held to the published
    // vector by tst_tc3signer).
    Tc3Signer::Input input;
    input.secretId = credentials.secretId.toUtf8();
    input.secretKey = credentials.secretKey.utf8();
    input.service = "apigateway";
    input.host = "apigateway.tencentcloudapi.com";
    input.contentType = signed_.header("Content-Type");
    input.payload = signed_.body;
    input.timestamp = PublishedTimestamp;
    QCOMPARE(signed_.header("Authorization"), Tc3Signer::authorization(input));
}

void tst_RequestSigning::signerRefusesSecretsInTheUrl_data()
{
    QTest::addColumn<bool>("secretParameter");
    QTest::addColumn<QString>("token");
    QTest::addColumn<LegacyHttpMethod>("method");
    QTest::addColumn<SecretInUrl>("expected");

    QTest::newRow("GET, secret") << true << QString() << LegacyHttpMethod::Get
                                 << SecretInUrl::KeySecret;
    QTest::newRow("GET, secret and token")
        << true << u"token_1"_s << LegacyHttpMethod::Get << SecretInUrl::KeySecret;
    QTest::newRow("GET, token") << false << u"token_1"_s << LegacyHttpMethod::Get
                                << SecretInUrl::SessionToken;
    QTest::newRow("GET, neither") << false << QString() << LegacyHttpMethod::Get
                                  << SecretInUrl::None;
    QTest::newRow("POST, both") << true << u"token_1"_s << LegacyHttpMethod::Post
                                << SecretInUrl::None;
}

void tst_RequestSigning::signerRefusesSecretsInTheUrl()
{
    QFETCH(bool, secretParameter);
    QFETCH(QString, token);
    QFETCH(LegacyHttpMethod, method);
    QFETCH(SecretInUrl, expected);

    ApiRequest request;
    request.action = "UpdateApiKey";
    request.generation = ApiGeneration::Api2;
    request.set("secretId", u"key_id_1"_s);
    if (secretParameter)
        request.set("secretKey", SecretString(u"key_secret_1"_s));
    OperatorCredentials credentials = publishedCredentials();
    credentials.sessionToken = SecretString(token);
    GatewayEndpoint endpoint = legacyGet(LegacySignatureMethod::HmacSHA256);
    endpoint.httpMethod = method;

    const FixedClock clock = FixedClock::fromSecsSinceEpoch(PublishedTimestamp);
    FixedNonceSource nonces(PublishedNonce);
    const BuiltRequest built = RequestSigner(clock, nonces).sign(request, credentials, endpoint);
    QCOMPARE(built.secretInUrl, expected);
    if (expected == SecretInUrl::None) {
        QVERIFY(built.isValid());
        QVERIFY(!built.request.method.isEmpty());
    } else {
        QCOMPARE(built.problem, BuildProblem::SecretInUrl);
        QVERIFY(built.request.url.isEmpty() && built.request.method.isEmpty());
    }
    // API 3.0 never puts a parameter in its URL.
    request.generation = ApiGeneration::Api3;
    endpoint.generation = ApiGeneration::Api3;
    endpoint.url = GatewayEndpoint::defaultUrl(ApiGeneration::Api3);
    QCOMPARE(RequestSigner(clock, nonces).sign(request, credentials, endpoint).secretInUrl,
             SecretInUrl::None);
}

void tst_RequestSigning::signerChecksCredentialsAndEndpoint()
{
    const FixedClock clock = FixedClock::fromSecsSinceEpoch(PublishedTimestamp);
    FixedNonceSource nonces(PublishedNonce);
    const RequestSigner signer(clock, nonces);
    ApiRequest request;
    request.action = "EnableApiKey";
    request.set("AccessKeyId", u"key_id_1"_s);

    // Whitespace around pasted credentials is trimmed, not signed.
    OperatorCredentials padded;
    padded.secretId = u" AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA\n"_s;
    padded.secretKey = SecretString(u"\tGu5t9xGARNpq86cd98joQYCN3Cozk1qA "_s);
    const BuiltRequest built = signer.sign(request, padded, GatewayEndpoint());
    QVERIFY(built.isValid());
    QVERIFY(built.request.header("Authorization")
                .contains("Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA/"));
    QCOMPARE(built.request.header("X-TC-Timestamp"), QByteArray::number(PublishedTimestamp));

    const BuiltRequest noKey = signer.sign(request, OperatorCredentials(), GatewayEndpoint());
    QCOMPARE(noKey.problem, BuildProblem::InvalidCredentials);
    QVERIFY(noKey.request.method.isEmpty());

    GatewayEndpoint insecure;
    insecure.url = QUrl(u"http://example.com/"_s);
    const BuiltRequest plain = signer.sign(request, publishedCredentials(), insecure);
    QCOMPARE(plain.problem, BuildProblem::InvalidEndpoint);
    QCOMPARE(plain.endpointProblem, EndpointProblem::InsecureScheme);
}

QTEST_APPLESS_MAIN(tst_RequestSigning)
#include "tst_requestsigning.moc"
