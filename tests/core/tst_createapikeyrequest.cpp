// What CreateApiKeyRequestBuilder puts on the wire, checked without trusting the core: the test
// decodes the query or body with its own strict percent-decoder, and recomputes both signatures
// with its own code on top of QMessageAuthenticationCode.

#include "coretest.h"
#include "createapikeyrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Timestamp = 1551113065; // 2019-02-25 in UTC, 2019-02-26 in Beijing
constexpr quint32 Nonce = 11886;
const QString OperatorId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s;
const QString OperatorKey = u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s;
const QString Api2Url = u"https://apigateway.api.qcloud.com/v2/index.php"_s;
const QString Api3Url = u"https://apigateway.tencentcloudapi.com/"_s;

// Everything a user can put into one create, as typed (nothing trimmed).
struct Input
{
    QString name = {};
    KeyType type = KeyType::Auto;
    QString keyId = {};
    QString keySecret = {};
    QString secretId = OperatorId;
    QString secretKey = OperatorKey;
    QString token = {};
    QString url = {};
    QString region = u"ap-guangzhou"_s;
    LegacyHttpMethod httpMethod = LegacyHttpMethod::Post;
    LegacySignatureMethod signatureMethod = LegacySignatureMethod::HmacSHA256;
    QString language = {};
};

BuiltRequest build(ApiGeneration generation, const Input &input, NonceSource &nonces)
{
    KeySpec spec;
    spec.name = input.name;
    spec.type = input.type;
    spec.keyId = input.keyId;
    spec.keySecret = SecretString(input.keySecret);
    // Straight into the struct, not through fromInput(): the builder must trim by itself.
    OperatorCredentials credentials;
    credentials.secretId = input.secretId;
    credentials.secretKey = SecretString(input.secretKey);
    credentials.sessionToken = SecretString(input.token);
    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.url =
        QUrl(input.url.isNull() ? GatewayEndpoint::defaultUrl(generation).toString() : input.url);
    endpoint.region = input.region;
    endpoint.httpMethod = input.httpMethod;
    endpoint.signatureMethod = input.signatureMethod;
    endpoint.language = input.language;

    const FixedClock clock = FixedClock::fromSecsSinceEpoch(Timestamp);
    return CreateApiKeyRequestBuilder(clock, nonces).build(spec, credentials, endpoint);
}

BuiltRequest build(ApiGeneration generation, const Input &input)
{
    FixedNonceSource nonces(Nonce);
    return build(generation, input, nonces);
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Decodes once. Refuses anything that is not an unreserved byte or a %XX escape: a raw space,
// '+', '/', '=', '&' or non-ASCII byte means the value was not encoded, or not all of it.
std::optional<QByteArray> percentDecode(QByteArrayView encoded)
{
    QByteArray decoded;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%') {
            if (i + 2 >= encoded.size())
                return std::nullopt;
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            decoded.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (isUnreserved(c)) {
            decoded.append(c);
        } else {
            return std::nullopt;
        }
    }
    return decoded;
}

// The canonical RFC 3986 form docs/PROTOCOL.md asks for, written independently of LegacySigner.
QByteArray percentEncode(QByteArrayView raw)
{
    QByteArray encoded;
    for (const char c : raw) {
        if (isUnreserved(c))
            encoded.append(c);
        else
            encoded.append('%').append(QByteArray(1, c).toHex().toUpper());
    }
    return encoded;
}

// name=value&... into a case-sensitive map of decoded values; fails on a malformed or repeated
// pair, or on an encoding that is not exactly the canonical one.
bool decodeForm(const QByteArray &form, QMap<QByteArray, QByteArray> *parameters, QByteArray *why)
{
    for (const QByteArray &pair : form.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0) {
            *why = "pair without '=': " + pair;
            return false;
        }
        const std::optional<QByteArray> name = percentDecode(pair.left(equals));
        const std::optional<QByteArray> value = percentDecode(pair.mid(equals + 1));
        if (!name || !value) {
            *why = "not percent-encoded: " + pair.left(equals);
            return false;
        }
        if (percentEncode(*value) != pair.mid(equals + 1)) {
            *why = "not in canonical RFC 3986 form: " + pair.left(equals);
            return false;
        }
        if (parameters->contains(*name)) {
            *why = "sent twice: " + *name;
            return false;
        }
        parameters->insert(*name, *value);
    }
    return true;
}

