// The key lifecycle actions of docs/PROTOCOL.md: for each action and generation, the request as it
// goes on the wire (decoded with the test's own strict percent-decoder and held to the tests'
// independent ReferenceSigner), and each decoder on good answers and on hostile ones, which must
// end in a MalformedResponse error, never a crash, a half-read page or a secret in an error.

#include "coretest.h"
#include "errorcatalog.h"
#include "keyactions.h"
#include "referencesigner.h"
#include "requestsigning.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Timestamp = 1551113065;
constexpr quint32 Nonce = 11886;
const QString OperatorId = u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s;
const QString OperatorKey = u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s;
const QByteArray NewSecret = "New_Secret_0123456789";
const QByteArray ListedSecret = "Listed_Secret_Never_Kept";

using Pairs = QList<std::pair<QByteArray, QByteArray>>;

// One request of the table: how the test makes it, and what the wire must carry beyond the
// common parameters. API 3.0: the JSON body; API 2.0: the action's own pairs, raw.
struct Case
{
    const char *tag;
    ApiGeneration generation;
    std::function<ApiRequest(ApiGeneration)> make;
    QByteArray action;
    QByteArray api3Body;
    Pairs api2Pairs;
};

KeyQuery everyQuestion()
{
    KeyQuery query;
    query.offset = 200;
    query.limit = 100;
    query.status = KeyStatusFilter::Disabled;
    query.search = u"测试 key+1"_s;
    query.keyIds = {u"AKID_a"_s, u"AKID_b"_s};
    query.notUsagePlanId = u"usagePlan-9"_s;
    return query;
}

KeyQuery nameAndIds()
{
    KeyQuery query;
    query.offset = 40;
    query.limit = 20;
    query.search = u"a&b=c"_s;
    query.keyIds = {u"AKID_a"_s};
    return query;
}

const QList<Case> &cases()
{
    using G = ApiGeneration;
    namespace K = KeyActions;
    static const QList<Case> table = {
        {"3.0 list, every filter",
         G::Api3,
         [](G g) { return K::listKeys(everyQuestion(), g); },
         "DescribeApiKeysStatus",
         R"({"Filters":[{"Name":"AccessKeyId","Values":["AKID_a","AKID_b"]},
             {"Name":"KeyWord","Values":["测试 key+1"]},
             {"Name":"NotUsagePlanId","Values":["usagePlan-9"]},
             {"Name":"Status","Values":["0"]}],"Limit":100,"Offset":200})",
         {}},
        {"3.0 list, enabled only",
         G::Api3,
         [](G g) {
             KeyQuery query;
             query.status = KeyStatusFilter::Enabled;
             return K::listKeys(query, g);
         },
         "DescribeApiKeysStatus",
         R"({"Filters":[{"Name":"Status","Values":["1"]}],"Limit":20,"Offset":0})",
         {}},
        {"3.0 list, nothing asked",
         G::Api3,
         [](G g) { return K::listKeys(KeyQuery(), g); },
         "DescribeApiKeysStatus",
         R"({"Limit":20,"Offset":0})",
         {}},
        {"3.0 list, limit sent as given",
         G::Api3,
         [](G g) {
             KeyQuery query;
             query.limit = 500;
             query.offset = 5'000'000'000;
             return K::listKeys(query, g);
         },
         "DescribeApiKeysStatus",
         R"({"Limit":500,"Offset":5000000000})",
         {}},
        {"3.0 describe",
         G::Api3,
         [](G g) { return K::describeKey(u"AKID_x"_s, g); },
         "DescribeApiKey",
         R"({"AccessKeyId":"AKID_x"})",
         {}},
        {"3.0 rotate manual",
         G::Api3,
         [](G g) { return K::rotateKey(u"key_1"_s, SecretString::fromUtf8(NewSecret), g); },
         "UpdateApiKey",
         R"({"AccessKeyId":"key_1","AccessKeySecret":"New_Secret_0123456789"})",
         {}},
        {"3.0 rotate auto",
         G::Api3,
         [](G g) { return K::rotateKey(u"key_1"_s, {}, g); },
         "UpdateApiKey",
         R"({"AccessKeyId":"key_1"})",
         {}},
        {"3.0 enable",
         G::Api3,
         [](G g) { return K::enableKey(u"AKID_x"_s, g); },
         "EnableApiKey",
         R"({"AccessKeyId":"AKID_x"})",
         {}},
        {"3.0 disable",
         G::Api3,
         [](G g) { return K::disableKey(u"AKID_x"_s, g); },
         "DisableApiKey",
         R"({"AccessKeyId":"AKID_x"})",
         {}},
        {"3.0 delete",
         G::Api3,
         [](G g) { return K::deleteKey(u"AKID_x"_s, g); },
         "DeleteApiKey",
         R"({"AccessKeyId":"AKID_x"})",
         {}},
        {"3.0 plans",
         G::Api3,
         [](G g) { return K::listPlans(100, 50, g); },
         "DescribeUsagePlansStatus",
         R"({"Limit":50,"Offset":100})",
         {}},
        {"3.0 plan keys",
         G::Api3,
         [](G g) { return K::listPlanKeys(u"usagePlan-1"_s, 0, 100, g); },
         "DescribeUsagePlanSecretIds",
         R"({"Limit":100,"Offset":0,"UsagePlanId":"usagePlan-1"})",
         {}},
        {"3.0 bind",
         G::Api3,
         [](G g) {
             return K::bindKeys(u"usagePlan-1"_s, {u"AKID_a"_s, u"AKID_b"_s}, g);
         },
         "BindSecretIds",
         R"({"AccessKeyIds":["AKID_a","AKID_b"],"UsagePlanId":"usagePlan-1"})",
         {}},
        {"3.0 unbind",
         G::Api3,
         [](G g) { return K::unbindKeys(u"usagePlan-1"_s, {u"AKID_a"_s}, g); },
         "UnBindSecretIds",
         R"({"AccessKeyIds":["AKID_a"],"UsagePlanId":"usagePlan-1"})",
         {}},

        {"2.0 list, name and ids",
         G::Api2,
         [](G g) { return K::listKeys(nameAndIds(), g); },
         "DescribeApiKeysStatus",
         {},
         {{"limit", "20"}, {"offset", "40"}, {"searchName", "a&b=c"}, {"secretIds.0", "AKID_a"}}},
        {"2.0 list, nothing asked",
         G::Api2,
         [](G g) { return K::listKeys(KeyQuery(), g); },
         "DescribeApiKeysStatus",
         {},
         {{"limit", "20"}, {"offset", "0"}}},
        {"2.0 describe",
         G::Api2,
         [](G g) { return K::describeKey(u"AKID_x"_s, g); },
         "DescribeApiKey",
         {},
         {{"secretId", "AKID_x"}}},
        {"2.0 rotate manual",
         G::Api2,
         [](G g) { return K::rotateKey(u"key_1"_s, SecretString::fromUtf8(NewSecret), g); },
         "UpdateApiKey",
         {},
         {{"secretId", "key_1"}, {"secretKey", NewSecret}}},
        {"2.0 rotate auto",
         G::Api2,
         [](G g) { return K::rotateKey(u"key_1"_s, {}, g); },
         "UpdateApiKey",
         {},
         {{"secretId", "key_1"}}},
        {"2.0 enable",
         G::Api2,
         [](G g) { return K::enableKey(u"AKID_x"_s, g); },
         "EnableApiKey",
         {},
         {{"secretId", "AKID_x"}}},
        {"2.0 disable",
         G::Api2,
         [](G g) { return K::disableKey(u"AKID_x"_s, g); },
         "DisableApiKey",
         {},
         {{"secretId", "AKID_x"}}},
        {"2.0 delete",
         G::Api2,
         [](G g) { return K::deleteKey(u"AKID_x"_s, g); },
         "DeleteApiKey",
         {},
         {{"secretId", "AKID_x"}}},
        {"2.0 plans",
         G::Api2,
         [](G g) { return K::listPlans(100, 50, g); },
         "DescribeUsagePlansStatus",
         {},
         {{"limit", "50"}, {"offset", "100"}}},
        {"2.0 plan keys",
         G::Api2,
         [](G g) { return K::listPlanKeys(u"usagePlan-1"_s, 0, 100, g); },
         "DescribeUsagePlanSecretIds",
         {},
         {{"limit", "100"}, {"offset", "0"}, {"usagePlanId", "usagePlan-1"}}},
        {"2.0 bind",
         G::Api2,
         [](G g) {
             return K::bindKeys(u"usagePlan-1"_s, {u"AKID_a"_s, u"AKID_b"_s}, g);
         },
         "BindSecretIds",
         {},
         {{"secretIds.0", "AKID_a"}, {"secretIds.1", "AKID_b"}, {"usagePlanId", "usagePlan-1"}}},
    };
    return table;
}

