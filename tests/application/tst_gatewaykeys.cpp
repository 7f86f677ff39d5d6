#include "clock.h"
#include "errorcatalog.h"
#include "failuretext.h"
#include "gatewaykeys.h"
#include "inmemorysecretstore.h"
#include "keyindex.h"
#include "noncesource.h"
#include "savedkeys.h"
#include "scriptedsender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString account = u"AKIDexampleexampleexample"_s;

OperatorCredentials operatorCredentials()
{
    return {account, SecretString(u"exampleSecretKeyexample0"_s), {}};
}

GatewayEndpoint endpointOf(ApiGeneration generation)
{
    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.region = u"ap-guangzhou"_s;
    endpoint.url = GatewayEndpoint::defaultUrl(generation, endpoint.region);
    return endpoint;
}

QJsonObject apiKey(const QString &id, int status = 1, const QString &secret = {})
{
    QJsonObject key{{u"AccessKeyId"_s, id},
                    {u"SecretName"_s, u"name of "_s + id},
                    {u"AccessKeyType"_s, u"auto"_s},
                    {u"Status"_s, status},
                    {u"CreatedTime"_s, u"2023-11-14T22:13:20Z"_s},
                    {u"ModifiedTime"_s, u"2023-11-15T22:13:20Z"_s}};
    if (!secret.isEmpty())
        key.insert(u"AccessKeySecret"_s, secret);
    return key;
}

QJsonObject keyPage(qint64 total, const QStringList &ids)
{
    QJsonArray keys;
    for (const QString &id : ids)
        keys.append(apiKey(id));
    return {{u"TotalCount"_s, total}, {u"ApiKeySet"_s, keys}};
}

QJsonObject planKeyPage(qint64 total, const QStringList &ids)
{
    QJsonArray keys;
    for (const QString &id : ids)
        keys.append(QJsonObject{
            {u"AccessKeyId"_s, id}, {u"SecretName"_s, u"name of "_s + id}, {u"Status"_s, 1}});
    return {{u"TotalCount"_s, total}, {u"AccessKeyList"_s, keys}};
}

QJsonObject planPage(qint64 total, const QStringList &ids)
{
    QJsonArray plans;
    for (const QString &id : ids)
        plans.append(QJsonObject{{u"UsagePlanId"_s, id},
                                 {u"UsagePlanName"_s, u"plan "_s + id},
                                 {u"UsagePlanDescription"_s, u""_s},
                                 {u"MaxRequestNumPreSec"_s, 100},
                                 {u"CreatedTime"_s, u"2023-11-14T22:13:20Z"_s},
                                 {u"ModifiedTime"_s, u"2023-11-14T22:13:20Z"_s}});
    return {{u"TotalCount"_s, total}, {u"UsagePlanStatusSet"_s, plans}};
}

// A gateway error as the envelope reports it: classified by the real catalog.
GatewayError codeError(const QString &code, const QString &message = u"refused"_s)
{
    GatewayError error;
    error.kind = GatewayError::Kind::Gateway;
    error.generation = ApiGeneration::Api3;
    error.code = code;
    error.message = message;
    error.requestId = u"rid-error"_s;
    const ErrorCatalog::Classification classified =
        ErrorCatalog::classify(ApiGeneration::Api3, code);
    error.category = classified.category;
    error.retryLater = classified.retryLater;
    error.refusal = classified.refusal;
    return error;
}

GatewayError lostAnswer()
{
    return GatewayError::of(GatewayError::Kind::Timeout, ApiGeneration::Api3,
                            u"no answer after the request was sent"_s, true);
}

// Everything a user or a log could be shown of a failure.
QString allWords(const Failure &failure)
{
    const FailureWords words = FailureText::describe(failure);
    return QStringList{words.title,
                       words.whatHappened,
                       words.whatToDo,
                       words.mayHaveBeenProcessedWarning,
                       FailureText::details(failure),
                       FailureText::inputProblems(failure).join(u'\n')}
        .join(u'\n');
}

// Listens to an operation from the moment it was made: what it reported, and how often.
class Watch
{
public:
    explicit Watch(GatewayOperation *operation)
    {
        m_connection = QObject::connect(operation, &GatewayOperation::finished,
                                        [this](const GatewayOutcome &outcome) {
                                            m_outcome = outcome;
                                            ++m_reports;
                                        });
        m_progress =
            QObject::connect(operation, &GatewayOperation::progressed, [this](int done, int total) {
                m_progressed.append({done, total});
            });
    }
    ~Watch()
    {
        QObject::disconnect(m_connection);
        QObject::disconnect(m_progress);
    }

    bool wait()
    {
        return QTest::qWaitFor([this] { return m_reports > 0; }, 2000);
    }
    int reports() const { return m_reports; }
    const GatewayOutcome &outcome() const { return m_outcome; }
    const QList<std::pair<int, int>> &progressed() const { return m_progressed; }
    Failure failure() const
    {
        const auto *failure = std::get_if<Failure>(&m_outcome);
        return failure ? *failure : Failure{};
    }
    bool failed() const { return std::holds_alternative<Failure>(m_outcome); }
    template <typename T> bool is() const { return std::holds_alternative<T>(m_outcome); }
    template <typename T> T get() const { return std::get<T>(m_outcome); }

private:
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_progress;
    GatewayOutcome m_outcome;
    int m_reports = 0;
    QList<std::pair<int, int>> m_progressed;
};

} // namespace

class tst_GatewayKeys : public QObject
{
    Q_OBJECT

private slots:
    void eachOperationSendsItsActionOnce_data();
    void eachOperationSendsItsActionOnce();
    void keyPageIsDecoded();
    void shownKeyCarriesItsSecret();
    void rotateSendsTheNewSecretAndReportsIt();
    void rotateWithoutSecretLetsTheGatewayDraw();
    void answerAboutAnotherKeyIsRefused();
    void falseAnswerIsAFailure();
    void inputProblemsSendNothing_data();
    void inputProblemsSendNothing();
    void api2SendsTheLegacyNamesAndReadsTheLegacyAnswer();
    void api2SaysWhichActionsNeedApi3();
    void disableThenDeleteWaitsForTheDisable();
    void disableThenDeleteStopsAtTheFirstFailure();
    void deleteRefusalsSayWhatToDo_data();
    void deleteRefusalsSayWhatToDo();
    void hintsNameTheControlsOfTheirSurface_data();
    void hintsNameTheControlsOfTheirSurface();
    void newCodesHaveWordsOfTheirOwn_data();
    void newCodesHaveWordsOfTheirOwn();
    void wordsOfAnActionNeverSpeakOfCreating_data();
    void wordsOfAnActionNeverSpeakOfCreating();
    void planBindingsPagesToTheEnd();
    void planBindingsStopsAtAnEmptyPage();
    void planBindingsStopsWhenPagesRepeat();
    void planBindingsStopsAtTheFirstFailure();
    void cancelStopsTheCallInFlight();
    void cancelBetweenDisableAndDelete();
    void cancelWhileGatheringPlans();
    void lostAnswerToAChangeIsNeverResent_data();
    void lostAnswerToAChangeIsNeverResent();
    void lostAnswerToAReadWarnsOfNoChange();
    void serverEchoOfTheNewSecretIsMasked();
    void rotatedSecretReplacesTheSavedOne();
    void failedKeychainSaveKeepsTheOldEntry();
    void rotatedSecretOfAnotherAccountIsNotSaved();
    void rotatedSecretIsSavedOnRequestWhenUnsaved();

private:
    FixedClock m_clock = FixedClock::fromSecsSinceEpoch(1'700'000'000);
    FixedNonceSource m_nonces{12345};

    std::unique_ptr<GatewayKeys> keysFor(ScriptedSender &sender,
                                         ApiGeneration generation = ApiGeneration::Api3)
    {
        auto keys = std::make_unique<GatewayKeys>(sender, m_clock, m_nonces);
        keys->setAccount(operatorCredentials(), endpointOf(generation));
        return keys;
    }
};

enum class Op { List, Show, Enable, Disable, Delete, Rotate, Plans, PlanKeys, Bind, Unbind };

void tst_GatewayKeys::eachOperationSendsItsActionOnce_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<QJsonValue>("result");
    QTest::addColumn<int>("outcomeIndex");