// The API 2.0 string to sign, from the decoded parameters: '_' becomes '.', byte order, raw values.
QByteArray legacyStringToSign(const QByteArray &method, const QByteArray &host,
                              const QByteArray &path, const QMap<QByteArray, QByteArray> &sent)
{
    QList<std::pair<std::string, QByteArray>> pairs;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (it.key() != "Signature")
            pairs.append({QByteArray(it.key()).replace('_', '.').toStdString(), it.value()});
    }
    // std::string compares as unsigned char: byte order.
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray result = method + host + path + '?';
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            result += '&';
        result += QByteArray::fromStdString(pairs.at(i).first) + '=' + pairs.at(i).second;
    }
    return result;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// TC3-HMAC-SHA256 as docs/PROTOCOL.md writes it, for a POST to "/" signing content-type and host.
QByteArray tc3Signature(const QByteArray &secretKey, const QByteArray &date,
                        const QByteArray &timestamp, const QByteArray &host,
                        const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray canonicalRequest = "POST\n/\n\ncontent-type:" + contentType +
                                        "\nhost:" + host + "\n\ncontent-type;host\n" +
                                        sha256Hex(body);
    const QByteArray stringToSign = "TC3-HMAC-SHA256\n" + timestamp + '\n' + date +
                                    "/apigateway/tc3_request\n" + sha256Hex(canonicalRequest);
    const QByteArray kDate = hmacSha256("TC3" + secretKey, date);
    const QByteArray kService = hmacSha256(kDate, "apigateway");
    const QByteArray kSigning = hmacSha256(kService, "tc3_request");
    return hmacSha256(kSigning, stringToSign).toHex();
}

// "name=value" pairs, split at the first '='.
QMap<QByteArray, QByteArray> mapFrom(const QByteArrayList &pairs)
{
    QMap<QByteArray, QByteArray> map;
    for (const QByteArray &pair : pairs)
        map.insert(pair.left(pair.indexOf('=')), pair.mid(pair.indexOf('=') + 1));
    return map;
}

bool isEmptyRequest(const HttpRequest &request)
{
    return request.method.isEmpty() && request.url.isEmpty() && request.headers.isEmpty() &&
           request.body.isEmpty();
}

class CountingNonceSource final : public NonceSource
{
public:
    quint32 nextNonce() override { return ++m_drawn; }
    quint32 drawn() const { return m_drawn; }

private:
    quint32 m_drawn = 0;
};

} // namespace

class tst_CreateApiKeyRequest : public QObject
{
    Q_OBJECT

private slots:
    void selfTest_data();
    void selfTest();
    void legacy_data();
    void legacy();
    void legacyKnownAnswer();
    void tc3_data();
    void tc3();
    void tc3BodyEscaping_data();
    void tc3BodyEscaping();
    void oneNoncePerLegacyRequest();
    void systemNonces();
    void invalidInput_data();
    void invalidInput();
};

// The test's own decoder and encoder are what the other checks trust: they must refuse what a
// careless encoder sends.
void tst_CreateApiKeyRequest::selfTest_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("plain") << QByteArray("abc-_.~") << true;
    QTest::newRow("escape") << QByteArray("a%20b") << true;
    QTest::newRow("raw space") << QByteArray("a b") << false;
    QTest::newRow("raw plus") << QByteArray("a+b") << false;
    QTest::newRow("raw slash") << QByteArray("a/b") << false;
    QTest::newRow("raw equals") << QByteArray("a=") << false;
    QTest::newRow("raw non-ASCII") << u"中"_s.toUtf8() << false;
    QTest::newRow("truncated escape") << QByteArray("a%2") << false;
    QTest::newRow("bad escape") << QByteArray("%zz") << false;
}

void tst_CreateApiKeyRequest::selfTest()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, accepted);
    QCOMPARE(percentDecode(encoded).has_value(), accepted);
    QCOMPARE(percentEncode(u"a b+/=&%中"_s.toUtf8()), QByteArray("a%20b%2B%2F%3D%26%25%E4%B8%AD"));
    QMap<QByteArray, QByteArray> parameters;
    QByteArray why;
    QVERIFY(!decodeForm("a=%2f", &parameters, &why)); // lower-case hex is not the canonical form
    QVERIFY(!decodeForm("a=1&a=2", &parameters, &why));
}

