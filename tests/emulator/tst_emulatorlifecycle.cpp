// The emulator's key lifecycle over loopback: every action of docs/PROTOCOL.md's *Key lifecycle
// actions* in both generations (API 2.0 under its legacy names), paging and filters, each state
// rule and documented error, accounts kept apart, and seeding. Requests are signed by the
// independent ReferenceSigner (tests/support).

#include "gatewayemulator.h"
#include "keyactions.h"
#include "requestsigning.h"
#include "signedrequests.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace SignedRequests;
using ReferenceSigner::Parameters;

namespace {

constexpr qint64 Now = 1709294400; // 2024-03-01T12:00:00Z
const QString Account = QString::fromLatin1(SecretId);
// A second operator: its keys must stay invisible to the first.
constexpr QByteArrayView OtherId = "AKIDotherOperator0000000000000000000";
constexpr QByteArrayView OtherKey = "otherOperatorSecretKey0000000000";

QStringList idsOf(const QJsonArray &set, const QString &field)
{
    QStringList ids;
    for (const QJsonValue &entry : set)
        ids.append(entry.toObject().value(field).toString());
    return ids;
}

bool isUuidLike(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

// Either generation's boolean answer: empty when the gateway said true, else the code.
QString doneOrCode(const EmulatorReply &reply, bool api3)
{
    if (api3)
        return reply.json().value(u"Response"_s).toObject().value(u"Result"_s) == QJsonValue(true)
                   ? QString()
                   : reply.api3Code();
    return reply.api2Code().toInt(-1) == 0 ? QString() : reply.api2CodeDesc();
}

QJsonObject filter(const QString &name, const QStringList &values)
{
    return QJsonObject{{u"Name"_s, name}, {u"Values"_s, QJsonArray::fromStringList(values)}};
}

} // namespace

class TestEmulatorLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listPagesNewestFirstWithoutSecrets();
    void listPagesNewestFirstApi2();
    void listPaging_data();
    void listPaging();
    void listPagingApi2_data();
    void listPagingApi2();
    void listFilters_data();
    void listFilters();
    void listFilterRefusals_data();
    void listFilterRefusals();
    void listSearchApi2();
    void accountsAreApart();

    void describeKey();
    void describeKeyApi2();
    void rotateAutoKey();
    void rotateManualKey_data();
    void rotateManualKey();
    void rotateApi2();
    void enableAndDisable_data();
    void enableAndDisable();
    void deleteRules_data();
    void deleteRules();

    void listPlans();
    void listPlansApi2();
    void listPlanKeys();
    void listPlanKeysApi2();
    void bindAndUnbind();
    void bindRefusals_data();
    void bindRefusals();
    void bindApi2();

    void parametersAreStrict_data();
    void parametersAreStrict();
    void forgedChangeChangesNothing();
    void countsRequestsPerAction();

    void seedDemo();
    void seedKeysIsFastAndPagesThrough();

    void coreBuiltRequestsRoundTrip_data();
    void coreBuiltRequestsRoundTrip();

private:
    // The application's own builder and decoders against the emulator.
    GatewayAnswer sendCore(const ApiRequest &request, ApiGeneration generation);
    EmulatorReply api3(QByteArrayView action, const QJsonObject &body,
                       QByteArrayView secretId = SecretId, QByteArrayView secretKey = SecretKey);
    EmulatorReply api2(QByteArrayView action, const Parameters &business,
                       QByteArrayView secretId = SecretId, QByteArrayView secretKey = SecretKey);
    QUrl base() const { return m_emulator->baseUrl(); }

    FixedClock m_clock = FixedClock::fromSecsSinceEpoch(Now);
    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    quint32 m_nonce = 5000;
};

void TestEmulatorLifecycle::init()
{
    m_clock = FixedClock::fromSecsSinceEpoch(Now);
    m_emulator = std::make_unique<GatewayEmulator>();
    m_emulator->addCredentials(Account, SecretKey.toByteArray());
    m_emulator->addCredentials(QString::fromLatin1(OtherId), OtherKey.toByteArray());
    m_emulator->setClock(&m_clock);
    // The fixed clock never leaves its second; the rate limit has its own test.
    m_emulator->setRateLimit(0);
    QVERIFY(m_emulator->listen());
    m_client = std::make_unique<EmulatorTestClient>();
}

void TestEmulatorLifecycle::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

EmulatorReply TestEmulatorLifecycle::api3(QByteArrayView action, const QJsonObject &body,
                                          QByteArrayView secretId, QByteArrayView secretKey)
{
    Tc3Call call = tc3Call(body, m_clock.currentSecsSinceEpoch());
    call.action = action.toByteArray();
    signTc3(call, base(), secretId, secretKey);
    return send(*m_client, base(), call);
}

EmulatorReply TestEmulatorLifecycle::api2(QByteArrayView action, const Parameters &business,
                                          QByteArrayView secretId, QByteArrayView secretKey)
{
    LegacyCall call = legacyCall("POST", m_clock.currentSecsSinceEpoch(), ++m_nonce, "HmacSHA256",
                                 business, secretId);
    setParameter(call.parameters, "Action", action.toByteArray());
    signLegacy(call, base(), secretKey);
    return send(*m_client, base(), call);
}

void TestEmulatorLifecycle::listPagesNewestFirstWithoutSecrets()
{
    m_emulator->seedKeys(45, Account);
    const QStringList expected = m_emulator->keyIds(Account);
    QCOMPARE(expected.size(), 45);
    QStringList listed;
    for (int offset = 0; offset < 45; offset += 20) {
        const EmulatorReply reply =
            api3("DescribeApiKeysStatus", {{u"Offset"_s, offset}, {u"Limit"_s, 20}});
        QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
        const QJsonObject result = reply.api3Result();
        QCOMPARE(result.value(u"TotalCount"_s).toInteger(), 45);
        const QJsonArray set = result.value(u"ApiKeySet"_s).toArray();
        QCOMPARE(set.size(), qMin(20, 45 - offset));
        for (const QJsonValue &entry : set) {
            const QJsonObject key = entry.toObject();
            QVERIFY(!key.contains(u"AccessKeySecret"_s));
            QVERIFY(!reply.body.contains(
                m_emulator->keySecret(key.value(u"AccessKeyId"_s).toString()).utf8()));
            for (const char16_t *field :
                 {u"SecretName", u"AccessKeyType", u"CreatedTime", u"ModifiedTime"})
                QVERIFY2(key.value(QString::fromUtf16(field)).isString(),
                         qPrintable(QString::fromUtf16(field)));
            QVERIFY(key.value(u"Status"_s).isDouble());
        }
        listed += idsOf(set, u"AccessKeyId"_s);
    }
    // Newest first, each key once: the order is stable from page to page.
    QCOMPARE(listed, expected);

    // Created through the API, a key comes first.
    const EmulatorReply created = api3("CreateApiKey", {{u"SecretName"_s, u"newest"_s}});
    QVERIFY2(created.api3Code().isEmpty(), created.body.constData());
    const QJsonObject first = api3("DescribeApiKeysStatus", {{u"Limit"_s, 1}}).api3Result();
    QCOMPARE(first.value(u"TotalCount"_s).toInteger(), 46);
    QCOMPARE(first.value(u"ApiKeySet"_s).toArray().at(0).toObject().value(u"AccessKeyId"_s),
             created.api3Result().value(u"AccessKeyId"_s));
}