    const QJsonObject keyId{{u"AccessKeyId"_s, u"AKIDkey1"_s}};
    const QJsonArray ids{u"AKIDkey1"_s, u"AKIDkey2"_s};
    QTest::newRow("list") << Op::List << "DescribeApiKeysStatus"_ba
                          << QJsonObject{{u"Limit"_s, 50}, {u"Offset"_s, 100}}
                          << QJsonValue(keyPage(1, {u"AKIDkey1"_s})) << 1;
    QTest::newRow("show") << Op::Show << "DescribeApiKey"_ba << keyId
                          << QJsonValue(apiKey(u"AKIDkey1"_s, 1, u"theSecret_0123456789"_s)) << 2;
    QTest::newRow("enable") << Op::Enable << "EnableApiKey"_ba << keyId << QJsonValue(true) << 0;
    QTest::newRow("disable") << Op::Disable << "DisableApiKey"_ba << keyId << QJsonValue(true) << 0;
    QTest::newRow("delete") << Op::Delete << "DeleteApiKey"_ba << keyId << QJsonValue(true) << 0;
    QTest::newRow("rotate") << Op::Rotate << "UpdateApiKey"_ba << keyId
                            << QJsonValue(apiKey(u"AKIDkey1"_s, 1, u"drawnSecret_0123456789"_s))
                            << 2;
    QTest::newRow("plans") << Op::Plans << "DescribeUsagePlansStatus"_ba
                           << QJsonObject{{u"Limit"_s, 20}, {u"Offset"_s, 40}}
                           << QJsonValue(planPage(1, {u"usagePlan-1"_s})) << 3;
    QTest::newRow("plan keys") << Op::PlanKeys << "DescribeUsagePlanSecretIds"_ba
                               << QJsonObject{{u"UsagePlanId"_s, u"usagePlan-1"_s},
                                              {u"Limit"_s, 100},
                                              {u"Offset"_s, 0}}
                               << QJsonValue(planKeyPage(1, {u"AKIDkey1"_s})) << 1;
    QTest::newRow("bind") << Op::Bind << "BindSecretIds"_ba
                          << QJsonObject{{u"UsagePlanId"_s, u"usagePlan-1"_s},
                                         {u"AccessKeyIds"_s, ids}}
                          << QJsonValue(true) << 0;
    QTest::newRow("unbind") << Op::Unbind << "UnBindSecretIds"_ba
                            << QJsonObject{{u"UsagePlanId"_s, u"usagePlan-1"_s},
                                           {u"AccessKeyIds"_s, ids}}
                            << QJsonValue(true) << 0;
}

void tst_GatewayKeys::eachOperationSendsItsActionOnce()
{
    QFETCH(Op, op);
    QFETCH(QByteArray, action);
    QFETCH(QJsonObject, parameters);
    QFETCH(QJsonValue, result);
    QFETCH(int, outcomeIndex);

    ScriptedSender sender;
    sender.scriptResult(result);
    const auto keys = keysFor(sender);
    const QString id = u"AKIDkey1"_s;
    const QStringList ids{id, u"AKIDkey2"_s};
    GatewayOperation *operation = nullptr;
    switch (op) {
    case Op::List: {
        KeyQuery query;
        query.offset = 100;
        query.limit = 50;
        operation = keys->listKeys(query);
        break;
    }
    case Op::Show:
        operation = keys->showKey(id);
        break;
    case Op::Enable:
        operation = keys->enableKey(id);
        break;
    case Op::Disable:
        operation = keys->disableKey(id);
        break;
    case Op::Delete:
        operation = keys->deleteKey(id);
        break;
    case Op::Rotate:
        operation = keys->rotateKey(id, {});
        break;
    case Op::Plans:
        operation = keys->listPlans(40, 20);
        break;
    case Op::PlanKeys:
        operation = keys->listPlanKeys(u"usagePlan-1"_s, 0, 100);
        break;
    case Op::Bind:
        operation = keys->bindKeys(u"usagePlan-1"_s, ids);
        break;
    case Op::Unbind:
        operation = keys->unbindKeys(u"usagePlan-1"_s, ids);
        break;
    }
    QVERIFY(operation);
    Watch watch(operation);
    QVERIFY(watch.wait());
    QVERIFY2(!watch.failed(), qPrintable(allWords(watch.failure())));
    QCOMPARE(int(watch.outcome().index()), outcomeIndex);
    QVERIFY(operation->isFinished());

    QCOMPARE(sender.sendCount(), 1);
    QCOMPARE(sender.action(0), action);
    QCOMPARE(sender.generations().first(), ApiGeneration::Api3);
    // Signed: TC3 over the body that is sent.
    QVERIFY(sender.requests().first().header("Authorization").startsWith("TC3-HMAC-SHA256 "));
    const QJsonObject sent = sender.jsonParameters(0);
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        QCOMPARE(sent.value(it.key()), it.value());
    QTest::qWait(20);
    QCOMPARE(watch.reports(), 1);
}

void tst_GatewayKeys::keyPageIsDecoded()
{
    ScriptedSender sender;
    sender.scriptResult(keyPage(57, {u"AKIDa"_s, u"AKIDb"_s}), ApiGeneration::Api3, u"rid-7"_s);
    const auto keys = keysFor(sender);
    KeyQuery query;
    query.search = u"bot"_s;
    query.status = KeyStatusFilter::Disabled;
    Watch watch(keys->listKeys(query));
    QVERIFY(watch.wait());
    QVERIFY(watch.is<KeyPage>());
    const KeyPage page = watch.get<KeyPage>();
    QCOMPARE(page.totalCount, qint64(57));
    QCOMPARE(page.keys.size(), 2);
    QCOMPARE(page.keys.at(1).keyId, u"AKIDb"_s);
    QCOMPARE(page.keys.at(1).name, u"name of AKIDb"_s);
    QVERIFY(page.keys.at(1).enabled);
    QVERIFY(page.keys.at(1).secret.isEmpty());
    QCOMPARE(page.requestId, u"rid-7"_s);
    // The question travels as filters.
    const QJsonArray filters = sender.jsonParameters(0).value(u"Filters"_s).toArray();
    QVERIFY(filters.contains(
        QJsonObject{{u"Name"_s, u"KeyWord"_s}, {u"Values"_s, QJsonArray{u"bot"_s}}}));
}