void tst_CreateApiKeyRequest::legacy_data()
{
    QTest::addColumn<Input>("input");
    // The parameters of the request beyond the common ones, raw.
    QTest::addColumn<QByteArrayList>("business");
    QTest::addColumn<QByteArray>("secretId");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("path");

    const QByteArray id = OperatorId.toUtf8();
    const QByteArray key = OperatorKey.toUtf8();
    const QByteArray origin = "https://apigateway.api.qcloud.com";
    const QByteArray host = "apigateway.api.qcloud.com";
    const QByteArray path = "/v2/index.php";

    const QList<std::pair<LegacyHttpMethod, LegacySignatureMethod>> variants = {
        {LegacyHttpMethod::Post, LegacySignatureMethod::HmacSHA256},
        {LegacyHttpMethod::Get, LegacySignatureMethod::HmacSHA256},
        {LegacyHttpMethod::Post, LegacySignatureMethod::HmacSHA1},
        {LegacyHttpMethod::Get, LegacySignatureMethod::HmacSHA1},
    };
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    for (const auto &methods : variants) {
        const QByteArray variant = legacyHttpMethodName(methods.first).toLatin1() + ' ' +
                                   legacySignatureMethodName(methods.second).toLatin1();
        auto row = [&](const char *tag, Input input) -> QTestData & {
            input.httpMethod = methods.first;
            input.signatureMethod = methods.second;
            return QTest::addRow("%s, %s", variant.constData(), tag) << input;
        };
        row("auto", {.name = u"myTest"_s}) << QByteArrayList{"secretName=myTest", "type=auto"} << id
                                           << key << QByteArray() << origin << host << path;
        // A GET never carries a secret: see invalidInput for its refusal.
        const bool post = methods.first == LegacyHttpMethod::Post;
        if (post)
            row("manual", {.name = u"myTest"_s,
                           .type = KeyType::Manual,
                           .keyId = u"myTestsecretID"_s,
                           .keySecret = u"myTestSecretKey"_s})
                << QByteArrayList{"secretName=myTest", "type=manual", "secretId=myTestsecretID",
                                  "secretKey=myTestSecretKey"}
                << id << key << QByteArray() << origin << host << path;
        row("no name", {}) << QByteArrayList{"type=auto"} << id << key << QByteArray() << origin
                           << host << path;
        row("whitespace-only name", {.name = u" \t\n"_s})
            << QByteArrayList{"type=auto"} << id << key << QByteArray() << origin << host << path;
        row("spaces in name", {.name = u"my test key"_s})
            << QByteArrayList{"secretName=my test key", "type=auto"} << id << key << QByteArray()
            << origin << host << path;
        row("reserved characters in name", {.name = u"a+b/c=d&e%f"_s})
            << QByteArrayList{"secretName=a+b/c=d&e%f", "type=auto"} << id << key << QByteArray()
            << origin << host << path;
        row("escape-like text in name", {.name = u"100%25%2B"_s})
            << QByteArrayList{"secretName=100%25%2B", "type=auto"} << id << key << QByteArray()
            << origin << host << path;
        row("chinese name", {.name = u"测试密钥 生产"_s})
            << QByteArrayList{"secretName=" + u"测试密钥 生产"_s.toUtf8(), "type=auto"} << id << key
            << QByteArray() << origin << host << path;
        row("emoji name", {.name = u"key 🔑"_s})
            << QByteArrayList{"secretName=" + u"key 🔑"_s.toUtf8(), "type=auto"} << id << key
            << QByteArray() << origin << host << path;
        if (post)
            row("session token", {.name = u"t"_s, .token = u"tok+en/with=chars"_s})
                << QByteArrayList{"secretName=t", "type=auto"} << id << key
                << QByteArray("tok+en/with=chars") << origin << host << path;
        if (post)
            row("surrounding whitespace never sent",
                {.name = u"  padded name \n"_s,
                 .type = KeyType::Manual,
                 .keyId = u" myKeyId_1 \r\n"_s,
                 .keySecret = u"\tmyKeySecret_1\n"_s,
                 .secretId = u"  "_s + OperatorId + u"\n"_s,
                 .secretKey = u"\t"_s + OperatorKey + u" \r\n"_s,
                 .token = u" token123\n"_s})
                << QByteArrayList{"secretName=padded name", "type=manual", "secretId=myKeyId_1",
                                  "secretKey=myKeySecret_1"}
                << id << key << QByteArray("token123") << origin << host << path;
        row("auto ignores id and secret",
            {.name = u"n"_s, .keyId = u"someKeyId"_s, .keySecret = u"someKeySecret"_s})
            << QByteArrayList{"secretName=n", "type=auto"} << id << key << QByteArray() << origin
            << host << path;
        row("emulator on a port", {.name = u"n"_s, .url = u"http://127.0.0.1:8080/v2/index.php"_s})
            << QByteArrayList{"secretName=n", "type=auto"} << id << key << QByteArray()
            << QByteArray("http://127.0.0.1:8080") << QByteArray("127.0.0.1:8080") << path;
        row("IPv6 loopback", {.name = u"n"_s, .url = u"http://[::1]:8080/v2/index.php"_s})
            << QByteArrayList{"secretName=n", "type=auto"} << id << key << QByteArray()
            << QByteArray("http://[::1]:8080") << QByteArray("[::1]:8080") << path;
        row("default port left out",
            {.name = u"n"_s, .url = u"https://apigateway.api.qcloud.com:443/v2/index.php"_s})
            << QByteArrayList{"secretName=n", "type=auto"} << id << key << QByteArray() << origin
            << host << path;
        row("other region", {.name = u"n"_s, .region = u"na-siliconvalley"_s})
            << QByteArrayList{"secretName=n", "type=auto", "Region=na-siliconvalley"} << id << key
            << QByteArray() << origin << host << path;
    }
}