void TestEmulatorLifecycle::listPagesNewestFirstApi2()
{
    m_emulator->seedKeys(30, Account);
    QStringList listed;
    for (int offset = 0; offset < 30; offset += 20) {
        const EmulatorReply reply = api2("DescribeApiKeysStatus",
                                         {{"offset", QByteArray::number(offset)}, {"limit", "20"}});
        QCOMPARE(reply.api2Code().toInt(-1), 0);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"totalCount"_s).toInteger(), 30);
        const QJsonArray set = json.value(u"apiKeyStatusSet"_s).toArray();
        for (const QJsonValue &entry : set) {
            const QJsonObject key = entry.toObject();
            QVERIFY(!key.contains(u"secretKey"_s));
            QVERIFY(key.value(u"secretName"_s).isString());
            QVERIFY(key.value(u"type"_s).isString());
            QVERIFY(key.value(u"createdTime"_s).isString());
            QVERIFY(key.value(u"modifiedTime"_s).isString());
        }
        listed += idsOf(set, u"secretID"_s);
    }
    QCOMPARE(listed, m_emulator->keyIds(Account));

    // order=asc turns it round.
    const QJsonObject oldest = api2("DescribeApiKeysStatus",
                                    {{"limit", "1"}, {"orderby", "createdTime"}, {"order", "asc"}})
                                   .json();
    QCOMPARE(oldest.value(u"apiKeyStatusSet"_s).toArray().at(0).toObject().value(u"secretID"_s),
             m_emulator->keyIds(Account).constLast());
}

void TestEmulatorLifecycle::listPaging_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("default 20") << QJsonObject{} << QString() << 20;
    QTest::newRow("100") << QJsonObject{{u"Limit"_s, 100}} << QString() << 100;
    QTest::newRow("offset past the end") << QJsonObject{{u"Offset"_s, 500}} << QString() << 0;
    QTest::newRow("0") << QJsonObject{{u"Limit"_s, 0}} << u"InvalidParameterValue"_s << 0;
    QTest::newRow("101") << QJsonObject{{u"Limit"_s, 101}} << u"InvalidParameterValue"_s << 0;
    QTest::newRow("negative offset")
        << QJsonObject{{u"Offset"_s, -1}} << u"InvalidParameterValue"_s << 0;
    QTest::newRow("fraction") << QJsonObject{{u"Limit"_s, 2.5}} << u"InvalidParameter"_s << 0;
    QTest::newRow("string") << QJsonObject{{u"Limit"_s, u"20"_s}} << u"InvalidParameter"_s << 0;
}

void TestEmulatorLifecycle::listPaging()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(int, pageSize);
    m_emulator->seedKeys(120, Account);
    const EmulatorReply reply = api3("DescribeApiKeysStatus", body);
    QCOMPARE(reply.api3Code(), code);
    if (!code.isEmpty())
        return;
    QCOMPARE(reply.api3Result().value(u"ApiKeySet"_s).toArray().size(), pageSize);
    QCOMPARE(reply.api3Result().value(u"TotalCount"_s).toInteger(), 120);
}

void TestEmulatorLifecycle::listPagingApi2_data()
{
    QTest::addColumn<Parameters>("business");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("default 20") << Parameters{} << 0 << 20;
    QTest::newRow("100") << Parameters{{"limit", "100"}} << 0 << 100;
    QTest::newRow("0") << Parameters{{"limit", "0"}} << 4000 << 0;
    QTest::newRow("101") << Parameters{{"limit", "101"}} << 4000 << 0;
    QTest::newRow("not a number") << Parameters{{"limit", "ten"}} << 4000 << 0;
    QTest::newRow("negative offset") << Parameters{{"offset", "-1"}} << 4000 << 0;
    QTest::newRow("unknown orderby") << Parameters{{"orderby", "secretName"}} << 4000 << 0;
    QTest::newRow("unknown order") << Parameters{{"order", "up"}} << 4000 << 0;
}

void TestEmulatorLifecycle::listPagingApi2()
{
    QFETCH(Parameters, business);
    QFETCH(int, code);
    QFETCH(int, pageSize);
    m_emulator->seedKeys(120, Account);
    const EmulatorReply reply = api2("DescribeApiKeysStatus", business);
    QCOMPARE(reply.api2Code().toInt(-1), code);
    if (code != 0) {
        QCOMPARE(reply.api2CodeDesc(), u"InvalidParameterValue"_s);
        return;
    }
    QCOMPARE(reply.json().value(u"apiKeyStatusSet"_s).toArray().size(), pageSize);
}

void TestEmulatorLifecycle::listFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("SecretName") << u"SecretName"_s << QStringList{u"billing"_s}
                                << QStringList{u"billing"_s};
    QTest::newRow("KeyWord, part of names")
        << u"KeyWord"_s << QStringList{u"ORDER"_s} << QStringList{u"orders old"_s, u"orders"_s};
    QTest::newRow("Status 0") << u"Status"_s << QStringList{u"0"_s} << QStringList{u"orders old"_s};
    QTest::newRow("Status 1") << u"Status"_s << QStringList{u"1"_s}
                              << QStringList{u"manual one"_s, u"billing"_s, u"orders"_s};
    QTest::newRow("NotUsagePlanId") << u"NotUsagePlanId"_s << QStringList{u"PLAN"_s}
                                    << QStringList{u"manual one"_s, u"orders old"_s};
    QTest::newRow("AccessKeyId") << u"AccessKeyId"_s << QStringList{u"manual_key_1"_s}
                                 << QStringList{u"manual one"_s};
    QTest::newRow("KeyWord, part of an id")
        << u"KeyWord"_s << QStringList{u"key_1"_s} << QStringList{u"manual one"_s};
    QTest::newRow("AccessKeySecret") << u"AccessKeySecret"_s << QStringList{u"manual_secret_1"_s}
                                     << QStringList{u"manual one"_s};
    QTest::newRow("no match") << u"SecretName"_s << QStringList{u"nothing"_s} << QStringList{};
}

void TestEmulatorLifecycle::listFilters()
{
    QFETCH(QString, name);
    QFETCH(QStringList, values);
    QFETCH(QStringList, expectedNames);
    const QString orders = m_emulator->addKey(Account, u"orders"_s, KeyType::Auto, true);
    const QString billing = m_emulator->addKey(Account, u"billing"_s, KeyType::Auto, true);
    m_emulator->addKey(Account, u"orders old"_s, KeyType::Auto, false);
    m_emulator->addKey(Account, u"manual one"_s, KeyType::Manual, true, u"manual_key_1"_s,
                       u"manual_secret_1"_s);
    m_emulator->addKey(QString::fromLatin1(OtherId), u"orders elsewhere"_s, KeyType::Auto, false);
    const QString plan = m_emulator->addUsagePlan(Account, u"standard"_s, {}, 10);
    m_emulator->bindKeys(plan, {orders, billing});
    for (QString &value : values)
        value.replace(u"PLAN"_s, plan);

    const EmulatorReply reply =
        api3("DescribeApiKeysStatus", {{u"Filters"_s, QJsonArray{filter(name, values)}}});
    QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
    const QJsonObject result = reply.api3Result();
    // Newest first: the expected names are listed in that order.
    QCOMPARE(idsOf(result.value(u"ApiKeySet"_s).toArray(), u"SecretName"_s), expectedNames);
    QCOMPARE(result.value(u"TotalCount"_s).toInteger(), expectedNames.size());
}

void TestEmulatorLifecycle::listFilterRefusals_data()
{
    QTest::addColumn<QJsonValue>("filters");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown name") << QJsonValue(QJsonArray{filter(u"Colour"_s, {u"red"_s})})
                                  << u"InvalidParameterValue.InvalidFilterNotSupportedName"_s;
    QTest::newRow("a plan filter on keys")
        << QJsonValue(QJsonArray{filter(u"UsagePlanName"_s, {u"x"_s})})
        << u"InvalidParameterValue.InvalidFilterNotSupportedName"_s;
    QTest::newRow("Status 2") << QJsonValue(QJsonArray{filter(u"Status"_s, {u"2"_s})})
                              << u"InvalidParameterValue"_s;
    QTest::newRow("no values") << QJsonValue(QJsonArray{filter(u"KeyWord"_s, {})})
                               << u"InvalidParameterValue"_s;
    QTest::newRow("not an array") << QJsonValue(filter(u"KeyWord"_s, {u"x"_s}))
                                  << u"InvalidParameter"_s;
    QTest::newRow("a number among values")
        << QJsonValue(
               QJsonArray{QJsonObject{{u"Name"_s, u"KeyWord"_s}, {u"Values"_s, QJsonArray{1}}}})
        << u"InvalidParameter"_s;
}