OperatorCredentials credentials()
{
    OperatorCredentials result;
    result.secretId = OperatorId;
    result.secretKey = SecretString(OperatorKey);
    return result;
}

GatewayEndpoint endpointFor(ApiGeneration generation, LegacyHttpMethod method)
{
    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.url = GatewayEndpoint::defaultUrl(generation);
    endpoint.region = u"ap-guangzhou"_s;
    endpoint.httpMethod = method;
    endpoint.signatureMethod = LegacySignatureMethod::HmacSHA256;
    return endpoint;
}

BuiltRequest sign(const ApiRequest &request, LegacyHttpMethod method = LegacyHttpMethod::Post)
{
    const FixedClock clock = FixedClock::fromSecsSinceEpoch(Timestamp);
    FixedNonceSource nonces(Nonce);
    return RequestSigner(clock, nonces)
        .sign(request, credentials(), endpointFor(request.generation, method));
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Decodes one canonical RFC 3986 value (upper-case %XX, every other byte unreserved), or fails.
std::optional<QByteArray> strictDecode(QByteArrayView encoded)
{
    if (ReferenceSigner::percentEncode(QByteArray::fromPercentEncoding(encoded.toByteArray())) !=
        encoded)
        return std::nullopt;
    for (const char c : encoded) {
        if (!isUnreserved(c) && c != '%')
            return std::nullopt;
    }
    return QByteArray::fromPercentEncoding(encoded.toByteArray());
}

// The pairs of a form body or query in the order sent; fails on anything not encoded canonically.
std::optional<Pairs> decodeForm(const QByteArray &form)
{
    Pairs pairs;
    for (const QByteArray &pair : form.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            return std::nullopt;
        const auto name = strictDecode(pair.left(equals));
        const auto value = strictDecode(pair.mid(equals + 1));
        if (!name || !value)
            return std::nullopt;
        pairs.append({*name, *value});
    }
    return pairs;
}

QByteArray api3Reply(const QByteArray &result)
{
    return R"({"Response":{"Result":)" + result + R"(,"RequestId":"rid-1"}})";
}

GatewayReply replyOf(ApiGeneration generation, const QByteArray &body)
{
    const GatewayAnswer answer = ResponseEnvelope::parse(generation, body);
    if (const auto *reply = std::get_if<GatewayReply>(&answer))
        return *reply;
    qWarning("the envelope refused the body: %s",
             qPrintable(std::get<GatewayError>(answer).detail));
    return {};
}

enum class Decoder { KeyPage, Key, PlanPage, Done };

// The decoder's error, or nothing when it accepted the reply.
std::optional<GatewayError> decodeWith(Decoder decoder, const GatewayReply &reply)
{
    switch (decoder) {
    case Decoder::KeyPage: {
        const KeyPageResult result = KeyActions::decodeKeyPage(reply);
        if (const auto *error = std::get_if<GatewayError>(&result))
            return *error;
        return std::nullopt;
    }
    case Decoder::Key: {
        const GatewayKeyResult result = KeyActions::decodeKey(reply);
        if (const auto *error = std::get_if<GatewayError>(&result))
            return *error;
        return std::nullopt;
    }
    case Decoder::PlanPage: {
        const UsagePlanPageResult result = KeyActions::decodePlanPage(reply);
        if (const auto *error = std::get_if<GatewayError>(&result))
            return *error;
        return std::nullopt;
    }
    case Decoder::Done:
        return KeyActions::decodeDone(reply);
    }
    return std::nullopt;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class tst_KeyActions : public QObject
{
    Q_OBJECT

private slots:
    void selfTest();
    void actionNames();
    void availability_data();
    void availability();
    void queryAvailability();
    void requests_data();
    void requests();
    void legacyGetKeepsParametersInTheQuery();
    void legacyGetRefusesARotateSecret();
    void keyPageApi3();
    void planKeyPageApi3();
    void keyPageApi2();
    void planKeyPageApi2();
    void keyApi3();
    void keyApi2();
    void planPageApi3();
    void planPageApi2();
    void done_data();
    void done();
    void hostile_data();
    void hostile();
    void refusals_data();
    void refusals();
};

void tst_KeyActions::selfTest()
{
    QVERIFY(strictDecode("a%20b"));
    QVERIFY(!strictDecode("a b"));
    QVERIFY(!strictDecode("a%2fb")); // lower-case hex is not the canonical form
    QVERIFY(!strictDecode("a+b"));
    QVERIFY(!decodeForm("a=1&b"));
    QCOMPARE(decodeForm("a=%E6%B5%8B&b=").value(), (Pairs{{"a", "测"}, {"b", ""}}));
}

void tst_KeyActions::actionNames()
{
    const QList<std::pair<KeyAction, QByteArray>> names = {
        {KeyAction::ListKeys, "DescribeApiKeysStatus"},
        {KeyAction::DescribeKey, "DescribeApiKey"},
        {KeyAction::RotateKey, "UpdateApiKey"},
        {KeyAction::EnableKey, "EnableApiKey"},
        {KeyAction::DisableKey, "DisableApiKey"},
        {KeyAction::DeleteKey, "DeleteApiKey"},
        {KeyAction::ListPlans, "DescribeUsagePlansStatus"},
        {KeyAction::ListPlanKeys, "DescribeUsagePlanSecretIds"},
        {KeyAction::BindKeys, "BindSecretIds"},
        {KeyAction::UnbindKeys, "UnBindSecretIds"},
    };
    for (const auto &[action, name] : names)
        QCOMPARE(KeyActions::actionName(action), name);
}

void tst_KeyActions::availability_data()
{
    QTest::addColumn<KeyAction>("action");
    QTest::addColumn<bool>("api2");

    // What the legacy pages document (docs/PROTOCOL.md): everything but unbinding.
    QTest::newRow("list") << KeyAction::ListKeys << true;
    QTest::newRow("describe") << KeyAction::DescribeKey << true;
    QTest::newRow("rotate") << KeyAction::RotateKey << true;
    QTest::newRow("enable") << KeyAction::EnableKey << true;
    QTest::newRow("disable") << KeyAction::DisableKey << true;
    QTest::newRow("delete") << KeyAction::DeleteKey << true;
    QTest::newRow("plans") << KeyAction::ListPlans << true;
    QTest::newRow("plan keys") << KeyAction::ListPlanKeys << true;
    QTest::newRow("bind") << KeyAction::BindKeys << true;
    QTest::newRow("unbind") << KeyAction::UnbindKeys << false;
}

void tst_KeyActions::availability()
{
    QFETCH(KeyAction, action);
    QFETCH(bool, api2);
    QVERIFY(KeyActions::isAvailable(action, ApiGeneration::Api3));
    QCOMPARE(KeyActions::isAvailable(action, ApiGeneration::Api2), api2);
}

void tst_KeyActions::queryAvailability()
{
    QVERIFY(KeyActions::isQueryAvailable(everyQuestion(), ApiGeneration::Api3));
    QVERIFY(KeyActions::isQueryAvailable(nameAndIds(), ApiGeneration::Api2));
    QVERIFY(KeyActions::isQueryAvailable(KeyQuery(), ApiGeneration::Api2));
    KeyQuery byStatus;
    byStatus.status = KeyStatusFilter::Enabled;
    QVERIFY(!KeyActions::isQueryAvailable(byStatus, ApiGeneration::Api2));
    KeyQuery outsidePlan;
    outsidePlan.notUsagePlanId = u"usagePlan-1"_s;
    QVERIFY(!KeyActions::isQueryAvailable(outsidePlan, ApiGeneration::Api2));
}

void tst_KeyActions::requests_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < cases().size(); ++i)
        QTest::newRow(cases().at(i).tag) << int(i);
}