void tst_CreateApiKeyRequest::legacy()
{
    QFETCH(Input, input);
    QFETCH(QByteArrayList, business);
    QFETCH(QByteArray, secretId);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, path);

    const BuiltRequest built = build(ApiGeneration::Api2, input);
    QCOMPARE(built.problem, BuildProblem::None);
    const HttpRequest &request = built.request;

    const bool post = input.httpMethod == LegacyHttpMethod::Post;
    QCOMPARE(request.method, post ? QByteArray("POST") : QByteArray("GET"));
    // Parameters travel either in the body or in the query, never in both.
    const QByteArray wireUrl = request.url.toEncoded();
    QByteArray form;
    if (post) {
        QCOMPARE(wireUrl, origin + path);
        QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        form = request.body;
    } else {
        QVERIFY2(wireUrl.startsWith(origin + path + '?'), wireUrl.constData());
        QVERIFY(request.body.isEmpty());
        QVERIFY(request.header("Content-Type").isEmpty());
        form = wireUrl.mid(origin.size() + path.size() + 1);
    }

    QMap<QByteArray, QByteArray> sent;
    QByteArray why;
    QVERIFY2(decodeForm(form, &sent, &why), why.constData());

    QMap<QByteArray, QByteArray> expected = mapFrom(
        {"Action=CreateApiKey", "Region=ap-guangzhou", "Timestamp=1551113065", "Nonce=11886",
         "SignatureMethod=" + legacySignatureMethodName(input.signatureMethod).toLatin1()});
    expected.insert("SecretId", secretId);
    if (!token.isEmpty())
        expected.insert("Token", token);
    expected.insert(mapFrom(business));

    QVERIFY(sent.contains("Signature"));
    const QByteArray signature = sent.value("Signature");
    QMap<QByteArray, QByteArray> signedParameters = sent;
    signedParameters.remove("Signature");
    QCOMPARE(signedParameters.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(sent.value(it.key()), it.value());

    const auto algorithm = input.signatureMethod == LegacySignatureMethod::HmacSHA256
                               ? QCryptographicHash::Sha256
                               : QCryptographicHash::Sha1;
    const QByteArray stringToSign = legacyStringToSign(request.method, host, path, sent);
    QCOMPARE(signature,
             QMessageAuthenticationCode::hash(stringToSign, secretKey, algorithm).toBase64());
}

// A CreateApiKey signature computed outside Qt (Python's hmac), so that the builder and this
// test's own signer cannot agree on a shared mistake.
void tst_CreateApiKeyRequest::legacyKnownAnswer()
{
    const Input input{.name = u"我的 key+1/2=3&4%"_s,
                      .type = KeyType::Manual,
                      .keyId = u"myKeyId_01"_s,
                      .keySecret = u"myKeySecret_0123"_s};
    const BuiltRequest built = build(ApiGeneration::Api2, input);
    QVERIFY(built.isValid());
    QVERIFY2(built.request.body.contains(
                 "&Signature=a6BzdJL6uHzaWAWoTEQIfuSD%2F%2F3m8gWEYf4nbwpamxI%3D&"),
             "the signature of the known answer is not in the body, encoded once");
    QVERIFY(
        built.request.body.contains("&secretName=%E6%88%91%E7%9A%84%20key%2B1%2F2%3D3%264%25&"));
}