void TestEmulatorLifecycle::listFilterRefusals()
{
    QFETCH(QJsonValue, filters);
    QFETCH(QString, code);
    QCOMPARE(api3("DescribeApiKeysStatus", {{u"Filters"_s, filters}}).api3Code(), code);
}

void TestEmulatorLifecycle::listSearchApi2()
{
    const QString first = m_emulator->addKey(Account, u"orders"_s, KeyType::Auto, true);
    const QString second = m_emulator->addKey(Account, u"billing"_s, KeyType::Auto, true);
    m_emulator->addKey(Account, u"reporting"_s, KeyType::Auto, true);
    auto names = [this](const Parameters &business) {
        const EmulatorReply reply = api2("DescribeApiKeysStatus", business);
        return idsOf(reply.json().value(u"apiKeyStatusSet"_s).toArray(), u"secretName"_s);
    };
    QCOMPARE(names({{"searchName", "ORD"}}), QStringList{u"orders"_s});
    QCOMPARE(names({{"searchId", second.toLatin1()}}), QStringList{u"billing"_s});
    QCOMPARE(names({{"secretIDs.0", first.toLatin1()}, {"secretIDs.1", second.toLatin1()}}),
             (QStringList{u"billing"_s, u"orders"_s}));
    // Either spelling of the array, never both.
    QCOMPARE(names({{"secretIds.0", first.toLatin1()}}), QStringList{u"orders"_s});
    QCOMPARE(api2("DescribeApiKeysStatus",
                  {{"secretIds.0", first.toLatin1()}, {"secretIDs.1", second.toLatin1()}})
                 .api2CodeDesc(),
             u"InvalidParameter"_s);
}

void TestEmulatorLifecycle::accountsAreApart()
{
    const QString mine = m_emulator->addKey(Account, u"mine"_s, KeyType::Auto, false);
    const QString theirs =
        m_emulator->addKey(QString::fromLatin1(OtherId), u"theirs"_s, KeyType::Auto, false);
    const QJsonObject listed = api3("DescribeApiKeysStatus", {}).api3Result();
    QCOMPARE(idsOf(listed.value(u"ApiKeySet"_s).toArray(), u"AccessKeyId"_s), QStringList{mine});
    for (const char *action : {"DescribeApiKey", "EnableApiKey", "DeleteApiKey"})
        QCOMPARE(api3(action, {{u"AccessKeyId"_s, theirs}}).api3Code(),
                 u"ResourceNotFound.InvalidAccessKeyId"_s);
    QVERIFY(m_emulator->hasKey(theirs));
    QVERIFY(!m_emulator->keyEnabled(theirs));
    const QJsonObject others = api3("DescribeApiKeysStatus", {}, OtherId, OtherKey).api3Result();
    QCOMPARE(idsOf(others.value(u"ApiKeySet"_s).toArray(), u"AccessKeyId"_s), QStringList{theirs});
}

void TestEmulatorLifecycle::describeKey()
{
    const EmulatorReply created = api3("CreateApiKey", {{u"SecretName"_s, u"described"_s}});
    const QString id = created.api3Result().value(u"AccessKeyId"_s).toString();
    const EmulatorReply reply = api3("DescribeApiKey", {{u"AccessKeyId"_s, id}});
    QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
    const QJsonObject key = reply.api3Result();
    QCOMPARE(key.value(u"AccessKeyId"_s).toString(), id);
    QCOMPARE(key.value(u"AccessKeySecret"_s), created.api3Result().value(u"AccessKeySecret"_s));
    QCOMPARE(key.value(u"SecretName"_s).toString(), u"described"_s);
    QCOMPARE(key.value(u"AccessKeyType"_s).toString(), u"auto"_s);
    QCOMPARE(key.value(u"Status"_s).toInt(), 1);
    QCOMPARE(key.value(u"CreatedTime"_s).toString(), u"2024-03-01T12:00:00Z"_s);
    QCOMPARE(key.value(u"ModifiedTime"_s).toString(), u"2024-03-01T12:00:00Z"_s);
    QVERIFY(isUuidLike(reply.requestId()));

    QCOMPARE(api3("DescribeApiKey", {{u"AccessKeyId"_s, u"AKIDnothing"_s}}).api3Code(),
             u"ResourceNotFound.InvalidAccessKeyId"_s);
    QCOMPARE(api3("DescribeApiKey", {}).api3Code(), u"MissingParameter"_s);
    QCOMPARE(api3("DescribeApiKey", {{u"AccessKeyId"_s, 7}}).api3Code(), u"InvalidParameter"_s);
}

void TestEmulatorLifecycle::describeKeyApi2()
{
    const QString id = m_emulator->addKey(Account, u"legacy"_s, KeyType::Manual, false,
                                          u"legacy_key_1"_s, u"legacy_secret_1"_s);
    for (const QByteArray idName : {"secretID", "secretId"}) {
        const EmulatorReply reply = api2("DescribeApiKey", {{idName, id.toLatin1()}});
        QCOMPARE(reply.api2Code().toInt(-1), 0);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(u"secretID"_s).toString(), id);
        QCOMPARE(json.value(u"secretKey"_s).toString(), u"legacy_secret_1"_s);
        QCOMPARE(json.value(u"secretName"_s).toString(), u"legacy"_s);
        QCOMPARE(json.value(u"type"_s).toString(), u"manual"_s);
        QCOMPARE(json.value(u"status"_s).toInt(-1), 0);
        QCOMPARE(json.value(u"modifiedTime"_s).toString(), u"2024-03-01T12:00:00Z"_s);
    }
    const EmulatorReply missing = api2("DescribeApiKey", {{"secretId", "nothing_here"}});
    QCOMPARE(missing.api2Code().toInt(), 5000);
    QCOMPARE(missing.api2CodeDesc(), u"ResourceNotFound.InvalidAccessKeyId"_s);
    QCOMPARE(api2("DescribeApiKey", {}).api2CodeDesc(), u"MissingParameter"_s);
}

void TestEmulatorLifecycle::rotateAutoKey()
{
    const QString id = m_emulator->addKey(Account, u"auto"_s, KeyType::Auto, true);
    const SecretString before = m_emulator->keySecret(id);
    m_clock.advanceSecs(90);
    const EmulatorReply reply = api3("UpdateApiKey", {{u"AccessKeyId"_s, id}});
    QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
    const QJsonObject key = reply.api3Result();
    const QString secret = key.value(u"AccessKeySecret"_s).toString();
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9]{40}$"_s).match(secret).hasMatch());
    QVERIFY(SecretString(secret) != before);
    QCOMPARE(m_emulator->keySecret(id), SecretString(secret));
    QCOMPARE(key.value(u"ModifiedTime"_s).toString(), u"2024-03-01T12:01:30Z"_s);
    QCOMPARE(key.value(u"CreatedTime"_s).toString(), u"2024-03-01T12:00:00Z"_s);

    // The gateway draws an automatic key's secret: one sent is refused, and nothing changes.
    const EmulatorReply given =
        api3("UpdateApiKey", {{u"AccessKeyId"_s, id}, {u"AccessKeySecret"_s, u"chosen_secret1"_s}});
    QCOMPARE(given.api3Code(), u"InvalidParameterValue"_s);
    QCOMPARE(m_emulator->keySecret(id), SecretString(secret));
    QCOMPARE(api3("UpdateApiKey", {{u"AccessKeyId"_s, u"AKIDnone"_s}}).api3Code(),
             u"ResourceNotFound.InvalidAccessKeyId"_s);
}