void tst_KeyActions::requests()
{
    QFETCH(int, index);
    const Case &expected = cases().at(index);
    const ApiRequest request = expected.make(expected.generation);
    QCOMPARE(request.generation, expected.generation);
    QCOMPARE(request.action, expected.action);
    QCOMPARE(request.version, QByteArray("2018-08-08"));

    const BuiltRequest built = sign(request);
    QCOMPARE(built.problem, BuildProblem::None);
    const HttpRequest &wire = built.request;
    QCOMPARE(wire.method, QByteArray("POST"));

    if (expected.generation == ApiGeneration::Api3) {
        QCOMPARE(wire.url.toString(), u"https://apigateway.tencentcloudapi.com/"_s);
        QCOMPARE(wire.header("X-TC-Action"), expected.action);
        QCOMPARE(wire.header("X-TC-Version"), QByteArray("2018-08-08"));
        QCOMPARE(wire.header("X-TC-Region"), QByteArray("ap-guangzhou"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(wire.body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body, QJsonDocument::fromJson(expected.api3Body).object());
        QVERIFY(!body.isEmpty());

        ReferenceSigner::Tc3Request reference;
        reference.secretId = OperatorId.toUtf8();
        reference.secretKey = OperatorKey.toUtf8();
        reference.host = "apigateway.tencentcloudapi.com";
        reference.body = wire.body;
        reference.timestamp = Timestamp;
        QCOMPARE(wire.header("Authorization"), ReferenceSigner::tc3Authorization(reference));
        return;
    }

    QCOMPARE(wire.url.toString(), u"https://apigateway.api.qcloud.com/v2/index.php"_s);
    QCOMPARE(wire.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    const std::optional<Pairs> sent = decodeForm(wire.body);
    QVERIFY2(sent, wire.body.constData());
    QMap<QByteArray, QByteArray> sentMap;
    for (const auto &[name, value] : *sent) {
        QVERIFY2(!sentMap.contains(name), name.constData());
        sentMap.insert(name, value);
    }
    QMap<QByteArray, QByteArray> own = sentMap;
    for (const char *common :
         {"Action", "Region", "Timestamp", "Nonce", "SecretId", "SignatureMethod", "Signature"})
        QVERIFY2(own.remove(common) == 1, common);
    QMap<QByteArray, QByteArray> expectedOwn;
    for (const auto &[name, value] : expected.api2Pairs)
        expectedOwn.insert(name, value);
    QCOMPARE(own, expectedOwn);
    QCOMPARE(sentMap.value("Action"), expected.action);
    QCOMPARE(sentMap.value("SecretId"), OperatorId.toUtf8());
    QCOMPARE(sentMap.value("Nonce"), QByteArray::number(Nonce));
    QCOMPARE(sentMap.value("Timestamp"), QByteArray::number(Timestamp));

    Pairs unsigned_;
    for (const auto &pair : *sent) {
        if (pair.first != "Signature")
            unsigned_.append(pair);
    }
    const QByteArray toSign = ReferenceSigner::legacyStringToSign(
        "POST", "apigateway.api.qcloud.com", "/v2/index.php", unsigned_);
    QCOMPARE(sentMap.value("Signature"),
             ReferenceSigner::legacySignature("HmacSHA256", OperatorKey.toUtf8(), toSign));
}

void tst_KeyActions::legacyGetKeepsParametersInTheQuery()
{
    const BuiltRequest built =
        sign(KeyActions::listKeys(nameAndIds(), ApiGeneration::Api2), LegacyHttpMethod::Get);
    QCOMPARE(built.problem, BuildProblem::None);
    QCOMPARE(built.request.method, QByteArray("GET"));
    QVERIFY(built.request.body.isEmpty());
    const std::optional<Pairs> sent =
        decodeForm(built.request.url.query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(sent);
    Pairs unsigned_;
    QByteArray signature;
    for (const auto &pair : *sent) {
        if (pair.first == "Signature")
            signature = pair.second;
        else
            unsigned_.append(pair);
    }
    QVERIFY(unsigned_.contains(std::pair<QByteArray, QByteArray>("searchName", "a&b=c")));
    QVERIFY(unsigned_.contains(std::pair<QByteArray, QByteArray>("secretIds.0", "AKID_a")));
    QCOMPARE(signature, ReferenceSigner::legacySignature(
                            "HmacSHA256", OperatorKey.toUtf8(),
                            ReferenceSigner::legacyStringToSign("GET", "apigateway.api.qcloud.com",
                                                                "/v2/index.php", unsigned_)));
}

// A manual key's new secret never goes into a URL; without one, the GET is fine.
void tst_KeyActions::legacyGetRefusesARotateSecret()
{
    const BuiltRequest refused = sign(
        KeyActions::rotateKey(u"key_1"_s, SecretString::fromUtf8(NewSecret), ApiGeneration::Api2),
        LegacyHttpMethod::Get);
    QCOMPARE(refused.problem, BuildProblem::SecretInUrl);
    QCOMPARE(refused.secretInUrl, SecretInUrl::KeySecret);
    QVERIFY(refused.request.url.isEmpty());

    const BuiltRequest drawn =
        sign(KeyActions::rotateKey(u"key_1"_s, {}, ApiGeneration::Api2), LegacyHttpMethod::Get);
    QCOMPARE(drawn.problem, BuildProblem::None);
}

void tst_KeyActions::keyPageApi3()
{
    const GatewayReply reply = replyOf(ApiGeneration::Api3, api3Reply(R"({"TotalCount":250,
        "ApiKeySet":[
          {"AccessKeyId":"AKID_a","AccessKeySecret":")" + ListedSecret +
                                                                      R"(","AccessKeyType":"auto",
           "SecretName":"测试","Status":1,"CreatedTime":"2020-02-26T06:10:01Z",
           "ModifiedTime":"2020-02-27T07:11:02Z","Tags":null},
          {"AccessKeyId":"my_manual_key","AccessKeyType":"manual","SecretName":null,"Status":0,
           "CreatedTime":"not a time","ModifiedTime":null},
          {"AccessKeyId":"AKID_c","AccessKeyType":"strange","Status":1}]})"));
    const KeyPageResult result = KeyActions::decodeKeyPage(reply);
    QVERIFY(std::holds_alternative<KeyPage>(result));
    const KeyPage &page = std::get<KeyPage>(result);
    QCOMPARE(page.totalCount, 250);
    QCOMPARE(page.requestId, u"rid-1"_s);
    QCOMPARE(page.keys.size(), 3);
    const GatewayKey &first = page.keys.at(0);
    QCOMPARE(first.keyId, u"AKID_a"_s);
    QCOMPARE(first.name, u"测试"_s);
    QCOMPARE(first.type, KeyType::Auto);
    QVERIFY(first.enabled);
    QCOMPARE(first.createdUtc, utc(2020, 2, 26, 6, 10, 1));
    QCOMPARE(first.modifiedUtc, utc(2020, 2, 27, 7, 11, 2));
    // A listing never hands over a secret, even one the server put there.
    QVERIFY(first.secret.isEmpty());
    const GatewayKey &second = page.keys.at(1);
    QCOMPARE(second.type, KeyType::Manual);
    QVERIFY(!second.enabled);
    QVERIFY(second.name.isEmpty());
    QVERIFY(!second.createdUtc.isValid());
    QVERIFY(!second.modifiedUtc.isValid());
    QCOMPARE(page.keys.at(2).type, std::nullopt);
}

void tst_KeyActions::planKeyPageApi3()
{
    const GatewayReply reply = replyOf(ApiGeneration::Api3, api3Reply(R"({"TotalCount":1,
        "AccessKeyList":[{"SecretName":"test","AccessKeyId":"AKID_p","Status":1}]})"));
    const KeyPageResult result = KeyActions::decodeKeyPage(reply);
    QVERIFY(std::holds_alternative<KeyPage>(result));
    const KeyPage &page = std::get<KeyPage>(result);
    QCOMPARE(page.totalCount, 1);
    QCOMPARE(page.keys.size(), 1);
    QCOMPARE(page.keys.at(0).keyId, u"AKID_p"_s);
    QCOMPARE(page.keys.at(0).name, u"test"_s);
    QVERIFY(page.keys.at(0).enabled);

    // An empty account or plan: a total of zero and an empty or absent list.
    for (const QByteArray &empty :
         {QByteArray(R"({"TotalCount":0,"ApiKeySet":[]})"), QByteArray(R"({"TotalCount":0})"),
          QByteArray(R"({"TotalCount":0,"AccessKeyList":null})")}) {
        const KeyPageResult none =
            KeyActions::decodeKeyPage(replyOf(ApiGeneration::Api3, api3Reply(empty)));
        QVERIFY2(std::holds_alternative<KeyPage>(none), empty.constData());
        QVERIFY(std::get<KeyPage>(none).keys.isEmpty());
    }
}

void tst_KeyActions::keyPageApi2()
{
    // The legacy page's own spelling of the id, `secretID`, next to the live servers' `secretId`.
    const GatewayReply reply = replyOf(ApiGeneration::Api2, R"({"code":"0","message":"",
        "codeDesc":"Success","totalCount":2,"apiKeyStatusSet":[
          {"secretID":"AKID_a","secretName":"mytest","status":1,"type":"auto",
           "createdTime":"2017-08-07T00:00:00Z","modifiedTime":"2017-08-08T00:00:00Z"},
          {"secretId":"key_2","secretName":"two","status":0,"type":"manual"}]})");
    const KeyPageResult result = KeyActions::decodeKeyPage(reply);
    QVERIFY(std::holds_alternative<KeyPage>(result));
    const KeyPage &page = std::get<KeyPage>(result);
    QCOMPARE(page.totalCount, 2);
    QVERIFY(page.requestId.isEmpty());
    QCOMPARE(page.keys.size(), 2);
    QCOMPARE(page.keys.at(0).keyId, u"AKID_a"_s);
    QCOMPARE(page.keys.at(0).name, u"mytest"_s);
    QVERIFY(page.keys.at(0).enabled);
    QCOMPARE(page.keys.at(0).createdUtc, utc(2017, 8, 7, 0, 0, 0));
    QCOMPARE(page.keys.at(0).modifiedUtc, utc(2017, 8, 8, 0, 0, 0));
    QCOMPARE(page.keys.at(1).keyId, u"key_2"_s);
    QCOMPARE(page.keys.at(1).type, KeyType::Manual);
    QVERIFY(!page.keys.at(1).enabled);
}

void tst_KeyActions::planKeyPageApi2()
{
    // The legacy page types this totalCount as a string.
    const GatewayReply reply = replyOf(ApiGeneration::Api2, R"({"code":0,"totalCount":"1",
        "secretIdList":[{"secretName":"n","secretId":"AKID_p","status":0}]})");
    const KeyPageResult result = KeyActions::decodeKeyPage(reply);
    QVERIFY(std::holds_alternative<KeyPage>(result));
    QCOMPARE(std::get<KeyPage>(result).totalCount, 1);
    QCOMPARE(std::get<KeyPage>(result).keys.at(0).keyId, u"AKID_p"_s);
    QVERIFY(!std::get<KeyPage>(result).keys.at(0).enabled);
}

void tst_KeyActions::keyApi3()
{
    const GatewayReply reply = replyOf(ApiGeneration::Api3, api3Reply(R"({
        "AccessKeyId":"AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83",
        "AccessKeySecret":"hvhuan76de5im5Fa0bqh8aaBcOO9cy6c7yg2ywlf","AccessKeyType":"auto",
        "SecretName":"dd","Status":1,"CreatedTime":"2020-02-26T06:09:44Z",
        "ModifiedTime":"2020-02-26T06:45:57Z"})"));
    const GatewayKeyResult result = KeyActions::decodeKey(reply);
    QVERIFY(std::holds_alternative<GatewayKey>(result));
    const GatewayKey &key = std::get<GatewayKey>(result);
    QCOMPARE(key.keyId, u"AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83"_s);
    QCOMPARE(key.secret.utf8(), QByteArray("hvhuan76de5im5Fa0bqh8aaBcOO9cy6c7yg2ywlf"));
    QCOMPARE(key.type, KeyType::Auto);
    QCOMPARE(key.name, u"dd"_s);
    QVERIFY(key.enabled);
    QCOMPARE(key.createdUtc, utc(2020, 2, 26, 6, 9, 44));
    QCOMPARE(key.modifiedUtc, utc(2020, 2, 26, 6, 45, 57));

    // A rotated key whose answer leaves out its status keeps its new secret.
    const GatewayKeyResult rotated = KeyActions::decodeKey(
        replyOf(ApiGeneration::Api3,
                api3Reply(R"({"AccessKeyId":"key_1","AccessKeySecret":")" + NewSecret + R"("})")));
    QVERIFY(std::holds_alternative<GatewayKey>(rotated));
    QCOMPARE(std::get<GatewayKey>(rotated).secret.utf8(), NewSecret);
}

void tst_KeyActions::keyApi2()
{
    const GatewayReply reply = replyOf(ApiGeneration::Api2, R"({"code":"0","message":"",
        "codeDesc":"Success","secretID":"AKIDXXXXWKipDlK","secretKey":"asdkXXXXKOlhKn",
        "secretName":"mytest","status":1,"type":"auto","createdTime":"2017-08-07T00:00:00Z",
        "modifiedTime":"2017-08-07T00:00:00Z"})");
    const GatewayKeyResult result = KeyActions::decodeKey(reply);
    QVERIFY(std::holds_alternative<GatewayKey>(result));
    const GatewayKey &key = std::get<GatewayKey>(result);
    QCOMPARE(key.keyId, u"AKIDXXXXWKipDlK"_s);
    QCOMPARE(key.secret.utf8(), QByteArray("asdkXXXXKOlhKn"));
    QCOMPARE(key.name, u"mytest"_s);
    QVERIFY(key.enabled);
    QCOMPARE(key.createdUtc, utc(2017, 8, 7, 0, 0, 0));
}

void tst_KeyActions::planPageApi3()
{
    const GatewayReply reply = replyOf(ApiGeneration::Api3, api3Reply(R"({"TotalCount":3,
        "UsagePlanStatusSet":[
          {"UsagePlanId":"usagePlan-1","UsagePlanName":"gold","UsagePlanDesc":"for partners",
           "MaxRequestNumPreSec":1000,"CreatedTime":"2020-02-26T14:19:52Z",
           "ModifiedTime":"2020-02-26T14:25:30Z"},
          {"UsagePlanId":"usagePlan-2","UsagePlanName":"free","UsagePlanDesc":null,
           "MaxRequestNumPreSec":-1},
          {"UsagePlanId":"usagePlan-3","UsagePlanName":"x","MaxRequestNumPreSec":null}]})"));
    const UsagePlanPageResult result = KeyActions::decodePlanPage(reply);
    QVERIFY(std::holds_alternative<UsagePlanPage>(result));
    const UsagePlanPage &page = std::get<UsagePlanPage>(result);
    QCOMPARE(page.totalCount, 3);
    QCOMPARE(page.requestId, u"rid-1"_s);
    QCOMPARE(page.plans.size(), 3);
    QCOMPARE(page.plans.at(0).id, u"usagePlan-1"_s);
    QCOMPARE(page.plans.at(0).name, u"gold"_s);
    QCOMPARE(page.plans.at(0).description, u"for partners"_s);
    QCOMPARE(page.plans.at(0).maxRequestsPerSecond, 1000);
    QCOMPARE(page.plans.at(0).createdUtc, utc(2020, 2, 26, 14, 19, 52));
    QCOMPARE(page.plans.at(0).modifiedUtc, utc(2020, 2, 26, 14, 25, 30));
    QCOMPARE(page.plans.at(1).maxRequestsPerSecond, -1);
    QVERIFY(page.plans.at(1).description.isEmpty());
    QCOMPARE(page.plans.at(2).maxRequestsPerSecond, -1);
}

void tst_KeyActions::planPageApi2()
{
    const GatewayReply reply = replyOf(ApiGeneration::Api2, R"({"code":0,"totalCount":1,
        "usagePlanStatusSet":[{"usagePlanId":"usagePlan-XX","usagePlanName":"n",
          "usagePlanDesc":"d","maxRequestNumPreSec":"50","createdTime":"2017-08-07T00:00:00Z"}]})");
    const UsagePlanPageResult result = KeyActions::decodePlanPage(reply);
    QVERIFY(std::holds_alternative<UsagePlanPage>(result));
    const UsagePlan &plan = std::get<UsagePlanPage>(result).plans.at(0);
    QCOMPARE(plan.id, u"usagePlan-XX"_s);
    QCOMPARE(plan.description, u"d"_s);
    QCOMPARE(plan.maxRequestsPerSecond, 50);
    QCOMPARE(plan.createdUtc, utc(2017, 8, 7, 0, 0, 0));
}