void tst_CreateApiKeyRequest::tc3_data()
{
    QTest::addColumn<Input>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keyId");     // null: not sent
    QTest::addColumn<QString>("keySecret"); // null: not sent
    QTest::addColumn<QByteArray>("secretId");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("host");

    const QByteArray id = OperatorId.toUtf8();
    const QByteArray key = OperatorKey.toUtf8();
    const QByteArray origin = "https://apigateway.tencentcloudapi.com";
    const QByteArray host = "apigateway.tencentcloudapi.com";

    QTest::newRow("auto") << Input{.name = u"test"_s} << u"test"_s << QString() << QString() << id
                          << key << QByteArray() << origin << host;
    QTest::newRow("manual") << Input{.name = u"test"_s,
                                     .type = KeyType::Manual,
                                     .keyId = u"myKeyId_01"_s,
                                     .keySecret = u"myKeySecret_0123"_s}
                            << u"test"_s << u"myKeyId_01"_s << u"myKeySecret_0123"_s << id << key
                            << QByteArray() << origin << host;
    QTest::newRow("spaces and reserved characters")
        << Input{.name = u"my key a+b/c=d&e%f \"q\" \\"_s} << u"my key a+b/c=d&e%f \"q\" \\"_s
        << QString() << QString() << id << key << QByteArray() << origin << host;
    QTest::newRow("chinese and emoji")
        << Input{.name = u"测试密钥 🔑"_s} << u"测试密钥 🔑"_s << QString() << QString() << id << key
        << QByteArray() << origin << host;
    QTest::newRow("session token")
        << Input{.name = u"t"_s, .token = u"tok+en/with=chars"_s} << u"t"_s << QString()
        << QString() << id << key << QByteArray("tok+en/with=chars") << origin << host;
    QTest::newRow("language zh-CN")
        << Input{.name = u"t"_s, .language = u"zh-CN"_s} << u"t"_s << QString() << QString() << id
        << key << QByteArray() << origin << host;
    QTest::newRow("language en-US")
        << Input{.name = u"t"_s, .language = u"en-US"_s} << u"t"_s << QString() << QString() << id
        << key << QByteArray() << origin << host;
    QTest::newRow("surrounding whitespace never sent")
        << Input{.name = u"\n  padded name\t"_s,
                 .type = KeyType::Manual,
                 .keyId = u" myKeyId_01\r\n"_s,
                 .keySecret = u"  myKeySecret_0123\n"_s,
                 .secretId = u" "_s + OperatorId + u"\n"_s,
                 .secretKey = u"\t"_s + OperatorKey + u"\u3000"_s,
                 .token = u"\ttoken123 "_s}
        << u"padded name"_s << u"myKeyId_01"_s << u"myKeySecret_0123"_s << id << key
        << QByteArray("token123") << origin << host;
    QTest::newRow("auto ignores id and secret")
        << Input{.name = u"t"_s, .keyId = u"someKeyId"_s, .keySecret = u"someKeySecret"_s} << u"t"_s
        << QString() << QString() << id << key << QByteArray() << origin << host;
    QTest::newRow("emulator on a port")
        << Input{.name = u"t"_s, .url = u"http://127.0.0.1:8080/"_s} << u"t"_s << QString()
        << QString() << id << key << QByteArray() << QByteArray("http://127.0.0.1:8080")
        << QByteArray("127.0.0.1:8080");
    QTest::newRow("other loopback address")
        << Input{.name = u"t"_s, .url = u"http://127.5.6.7/"_s} << u"t"_s << QString() << QString()
        << id << key << QByteArray() << QByteArray("http://127.5.6.7") << QByteArray("127.5.6.7");
    QTest::newRow("localhost") << Input{.name = u"t"_s, .url = u"http://localhost:9000/"_s}
                               << u"t"_s << QString() << QString() << id << key << QByteArray()
                               << QByteArray("http://localhost:9000")
                               << QByteArray("localhost:9000");
    QTest::newRow("IPv6 loopback")
        << Input{.name = u"t"_s, .url = u"http://[::1]:8080/"_s} << u"t"_s << QString() << QString()
        << id << key << QByteArray() << QByteArray("http://[::1]:8080") << QByteArray("[::1]:8080");
    QTest::newRow("http default port left out")
        << Input{.name = u"t"_s, .url = u"http://127.0.0.1:80/"_s} << u"t"_s << QString()
        << QString() << id << key << QByteArray() << QByteArray("http://127.0.0.1")
        << QByteArray("127.0.0.1");
    QTest::newRow("https on another port")
        << Input{.name = u"t"_s, .url = u"https://apigateway.tencentcloudapi.com:8443/"_s} << u"t"_s
        << QString() << QString() << id << key << QByteArray()
        << QByteArray("https://apigateway.tencentcloudapi.com:8443")
        << QByteArray("apigateway.tencentcloudapi.com:8443");
    QTest::newRow("no trailing slash")
        << Input{.name = u"t"_s, .url = u"https://apigateway.tencentcloudapi.com"_s} << u"t"_s
        << QString() << QString() << id << key << QByteArray() << origin << host;
    QTest::newRow("other region") << Input{.name = u"t"_s, .region = u"ap-singapore"_s} << u"t"_s
                                  << QString() << QString() << id << key << QByteArray() << origin
                                  << host;
}