void TestEmulatorLifecycle::rotateManualKey_data()
{
    QTest::addColumn<QJsonValue>("secret");
    QTest::addColumn<QString>("code");
    QTest::newRow("valid") << QJsonValue(u"new_Secret_42"_s) << QString();
    QTest::newRow("10 characters") << QJsonValue(u"abcdefghij"_s) << QString();
    QTest::newRow("50 characters") << QJsonValue(QString(50, u'x')) << QString();
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << u"MissingParameter"_s;
    QTest::newRow("9 characters") << QJsonValue(u"abcdefghi"_s)
                                  << u"InvalidParameterValue.FormatError"_s;
    QTest::newRow("51 characters")
        << QJsonValue(QString(51, u'x')) << u"InvalidParameterValue.FormatError"_s;
    QTest::newRow("a hyphen") << QJsonValue(u"new-secret-42"_s)
                              << u"InvalidParameterValue.FormatError"_s;
    QTest::newRow("surrounding blank")
        << QJsonValue(u" new_secret_42"_s) << u"InvalidParameterValue.FormatError"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << u"InvalidParameterValue.FormatError"_s;
    QTest::newRow("a number") << QJsonValue(1234567890) << u"InvalidParameter"_s;
}

void TestEmulatorLifecycle::rotateManualKey()
{
    QFETCH(QJsonValue, secret);
    QFETCH(QString, code);
    const QString id = m_emulator->addKey(Account, u"manual"_s, KeyType::Manual, true,
                                          u"manual_key_9"_s, u"old_secret_99"_s);
    m_clock.advanceSecs(5);
    QJsonObject body{{u"AccessKeyId"_s, id}};
    if (!secret.isUndefined())
        body.insert(u"AccessKeySecret"_s, secret);
    const EmulatorReply reply = api3("UpdateApiKey", body);
    QCOMPARE(reply.api3Code(), code);
    if (!code.isEmpty()) {
        QCOMPARE(m_emulator->keySecret(id), SecretString(u"old_secret_99"_s));
        QCOMPARE(m_emulator->keyModifiedUtc(id).toSecsSinceEpoch(), Now);
        return;
    }
    QCOMPARE(reply.api3Result().value(u"AccessKeySecret"_s), secret);
    QCOMPARE(m_emulator->keySecret(id), SecretString(secret.toString()));
    QCOMPARE(m_emulator->keyModifiedUtc(id).toSecsSinceEpoch(), Now + 5);
}

void TestEmulatorLifecycle::rotateApi2()
{
    const QString manual = m_emulator->addKey(Account, u"manual"_s, KeyType::Manual, true,
                                              u"manual_key_2"_s, u"old_secret_22"_s);
    const EmulatorReply rotated =
        api2("UpdateApiKey", {{"secretId", manual.toLatin1()}, {"secretKey", "new_secret_22"}});
    QCOMPARE(rotated.api2Code().toInt(-1), 0);
    QCOMPARE(rotated.json().value(u"secretKey"_s).toString(), u"new_secret_22"_s);
    QCOMPARE(m_emulator->keySecret(manual), SecretString(u"new_secret_22"_s));

    const EmulatorReply bad =
        api2("UpdateApiKey", {{"secretId", manual.toLatin1()}, {"secretKey", "short"}});
    QCOMPARE(bad.api2Code().toInt(), 4000);
    QCOMPARE(bad.api2CodeDesc(), u"InvalidParameterValue.FormatError"_s);
    QCOMPARE(api2("UpdateApiKey", {{"secretId", manual.toLatin1()}}).api2CodeDesc(),
             u"MissingParameter"_s);

    const QString automatic = m_emulator->addKey(Account, u"auto"_s, KeyType::Auto, true);
    const EmulatorReply drawn = api2("UpdateApiKey", {{"secretID", automatic.toLatin1()}});
    QCOMPARE(drawn.api2Code().toInt(-1), 0);
    QCOMPARE(m_emulator->keySecret(automatic),
             SecretString(drawn.json().value(u"secretKey"_s).toString()));
}

void TestEmulatorLifecycle::enableAndDisable_data()
{
    QTest::addColumn<bool>("api3");
    QTest::newRow("API 3.0") << true;
    QTest::newRow("API 2.0") << false;
}

void TestEmulatorLifecycle::enableAndDisable()
{
    QFETCH(bool, api3);
    const QString id = m_emulator->addKey(Account, u"switch"_s, KeyType::Auto, true);
    auto call = [&](QByteArrayView action, const QString &keyId) {
        return doneOrCode(api3 ? this->api3(action, {{u"AccessKeyId"_s, keyId}})
                               : api2(action, {{"secretId", keyId.toLatin1()}}),
                          api3);
    };
    m_clock.advanceSecs(60);
    QCOMPARE(call("DisableApiKey", id), QString());
    QVERIFY(!m_emulator->keyEnabled(id));
    QCOMPARE(m_emulator->keyModifiedUtc(id).toSecsSinceEpoch(), Now + 60);
    // Again: still a success, still disabled.
    QCOMPARE(call("DisableApiKey", id), QString());
    QVERIFY(!m_emulator->keyEnabled(id));
    m_clock.advanceSecs(60);
    QCOMPARE(call("EnableApiKey", id), QString());
    QVERIFY(m_emulator->keyEnabled(id));
    QCOMPARE(m_emulator->keyModifiedUtc(id).toSecsSinceEpoch(), Now + 120);
    QCOMPARE(call("EnableApiKey", u"AKIDmissing"_s), u"ResourceNotFound.InvalidAccessKeyId"_s);
    QCOMPARE(call("DisableApiKey", u"AKIDmissing"_s), u"ResourceNotFound.InvalidAccessKeyId"_s);
}

void TestEmulatorLifecycle::deleteRules_data()
{
    QTest::addColumn<bool>("api3");
    QTest::newRow("API 3.0") << true;
    QTest::newRow("API 2.0") << false;
}

void TestEmulatorLifecycle::deleteRules()
{
    QFETCH(bool, api3);
    auto remove = [&](const QString &keyId) {
        return doneOrCode(api3 ? this->api3("DeleteApiKey", {{u"AccessKeyId"_s, keyId}})
                               : api2("DeleteApiKey", {{"secretId", keyId.toLatin1()}}),
                          api3);
    };
    const QString enabled = m_emulator->addKey(Account, u"enabled"_s, KeyType::Auto, true);
    const QString bound = m_emulator->addKey(Account, u"bound"_s, KeyType::Auto, false);
    const QString free = m_emulator->addKey(Account, u"free"_s, KeyType::Manual, false,
                                            u"free_key_1"_s, u"free_secret_1"_s);
    const QString plan = m_emulator->addUsagePlan(Account, u"plan"_s, {}, -1);
    m_emulator->bindKeys(plan, {bound});

    QCOMPARE(remove(enabled), u"UnsupportedOperation.InvalidStatus"_s);
    QVERIFY(m_emulator->hasKey(enabled));
    QCOMPARE(remove(bound), u"UnsupportedOperation.ResourceIsInUse"_s);
    QVERIFY(m_emulator->hasKey(bound));
    QCOMPARE(remove(free), QString());
    QVERIFY(!m_emulator->hasKey(free));
    QCOMPARE(m_emulator->keyCount(Account), 2);
    QCOMPARE(remove(free), u"ResourceNotFound.InvalidAccessKeyId"_s);
    // A deleted manual id may be created again.
    const EmulatorReply again =
        this->api3("CreateApiKey", {{u"SecretName"_s, u"again"_s},
                                    {u"AccessKeyType"_s, u"manual"_s},
                                    {u"AccessKeyId"_s, u"free_key_1"_s},
                                    {u"AccessKeySecret"_s, u"free_secret_2"_s}});
    QVERIFY2(again.api3Code().isEmpty(), again.body.constData());
}