void tst_KeyActions::done_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<GatewayError::Kind>("kind");
    QTest::addColumn<bool>("mayHaveBeenProcessed");

    using K = GatewayError::Kind;
    QTest::newRow("3.0 true") << ApiGeneration::Api3 << api3Reply("true") << true << K::Gateway
                              << false;
    QTest::newRow("2.0 code 0") << ApiGeneration::Api2
                                << QByteArray(R"({"code":"0","message":"","codeDesc":"Success"})")
                                << true << K::Gateway << false;
    // The gateway says it did not: no point in checking whether it did.
    QTest::newRow("3.0 false") << ApiGeneration::Api3 << api3Reply("false") << false << K::Gateway
                               << false;
    // Nothing said: it may have happened.
    QTest::newRow("3.0 null") << ApiGeneration::Api3 << api3Reply("null") << false
                              << K::MalformedResponse << true;
    QTest::newRow("3.0 absent") << ApiGeneration::Api3
                                << QByteArray(R"({"Response":{"RequestId":"rid-1"}})") << false
                                << K::MalformedResponse << true;
    QTest::newRow("3.0 one") << ApiGeneration::Api3 << api3Reply("1") << false
                             << K::MalformedResponse << true;
    QTest::newRow("3.0 text true")
        << ApiGeneration::Api3 << api3Reply(R"("true")") << false << K::MalformedResponse << true;
    QTest::newRow("3.0 object") << ApiGeneration::Api3 << api3Reply("{}") << false
                                << K::MalformedResponse << true;
}

