// The envelope both generations wrap every answer in, whatever the action: a reply carries the
// action's part and the RequestId, an error code is classified, and hostile input gives an error
// value. The CreateApiKey decoder on top is tst_createapikeyresponse's business.

#include "coretest.h"
#include "responseenvelope.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray withNul(const QByteArray &before, const QByteArray &after)
{
    return before + '\0' + after;
}

} // namespace

class tst_ResponseEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void api3Reply_data();
    void api3Reply();
    void api2Reply();
    void gatewayErrors_data();
    void gatewayErrors();
    void hostile_data();
    void hostile();
    void sizeCap();
};

void tst_ResponseEnvelope::api3Reply_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QJsonValue>("result");
    QTest::addColumn<QString>("requestId");

    // What EnableApiKey, DescribeApiKeysStatus and an action without output answer.
    QTest::newRow("boolean Result")
        << QByteArray(R"({"Response":{"Result":true,"RequestId":"r-1"}})") << QJsonValue(true)
        << u"r-1"_s;
    QTest::newRow("object Result")
        << QByteArray(
               R"({"Response":{"Result":{"TotalCount":0,"ApiKeySet":[]},"RequestId":"r-2"}})")
        << QJsonValue(QJsonObject{{u"TotalCount"_s, 0}, {u"ApiKeySet"_s, QJsonArray()}})
        << u"r-2"_s;
    QTest::newRow("no Result, no RequestId")
        << QByteArray(R"({"Response":{}})") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("Error null") << QByteArray(R"({"Response":{"Error":null,"Result":1}})")
                                << QJsonValue(1) << QString();
}

void tst_ResponseEnvelope::api3Reply()
{
    QFETCH(QByteArray, body);
    QFETCH(QJsonValue, result);
    QFETCH(QString, requestId);

    const GatewayAnswer answer = ResponseEnvelope::parse(ApiGeneration::Api3, body);
    QVERIFY(std::holds_alternative<GatewayReply>(answer));
    const auto &reply = std::get<GatewayReply>(answer);
    QCOMPARE(reply.generation, ApiGeneration::Api3);
    QCOMPARE(reply.payload.value(u"Result"_s), result);
    QCOMPARE(reply.requestId, requestId);
}

void tst_ResponseEnvelope::api2Reply()
{
    for (const QByteArray &code : {QByteArray("0"), QByteArray(R"("0")")}) {
        const GatewayAnswer answer = ResponseEnvelope::parse(
            ApiGeneration::Api2,
            R"({"code":)" + code + R"(,"codeDesc":"Success","message":"","secretIds":["a","b"]})");
        QVERIFY2(std::holds_alternative<GatewayReply>(answer), code.constData());
        const auto &reply = std::get<GatewayReply>(answer);
        QCOMPARE(reply.generation, ApiGeneration::Api2);
        // API 2.0's fields sit next to `code`: the payload is the whole answer.
        QCOMPARE(reply.payload.value(u"secretIds"_s).toArray(), QJsonArray({u"a"_s, u"b"_s}));
        QVERIFY(reply.requestId.isEmpty());
    }
}

void tst_ResponseEnvelope::gatewayErrors_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<bool>("retryLater");

    QTest::newRow("3.0 signature")
        << ApiGeneration::Api3
        << QByteArray(R"({"Response":{"Error":{"Code":"AuthFailure.SignatureFailure",)"
                      R"("Message":"bad"},"RequestId":"r-3"}})")
        << u"AuthFailure.SignatureFailure"_s << u"bad"_s << u"r-3"_s
        << ErrorCategory::Authentication << false;
    QTest::newRow("3.0 unlisted lifecycle code, by family")
        << ApiGeneration::Api3
        << QByteArray(R"({"Response":{"Error":{"Code":"ResourceNotFound.InvalidAccessKeyId"},)"
                      R"("RequestId":"r-4","Result":{"AccessKeyId":"x"}}})")
        << u"ResourceNotFound.InvalidAccessKeyId"_s << QString() << u"r-4"_s
        << ErrorCategory::Validation << false;
    QTest::newRow("3.0 internal error")
        << ApiGeneration::Api3
        << QByteArray(R"({"Response":{"Error":{"Code":"InternalError"},"RequestId":"r"}})")
        << u"InternalError"_s << QString() << u"r"_s << ErrorCategory::Server << true;
    QTest::newRow("2.0 numeric")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":4100,"codeDesc":"AuthFailure","message":"signature"})")
        << u"4100"_s << u"signature"_s << QString() << ErrorCategory::Authentication << false;
    QTest::newRow("2.0 codeDesc wins")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":"4000","codeDesc":"FailedOperation.AccessKeyExist"})") << u"4000"_s
        << QString() << QString() << ErrorCategory::Duplicate << false;
}

void tst_ResponseEnvelope::gatewayErrors()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(ErrorCategory, category);
    QFETCH(bool, retryLater);

    const GatewayAnswer answer = ResponseEnvelope::parse(generation, body);
    QVERIFY(std::holds_alternative<GatewayError>(answer));
    const auto &error = std::get<GatewayError>(answer);
    QCOMPARE(error.kind, GatewayError::Kind::Gateway);
    QCOMPARE(error.generation, generation);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
    QCOMPARE(error.category, category);
    QCOMPARE(error.retryLater, retryLater);
}