void tst_CreateApiKeyRequest::tc3()
{
    QFETCH(Input, input);
    QFETCH(QString, name);
    QFETCH(QString, keyId);
    QFETCH(QString, keySecret);
    QFETCH(QByteArray, secretId);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, host);

    const BuiltRequest built = build(ApiGeneration::Api3, input);
    QCOMPARE(built.problem, BuildProblem::None);
    const HttpRequest &request = built.request;
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toEncoded(), origin + '/');

    // Headers: each once, nothing unexpected; a Host header, if set, says the signed host.
    QSet<QByteArray> names;
    for (const auto &[headerName, value] : request.headers) {
        QVERIFY2(!names.contains(headerName.toLower()), headerName.constData());
        names.insert(headerName.toLower());
    }
    QSet<QByteArray> expectedNames = {"content-type",   "x-tc-action", "x-tc-version",
                                      "x-tc-timestamp", "x-tc-region", "authorization"};
    if (!token.isEmpty())
        expectedNames.insert("x-tc-token");
    if (!input.language.isEmpty())
        expectedNames.insert("x-tc-language");
    if (names.contains("host")) {
        expectedNames.insert("host");
        QCOMPARE(request.header("Host"), host);
    }
    QCOMPARE(names, expectedNames);
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(request.header("X-TC-Action"), QByteArray("CreateApiKey"));
    QCOMPARE(request.header("X-TC-Version"), QByteArray("2018-08-08"));
    QCOMPARE(request.header("X-TC-Timestamp"), QByteArray("1551113065"));
    QCOMPARE(request.header("X-TC-Region"), input.region.toUtf8());
    QCOMPARE(request.header("X-TC-Token"), token);
    QCOMPARE(request.header("X-TC-Language"), input.language.toUtf8());

    // The body: exactly the fields of this key type, values as typed minus surrounding space.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject body = document.object();
    QStringList fields = {u"AccessKeyType"_s, u"SecretName"_s};
    if (!keyId.isNull())
        fields += {u"AccessKeyId"_s, u"AccessKeySecret"_s};
    fields.sort();
    QStringList sentFields = body.keys();
    sentFields.sort();
    QCOMPARE(sentFields, fields);
    QCOMPARE(body.value(u"SecretName"_s).toString(), name);
    QCOMPARE(body.value(u"AccessKeyType"_s).toString(), keyId.isNull() ? u"auto"_s : u"manual"_s);
    if (!keyId.isNull()) {
        QCOMPARE(body.value(u"AccessKeyId"_s).toString(), keyId);
        QCOMPARE(body.value(u"AccessKeySecret"_s).toString(), keySecret);
    }

    // The signature, recomputed from what is sent.
    static const QRegularExpression authorizationPattern(
        u"^TC3-HMAC-SHA256 Credential=([^/ ]+)/(\\d{4}-\\d{2}-\\d{2})/apigateway/tc3_request, "
        "SignedHeaders=content-type;host, Signature=([0-9a-f]{64})$"_s);
    const QRegularExpressionMatch match =
        authorizationPattern.match(QString::fromUtf8(request.header("Authorization")));
    QVERIFY2(match.hasMatch(), request.header("Authorization").constData());
    QCOMPARE(match.captured(1).toUtf8(), secretId);
    QCOMPARE(match.captured(2), u"2019-02-25"_s); // the UTC date, whatever the local zone
    QCOMPARE(match.captured(3).toLatin1(),
             tc3Signature(secretKey, "2019-02-25", request.header("X-TC-Timestamp"), host,
                          request.header("Content-Type"), request.body));
}

// The validators keep control characters out of names; the body must still be valid JSON that
// reads back exactly, whatever text reaches it.
void tst_CreateApiKeyRequest::tc3BodyEscaping_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("quotes and backslashes") << u"\"q\" \\ \\\" \\u0041"_s;
    QTest::newRow("JSON punctuation") << u"{\"a\":[1,2]}, : /"_s;
    QTest::newRow("short escapes") << u"\b\f\n\r\t"_s;
    QTest::newRow("NUL and unit separator") << (u"a"_s + QChar(0) + u"b\x1f"_s);
    QTest::newRow("DEL and C1") << u"\x7f\u0085"_s;
    QTest::newRow("line separators") << u"\u2028\u2029"_s;
    QTest::newRow("chinese and emoji") << u"测试 🔑"_s;
    QTest::newRow("markup") << u"</script><!--"_s;
    QTest::newRow("empty") << QString();
}

void tst_CreateApiKeyRequest::tc3BodyEscaping()
{
    QFETCH(QString, name);

    KeySpec spec;
    spec.name = name;
    spec.type = KeyType::Manual;
    spec.keyId = u"myKeyId_01"_s;
    spec.keySecret = SecretString(u"myKeySecret_0123"_s);
    const OperatorCredentials credentials = OperatorCredentials::fromInput(OperatorId, OperatorKey);
    const HttpRequest request =
        signTc3Request(CreateApiKeyAction::request(spec, ApiGeneration::Api3), credentials,
                       GatewayEndpoint(), Timestamp);

    // RFC 8259 forbids raw control characters in strings; Qt's parser lets them pass, so look.
    for (const char c : request.body)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20, "raw control character in the body");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject body = document.object();
    QCOMPARE(body.size(), 4);
    QCOMPARE(body.value(u"SecretName"_s).toString(), name);
    QCOMPARE(body.value(u"AccessKeyType"_s).toString(), u"manual"_s);
    QCOMPARE(body.value(u"AccessKeyId"_s).toString(), u"myKeyId_01"_s);
    QCOMPARE(body.value(u"AccessKeySecret"_s).toString(), u"myKeySecret_0123"_s);
}