void tst_KeyActions::done()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    QFETCH(GatewayError::Kind, kind);
    QFETCH(bool, mayHaveBeenProcessed);

    const std::optional<GatewayError> error = KeyActions::decodeDone(replyOf(generation, body));
    QCOMPARE(!error.has_value(), accepted);
    if (accepted)
        return;
    QCOMPARE(error->kind, kind);
    QCOMPARE(error->generation, generation);
    QCOMPARE(error->requestId, u"rid-1"_s);
    QCOMPARE(error->mayHaveBeenProcessed, mayHaveBeenProcessed);
}

void tst_KeyActions::hostile_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<Decoder>("decoder");
    QTest::addColumn<QByteArray>("body");

    const auto api3 = [](const char *tag, Decoder decoder, const QByteArray &result) {
        QTest::addRow("3.0 %s", tag) << ApiGeneration::Api3 << decoder << api3Reply(result);
    };
    const auto api2 = [](const char *tag, Decoder decoder, const QByteArray &body) {
        QTest::addRow("2.0 %s", tag) << ApiGeneration::Api2 << decoder << body;
    };
    const auto keys = [](const QByteArray &items, const QByteArray &total = "1") {
        return R"({"TotalCount":)" + total + R"(,"ApiKeySet":[)" + items + "]}";
    };
    const QByteArray good = R"({"AccessKeyId":"AKID_a","Status":1})";
    using D = Decoder;

    // Listing keys.
    QTest::addRow("3.0 list, no Result")
        << ApiGeneration::Api3 << D::KeyPage << QByteArray(R"({"Response":{"RequestId":"rid-1"}})");
    api3("list, Result null", D::KeyPage, "null");
    api3("list, Result an array", D::KeyPage, "[]");
    api3("list, Result true", D::KeyPage, "true");
    api3("list, no TotalCount", D::KeyPage, R"({"ApiKeySet":[)" + good + "]}");
    api3("list, TotalCount text", D::KeyPage, keys(good, R"("1")"));
    api3("list, TotalCount a fraction", D::KeyPage, keys(good, "1.5"));
    api3("list, negative TotalCount", D::KeyPage, keys("", "-1"));
    api3("list, huge TotalCount", D::KeyPage, keys(good, "1e300"));
    api3("list, TotalCount of 2^62", D::KeyPage, keys(good, "4611686018427387904"));
    api3("list, TotalCount below the page", D::KeyPage,
         keys(good + R"(,{"AccessKeyId":"AKID_b","Status":1})", "1"));
    api3("list, counted keys missing", D::KeyPage, R"({"TotalCount":5})");
    api3("list, ApiKeySet an object", D::KeyPage, R"({"TotalCount":1,"ApiKeySet":{}})");
    api3("list, key a string", D::KeyPage, keys(R"("AKID_a")"));
    api3("list, key null", D::KeyPage, keys("null"));
    api3("list, no id", D::KeyPage, keys(R"({"Status":1})"));
    api3("list, id a number", D::KeyPage, keys(R"({"AccessKeyId":12345,"Status":1})"));
    api3("list, id with a space", D::KeyPage, keys(R"({"AccessKeyId":"AKID a","Status":1})"));
    api3("list, id with a newline", D::KeyPage, keys(R"({"AccessKeyId":"AKID\na","Status":1})"));
    api3("list, id non-ASCII", D::KeyPage, keys(R"({"AccessKeyId":"AKID测","Status":1})"));
    api3("list, id empty", D::KeyPage, keys(R"({"AccessKeyId":"","Status":1})"));
    api3("list, id of 5000 characters", D::KeyPage,
         keys(R"({"AccessKeyId":")" + QByteArray(5000, 'A') + R"(","Status":1})"));
    api3("list, id twice", D::KeyPage, keys(good + ',' + good, "2"));
    api3("list, no status", D::KeyPage, keys(R"({"AccessKeyId":"AKID_a"})"));
    api3("list, status 2", D::KeyPage, keys(R"({"AccessKeyId":"AKID_a","Status":2})"));
    api3("list, status text", D::KeyPage, keys(R"({"AccessKeyId":"AKID_a","Status":"1"})"));
    api3("list, status true", D::KeyPage, keys(R"({"AccessKeyId":"AKID_a","Status":true})"));
    api3("list, name a number", D::KeyPage,
         keys(R"({"AccessKeyId":"AKID_a","Status":1,"SecretName":5})"));
    api3("list, type an object", D::KeyPage,
         keys(R"({"AccessKeyId":"AKID_a","Status":1,"AccessKeyType":{}})"));
    api3("list, time a number", D::KeyPage,
         keys(R"({"AccessKeyId":"AKID_a","Status":1,"CreatedTime":1502064000})"));
    api3("list, modified time an array", D::KeyPage,
         keys(R"({"AccessKeyId":"AKID_a","Status":1,"ModifiedTime":[]})"));
    api3("plan keys, AccessKeyList text", D::KeyPage, R"({"TotalCount":1,"AccessKeyList":"x"})");
    api2("list, no totalCount", D::KeyPage,
         R"({"code":0,"apiKeyStatusSet":[{"secretId":"AKID_a","status":1}]})");
    api2("list, totalCount letters", D::KeyPage,
         R"({"code":0,"totalCount":"one","apiKeyStatusSet":[]})");
    api2("list, totalCount in other digits", D::KeyPage,
         QByteArray(R"({"code":0,"totalCount":")") + u"١"_s.toUtf8() +
             R"(","apiKeyStatusSet":[]})");
    api2("list, negative totalCount", D::KeyPage,
         R"({"code":0,"totalCount":"-3","apiKeyStatusSet":[]})");
    api2("list, id with a space", D::KeyPage,
         R"({"code":0,"totalCount":1,"apiKeyStatusSet":[{"secretId":"a b","status":1}]})");
    api2("list, secretID a number", D::KeyPage,
         R"({"code":0,"totalCount":1,"apiKeyStatusSet":[{"secretID":7,"status":1}]})");
    api2("plan keys, status missing", D::KeyPage,
         R"({"code":0,"totalCount":1,"secretIdList":[{"secretId":"AKID_a"}]})");

    // One key with its secret.
    const QByteArray id = R"("AccessKeyId":"AKID_a")";
    const QByteArray secret = R"("AccessKeySecret":"S3cret_Value_1234")";
    api3("key, Result null", D::Key, "null");
    api3("key, Result text", D::Key, R"("AKID_a")");
    api3("key, no id", D::Key, "{" + secret + "}");
    api3("key, id with a space", D::Key, R"({"AccessKeyId":"AK ID",)" + secret + "}");
    api3("key, secret missing", D::Key, "{" + id + R"(,"Status":1})");
    api3("key, secret null", D::Key, "{" + id + R"(,"AccessKeySecret":null})");
    api3("key, secret empty", D::Key, "{" + id + R"(,"AccessKeySecret":""})");
    api3("key, secret a number", D::Key, "{" + id + R"(,"AccessKeySecret":1234567890})");
    api3("key, secret with a space", D::Key, "{" + id + R"(,"AccessKeySecret":"S3cret Value"})");
    api3("key, secret with NUL", D::Key, "{" + id + R"(,"AccessKeySecret":"S3cret\u0000x"})");
    api3("key, secret of 100000 characters", D::Key,
         "{" + id + R"(,"AccessKeySecret":")" + QByteArray(100000, 'k') + R"("})");
    api3("key, status 7", D::Key, "{" + id + ',' + secret + R"(,"Status":7})");
    api3("key, name an array", D::Key, "{" + id + ',' + secret + R"(,"SecretName":[]})");
    api2("key, secretKey missing", D::Key, R"({"code":0,"secretId":"AKID_a","status":1})");
    api2("key, secretKey an object", D::Key,
         R"({"code":0,"secretId":"AKID_a","secretKey":{},"status":1})");
    api2("key, no id", D::Key, R"({"code":0,"secretKey":"S3cret_Value_1234"})");

    // Usage plans.
    const auto plans = [](const QByteArray &items, const QByteArray &total = "1") {
        return R"({"TotalCount":)" + total + R"(,"UsagePlanStatusSet":[)" + items + "]}";
    };
    api3("plans, Result an array", D::PlanPage, "[]");
    api3("plans, no TotalCount", D::PlanPage, R"({"UsagePlanStatusSet":[]})");
    api3("plans, negative TotalCount", D::PlanPage, plans("", "-5"));
    api3("plans, huge TotalCount", D::PlanPage, plans("", "99999999999999"));
    api3("plans, set a number", D::PlanPage, R"({"TotalCount":1,"UsagePlanStatusSet":1})");
    api3("plans, counted plans missing", D::PlanPage, R"({"TotalCount":2})");
    api3("plans, plan text", D::PlanPage, plans(R"("usagePlan-1")"));
    api3("plans, no id", D::PlanPage, plans(R"({"UsagePlanName":"n"})"));
    api3("plans, id with a space", D::PlanPage, plans(R"({"UsagePlanId":"usage Plan"})"));
    api3("plans, id twice", D::PlanPage, plans(R"({"UsagePlanId":"p"},{"UsagePlanId":"p"})", "2"));
    api3("plans, name a number", D::PlanPage, plans(R"({"UsagePlanId":"p","UsagePlanName":1})"));
    api3("plans, description an object", D::PlanPage,
         plans(R"({"UsagePlanId":"p","UsagePlanDesc":{}})"));
    api3("plans, rate text", D::PlanPage,
         plans(R"({"UsagePlanId":"p","MaxRequestNumPreSec":"many"})"));
    api3("plans, rate below -1", D::PlanPage,
         plans(R"({"UsagePlanId":"p","MaxRequestNumPreSec":-2})"));
    api3("plans, rate a fraction", D::PlanPage,
         plans(R"({"UsagePlanId":"p","MaxRequestNumPreSec":0.5})"));
    api3("plans, time a number", D::PlanPage, plans(R"({"UsagePlanId":"p","CreatedTime":5})"));
    api2("plans, totalCount null", D::PlanPage,
         R"({"code":0,"totalCount":null,"usagePlanStatusSet":[]})");
    api2("plans, id a number", D::PlanPage,
         R"({"code":0,"totalCount":1,"usagePlanStatusSet":[{"usagePlanId":1}]})");
}