void tst_GatewayKeys::shownKeyCarriesItsSecret()
{
    ScriptedSender sender;
    sender.scriptResult(apiKey(u"AKIDa"_s, 0, u"shownSecret_0123456789"_s));
    const auto keys = keysFor(sender);
    Watch watch(keys->showKey(u" AKIDa\n"_s));
    QVERIFY(watch.wait());
    QVERIFY(watch.is<GatewayKey>());
    const GatewayKey key = watch.get<GatewayKey>();
    QCOMPARE(key.keyId, u"AKIDa"_s);
    QVERIFY(!key.enabled);
    QCOMPARE(key.secret, SecretString(u"shownSecret_0123456789"_s));
    // A pasted id is sent trimmed.
    QCOMPARE(sender.jsonParameters(0).value(u"AccessKeyId"_s).toString(), u"AKIDa"_s);
}

void tst_GatewayKeys::rotateSendsTheNewSecretAndReportsIt()
{
    ScriptedSender sender;
    const QString secret = u"newManualSecret_0123"_s;
    sender.scriptResult(apiKey(u"AKIDa"_s, 1, secret));
    const auto keys = keysFor(sender);
    Watch watch(keys->rotateKey(u"AKIDa"_s, SecretString(secret + u"\n"_s)));
    QVERIFY(watch.wait());
    QVERIFY2(watch.is<GatewayKey>(), qPrintable(allWords(watch.failure())));
    QCOMPARE(watch.get<GatewayKey>().secret, SecretString(secret));
    QCOMPARE(sender.action(0), "UpdateApiKey"_ba);
    QCOMPARE(sender.jsonParameters(0).value(u"AccessKeySecret"_s).toString(), secret);
}

void tst_GatewayKeys::rotateWithoutSecretLetsTheGatewayDraw()
{
    ScriptedSender sender;
    sender.scriptResult(apiKey(u"AKIDa"_s, 1, u"drawnSecret_0123456789"_s));
    const auto keys = keysFor(sender);
    Watch watch(keys->rotateKey(u"AKIDa"_s, {}));
    QVERIFY(watch.wait());
    QVERIFY(watch.is<GatewayKey>());
    QCOMPARE(watch.get<GatewayKey>().secret, SecretString(u"drawnSecret_0123456789"_s));
    QVERIFY(!sender.jsonParameters(0).contains(u"AccessKeySecret"_s));
}

void tst_GatewayKeys::answerAboutAnotherKeyIsRefused()
{
    // A secret answered under another key's id would be shown as that key's, or saved over that
    // key's keychain entry by saveRotatedSecret.
    for (const bool rotate : {false, true}) {
        ScriptedSender sender;
        sender.scriptResult(apiKey(u"AKIDother"_s, 1, u"otherSecret_0123456789"_s));
        const auto keys = keysFor(sender);
        Watch watch(rotate ? keys->rotateKey(u"AKIDa"_s, {}) : keys->showKey(u"AKIDa"_s));
        QVERIFY(watch.wait());
        QVERIFY2(watch.failed(), rotate ? "rotate" : "show");
        QCOMPARE(watch.failure().gateway.kind, GatewayError::Kind::MalformedResponse);
        // The rotation may well have happened: the words say so, and that it was not resent.
        QVERIFY(watch.failure().mayHaveBeenProcessed());
        QCOMPARE(sender.sendCount(), 1);
    }
}

void tst_GatewayKeys::falseAnswerIsAFailure()
{
    ScriptedSender sender;
    sender.scriptResult(false);
    const auto keys = keysFor(sender);
    Watch watch(keys->enableKey(u"AKIDa"_s));
    QVERIFY(watch.wait());
    QVERIFY(watch.failed());
    QCOMPARE(watch.failure().origin, Failure::Origin::Gateway);
    QCOMPARE(watch.failure().keyAction, std::optional<KeyAction>(KeyAction::EnableKey));
    QCOMPARE(sender.sendCount(), 1);
}

void tst_GatewayKeys::inputProblemsSendNothing_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("show without id") << 0;
    QTest::newRow("enable with blank id") << 1;
    QTest::newRow("delete without id") << 2;
    QTest::newRow("rotate: secret too short") << 3;
    QTest::newRow("rotate: secret with a space") << 4;
    QTest::newRow("rotate: secret too long") << 5;
    QTest::newRow("bind without keys") << 6;
    QTest::newRow("bind without plan") << 7;
    QTest::newRow("list: page of 101") << 8;
    QTest::newRow("plan keys: negative offset") << 9;
    QTest::newRow("missing SecretKey") << 10;
    QTest::newRow("plain http to another computer") << 11;
    QTest::newRow("unbind with a blank key id") << 12;
    QTest::newRow("rotate: API 2.0 GET would put the secret in the URL") << 13;
}

void tst_GatewayKeys::inputProblemsSendNothing()
{
    QFETCH(int, row);
    ScriptedSender sender;
    sender.scriptResult(true);
    GatewayKeys keys(sender, m_clock, m_nonces);
    OperatorCredentials credentials = operatorCredentials();
    GatewayEndpoint endpoint = endpointOf(ApiGeneration::Api3);
    if (row == 10)
        credentials.secretKey = {};
    if (row == 11)
        endpoint.url = QUrl(u"http://gateway.example.com/"_s);
    if (row == 13) {
        endpoint = endpointOf(ApiGeneration::Api2);
        endpoint.httpMethod = LegacyHttpMethod::Get;
    }
    keys.setAccount(credentials, endpoint);

    const QString secret = row == 3    ? u"short_1"_s
                           : row == 4  ? u"has a space in it_01"_s
                           : row == 13 ? u"validManualSecret_01"_s
                                       : QString(51, u'x');
    GatewayOperation *operation = nullptr;
    switch (row) {
    case 0:
        operation = keys.showKey({});
        break;
    case 1:
        operation = keys.enableKey(u"  "_s);
        break;
    case 2:
    case 10:
    case 11:
        operation = keys.deleteKey(row == 2 ? QString() : u"AKIDa"_s, true);
        break;
    case 3:
    case 4:
    case 5:
    case 13:
        operation = keys.rotateKey(u"AKIDa"_s, SecretString(secret));
        break;
    case 6:
        operation = keys.bindKeys(u"usagePlan-1"_s, {});
        break;
    case 7:
        operation = keys.bindKeys({}, {u"AKIDa"_s});
        break;
    case 8: {
        KeyQuery query;
        query.limit = 101;
        operation = keys.listKeys(query);
        break;
    }
    case 9:
        operation = keys.listPlanKeys(u"usagePlan-1"_s, -1, 20);
        break;
    case 12:
        operation = keys.unbindKeys(u"usagePlan-1"_s, {u"AKIDa"_s, u""_s});
        break;
    }
    Watch watch(operation);
    // Never from inside the call: the caller connects after it returned.
    QCOMPARE(watch.reports(), 0);
    QVERIFY(watch.wait());
    QVERIFY(watch.failed());
    const Failure failure = watch.failure();
    QCOMPARE(failure.origin, Failure::Origin::Input);
    QVERIFY(failure.isInputProblem());
    QVERIFY(!failure.mayHaveBeenProcessed());
    QCOMPARE(sender.sendCount(), 0);
    const FailureWords words = FailureText::describe(failure);
    QVERIFY(!words.title.isEmpty());
    QVERIFY(!words.whatToDo.isEmpty());
    QVERIFY(words.mayHaveBeenProcessedWarning.isEmpty());
    QVERIFY2(!FailureText::inputProblems(failure).isEmpty(), qPrintable(allWords(failure)));
    if (row >= 3 && row <= 5)
        QCOMPARE(failure.input.operation, Failure::OperationProblem::InvalidNewSecret);
    if (row == 13)
        QCOMPARE(failure.input.secretInUrl, SecretInUrl::KeySecret);
    QVERIFY(!allWords(failure).contains(secret));
    // Words of this action, not of creating a key.
    QVERIFY2(!allWords(failure).contains(u"creat"_s, Qt::CaseInsensitive),
             qPrintable(allWords(failure)));
    QTest::qWait(20);
    QCOMPARE(watch.reports(), 1);
}