void TestEmulatorLifecycle::listPlans()
{
    m_clock.advanceSecs(-3600);
    const QString older = m_emulator->addUsagePlan(Account, u"standard"_s, u"for all"_s, 100);
    m_clock.advanceSecs(3600);
    const QString newer = m_emulator->addUsagePlan(Account, u"trial"_s, u"five per second"_s, 5);
    m_emulator->addUsagePlan(QString::fromLatin1(OtherId), u"theirs"_s, {}, -1);

    const EmulatorReply reply = api3("DescribeUsagePlansStatus", {{u"Limit"_s, 1}});
    QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
    const QJsonObject result = reply.api3Result();
    QCOMPARE(result.value(u"TotalCount"_s).toInteger(), 2);
    const QJsonArray set = result.value(u"UsagePlanStatusSet"_s).toArray();
    QCOMPARE(set.size(), 1);
    const QJsonObject plan = set.at(0).toObject();
    QCOMPARE(plan.value(u"UsagePlanId"_s).toString(), newer);
    QCOMPARE(plan.value(u"UsagePlanName"_s).toString(), u"trial"_s);
    QCOMPARE(plan.value(u"UsagePlanDesc"_s).toString(), u"five per second"_s);
    QCOMPARE(plan.value(u"MaxRequestNumPreSec"_s).toInt(), 5);
    QCOMPARE(plan.value(u"CreatedTime"_s).toString(), u"2024-03-01T12:00:00Z"_s);
    QCOMPARE(plan.value(u"ModifiedTime"_s).toString(), u"2024-03-01T12:00:00Z"_s);

    const QJsonObject second =
        api3("DescribeUsagePlansStatus", {{u"Limit"_s, 1}, {u"Offset"_s, 1}}).api3Result();
    QCOMPARE(idsOf(second.value(u"UsagePlanStatusSet"_s).toArray(), u"UsagePlanId"_s),
             QStringList{older});
    const QJsonObject named =
        api3("DescribeUsagePlansStatus",
             {{u"Filters"_s, QJsonArray{filter(u"UsagePlanName"_s, {u"standard"_s})}}})
            .api3Result();
    QCOMPARE(idsOf(named.value(u"UsagePlanStatusSet"_s).toArray(), u"UsagePlanId"_s),
             QStringList{older});
    QCOMPARE(api3("DescribeUsagePlansStatus",
                  {{u"Filters"_s, QJsonArray{filter(u"Status"_s, {u"1"_s})}}})
                 .api3Code(),
             u"InvalidParameterValue.InvalidFilterNotSupportedName"_s);
    QCOMPARE(api3("DescribeUsagePlansStatus", {{u"Limit"_s, 101}}).api3Code(),
             u"InvalidParameterValue"_s);
}

void TestEmulatorLifecycle::listPlansApi2()
{
    const QString plan = m_emulator->addUsagePlan(Account, u"standard"_s, u"for all"_s, 100);
    const EmulatorReply reply = api2("DescribeUsagePlansStatus", {});
    QCOMPARE(reply.api2Code().toInt(-1), 0);
    QCOMPARE(reply.json().value(u"totalCount"_s).toInteger(), 1);
    const QJsonObject entry =
        reply.json().value(u"usagePlanStatusSet"_s).toArray().at(0).toObject();
    QCOMPARE(entry.value(u"usagePlanId"_s).toString(), plan);
    QCOMPARE(entry.value(u"usagePlanName"_s).toString(), u"standard"_s);
    QCOMPARE(entry.value(u"usagePlanDesc"_s).toString(), u"for all"_s);
    QCOMPARE(entry.value(u"maxRequestNumPreSec"_s).toInt(), 100);
    QCOMPARE(api2("DescribeUsagePlansStatus", {{"searchName", "nothing"}})
                 .json()
                 .value(u"totalCount"_s)
                 .toInteger(),
             0);
}

void TestEmulatorLifecycle::listPlanKeys()
{
    const QString plan = m_emulator->addUsagePlan(Account, u"plan"_s, {}, -1);
    QStringList bound;
    for (int i = 0; i < 25; ++i)
        bound.append(m_emulator->addKey(Account, u"key %1"_s.arg(i), KeyType::Auto, i % 2 == 0));
    m_emulator->bindKeys(plan, bound);
    QStringList listed;
    for (int offset = 0; offset < 25; offset += 10) {
        const EmulatorReply reply =
            api3("DescribeUsagePlanSecretIds",
                 {{u"UsagePlanId"_s, plan}, {u"Offset"_s, offset}, {u"Limit"_s, 10}});
        QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
        const QJsonObject result = reply.api3Result();
        QCOMPARE(result.value(u"TotalCount"_s).toInteger(), 25);
        const QJsonArray list = result.value(u"AccessKeyList"_s).toArray();
        for (const QJsonValue &entry : list) {
            const QJsonObject key = entry.toObject();
            QCOMPARE(key.keys(), (QStringList{u"AccessKeyId"_s, u"SecretName"_s, u"Status"_s}));
            QCOMPARE(key.value(u"Status"_s).toInt(),
                     m_emulator->keyEnabled(key.value(u"AccessKeyId"_s).toString()) ? 1 : 0);
        }
        listed += idsOf(list, u"AccessKeyId"_s);
    }
    QCOMPARE(listed, bound);
    QCOMPARE(
        api3("DescribeUsagePlanSecretIds", {{u"UsagePlanId"_s, u"usagePlan-none"_s}}).api3Code(),
        u"ResourceNotFound.InvalidUsagePlan"_s);
    QCOMPARE(api3("DescribeUsagePlanSecretIds", {}).api3Code(), u"MissingParameter"_s);
    // Another account's plan does not exist for this one.
    QCOMPARE(api3("DescribeUsagePlanSecretIds", {{u"UsagePlanId"_s, plan}}, OtherId, OtherKey)
                 .api3Code(),
             u"ResourceNotFound.InvalidUsagePlan"_s);
}

void TestEmulatorLifecycle::listPlanKeysApi2()
{
    const QString plan = m_emulator->addUsagePlan(Account, u"plan"_s, {}, -1);
    const QString key = m_emulator->addKey(Account, u"bound"_s, KeyType::Auto, false);
    m_emulator->bindKeys(plan, {key});
    const EmulatorReply reply =
        api2("DescribeUsagePlanSecretIds", {{"usagePlanId", plan.toLatin1()}});
    QCOMPARE(reply.api2Code().toInt(-1), 0);
    QCOMPARE(reply.json().value(u"totalCount"_s).toInteger(), 1);
    const QJsonObject entry = reply.json().value(u"secretIdList"_s).toArray().at(0).toObject();
    QCOMPARE(entry.value(u"secretId"_s).toString(), key);
    QCOMPARE(entry.value(u"secretName"_s).toString(), u"bound"_s);
    QCOMPARE(entry.value(u"status"_s).toInt(-1), 0);
    const EmulatorReply missing =
        api2("DescribeUsagePlanSecretIds", {{"usagePlanId", "usagePlan-none"}});
    QCOMPARE(missing.api2Code().toInt(), 5000);
    QCOMPARE(missing.api2CodeDesc(), u"ResourceNotFound.InvalidUsagePlan"_s);
}