void tst_CreateApiKeyRequest::oneNoncePerLegacyRequest()
{
    CountingNonceSource nonces;
    const Input input{.name = u"n"_s};

    const BuiltRequest first = build(ApiGeneration::Api2, input, nonces);
    const BuiltRequest second = build(ApiGeneration::Api2, input, nonces);
    QCOMPARE(nonces.drawn(), 2u);
    QVERIFY(first.request.body.contains("&Nonce=1&"));
    QVERIFY(second.request.body.contains("&Nonce=2&"));
    QVERIFY(first.request.body != second.request.body);

    // API 3.0 has no nonce, and a refused request wastes none.
    QVERIFY(build(ApiGeneration::Api3, {.name = u"n"_s}, nonces).isValid());
    QVERIFY(!build(ApiGeneration::Api2, {.secretId = QString()}, nonces).isValid());
    QCOMPARE(nonces.drawn(), 2u);
}

// The server refuses a repeated nonce and anything outside [1, 2^31-1].
void tst_CreateApiKeyRequest::systemNonces()
{
    SystemNonceSource nonces;
    QSet<quint32> seen;
    for (int i = 0; i < 1000; ++i) {
        const quint32 nonce = nonces.nextNonce();
        QVERIFY(nonce >= 1);
        QVERIFY(nonce <= 0x7fffffffu);
        seen.insert(nonce);
    }
    // 1000 draws from 2^31 values: a repeat is possible but rare; many repeats mean a bad source.
    QVERIFY(seen.size() >= 998);
}