void tst_GatewayKeys::api2SendsTheLegacyNamesAndReadsTheLegacyAnswer()
{
    ScriptedSender sender;
    sender.scriptResult(
        QJsonObject{{u"totalCount"_s, 1},
                    {u"apiKeyStatusSet"_s, QJsonArray{QJsonObject{{u"secretId"_s, u"AKIDlegacy"_s},
                                                                  {u"secretName"_s, u"old one"_s},
                                                                  {u"status"_s, 0}}}}},
        ApiGeneration::Api2);
    sender.scriptResult(QJsonObject{}, ApiGeneration::Api2);
    const auto keys = keysFor(sender, ApiGeneration::Api2);
    KeyQuery query;
    query.search = u"old"_s;
    Watch listed(keys->listKeys(query));
    QVERIFY(listed.wait());
    QVERIFY2(listed.is<KeyPage>(), qPrintable(allWords(listed.failure())));
    QCOMPARE(listed.get<KeyPage>().keys.value(0).keyId, u"AKIDlegacy"_s);
    QVERIFY(!listed.get<KeyPage>().keys.value(0).enabled);
    QMap<QString, QString> sent = sender.formParameters(0);
    QCOMPARE(sent.value(u"Action"_s), u"DescribeApiKeysStatus"_s);
    QCOMPARE(sent.value(u"searchName"_s), u"old"_s);
    QCOMPARE(sent.value(u"SecretId"_s), account);
    QVERIFY(sent.contains(u"Signature"_s));

    Watch enabled(keys->enableKey(u"AKIDlegacy"_s));
    QVERIFY(enabled.wait());
    QVERIFY(enabled.is<std::monostate>());
    sent = sender.formParameters(1);
    QCOMPARE(sent.value(u"Action"_s), u"EnableApiKey"_s);
    // The key's own `secretId` beside the operator's common `SecretId`.
    QCOMPARE(sent.value(u"secretId"_s), u"AKIDlegacy"_s);
    QCOMPARE(sent.value(u"SecretId"_s), account);
    QCOMPARE(sender.generations(),
             (QList<ApiGeneration>{ApiGeneration::Api2, ApiGeneration::Api2}));
}

void tst_GatewayKeys::api2SaysWhichActionsNeedApi3()
{
    const QList<KeyAction> all{KeyAction::ListKeys,  KeyAction::DescribeKey,  KeyAction::RotateKey,
                               KeyAction::EnableKey, KeyAction::DisableKey,   KeyAction::DeleteKey,
                               KeyAction::ListPlans, KeyAction::ListPlanKeys, KeyAction::BindKeys,
                               KeyAction::UnbindKeys};
    int lacking = 0;
    for (const KeyAction action : all) {
        QVERIFY(KeyActions::isAvailable(action, ApiGeneration::Api3));
        ScriptedSender sender;
        sender.scriptResult(QJsonObject{}, ApiGeneration::Api2);
        const auto keys = keysFor(sender, ApiGeneration::Api2);
        GatewayOperation *operation = nullptr;
        switch (action) {
        case KeyAction::ListKeys:
            operation = keys->listKeys({});
            break;
        case KeyAction::DescribeKey:
            operation = keys->showKey(u"AKIDa"_s);
            break;
        case KeyAction::RotateKey:
            operation = keys->rotateKey(u"AKIDa"_s, {});
            break;
        case KeyAction::EnableKey:
            operation = keys->enableKey(u"AKIDa"_s);
            break;
        case KeyAction::DisableKey:
            operation = keys->disableKey(u"AKIDa"_s);
            break;
        case KeyAction::DeleteKey:
            operation = keys->deleteKey(u"AKIDa"_s);
            break;
        case KeyAction::ListPlans:
            operation = keys->listPlans(0, 20);
            break;
        case KeyAction::ListPlanKeys:
            operation = keys->listPlanKeys(u"usagePlan-1"_s, 0, 20);
            break;
        case KeyAction::BindKeys:
            operation = keys->bindKeys(u"usagePlan-1"_s, {u"AKIDa"_s});
            break;
        case KeyAction::UnbindKeys:
            operation = keys->unbindKeys(u"usagePlan-1"_s, {u"AKIDa"_s});
            break;
        }
        Watch watch(operation);
        QVERIFY(watch.wait());
        const QByteArray name = KeyActions::actionName(action);
        if (KeyActions::isAvailable(action, ApiGeneration::Api2)) {
            // Sent under API 2.0's envelope and its own action name.
            QCOMPARE(sender.sendCount(), 1);
            QCOMPARE(sender.generations().first(), ApiGeneration::Api2);
            QVERIFY(!watch.failed() ||
                    watch.failure().input.operation != Failure::OperationProblem::NeedsApi3);
            continue;
        }
        ++lacking;
        QVERIFY2(watch.failed(), name.constData());
        const Failure failure = watch.failure();
        QCOMPARE(failure.origin, Failure::Origin::Input);
        QCOMPARE(failure.input.operation, Failure::OperationProblem::NeedsApi3);
        QCOMPARE(failure.input.action, action);
        QCOMPARE(sender.sendCount(), 0);
        const FailureWords words = FailureText::describe(failure);
        QVERIFY2(words.title.contains(u"API 3.0"_s), qPrintable(words.title));
        QVERIFY(words.whatToDo.contains(u"API 3.0"_s));
    }
    // The legacy pages document no way to unbind keys.
    QVERIFY(lacking > 0);

    // A filter API 2.0 lacks would be left out, and the page would answer another question.
    ScriptedSender sender;
    const auto keys = keysFor(sender, ApiGeneration::Api2);
    KeyQuery query;
    query.status = KeyStatusFilter::Enabled;
    Watch watch(keys->listKeys(query));
    QVERIFY(watch.wait());
    QCOMPARE(watch.failure().input.operation, Failure::OperationProblem::FilterNeedsApi3);
    QCOMPARE(sender.sendCount(), 0);
    QVERIFY(FailureText::describe(watch.failure()).title.contains(u"API 3.0"_s));
}

void tst_GatewayKeys::disableThenDeleteWaitsForTheDisable()
{
    ScriptedSender sender;
    sender.scriptResult(true);
    sender.scriptResult(true);
    sender.holdCalls(true);
    const auto keys = keysFor(sender);
    GatewayOperation *operation = keys->deleteKey(u"AKIDa"_s, true);
    Watch watch(operation);
    QCOMPARE(operation->action(), KeyAction::DeleteKey);
    QCOMPARE(operation->keyIds(), QStringList{u"AKIDa"_s});
    QTest::qWait(20);
    // The delete waits for the gateway to confirm the disable.
    QCOMPARE(sender.actions(), QList<QByteArray>{"DisableApiKey"});
    sender.release();
    QVERIFY(QTest::qWaitFor([&] { return sender.sendCount() == 2; }, 2000));
    QCOMPARE(sender.actions(), (QList<QByteArray>{"DisableApiKey", "DeleteApiKey"}));
    QCOMPARE(watch.progressed(), (QList<std::pair<int, int>>{{1, 2}}));
    QCOMPARE(watch.reports(), 0);
    sender.release();
    QVERIFY(watch.wait());
    QVERIFY(watch.is<std::monostate>());
    QCOMPARE(sender.jsonParameters(1).value(u"AccessKeyId"_s).toString(), u"AKIDa"_s);
}