void TestEmulatorLifecycle::bindAndUnbind()
{
    const QString plan = m_emulator->addUsagePlan(Account, u"plan"_s, {}, -1);
    const QString a = m_emulator->addKey(Account, u"a"_s, KeyType::Auto, true);
    const QString b = m_emulator->addKey(Account, u"b"_s, KeyType::Auto, true);
    const EmulatorReply bound =
        api3("BindSecretIds", {{u"UsagePlanId"_s, plan}, {u"AccessKeyIds"_s, QJsonArray{a, b}}});
    QVERIFY2(bound.api3Code().isEmpty(), bound.body.constData());
    QCOMPARE(bound.json().value(u"Response"_s).toObject().value(u"Result"_s), QJsonValue(true));
    QVERIFY(m_emulator->isBound(a));
    QCOMPARE(m_emulator->plansOfKey(b), QStringList{plan});

    // NotUsagePlanId now leaves both out.
    const QJsonObject outside =
        api3("DescribeApiKeysStatus",
             {{u"Filters"_s, QJsonArray{filter(u"NotUsagePlanId"_s, {plan})}}})
            .api3Result();
    QCOMPARE(outside.value(u"TotalCount"_s).toInteger(), 0);

    const EmulatorReply unbound =
        api3("UnBindSecretIds", {{u"UsagePlanId"_s, plan}, {u"AccessKeyIds"_s, QJsonArray{a}}});
    QVERIFY2(unbound.api3Code().isEmpty(), unbound.body.constData());
    QCOMPARE(unbound.json().value(u"Response"_s).toObject().value(u"Result"_s), QJsonValue(true));
    QVERIFY(!m_emulator->isBound(a));
    QVERIFY(m_emulator->isBound(b));
    // UnBindSecretIds documents ResourceNotFound only: a key not bound is not found there.
    QCOMPARE(api3("UnBindSecretIds", {{u"UsagePlanId"_s, plan}, {u"AccessKeyIds"_s, QJsonArray{a}}})
                 .api3Code(),
             u"ResourceNotFound.InvalidAccessKeyId"_s);
    QCOMPARE(api3("UnBindSecretIds",
                  {{u"UsagePlanId"_s, plan}, {u"AccessKeyIds"_s, QJsonArray{b, u"AKIDnone"_s}}})
                 .api3Code(),
             u"ResourceNotFound.InvalidAccessKeyId"_s);
    QVERIFY(m_emulator->isBound(b));
    QCOMPARE(api3("UnBindSecretIds",
                  {{u"UsagePlanId"_s, u"usagePlan-none"_s}, {u"AccessKeyIds"_s, QJsonArray{b}}})
                 .api3Code(),
             u"ResourceNotFound.InvalidUsagePlan"_s);
}

void TestEmulatorLifecycle::bindRefusals_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("code");
    QTest::newRow("already bound") << u"already"_s << u"FailedOperation.AlreadyBindUsagePlan"_s;
    QTest::newRow("unknown key") << u"unknown"_s << u"InvalidParameterValue.InvalidAccessKeyIds"_s;
    QTest::newRow("another account's key")
        << u"theirs"_s << u"InvalidParameterValue.InvalidAccessKeyIds"_s;
    QTest::newRow("the same key twice")
        << u"twice"_s << u"InvalidParameterValue.InvalidAccessKeyIds"_s;
    QTest::newRow("no keys") << u"none"_s << u"InvalidParameterValue.InvalidAccessKeyIds"_s;
    QTest::newRow("over the plan's limit")
        << u"limit"_s << u"LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded"_s;
    QTest::newRow("unknown plan") << u"plan"_s << u"ResourceNotFound.InvalidUsagePlan"_s;
    QTest::newRow("ids not an array") << u"string"_s << u"InvalidParameter"_s;
    QTest::newRow("ids absent") << u"absent"_s << u"MissingParameter"_s;
}

void TestEmulatorLifecycle::bindRefusals()
{
    QFETCH(QString, which);
    QFETCH(QString, code);
    m_emulator->setPlanKeyLimit(3);
    QString plan = m_emulator->addUsagePlan(Account, u"plan"_s, {}, -1);
    const QString first = m_emulator->addKey(Account, u"first"_s, KeyType::Auto, true);
    const QString second = m_emulator->addKey(Account, u"second"_s, KeyType::Auto, true);
    const QString third = m_emulator->addKey(Account, u"third"_s, KeyType::Auto, true);
    const QString fourth = m_emulator->addKey(Account, u"fourth"_s, KeyType::Auto, true);
    m_emulator->bindKeys(plan, {first});
    QJsonValue ids = QJsonArray{second, first}; // already
    if (which == u"unknown")
        ids = QJsonArray{second, u"AKIDunknown"_s};
    else if (which == u"theirs")
        ids = QJsonArray{
            second, m_emulator->addKey(QString::fromLatin1(OtherId), u"t"_s, KeyType::Auto, true)};
    else if (which == u"twice")
        ids = QJsonArray{second, second};
    else if (which == u"none")
        ids = QJsonArray{};
    else if (which == u"limit")
        ids = QJsonArray{second, third, fourth};
    else if (which == u"plan")
        plan = u"usagePlan-none"_s;
    else if (which == u"string")
        ids = second;
    QJsonObject body{{u"UsagePlanId"_s, plan}};
    if (which != u"absent")
        body.insert(u"AccessKeyIds"_s, ids);
    QCOMPARE(api3("BindSecretIds", body).api3Code(), code);
    // All or nothing: the valid keys of a refused call are not bound either.
    QVERIFY(!m_emulator->isBound(second));
    QVERIFY(!m_emulator->isBound(third));
    QCOMPARE(m_emulator->plansOfKey(first).size(), 1);
}

void TestEmulatorLifecycle::bindApi2()
{
    const QString plan = m_emulator->addUsagePlan(Account, u"plan"_s, {}, -1);
    const QString a = m_emulator->addKey(Account, u"a"_s, KeyType::Auto, true);
    const QString b = m_emulator->addKey(Account, u"b"_s, KeyType::Auto, true);
    const Parameters both = {{"usagePlanId", plan.toLatin1()},
                             {"secretIds.0", a.toLatin1()},
                             {"secretIds.1", b.toLatin1()}};
    QCOMPARE(api2("BindSecretIds", both).api2Code().toInt(-1), 0);
    QVERIFY(m_emulator->isBound(a) && m_emulator->isBound(b));
    const EmulatorReply again = api2("BindSecretIds", both);
    QCOMPARE(again.api2Code().toInt(), 4000);
    QCOMPARE(again.api2CodeDesc(), u"FailedOperation.AlreadyBindUsagePlan"_s);
    // API 2.0 documents no UnBindSecretIds.
    QCOMPARE(api2("UnBindSecretIds", both).api2CodeDesc(), u"InvalidAction"_s);
    QVERIFY(m_emulator->isBound(a) && m_emulator->isBound(b));
    m_emulator->unbindKeys(plan, {a, b});
    QCOMPARE(api2("BindSecretIds", {{"usagePlanId", plan.toLatin1()}}).api2CodeDesc(),
             u"MissingParameter"_s);
    m_emulator->setPlanKeyLimit(1);
    const EmulatorReply limited = api2("BindSecretIds", both);
    QCOMPARE(limited.api2Code().toInt(), 4400);
    QCOMPARE(limited.api2CodeDesc(), u"LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded"_s);
}

void TestEmulatorLifecycle::parametersAreStrict_data()
{
    QTest::addColumn<bool>("api3");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<Parameters>("business");
    QTest::addColumn<QString>("code");
    // A parameter of another action is unknown to this one.
    QTest::newRow("3.0 delete with a name")
        << true << QByteArray("DeleteApiKey")
        << QJsonObject{{u"AccessKeyId"_s, u"x"_s}, {u"SecretName"_s, u"x"_s}} << Parameters{}
        << u"UnknownParameter"_s;
    QTest::newRow("3.0 list with a 2.0 name")
        << true << QByteArray("DescribeApiKeysStatus") << QJsonObject{{u"limit"_s, 5}}
        << Parameters{} << u"UnknownParameter"_s;
    QTest::newRow("3.0 empty id") << true << QByteArray("EnableApiKey")
                                  << QJsonObject{{u"AccessKeyId"_s, u""_s}} << Parameters{}
                                  << u"InvalidParameterValue"_s;
    QTest::newRow("3.0 unknown action") << true << QByteArray("DescribeApiKeys") << QJsonObject{}
                                        << Parameters{} << u"InvalidAction"_s;
    QTest::newRow("2.0 delete with a name")
        << false << QByteArray("DeleteApiKey") << QJsonObject{}
        << Parameters{{"secretId", "x"}, {"secretName", "x"}} << u"UnknownParameter"_s;
    QTest::newRow("2.0 list with a 3.0 name")
        << false << QByteArray("DescribeApiKeysStatus") << QJsonObject{}
        << Parameters{{"Limit", "5"}} << u"UnknownParameter"_s;
    QTest::newRow("2.0 both id spellings")
        << false << QByteArray("DisableApiKey") << QJsonObject{}
        << Parameters{{"secretId", "x"}, {"secretID", "x"}} << u"InvalidParameter"_s;
    QTest::newRow("2.0 array without index")
        << false << QByteArray("BindSecretIds") << QJsonObject{}
        << Parameters{{"usagePlanId", "p"}, {"secretIds", "x"}} << u"UnknownParameter"_s;
}