void tst_KeyActions::hostile()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(Decoder, decoder);
    QFETCH(QByteArray, body);

    const GatewayAnswer answer = ResponseEnvelope::parse(generation, body);
    QVERIFY2(std::holds_alternative<GatewayReply>(answer), "the envelope itself is well formed");
    const std::optional<GatewayError> error = decodeWith(decoder, std::get<GatewayReply>(answer));
    QVERIFY(error);
    QCOMPARE(error->kind, GatewayError::Kind::MalformedResponse);
    QCOMPARE(error->generation, generation);
    // The gateway answered: whatever was asked may have been done.
    QVERIFY(error->mayHaveBeenProcessed);
    QCOMPARE(error->requestId, generation == ApiGeneration::Api3 ? u"rid-1"_s : QString());
    QVERIFY(!error->detail.isEmpty());
    // The error says why, never what: no secret of the answer reaches it.
    for (const char *secret : {"S3cret", "Listed_Secret"}) {
        QVERIFY(!error->detail.contains(QLatin1String(secret)));
        QVERIFY(!error->message.contains(QLatin1String(secret)));
    }
}

void tst_KeyActions::refusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<KeyRefusal>("refusal");

    using C = ErrorCategory;
    using R = KeyRefusal;
    QTest::newRow("delete an enabled key")
        << u"UnsupportedOperation.InvalidStatus"_s << C::Unsupported << R::KeyStatusForbids;
    QTest::newRow("delete a bound key")
        << u"UnsupportedOperation.ResourceIsInUse"_s << C::Unsupported << R::KeyBoundToUsagePlan;
    QTest::newRow("no such key") << u"ResourceNotFound.InvalidAccessKeyId"_s << C::Validation
                                 << R::KeyNotFound;
    QTest::newRow("no such plan") << u"ResourceNotFound.InvalidUsagePlan"_s << C::Validation
                                  << R::UsagePlanNotFound;
    QTest::newRow("already bound")
        << u"UnsupportedOperation.AlreadyBindUsagePlan"_s << C::Unsupported << R::AlreadyBound;
    QTest::newRow("already bound, FailedOperation")
        << u"FailedOperation.AlreadyBindUsagePlan"_s << C::OperationFailed << R::AlreadyBound;
    QTest::newRow("plan full") << u"LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded"_s
                               << C::Quota << R::UsagePlanFull;
    QTest::newRow("bad ids") << u"InvalidParameterValue.InvalidAccessKeyIds"_s << C::Validation
                             << R::InvalidKeyIds;
    QTest::newRow("not switchable") << u"UnsupportedOperation.UnsupportedUpdateApiKey"_s
                                    << C::Unsupported << R::KeyNotUpdatable;
    QTest::newRow("not bindable") << u"UnsupportedOperation.UnsupportedBindApiKey"_s
                                  << C::Unsupported << R::KeyNotBindable;
    QTest::newRow("bad filter") << u"InvalidParameterValue.InvalidFilterNotSupportedName"_s
                                << C::Validation << R::None;
    QTest::newRow("bad region") << u"InvalidParameterValue.InvalidRegion"_s << C::Endpoint
                                << R::None;
    QTest::newRow("CAM") << u"FailedOperation.CamException"_s << C::OperationFailed << R::None;
    QTest::newRow("another state")
        << u"UnsupportedOperation.SomethingElse"_s << C::Unsupported << R::None;
    QTest::newRow("create's duplicate")
        << u"FailedOperation.AccessKeyExist"_s << C::Duplicate << R::None;
}