void tst_GatewayKeys::disableThenDeleteStopsAtTheFirstFailure()
{
    {
        ScriptedSender sender;
        sender.scriptError(codeError(u"ResourceNotFound.InvalidAccessKeyId"_s));
        sender.scriptResult(true);
        const auto keys = keysFor(sender);
        Watch watch(keys->deleteKey(u"AKIDa"_s, true));
        QVERIFY(watch.wait());
        QTest::qWait(20);
        QCOMPARE(sender.actions(), QList<QByteArray>{"DisableApiKey"});
        QCOMPARE(watch.failure().keyAction, std::optional<KeyAction>(KeyAction::DisableKey));
        QCOMPARE(watch.failure().stepsDone, 0);
        QCOMPARE(watch.failure().gateway.requestId, u"rid-error"_s);
    }
    {
        // A disable the gateway did not confirm (false) is no reason to delete.
        ScriptedSender sender;
        sender.scriptResult(false);
        sender.scriptResult(true);
        const auto keys = keysFor(sender);
        Watch watch(keys->deleteKey(u"AKIDa"_s, true));
        QVERIFY(watch.wait());
        QTest::qWait(20);
        QCOMPARE(sender.sendCount(), 1);
        QVERIFY(watch.failed());
    }
    {
        ScriptedSender sender;
        sender.scriptResult(true);
        sender.scriptError(codeError(u"UnsupportedOperation.ResourceIsInUse"_s));
        const auto keys = keysFor(sender);
        Watch watch(keys->deleteKey(u"AKIDa"_s, true));
        QVERIFY(watch.wait());
        const Failure failure = watch.failure();
        QCOMPARE(failure.keyAction, std::optional<KeyAction>(KeyAction::DeleteKey));
        QCOMPARE(failure.stepsDone, 1);
        // The user learns that the key is disabled now.
        QVERIFY2(FailureText::describe(failure).whatHappened.contains(u"disabled first"_s),
                 qPrintable(allWords(failure)));
        QCOMPARE(sender.sendCount(), 2);
    }
}

void tst_GatewayKeys::deleteRefusalsSayWhatToDo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("advice");
    QTest::newRow("enabled") << u"UnsupportedOperation.InvalidStatus"_s << u"Disable it first"_s;
    QTest::newRow("bound") << u"UnsupportedOperation.ResourceIsInUse"_s
                           << u"Unbind it from its usage plans first"_s;
}

void tst_GatewayKeys::deleteRefusalsSayWhatToDo()
{
    QFETCH(QString, code);
    QFETCH(QString, advice);
    ScriptedSender sender;
    sender.scriptError(codeError(code));
    const auto keys = keysFor(sender);
    Watch watch(keys->deleteKey(u"AKIDa"_s));
    QVERIFY(watch.wait());
    const Failure failure = watch.failure();
    QCOMPARE(failure.origin, Failure::Origin::Gateway);
    QVERIFY2(FailureText::describe(failure).whatToDo.contains(advice),
             qPrintable(allWords(failure)));
    // The facts support asks for are there too.
    QVERIFY(FailureText::details(failure).contains(code));
    QVERIFY(FailureText::details(failure).contains(u"rid-error"_s));
}

void tst_GatewayKeys::hintsNameTheControlsOfTheirSurface_data()
{
    QTest::addColumn<GatewayError>("error");
    QTest::addColumn<KeyAction>("action");
    QTest::addColumn<QString>("window");      // in the window's hint
    QTest::addColumn<QString>("commandLine"); // in the CLI's instead
    using Kind = GatewayError::Kind;
    QTest::newRow("delete of an enabled key")
        << codeError(u"UnsupportedOperation.InvalidStatus"_s) << KeyAction::DeleteKey
        << u"\u201cDisable, then delete\u201d"_s << u"apigw-keys-cli gateway disable"_s;
    QTest::newRow("timeout") << GatewayError::of(Kind::Timeout, ApiGeneration::Api3, {}, true)
                             << KeyAction::DisableKey << u"timeout can be set in Settings"_s
                             << u"--timeout"_s;
    QTest::newRow("certificate") << GatewayError::of(Kind::Tls, ApiGeneration::Api3, {}, false)
                                 << KeyAction::ListKeys << u"extra CA bundle in Settings"_s
                                 << u"--ca-bundle"_s;
    // A 303 says the gateway processed the change: look at the key, not the create's console.
    GatewayError seeOther = GatewayError::of(Kind::Redirect, ApiGeneration::Api3, {}, true);
    seeOther.httpStatus = 303;
    QTest::newRow("see other after a change")
        << seeOther << KeyAction::DisableKey << u"Refresh the list to see the key"_s
        << u"apigw-keys-cli gateway show"_s;
    // Words that name no control are the same for both.
    QTest::newRow("delete of a bound key")
        << codeError(u"UnsupportedOperation.ResourceIsInUse"_s) << KeyAction::DeleteKey
        << u"Unbind it from its usage plans first"_s << u"Unbind it from its usage plans first"_s;
}

void tst_GatewayKeys::hintsNameTheControlsOfTheirSurface()
{
    QFETCH(GatewayError, error);
    QFETCH(KeyAction, action);
    QFETCH(QString, window);
    QFETCH(QString, commandLine);
    Failure failure = Failure::fromGateway(error);
    failure.keyAction = action;

    const FailureWords forWindow = FailureText::describe(failure);
    QVERIFY2(forWindow.whatToDo.contains(window), qPrintable(forWindow.whatToDo));
    QCOMPARE(FailureText::describe(failure, FailureText::Surface::Window).whatToDo,
             forWindow.whatToDo);

    const FailureWords forCli = FailureText::describe(failure, FailureText::Surface::CommandLine);
    QVERIFY2(forCli.whatToDo.contains(commandLine), qPrintable(forCli.whatToDo));
    if (window != commandLine) {
        QVERIFY2(!forCli.whatToDo.contains(window), qPrintable(forCli.whatToDo));
        QVERIFY2(!forCli.whatToDo.contains(u"Settings"_s) && !forCli.whatToDo.contains(u"\u201c"_s),
                 qPrintable(forCli.whatToDo));
    }
    QVERIFY2(!forWindow.whatToDo.contains(u"create"_s), qPrintable(forWindow.whatToDo));
    QVERIFY2(!forCli.whatToDo.contains(u"create"_s), qPrintable(forCli.whatToDo));
    // Only the hint depends on who reads it.
    QCOMPARE(forCli.title, forWindow.title);
    QCOMPARE(forCli.whatHappened, forWindow.whatHappened);
    QCOMPARE(forCli.mayHaveBeenProcessedWarning, forWindow.mayHaveBeenProcessedWarning);
}