void TestEmulatorLifecycle::parametersAreStrict()
{
    QFETCH(bool, api3);
    QFETCH(QByteArray, action);
    QFETCH(QJsonObject, body);
    QFETCH(Parameters, business);
    QFETCH(QString, code);
    if (api3)
        QCOMPARE(this->api3(action, body).api3Code(), code);
    else
        QCOMPARE(api2(action, business).api2CodeDesc(), code);
}

void TestEmulatorLifecycle::forgedChangeChangesNothing()
{
    const QString id = m_emulator->addKey(Account, u"guarded"_s, KeyType::Auto, true);
    Tc3Call call = tc3Call({{u"AccessKeyId"_s, id}}, Now);
    call.action = "DisableApiKey";
    signTc3(call, base());
    call.authorization = flipped(call.authorization);
    QCOMPARE(send(*m_client, base(), call).api3Code(), u"AuthFailure.SignatureFailure"_s);

    LegacyCall legacy =
        legacyCall("POST", Now, ++m_nonce, "HmacSHA256", {{"secretId", id.toLatin1()}});
    setParameter(legacy.parameters, "Action", "DisableApiKey");
    signLegacy(legacy, base());
    setParameter(legacy.parameters, "Signature",
                 flipped(parameter(legacy.parameters, "Signature"), 3));
    QCOMPARE(send(*m_client, base(), legacy).api2CodeDesc(), u"AuthFailure.SignatureFailure"_s);

    // Skew applies as to a create.
    m_clock.advanceSecs(301);
    Tc3Call late = tc3Call({{u"AccessKeyId"_s, id}}, Now);
    late.action = "DisableApiKey";
    signTc3(late, base());
    QCOMPARE(send(*m_client, base(), late).api3Code(), u"AuthFailure.SignatureExpire"_s);
    QVERIFY(m_emulator->keyEnabled(id));
}

void TestEmulatorLifecycle::countsRequestsPerAction()
{
    const QString id = m_emulator->addKey(Account, u"counted"_s, KeyType::Auto, true);
    api3("DisableApiKey", {{u"AccessKeyId"_s, id}});
    api2("DisableApiKey", {{"secretId", id.toLatin1()}});
    api3("DeleteApiKey", {{u"AccessKeyId"_s, u"AKIDnone"_s}}); // refused, still counted
    api3("DescribeApiKeysStatus", {});
    QCOMPARE(m_emulator->requestCount("DisableApiKey"), 2);
    QCOMPARE(m_emulator->requestCount("DeleteApiKey"), 1);
    QCOMPARE(m_emulator->requestCount("DescribeApiKeysStatus"), 1);
    QCOMPARE(m_emulator->requestCount("EnableApiKey"), 0);
    QCOMPARE(m_emulator->requestCount(), 4);

    // The rate limit counts every action of the account.
    m_emulator->setRateLimit(3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(api3("DescribeApiKey", {{u"AccessKeyId"_s, id}}).api3Code().isEmpty());
    QCOMPARE(api3("EnableApiKey", {{u"AccessKeyId"_s, id}}).api3Code(), u"RequestLimitExceeded"_s);
    QVERIFY(!m_emulator->keyEnabled(id));
}

void TestEmulatorLifecycle::seedDemo()
{
    const QString demo = GatewayEmulator::demoCredentials().secretId;
    m_emulator->seedDemo(demo);
    const QStringList ids = m_emulator->keyIds(demo);
    QCOMPARE(ids.size(), 6);
    QCOMPARE(m_emulator->usagePlanIds(demo).size(), 2);
    QCOMPARE(m_emulator->keyCount(Account), 0);

    // Every screen has something: both types, both states, bound and free keys, a key in two
    // plans, and a disabled free key that can be deleted at once.
    const QJsonObject listed = api3("DescribeApiKeysStatus", {}, demo.toLatin1(),
                                    GatewayEmulator::demoCredentials().secretKey.utf8())
                                   .api3Result();
    QCOMPARE(listed.value(u"TotalCount"_s).toInteger(), 6);
    QSet<QString> types;
    QSet<int> states;
    for (const QJsonValue &entry : listed.value(u"ApiKeySet"_s).toArray()) {
        types.insert(entry.toObject().value(u"AccessKeyType"_s).toString());
        states.insert(entry.toObject().value(u"Status"_s).toInt());
        QVERIFY(!entry.toObject().value(u"SecretName"_s).toString().isEmpty());
    }
    QCOMPARE(types, (QSet<QString>{u"auto"_s, u"manual"_s}));
    QCOMPARE(states, (QSet<int>{0, 1}));
    int bound = 0;
    bool inTwo = false;
    bool deletable = false;
    for (const QString &id : ids) {
        bound += m_emulator->isBound(id) ? 1 : 0;
        inTwo = inTwo || m_emulator->plansOfKey(id).size() == 2;
        deletable = deletable || (!m_emulator->isBound(id) && !m_emulator->keyEnabled(id));
    }
    QVERIFY(bound >= 2 && bound < 6);
    QVERIFY(inTwo);
    QVERIFY(deletable);
}

void TestEmulatorLifecycle::seedKeysIsFastAndPagesThrough()
{
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_emulator->seedKeys(5000, Account), 5000);
    const qint64 seedMs = timer.elapsed();
    qInfo("seeded 5000 keys in %lld ms", seedMs);
    QVERIFY2(seedMs < 1000, qPrintable(u"%1 ms"_s.arg(seedMs)));
    QCOMPARE(m_emulator->keyCount(Account), 5000);

    timer.restart();
    QSet<QString> seen;
    qint64 slowestPageMs = 0;
    for (int offset = 0; offset < 5000; offset += 100) {
        QElapsedTimer page;
        page.start();
        const EmulatorReply reply =
            api3("DescribeApiKeysStatus", {{u"Offset"_s, offset}, {u"Limit"_s, 100}});
        slowestPageMs = qMax(slowestPageMs, page.elapsed());
        const QJsonObject result = reply.api3Result();
        QCOMPARE(result.value(u"TotalCount"_s).toInteger(), 5000);
        for (const QString &id : idsOf(result.value(u"ApiKeySet"_s).toArray(), u"AccessKeyId"_s))
            seen.insert(id);
    }
    qInfo("paged through 5000 keys in %lld ms, slowest page %lld ms", timer.elapsed(),
          slowestPageMs);
    QCOMPARE(seen.size(), 5000);
    // A filtered page looks at every key once: still quick.
    timer.restart();
    const EmulatorReply filtered = api3(
        "DescribeApiKeysStatus",
        {{u"Offset"_s, 4000}, {u"Filters"_s, QJsonArray{filter(u"KeyWord"_s, {u"billing"_s})}}});
    QVERIFY2(filtered.api3Code().isEmpty(), filtered.body.constData());
    QCOMPARE(filtered.api3Result().value(u"TotalCount"_s).toInteger(), 834);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    // The key limit does not stop seeding, but seeded keys count toward it.
    QCOMPARE(api3("CreateApiKey", {{u"SecretName"_s, u"one more"_s}}).api3Code(),
             u"LimitExceeded.ApiKeyCountLimitExceeded"_s);
    QCOMPARE(m_emulator->createdKeyCount(), 0);
    m_emulator->setKeyLimit(5001);
    QVERIFY(api3("CreateApiKey", {{u"SecretName"_s, u"one more"_s}}).api3Code().isEmpty());
    QCOMPARE(m_emulator->createdKeyCount(), 1);
    QCOMPARE(m_emulator->keyCount(Account), 5001);
}