void tst_ResponseEnvelope::hostile_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");

    const QByteArray fiveMegabytes(5 * 1024 * 1024, 'x');
    const QList<std::pair<const char *, QByteArray>> anyGeneration = {
        {"empty", QByteArray()},
        {"white space", "  \n\t "},
        {"not JSON", "hello"},
        {"HTML error page", "<html><body>502 Bad Gateway</body></html>"},
        {"truncated", R"({"code":0,"secretId":"AKIDx","secretKey":"k12)"},
        {"JSON array", "[]"},
        {"JSON array of an answer", R"([{"code":0,"secretId":"AKIDx","secretKey":"k1234567890"}])"},
        {"JSON null", "null"},
        {"JSON number", "0"},
        {"JSON string", R"("0")"},
        {"empty object", "{}"},
        {"NUL bytes only", QByteArray(64, '\0')},
        {"NUL inside the object", withNul(R"({"code":0,)", R"("x":1})")},
        {"NUL inside a string", withNul(R"({"code":"0)", R"("})")},
        {"NUL after the object", withNul(R"({"code":0})", "")},
        {"10000-deep arrays", QByteArray(10000, '[') + QByteArray(10000, ']')},
        {"10000-deep objects",
         QByteArray(R"({"a":)").repeated(10000) + '0' + QByteArray(10000, '}')},
        {"5 MB of garbage", fiveMegabytes},
        {"5 MB inside valid JSON", R"({"code":0,"message":")" + fiveMegabytes + R"("})"},
        {"invalid UTF-8", "{\"code\":\"\xff\xfe\"}"},
    };
    for (const auto &[tag, body] : anyGeneration) {
        QTest::addRow("2.0, %s", tag) << ApiGeneration::Api2 << body;
        QTest::addRow("3.0, %s", tag) << ApiGeneration::Api3 << body;
    }

    const auto api2 = [](const char *tag, const QByteArray &body) {
        QTest::addRow("2.0, %s", tag) << ApiGeneration::Api2 << body;
    };
    const QByteArray rest = R"(,"secretId":"AKIDx","secretKey":"k1234567890"})";
    api2("code missing", R"({"secretId":"AKIDx","secretKey":"k1234567890"})");
    api2("code null", R"({"code":null)" + rest);
    api2("code true", R"({"code":true)" + rest);
    api2("code false", R"({"code":false)" + rest);
    api2("code object", R"({"code":{})" + rest);
    api2("code array", R"({"code":[0])" + rest);
    api2("code \"abc\"", R"({"code":"abc")" + rest);
    api2("code \"1.5\"", R"({"code":"1.5")" + rest);
    api2("code 1.5", R"({"code":1.5)" + rest);
    api2("code -0.5", R"({"code":-0.5)" + rest);
    api2("code empty text", R"({"code":"")" + rest);
    api2("code with spaces", R"({"code":" 0")" + rest);
    api2("code with a plus", R"({"code":"+0")" + rest);
    api2("code in hex", R"({"code":"0x0")" + rest);
    api2("code with exponent", R"({"code":"0e0")" + rest);
    api2("code in Arabic-Indic digits", QStringLiteral(u"{\"code\":\"٠\"").toUtf8() + rest);
    api2("code in full-width digits", QStringLiteral(u"{\"code\":\"０\"").toUtf8() + rest);
    api2("code as a lone minus", R"({"code":"-")" + rest);
    api2("huge code", R"({"code":1e300)" + rest);
    api2("code beyond double", R"({"code":1e400)" + rest);
    api2("huge code in text", R"({"code":"123456789012345678901234567890")" + rest);
    api2("huge integer code", R"({"code":123456789012345678901234567890)" + rest);
    const auto api3 = [](const char *tag, const QByteArray &body) {
        QTest::addRow("3.0, %s", tag) << ApiGeneration::Api3 << body;
    };
    api3("Response null", R"({"Response":null})");
    api3("Response an array", R"({"Response":[]})");
    api3("Response text", R"({"Response":"ok"})");
    api3("RequestId a number", R"({"Response":{"RequestId":5,"Result":null}})");
    api3("Error text", R"({"Response":{"Error":"AuthFailure","RequestId":"r"}})");
    api3("Error an array", R"({"Response":{"Error":[],"RequestId":"r"}})");
    api3("Error without Code", R"({"Response":{"Error":{"Message":"m"},"RequestId":"r"}})");
    api3("Error Code a number", R"({"Response":{"Error":{"Code":4100},"RequestId":"r"}})");
    api3("Error Code empty", R"({"Response":{"Error":{"Code":""},"RequestId":"r"}})");
}

void tst_ResponseEnvelope::hostile()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);

    const GatewayAnswer answer = ResponseEnvelope::parse(generation, body);
    QVERIFY(std::holds_alternative<GatewayError>(answer));
    const auto &error = std::get<GatewayError>(answer);
    QCOMPARE(error.kind, GatewayError::Kind::MalformedResponse);
    QCOMPARE(error.generation, generation);
    QVERIFY(!error.detail.isEmpty());
    // The server answered: whatever it was asked, it may have done it.
    QVERIFY(error.mayHaveBeenProcessed);
}

void tst_ResponseEnvelope::sizeCap()
{
    const QByteArray head = R"({"Response":{"RequestId":"r","Result":")";
    const QByteArray tail = R"("}})";
    const QByteArray atCap =
        head + QByteArray(ResponseEnvelope::MaxBodySize - head.size() - tail.size(), 'a') + tail;
    QCOMPARE(atCap.size(), ResponseEnvelope::MaxBodySize);
    QVERIFY(
        std::holds_alternative<GatewayReply>(ResponseEnvelope::parse(ApiGeneration::Api3, atCap)));

    const GatewayAnswer past = ResponseEnvelope::parse(
        ApiGeneration::Api3, atCap.left(head.size()) + 'a' + atCap.mid(head.size()));
    QVERIFY(std::holds_alternative<GatewayError>(past));
    QVERIFY2(std::get<GatewayError>(past).detail.contains(u"1 MiB"_s),
             qPrintable(std::get<GatewayError>(past).detail));
}

QTEST_APPLESS_MAIN(tst_ResponseEnvelope)
#include "tst_responseenvelope.moc"