void tst_GatewayKeys::newCodesHaveWordsOfTheirOwn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown key") << u"ResourceNotFound.InvalidAccessKeyId"_s
                                 << u"no key with this id"_s;
    QTest::newRow("unknown plan") << u"ResourceNotFound.InvalidUsagePlan"_s
                                  << u"no usage plan with this id"_s;
    QTest::newRow("already bound")
        << u"FailedOperation.AlreadyBindUsagePlan"_s << u"bound to this usage plan already"_s;
    QTest::newRow("plan full") << u"LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded"_s
                               << u"as many keys as it may"_s;
    QTest::newRow("invalid ids") << u"InvalidParameterValue.InvalidAccessKeyIds"_s
                                 << u"are not keys of the account"_s;
    QTest::newRow("update not allowed")
        << u"UnsupportedOperation.UnsupportedUpdateApiKey"_s << u"does not allow this change"_s;
}

void tst_GatewayKeys::newCodesHaveWordsOfTheirOwn()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    Failure failure = Failure::fromGateway(codeError(code));
    failure.keyAction = KeyAction::BindKeys;
    const FailureWords described = FailureText::describe(failure);
    QVERIFY2(described.whatHappened.contains(words), qPrintable(allWords(failure)));
    QVERIFY(!described.whatToDo.isEmpty());
    QVERIFY(!described.title.isEmpty());
}

void tst_GatewayKeys::wordsOfAnActionNeverSpeakOfCreating_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code :
         {"AuthFailure.SignatureFailure", "UnauthorizedOperation", "InvalidParameter",
          "LimitExceeded.SomethingElse", "RequestLimitExceeded", "AuthFailure.SignatureExpire",
          "InternalError", "InvalidAction", "UnsupportedOperation.SomethingElse",
          "FailedOperation.SomethingElse", "Never.Heard.Of"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_GatewayKeys::wordsOfAnActionNeverSpeakOfCreating()
{
    QFETCH(QString, code);
    ScriptedSender sender;
    sender.scriptError(codeError(code));
    const auto keys = keysFor(sender);
    Watch watch(keys->deleteKey(u"AKIDa"_s));
    QVERIFY(watch.wait());
    const FailureWords words = FailureText::describe(watch.failure());
    const QString said = words.title + u'\n' + words.whatHappened + u'\n' + words.whatToDo;
    QVERIFY(!words.title.isEmpty());
    QVERIFY(!words.whatToDo.isEmpty());
    QVERIFY2(!said.contains(u"creat"_s, Qt::CaseInsensitive), qPrintable(said));
    if (code == u"UnauthorizedOperation"_s)
        QVERIFY2(words.whatToDo.contains(u"DeleteApiKey"_s), qPrintable(said));
}

void tst_GatewayKeys::planBindingsPagesToTheEnd()
{
    ScriptedSender sender;
    // A gateway that gives fewer than asked: the listing goes on until TotalCount.
    sender.scriptResult(planPage(3, {u"p1"_s, u"p2"_s}));
    sender.scriptResult(planPage(3, {u"p3"_s}));
    sender.scriptResult(planKeyPage(3, {u"AKIDa"_s, u"AKIDb"_s}));
    sender.scriptResult(planKeyPage(3, {u"AKIDc"_s}));
    sender.scriptResult(planKeyPage(0, {}));
    sender.scriptResult(planKeyPage(1, {u"AKIDa"_s}));
    const auto keys = keysFor(sender);
    Watch watch(keys->planBindings());
    QVERIFY(watch.wait());
    QVERIFY2(watch.is<UsagePlanBindings>(), qPrintable(allWords(watch.failure())));
    const UsagePlanBindings bindings = watch.get<UsagePlanBindings>();
    QCOMPARE(bindings.plans.size(), 3);
    QCOMPARE(bindings.plans.at(2).id, u"p3"_s);
    QCOMPARE(bindings.planIdsByKeyId.value(u"AKIDa"_s), (QStringList{u"p1"_s, u"p3"_s}));
    QCOMPARE(bindings.planIdsByKeyId.value(u"AKIDc"_s), QStringList{u"p1"_s});
    QCOMPARE(bindings.planIdsByKeyId.size(), 3);

    QCOMPARE(sender.actions(),
             (QList<QByteArray>{"DescribeUsagePlansStatus", "DescribeUsagePlansStatus",
                                "DescribeUsagePlanSecretIds", "DescribeUsagePlanSecretIds",
                                "DescribeUsagePlanSecretIds", "DescribeUsagePlanSecretIds"}));
    const auto parameter = [&sender](int index, const QString &name) {
        return sender.jsonParameters(index).value(name);
    };
    QCOMPARE(parameter(0, u"Offset"_s).toInteger(), qint64(0));
    QCOMPARE(parameter(1, u"Offset"_s).toInteger(), qint64(2));
    QCOMPARE(parameter(0, u"Limit"_s).toInteger(), qint64(GatewayKeys::PageLimit));
    QCOMPARE(parameter(2, u"UsagePlanId"_s).toString(), u"p1"_s);
    QCOMPARE(parameter(3, u"UsagePlanId"_s).toString(), u"p1"_s);
    QCOMPARE(parameter(3, u"Offset"_s).toInteger(), qint64(2));
    QCOMPARE(parameter(4, u"UsagePlanId"_s).toString(), u"p2"_s);
    QCOMPARE(parameter(5, u"UsagePlanId"_s).toString(), u"p3"_s);
    QCOMPARE(watch.progressed(), (QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}, {3, 3}}));
}

void tst_GatewayKeys::planBindingsStopsAtAnEmptyPage()
{
    ScriptedSender sender;
    // A total that the pages never reach must not page for ever.
    sender.scriptResult(planPage(500, {u"p1"_s}));
    sender.scriptResult(planPage(500, {}));
    sender.scriptResult(planKeyPage(9, {}));
    const auto keys = keysFor(sender);
    Watch watch(keys->planBindings());
    QVERIFY(watch.wait());
    QVERIFY(watch.is<UsagePlanBindings>());
    QCOMPARE(watch.get<UsagePlanBindings>().plans.size(), 1);
    QCOMPARE(sender.sendCount(), 3);
}

void tst_GatewayKeys::planBindingsStopsWhenPagesRepeat()
{
    // A server that ignores Offset gives the same page for every offset under a count of
    // hundreds: a page with nothing new ends the listing as an answer that makes no sense,
    // rather than asking on (here the script would run dry and fail as a network error).
    {
        ScriptedSender sender;
        for (int i = 0; i < 3; ++i)
            sender.scriptResult(planPage(900, {u"p1"_s}));
        const auto keys = keysFor(sender);
        Watch watch(keys->planBindings());
        QVERIFY(watch.wait());
        QVERIFY(watch.failed());
        QCOMPARE(watch.failure().gateway.kind, GatewayError::Kind::MalformedResponse);
        QCOMPARE(watch.failure().keyAction, std::optional<KeyAction>(KeyAction::ListPlans));
        QCOMPARE(sender.sendCount(), 2);
    }
    {
        ScriptedSender sender;
        sender.scriptResult(planPage(1, {u"p1"_s}));
        for (int i = 0; i < 3; ++i)
            sender.scriptResult(planKeyPage(900, {u"AKIDa"_s}));
        const auto keys = keysFor(sender);
        Watch watch(keys->planBindings());
        QVERIFY(watch.wait());
        QVERIFY(watch.failed());
        QCOMPARE(watch.failure().gateway.kind, GatewayError::Kind::MalformedResponse);
        QCOMPARE(watch.failure().keyAction, std::optional<KeyAction>(KeyAction::ListPlanKeys));
        QCOMPARE(sender.sendCount(), 3);
    }
}