namespace {

class CountingNonces final : public NonceSource
{
public:
    quint32 nextNonce() override { return ++m_nonce; }

private:
    quint32 m_nonce = 90000;
};

template <typename T, typename Result> T valueOf(const Result &result)
{
    if (const auto *error = std::get_if<GatewayError>(&result))
        qWarning("gateway error %s: %s", qPrintable(error->code), qPrintable(error->message));
    return std::holds_alternative<T>(result) ? std::get<T>(result) : T();
}

} // namespace

GatewayAnswer TestEmulatorLifecycle::sendCore(const ApiRequest &request, ApiGeneration generation)
{
    static CountingNonces nonces;
    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.url = m_emulator->endpointUrl(generation);
    const RequestSigner signer(m_clock, nonces);
    const BuiltRequest built =
        signer.sign(request,
                    OperatorCredentials::fromInput(QString::fromLatin1(SecretId),
                                                   QString::fromLatin1(SecretKey)),
                    endpoint);
    if (!built.isValid())
        return GatewayError{};
    const EmulatorReply reply = m_client->send(built.request.method, built.request.url,
                                               built.request.headers, built.request.body);
    return ResponseEnvelope::parse(generation, reply.body);
}

void TestEmulatorLifecycle::coreBuiltRequestsRoundTrip_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("API 3.0") << ApiGeneration::Api3;
    QTest::newRow("API 2.0") << ApiGeneration::Api2;
}

void TestEmulatorLifecycle::coreBuiltRequestsRoundTrip()
{
    // Both sides follow docs/PROTOCOL.md; the reference-signed tests above pin the emulator to
    // it, tst_keyactions the core. This proves that the two agree on every name.
    QFETCH(ApiGeneration, generation);
    const bool api3 = generation == ApiGeneration::Api3;
    const QString manual = m_emulator->addKey(Account, u"manual key"_s, KeyType::Manual, true,
                                              u"core_manual_1"_s, u"core_secret_1"_s);
    const QString automatic = m_emulator->addKey(Account, u"auto key"_s, KeyType::Auto, true);
    const QString plan = m_emulator->addUsagePlan(Account, u"standard"_s, u"desc"_s, 50);
    auto done = [&](const ApiRequest &request) -> QString {
        const GatewayAnswer answer = sendCore(request, generation);
        if (const auto *error = std::get_if<GatewayError>(&answer))
            return error->description.isEmpty() ? error->code : error->description;
        const auto problem = KeyActions::decodeDone(std::get<GatewayReply>(answer));
        return problem ? problem->code : QString();
    };
    auto keyPage = [&](const ApiRequest &request) {
        const GatewayAnswer answer = sendCore(request, generation);
        if (!std::holds_alternative<GatewayReply>(answer))
            return KeyPage{};
        return valueOf<KeyPage>(KeyActions::decodeKeyPage(std::get<GatewayReply>(answer)));
    };
    auto key = [&](const ApiRequest &request) {
        const GatewayAnswer answer = sendCore(request, generation);
        if (!std::holds_alternative<GatewayReply>(answer))
            return GatewayKey{};
        return valueOf<GatewayKey>(KeyActions::decodeKey(std::get<GatewayReply>(answer)));
    };

    KeyQuery query;
    query.limit = 100;
    KeyPage page = keyPage(KeyActions::listKeys(query, generation));
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.keys.size(), 2);
    QCOMPARE(page.keys.at(0).keyId, automatic);
    QCOMPARE(page.keys.at(1).type, std::optional<KeyType>(KeyType::Manual));
    QVERIFY(page.keys.at(0).enabled);
    QVERIFY(page.keys.at(0).secret.isEmpty());
    query.search = u"manual"_s;
    page = keyPage(KeyActions::listKeys(query, generation));
    QCOMPARE(page.totalCount, 1);
    QCOMPARE(page.keys.at(0).keyId, manual);
    query.search.clear();
    query.keyIds = {automatic};
    QCOMPARE(keyPage(KeyActions::listKeys(query, generation)).totalCount, 1);

    GatewayKey described = key(KeyActions::describeKey(manual, generation));
    QCOMPARE(described.keyId, manual);
    QCOMPARE(described.secret, SecretString(u"core_secret_1"_s));
    QCOMPARE(described.name, u"manual key"_s);

    m_clock.advanceSecs(30);
    GatewayKey rotated =
        key(KeyActions::rotateKey(manual, SecretString(u"core_secret_2"_s), generation));
    QCOMPARE(rotated.secret, SecretString(u"core_secret_2"_s));
    QCOMPARE(m_emulator->keySecret(manual), SecretString(u"core_secret_2"_s));
    QCOMPARE(rotated.modifiedUtc.toSecsSinceEpoch(), Now + 30);
    rotated = key(KeyActions::rotateKey(automatic, SecretString(), generation));
    QVERIFY(!rotated.secret.isEmpty());
    QCOMPARE(m_emulator->keySecret(automatic), rotated.secret);

    QCOMPARE(done(KeyActions::disableKey(manual, generation)), QString());
    QVERIFY(!m_emulator->keyEnabled(manual));
    QCOMPARE(done(KeyActions::enableKey(manual, generation)), QString());
    QVERIFY(m_emulator->keyEnabled(manual));
    QCOMPARE(done(KeyActions::deleteKey(manual, generation)),
             u"UnsupportedOperation.InvalidStatus"_s);

    QCOMPARE(done(KeyActions::bindKeys(plan, {automatic, manual}, generation)), QString());
    QVERIFY(m_emulator->isBound(automatic));
    const GatewayAnswer plansAnswer =
        sendCore(KeyActions::listPlans(0, 20, generation), generation);
    QVERIFY(std::holds_alternative<GatewayReply>(plansAnswer));
    const UsagePlanPage plans =
        valueOf<UsagePlanPage>(KeyActions::decodePlanPage(std::get<GatewayReply>(plansAnswer)));
    QCOMPARE(plans.totalCount, 1);
    QCOMPARE(plans.plans.at(0).id, plan);
    QCOMPARE(plans.plans.at(0).name, u"standard"_s);
    QCOMPARE(plans.plans.at(0).description, u"desc"_s);
    QCOMPARE(plans.plans.at(0).maxRequestsPerSecond, 50);
    page = keyPage(KeyActions::listPlanKeys(plan, 0, 20, generation));
    QCOMPARE(page.totalCount, 2);
    QCOMPARE(page.keys.at(0).keyId, automatic);
    QCOMPARE(page.keys.at(1).name, u"manual key"_s);

    QCOMPARE(done(KeyActions::disableKey(automatic, generation)), QString());
    QCOMPARE(done(KeyActions::deleteKey(automatic, generation)),
             u"UnsupportedOperation.ResourceIsInUse"_s);
    QCOMPARE(KeyActions::isAvailable(KeyAction::UnbindKeys, generation), api3);
    if (api3) {
        QCOMPARE(done(KeyActions::unbindKeys(plan, {automatic}, generation)), QString());
        QCOMPARE(done(KeyActions::deleteKey(automatic, generation)), QString());
        QVERIFY(!m_emulator->hasKey(automatic));
        // Filters only API 3.0 has.
        KeyQuery disabled;
        disabled.status = KeyStatusFilter::Disabled;
        QCOMPARE(keyPage(KeyActions::listKeys(disabled, generation)).totalCount, 0);
        KeyQuery outside;
        outside.notUsagePlanId = plan;
        QCOMPARE(keyPage(KeyActions::listKeys(outside, generation)).totalCount, 0);
    }
    QCOMPARE(done(KeyActions::describeKey(u"AKIDnothing"_s, generation)),
             u"ResourceNotFound.InvalidAccessKeyId"_s);
}

QTEST_GUILESS_MAIN(TestEmulatorLifecycle)
#include "tst_emulatorlifecycle.moc"