void tst_CreateApiKeyRequest::invalidInput_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<Input>("input");
    QTest::addColumn<BuildProblem>("problem");
    QTest::addColumn<KeySpecProblems>("keySpecProblems");
    QTest::addColumn<CredentialProblem>("credentialProblem");
    QTest::addColumn<EndpointProblem>("endpointProblem");
    QTest::addColumn<SecretInUrl>("secretInUrl");

    const KeySpecProblems specOk;
    const auto C = CredentialProblem::None;
    const auto E = EndpointProblem::None;
    for (const ApiGeneration generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        const QByteArray prefix = generation == ApiGeneration::Api3 ? "3.0" : "2.0";
        auto row = [&](const char *tag, Input input) -> QTestData & {
            if (input.name.isNull())
                input.name = u"valid name"_s;
            return QTest::addRow("%s, %s", prefix.constData(), tag) << generation << input;
        };
        row("manual id too short",
            {.type = KeyType::Manual, .keyId = u"abcd"_s, .keySecret = u"abcdefghij"_s})
            << BuildProblem::InvalidKeySpec << KeySpecProblems{.keyId = FieldProblem::TooShort} << C
            << E << SecretInUrl::None;
        row("manual secret missing", {.type = KeyType::Manual, .keyId = u"abcde"_s})
            << BuildProblem::InvalidKeySpec << KeySpecProblems{.keySecret = FieldProblem::Required}
            << C << E << SecretInUrl::None;
        row("control character in name", {.name = u"a\nb"_s})
            << BuildProblem::InvalidKeySpec
            << KeySpecProblems{.name = FieldProblem::ControlCharacter} << C << E
            << SecretInUrl::None;
        row("missing SecretId", {.secretId = u""_s})
            << BuildProblem::InvalidCredentials << specOk << CredentialProblem::MissingSecretId << E
            << SecretInUrl::None;
        row("whitespace-only SecretId", {.secretId = u" \n"_s})
            << BuildProblem::InvalidCredentials << specOk << CredentialProblem::MissingSecretId << E
            << SecretInUrl::None;
        row("whitespace-only SecretKey", {.secretKey = u"\t "_s})
            << BuildProblem::InvalidCredentials << specOk << CredentialProblem::MissingSecretKey
            << E << SecretInUrl::None;
        row("space inside SecretId", {.secretId = u"AKID abc"_s})
            << BuildProblem::InvalidCredentials << specOk << CredentialProblem::InvalidSecretId << E
            << SecretInUrl::None;
        row("non-ASCII SecretKey", {.secretKey = u"schlüssel"_s})
            << BuildProblem::InvalidCredentials << specOk << CredentialProblem::InvalidSecretKey
            << E << SecretInUrl::None;
        row("newline inside token", {.token = u"tok\nen"_s})
            << BuildProblem::InvalidCredentials << specOk << CredentialProblem::InvalidSessionToken
            << E << SecretInUrl::None;
        row("plain http to the cloud", {.url = u"http://apigateway.tencentcloudapi.com/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InsecureScheme
            << SecretInUrl::None;
        row("plain http to a private address", {.url = u"http://10.0.0.1:8080/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InsecureScheme
            << SecretInUrl::None;
        row("plain http to a loopback look-alike", {.url = u"http://127.0.0.1.example.com/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InsecureScheme
            << SecretInUrl::None;
        row("plain http to a localhost look-alike", {.url = u"http://localhost.example.com/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InsecureScheme
            << SecretInUrl::None;
        row("plain http to an IPv6 address", {.url = u"http://[::2]/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InsecureScheme
            << SecretInUrl::None;
        row("other scheme", {.url = u"ftp://apigateway.tencentcloudapi.com/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidUrl
            << SecretInUrl::None;
        row("no host", {.url = u"apigateway.tencentcloudapi.com"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidUrl
            << SecretInUrl::None;
        row("user info", {.url = u"https://user:pw@apigateway.tencentcloudapi.com/"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidUrl
            << SecretInUrl::None;
        row("query", {.url = u"https://apigateway.tencentcloudapi.com/?a=1"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidUrl
            << SecretInUrl::None;
        row("fragment", {.url = u"https://apigateway.tencentcloudapi.com/#x"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidUrl
            << SecretInUrl::None;
        row("empty region", {.region = u""_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidRegion
            << SecretInUrl::None;
        row("upper-case region", {.region = u"AP-guangzhou"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidRegion
            << SecretInUrl::None;
        row("region with space", {.region = u"ap guangzhou"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidRegion
            << SecretInUrl::None;
        row("unknown language", {.language = u"fr-FR"_s})
            << BuildProblem::InvalidEndpoint << specOk << C << EndpointProblem::InvalidLanguage
            << SecretInUrl::None;
    }
    // A GET carries its parameters in the URL, which proxies and access logs keep: a secret
    // among them is refused, with which one it would have been.
    const auto get = [](const char *tag, Input input) -> QTestData & {
        input.name = u"valid name"_s;
        input.httpMethod = LegacyHttpMethod::Get;
        return QTest::addRow("2.0 GET, %s", tag) << ApiGeneration::Api2 << input;
    };
    get("manual key", {.type = KeyType::Manual, .keyId = u"abcde"_s, .keySecret = u"abcdefghij"_s})
        << BuildProblem::SecretInUrl << specOk << C << E << SecretInUrl::KeySecret;
    get("session token", {.token = u"token123"_s})
        << BuildProblem::SecretInUrl << specOk << C << E << SecretInUrl::SessionToken;
    get("manual key and session token", {.type = KeyType::Manual,
                                         .keyId = u"abcde"_s,
                                         .keySecret = u"abcdefghij"_s,
                                         .token = u"token123"_s})
        << BuildProblem::SecretInUrl << specOk << C << E << SecretInUrl::KeySecret;
    // The name is required by API 3.0 only.
    QTest::newRow("3.0, no name") << ApiGeneration::Api3 << Input{} << BuildProblem::InvalidKeySpec
                                  << KeySpecProblems{.name = FieldProblem::Required} << C << E
                                  << SecretInUrl::None;
    QTest::newRow("3.0, whitespace-only name")
        << ApiGeneration::Api3 << Input{.name = u"  \n"_s} << BuildProblem::InvalidKeySpec
        << KeySpecProblems{.name = FieldProblem::Required} << C << E << SecretInUrl::None;
}

void tst_CreateApiKeyRequest::invalidInput()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(Input, input);
    QFETCH(BuildProblem, problem);
    QFETCH(KeySpecProblems, keySpecProblems);
    QFETCH(CredentialProblem, credentialProblem);
    QFETCH(EndpointProblem, endpointProblem);
    QFETCH(SecretInUrl, secretInUrl);

    const BuiltRequest built = build(generation, input);
    QVERIFY(!built.isValid());
    QCOMPARE(built.problem, problem);
    QCOMPARE(built.keySpecProblems.name, keySpecProblems.name);
    QCOMPARE(built.keySpecProblems.keyId, keySpecProblems.keyId);
    QCOMPARE(built.keySpecProblems.keySecret, keySpecProblems.keySecret);
    QCOMPARE(built.credentialProblem, credentialProblem);
    QCOMPARE(built.endpointProblem, endpointProblem);
    QCOMPARE(built.secretInUrl, secretInUrl);
    QVERIFY(isEmptyRequest(built.request));
}

QTEST_APPLESS_MAIN(tst_CreateApiKeyRequest)
#include "tst_createapikeyrequest.moc"