void tst_GatewayKeys::planBindingsStopsAtTheFirstFailure()
{
    ScriptedSender sender;
    sender.scriptResult(planPage(2, {u"p1"_s, u"p2"_s}));
    sender.scriptError(codeError(u"ResourceNotFound.InvalidUsagePlan"_s));
    sender.scriptResult(planKeyPage(0, {}));
    const auto keys = keysFor(sender);
    Watch watch(keys->planBindings());
    QVERIFY(watch.wait());
    QTest::qWait(20);
    QVERIFY(watch.failed());
    QCOMPARE(watch.failure().keyAction, std::optional<KeyAction>(KeyAction::ListPlanKeys));
    QCOMPARE(sender.sendCount(), 2);
    QCOMPARE(watch.reports(), 1);
}

void tst_GatewayKeys::cancelStopsTheCallInFlight()
{
    ScriptedSender sender;
    sender.scriptResult(true);
    sender.holdCalls(true);
    const auto keys = keysFor(sender);
    GatewayOperation *operation = keys->disableKey(u"AKIDa"_s);
    Watch watch(operation);
    QTest::qWait(10);
    operation->cancel();
    // Reported before cancel() returned.
    QCOMPARE(watch.reports(), 1);
    QCOMPARE(watch.failure().origin, Failure::Origin::Transport);
    QCOMPARE(watch.failure().gateway.kind, GatewayError::Kind::Cancelled);
    QVERIFY(operation->isFinished());
    sender.release();
    operation->cancel();
    QTest::qWait(20);
    QCOMPARE(watch.reports(), 1);
    QCOMPARE(sender.sendCount(), 1);

    // A refusal not yet reported is cancelled as well, once.
    GatewayOperation *refused = keys->enableKey({});
    Watch refusedWatch(refused);
    refused->cancel();
    QCOMPARE(refusedWatch.reports(), 1);
    QCOMPARE(refusedWatch.failure().gateway.kind, GatewayError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(refusedWatch.reports(), 1);
    QCOMPARE(sender.sendCount(), 1);
}

void tst_GatewayKeys::cancelBetweenDisableAndDelete()
{
    ScriptedSender sender;
    sender.scriptResult(true);
    sender.scriptResult(true);
    const auto keys = keysFor(sender);
    GatewayOperation *operation = keys->deleteKey(u"AKIDa"_s, true);
    Watch watch(operation);
    // Cancelled as soon as the disable is confirmed: the delete is never sent.
    connect(operation, &GatewayOperation::progressed, operation, &GatewayOperation::cancel);
    QVERIFY(watch.wait());
    QTest::qWait(20);
    QCOMPARE(sender.actions(), QList<QByteArray>{"DisableApiKey"});
    QCOMPARE(watch.failure().gateway.kind, GatewayError::Kind::Cancelled);
    QCOMPARE(watch.failure().stepsDone, 1);
    QVERIFY(!watch.failure().mayHaveBeenProcessed());
}

void tst_GatewayKeys::cancelWhileGatheringPlans()
{
    ScriptedSender sender;
    sender.scriptResult(planPage(2, {u"p1"_s, u"p2"_s}));
    sender.scriptResult(planKeyPage(0, {}));
    sender.scriptResult(planKeyPage(0, {}));
    sender.holdCalls(true);
    const auto keys = keysFor(sender);
    GatewayOperation *operation = keys->planBindings();
    Watch watch(operation);
    QTest::qWait(10);
    sender.release();
    QVERIFY(QTest::qWaitFor([&] { return sender.sendCount() == 2; }, 2000));
    operation->cancel();
    QCOMPARE(watch.reports(), 1);
    QCOMPARE(watch.failure().gateway.kind, GatewayError::Kind::Cancelled);
    QCOMPARE(watch.failure().keyAction, std::optional<KeyAction>(KeyAction::ListPlanKeys));
    sender.release();
    QTest::qWait(20);
    QCOMPARE(sender.sendCount(), 2);
    QCOMPARE(watch.reports(), 1);
}

void tst_GatewayKeys::lostAnswerToAChangeIsNeverResent_data()
{
    QTest::addColumn<Op>("op");
    QTest::newRow("enable") << Op::Enable;
    QTest::newRow("disable") << Op::Disable;
    QTest::newRow("delete") << Op::Delete;
    QTest::newRow("rotate") << Op::Rotate;
    QTest::newRow("bind") << Op::Bind;
}

void tst_GatewayKeys::lostAnswerToAChangeIsNeverResent()
{
    QFETCH(Op, op);
    ScriptedSender sender;
    sender.scriptError(lostAnswer());
    sender.scriptResult(true);
    const auto keys = keysFor(sender);
    GatewayOperation *operation = nullptr;
    switch (op) {
    case Op::Enable:
        operation = keys->enableKey(u"AKIDa"_s);
        break;
    case Op::Disable:
        operation = keys->disableKey(u"AKIDa"_s);
        break;
    case Op::Delete:
        operation = keys->deleteKey(u"AKIDa"_s, true);
        break;
    case Op::Rotate:
        operation = keys->rotateKey(u"AKIDa"_s, SecretString(u"newManualSecret_0123"_s));
        break;
    default:
        operation = keys->bindKeys(u"p1"_s, {u"AKIDa"_s});
        break;
    }
    Watch watch(operation);
    QVERIFY(watch.wait());
    QTest::qWait(50);
    QCOMPARE(sender.sendCount(), 1);
    const Failure failure = watch.failure();
    QVERIFY(failure.mayHaveBeenProcessed());
    QCOMPARE(failure.origin, Failure::Origin::Transport);
    const FailureWords words = FailureText::describe(failure);
    QVERIFY2(words.mayHaveBeenProcessedWarning.contains(u"may have been applied"_s),
             qPrintable(allWords(failure)));
    QVERIFY(words.mayHaveBeenProcessedWarning.contains(u"Refresh"_s));
    // Not the create's warning.
    QVERIFY(!words.mayHaveBeenProcessedWarning.contains(u"created"_s));
}

void tst_GatewayKeys::lostAnswerToAReadWarnsOfNoChange()
{
    ScriptedSender sender;
    sender.scriptError(lostAnswer());
    const auto keys = keysFor(sender);
    Watch watch(keys->listKeys({}));
    QVERIFY(watch.wait());
    // A listing changes nothing, whatever became of it.
    QVERIFY(FailureText::describe(watch.failure()).mayHaveBeenProcessedWarning.isEmpty());
}

void tst_GatewayKeys::serverEchoOfTheNewSecretIsMasked()
{
    const QString secret = u"echoedManualSecret_42"_s;
    ScriptedSender sender;
    GatewayError echoed = codeError(u"InvalidParameterValue.FormatError"_s,
                                    u"AccessKeySecret "_s + secret + u" is not valid"_s);
    echoed.description = secret;
    echoed.detail = u"body: "_s + secret;
    sender.scriptError(echoed);
    const auto keys = keysFor(sender);
    Watch watch(keys->rotateKey(u"AKIDa"_s, SecretString(secret)));
    QVERIFY(watch.wait());
    const Failure failure = watch.failure();
    QVERIFY(failure.gateway.message.contains(u"is not valid"_s));
    QVERIFY2(!allWords(failure).contains(secret), qPrintable(allWords(failure)));
    QVERIFY(!failure.gateway.message.contains(secret));
    QVERIFY(!failure.gateway.detail.contains(secret));
}

namespace {

// A key saved on this computer as CreateKey saves it, with its first secret.
KeyRecord savedRecord(const GatewayEndpoint &endpoint, const QString &owner = account)
{
    KeyRecord record;
    record.keyId = u"AKIDa"_s;
    record.name = u"build bot"_s;
    record.type = KeyType::Auto;
    record.createdUtc = QDateTime::fromSecsSinceEpoch(1'600'000'000, Qt::UTC);
    record.endpoint = endpoint.url;
    record.region = endpoint.region;
    record.generation = endpoint.generation;
    record.account = owner;
    return record;
}

bool saveAndWait(SavedKeys &savedKeys, const KeyRecord &record, const SecretString &secret)
{
    SavedKeyJob *job = savedKeys.save(record, secret);
    QSignalSpy done(job, &SavedKeyJob::finished);
    return done.wait(2000) && job->succeeded();
}

GatewayKey rotatedKey(const QString &secret)
{
    GatewayKey key;
    key.keyId = u"AKIDa"_s;
    key.name = u"build bot"_s;
    key.type = KeyType::Auto;
    key.enabled = true;
    key.createdUtc = QDateTime::fromSecsSinceEpoch(1'600'000'000, Qt::UTC);
    key.secret = SecretString(secret);
    return key;
}

} // namespace

void tst_GatewayKeys::rotatedSecretReplacesTheSavedOne()
{
    QTemporaryDir dir;
    KeyIndex index(dir.filePath(u"keys.ini"_s));
    InMemorySecretStore store;
    SavedKeys savedKeys(index, store);
    const GatewayEndpoint endpoint = endpointOf(ApiGeneration::Api3);
    const KeyRecord record = savedRecord(endpoint);
    QVERIFY(saveAndWait(savedKeys, record, SecretString(u"oldSecret_0123456789"_s)));

    ScriptedSender sender;
    const auto keys = keysFor(sender);
    SavedKeyJob *job =
        keys->saveRotatedSecret(savedKeys, rotatedKey(u"newSecret_0123456789"_s), false);
    QVERIFY(job);
    QSignalSpy done(job, &SavedKeyJob::finished);
    QVERIFY(done.wait(2000));
    QVERIFY(job->succeeded());
    QCOMPARE(store.secret(record.secretEntry()), SecretString(u"newSecret_0123456789"_s));
    QCOMPARE(index.records().size(), 1);
    KeyRecord expected = record;
    expected.secretInKeychain = true;
    QCOMPARE(index.records().first(), expected);
}

void tst_GatewayKeys::failedKeychainSaveKeepsTheOldEntry()
{
    QTemporaryDir dir;
    KeyIndex index(dir.filePath(u"keys.ini"_s));
    InMemorySecretStore store;
    SavedKeys savedKeys(index, store);
    const KeyRecord record = savedRecord(endpointOf(ApiGeneration::Api3));
    const SecretString oldSecret(u"oldSecret_0123456789"_s);
    QVERIFY(saveAndWait(savedKeys, record, oldSecret));
    const QList<KeyRecord> before = index.records();

    ScriptedSender sender;
    sender.scriptResult(apiKey(u"AKIDa"_s, 1, u"newSecret_0123456789"_s));
    const auto keys = keysFor(sender);
    // The gateway confirms the rotation first; then the keychain refuses the new secret.
    Watch watch(keys->rotateKey(u"AKIDa"_s, {}));
    QVERIFY(watch.wait());
    QVERIFY(watch.is<GatewayKey>());
    store.failWith({SecretStoreError::Kind::AccessDenied, {}, {}, false});
    SavedKeyJob *job = keys->saveRotatedSecret(savedKeys, watch.get<GatewayKey>(), true);
    QVERIFY(job);
    QSignalSpy done(job, &SavedKeyJob::finished);
    QVERIFY(done.wait(2000));
    QVERIFY(!job->succeeded());
    QCOMPARE(job->keychainError().kind, SecretStoreError::Kind::AccessDenied);
    // The previous entry and its record, exactly as they were.
    QCOMPARE(store.secret(record.secretEntry()), oldSecret);
    QCOMPARE(index.records(), before);
    QVERIFY(index.records().first().secretInKeychain);
    const Failure failure = Failure::fromStore(job->keychainError(), job->indexError());
    QVERIFY(!FailureText::storeProblems(failure).isEmpty());
    QVERIFY(!FailureText::storeProblems(failure).join(u' ').contains(u"newSecret"_s));
}

void tst_GatewayKeys::rotatedSecretOfAnotherAccountIsNotSaved()
{
    QTemporaryDir dir;
    KeyIndex index(dir.filePath(u"keys.ini"_s));
    InMemorySecretStore store;
    SavedKeys savedKeys(index, store);
    // The same key id, saved for another account, and on another gateway.
    const KeyRecord other = savedRecord(endpointOf(ApiGeneration::Api3), u"AKIDotheraccount0"_s);
    QVERIFY(saveAndWait(savedKeys, other, SecretString(u"otherSecret_0123456789"_s)));
    GatewayEndpoint elsewhere = endpointOf(ApiGeneration::Api3);
    elsewhere.url = QUrl(u"https://gateway.example.com/"_s);
    QVERIFY(
        saveAndWait(savedKeys, savedRecord(elsewhere), SecretString(u"elsewhereSecret_01234"_s)));
    const int operations = store.operationCount();

    ScriptedSender sender;
    const auto keys = keysFor(sender);
    QVERIFY(!keys->saveRotatedSecret(savedKeys, rotatedKey(u"newSecret_0123456789"_s), false));
    QCOMPARE(store.operationCount(), operations);
    QCOMPARE(store.secret(other.secretEntry()), SecretString(u"otherSecret_0123456789"_s));
}

void tst_GatewayKeys::rotatedSecretIsSavedOnRequestWhenUnsaved()
{
    QTemporaryDir dir;
    KeyIndex index(dir.filePath(u"keys.ini"_s));
    InMemorySecretStore store;
    SavedKeys savedKeys(index, store);
    ScriptedSender sender;
    const auto keys = keysFor(sender);
    SavedKeyJob *job =
        keys->saveRotatedSecret(savedKeys, rotatedKey(u"newSecret_0123456789"_s), true);
    QVERIFY(job);
    QSignalSpy done(job, &SavedKeyJob::finished);
    QVERIFY(done.wait(2000));
    QVERIFY(job->succeeded());
    QCOMPARE(index.records().size(), 1);
    const KeyRecord record = index.records().first();
    QCOMPARE(record.keyId, u"AKIDa"_s);
    QCOMPARE(record.account, account);
    QCOMPARE(record.endpoint, endpointOf(ApiGeneration::Api3).url);
    QVERIFY(record.secretInKeychain);
    QCOMPARE(store.secret(record.secretEntry()), SecretString(u"newSecret_0123456789"_s));
}

QTEST_GUILESS_MAIN(tst_GatewayKeys)
#include "tst_gatewaykeys.moc"