// Both generations carry the same refusal to the caller: API 3.0 in its code, API 2.0 in the
// codeDesc next to a generic number.
void tst_KeyActions::refusals()
{
    QFETCH(QString, code);
    QFETCH(ErrorCategory, category);
    QFETCH(KeyRefusal, refusal);

    const GatewayAnswer api3 = ResponseEnvelope::parse(
        ApiGeneration::Api3, R"({"Response":{"Error":{"Code":")" + code.toLatin1() +
                                 R"(","Message":"m"},"RequestId":"rid-1"}})");
    QVERIFY(std::holds_alternative<GatewayError>(api3));
    QCOMPARE(std::get<GatewayError>(api3).category, category);
    QCOMPARE(std::get<GatewayError>(api3).refusal, refusal);
    QCOMPARE(ErrorCatalog::classify(ApiGeneration::Api3, code).refusal, refusal);

    const GatewayAnswer api2 =
        ResponseEnvelope::parse(ApiGeneration::Api2, R"({"code":4000,"codeDesc":")" +
                                                         code.toLatin1() + R"(","message":"m"})");
    QVERIFY(std::holds_alternative<GatewayError>(api2));
    QCOMPARE(std::get<GatewayError>(api2).refusal, refusal);
    // Transport and answer failures never claim to know the key's state.
    QCOMPARE(GatewayError::malformed(ApiGeneration::Api3, u"x"_s).refusal, KeyRefusal::None);
}

QTEST_APPLESS_MAIN(tst_KeyActions)
#include "tst_keyactions.moc"
