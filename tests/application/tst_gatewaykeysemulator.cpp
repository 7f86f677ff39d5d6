// GatewayKeys end to end: the real GatewayClient over loopback to the real emulator, so that the
// requests, the emulator's state rules and the decoders are checked against each other.

#include "clock.h"
#include "failuretext.h"
#include "gatewayclient.h"
#include "gatewayemulator.h"
#include "gatewaykeys.h"
#include "noncesource.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Waits for an operation's one report.
GatewayOutcome outcomeOf(GatewayOperation *operation, int *reports = nullptr)
{
    GatewayOutcome outcome;
    int count = 0;
    const QMetaObject::Connection connection = QObject::connect(
        operation, &GatewayOperation::finished, [&](const GatewayOutcome &reported) {
            outcome = reported;
            ++count;
        });
    const bool finished = QTest::qWaitFor([&] { return count > 0; }, 20'000);
    QObject::disconnect(connection);
    if (!finished) {
        GatewayError never;
        never.kind = GatewayError::Kind::Timeout;
        never.detail = u"the operation never reported"_s;
        outcome = Failure::fromGateway(never);
    }
    if (reports)
        *reports = count;
    return outcome;
}

QString wordsOf(const GatewayOutcome &outcome)
{
    const auto *failure = std::get_if<Failure>(&outcome);
    if (!failure)
        return u"no failure"_s;
    const FailureWords words = FailureText::describe(*failure);
    return QStringList{words.title, words.whatHappened, words.whatToDo,
                       words.mayHaveBeenProcessedWarning, FailureText::details(*failure)}
        .join(u'\n');
}

} // namespace

class tst_GatewayKeysEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lifecycle_data();
    void lifecycle();
    void deleteRefusalsSayWhatStandsInTheWay();
    void rotateReplacesTheSecretOnTheGateway_data();
    void rotateReplacesTheSecretOnTheGateway();
    void planBindingsMatchTheGateway();
    void lostAnswerToADisableIsNeverResent();
    void api2UnbindNeverLeaves();

private:
    std::unique_ptr<GatewayKeys> keysFor(ApiGeneration generation);

    SystemClock m_clock;
    SystemNonceSource m_nonces;
    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<GatewayClient> m_client;
    QString m_account;
};

void tst_GatewayKeysEmulator::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    QVERIFY2(m_emulator->listen(), qPrintable(m_emulator->errorString()));
    m_client = std::make_unique<GatewayClient>();
    m_account = GatewayEmulator::demoCredentials().secretId;
}

void tst_GatewayKeysEmulator::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

std::unique_ptr<GatewayKeys> tst_GatewayKeysEmulator::keysFor(ApiGeneration generation)
{
    auto keys = std::make_unique<GatewayKeys>(*m_client, m_clock, m_nonces);
    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.region = u"ap-guangzhou"_s;
    endpoint.url = m_emulator->endpointUrl(generation);
    keys->setAccount(GatewayEmulator::demoCredentials(), endpoint);
    return keys;
}

void tst_GatewayKeysEmulator::lifecycle_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("API 3.0") << ApiGeneration::Api3;
    QTest::newRow("API 2.0") << ApiGeneration::Api2;
}

void tst_GatewayKeysEmulator::lifecycle()
{
    QFETCH(ApiGeneration, generation);
    const QString first = m_emulator->addKey(m_account, u"first"_s, KeyType::Auto, true);
    const QString second = m_emulator->addKey(m_account, u"second"_s, KeyType::Manual, true);
    const auto keys = keysFor(generation);

    KeyQuery query;
    query.limit = 1;
    GatewayOutcome outcome = outcomeOf(keys->listKeys(query));
    QVERIFY2(std::holds_alternative<KeyPage>(outcome), qPrintable(wordsOf(outcome)));
    KeyPage page = std::get<KeyPage>(outcome);
    QCOMPARE(page.totalCount, qint64(2));
    QCOMPARE(page.keys.size(), 1);
    QCOMPARE(page.keys.first().keyId, m_emulator->keyIds(m_account).first());
    query.offset = 1;
    outcome = outcomeOf(keys->listKeys(query));
    QVERIFY2(std::holds_alternative<KeyPage>(outcome), qPrintable(wordsOf(outcome)));
    QCOMPARE(std::get<KeyPage>(outcome).keys.first().keyId, m_emulator->keyIds(m_account).value(1));

    outcome = outcomeOf(keys->disableKey(first));
    QVERIFY2(std::holds_alternative<std::monostate>(outcome), qPrintable(wordsOf(outcome)));
    QVERIFY(!m_emulator->keyEnabled(first));
    outcome = outcomeOf(keys->enableKey(first));
    QVERIFY2(std::holds_alternative<std::monostate>(outcome), qPrintable(wordsOf(outcome)));
    QVERIFY(m_emulator->keyEnabled(first));

    // An enabled key: disabled, then deleted, each sent once.
    outcome = outcomeOf(keys->deleteKey(second, true));
    QVERIFY2(std::holds_alternative<std::monostate>(outcome), qPrintable(wordsOf(outcome)));
    QVERIFY(!m_emulator->hasKey(second));
    QVERIFY(m_emulator->hasKey(first));
    QCOMPARE(m_emulator->requestCount("DisableApiKey"), 2);
    QCOMPARE(m_emulator->requestCount("DeleteApiKey"), 1);
}

void tst_GatewayKeysEmulator::deleteRefusalsSayWhatStandsInTheWay()
{
    const QString enabled = m_emulator->addKey(m_account, u"enabled"_s, KeyType::Auto, true);
    const QString bound = m_emulator->addKey(m_account, u"bound"_s, KeyType::Auto, false);
    const QString plan = m_emulator->addUsagePlan(m_account, u"plan"_s, {}, 10);
    m_emulator->bindKeys(plan, {bound});
    const auto keys = keysFor(ApiGeneration::Api3);

    GatewayOutcome outcome = outcomeOf(keys->deleteKey(enabled));
    QVERIFY(std::holds_alternative<Failure>(outcome));
    QCOMPARE(std::get<Failure>(outcome).gateway.refusal, KeyRefusal::KeyStatusForbids);
    QVERIFY2(
        FailureText::describe(std::get<Failure>(outcome)).whatToDo.contains(u"Disable it first"_s),
        qPrintable(wordsOf(outcome)));
    QVERIFY(!std::get<Failure>(outcome).gateway.requestId.isEmpty());
    QVERIFY(m_emulator->hasKey(enabled));

    outcome = outcomeOf(keys->deleteKey(bound));
    QVERIFY(std::holds_alternative<Failure>(outcome));
    QCOMPARE(std::get<Failure>(outcome).gateway.refusal, KeyRefusal::KeyBoundToUsagePlan);
    QVERIFY2(FailureText::describe(std::get<Failure>(outcome))
                 .whatToDo.contains(u"Unbind it from its usage plans first"_s),
             qPrintable(wordsOf(outcome)));
    QVERIFY(m_emulator->hasKey(bound));

    // Once unbound it goes.
    outcome = outcomeOf(keys->unbindKeys(plan, {bound}));
    QVERIFY2(std::holds_alternative<std::monostate>(outcome), qPrintable(wordsOf(outcome)));
    outcome = outcomeOf(keys->deleteKey(bound));
    QVERIFY2(std::holds_alternative<std::monostate>(outcome), qPrintable(wordsOf(outcome)));
    QVERIFY(!m_emulator->hasKey(bound));
}

void tst_GatewayKeysEmulator::rotateReplacesTheSecretOnTheGateway_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("API 3.0") << ApiGeneration::Api3;
    QTest::newRow("API 2.0") << ApiGeneration::Api2;
}

void tst_GatewayKeysEmulator::rotateReplacesTheSecretOnTheGateway()
{
    QFETCH(ApiGeneration, generation);
    const QString manual = m_emulator->addKey(m_account, u"manual"_s, KeyType::Manual, true,
                                              u"manual_key_1"_s, u"oldManualSecret_01"_s);
    const QString automatic = m_emulator->addKey(m_account, u"auto"_s, KeyType::Auto, true);
    const SecretString before = m_emulator->keySecret(automatic);
    const auto keys = keysFor(generation);

    const SecretString chosen(u"newManualSecret_0123"_s);
    GatewayOutcome outcome = outcomeOf(keys->rotateKey(manual, chosen));
    QVERIFY2(std::holds_alternative<GatewayKey>(outcome), qPrintable(wordsOf(outcome)));
    QCOMPARE(std::get<GatewayKey>(outcome).secret, chosen);
    QCOMPARE(m_emulator->keySecret(manual), chosen);

    outcome = outcomeOf(keys->rotateKey(automatic, {}));
    QVERIFY2(std::holds_alternative<GatewayKey>(outcome), qPrintable(wordsOf(outcome)));
    const SecretString drawn = std::get<GatewayKey>(outcome).secret;
    QVERIFY(!drawn.isEmpty());
    QVERIFY(!(drawn == before));
    QCOMPARE(m_emulator->keySecret(automatic), drawn);
}

void tst_GatewayKeysEmulator::planBindingsMatchTheGateway()
{
    m_emulator->seedDemo(m_account);
    const auto keys = keysFor(ApiGeneration::Api3);
    GatewayOperation *operation = keys->planBindings();
    QList<std::pair<int, int>> progress;
    connect(operation, &GatewayOperation::progressed, [&progress](int done, int total) {
        progress.append({done, total});
    });
    const GatewayOutcome outcome = outcomeOf(operation);
    QVERIFY2(std::holds_alternative<UsagePlanBindings>(outcome), qPrintable(wordsOf(outcome)));
    const UsagePlanBindings bindings = std::get<UsagePlanBindings>(outcome);
    QStringList planIds;
    for (const UsagePlan &plan : bindings.plans)
        planIds.append(plan.id);
    // In the gateway's order, which is not the accessor's.
    QStringList expectedPlans = m_emulator->usagePlanIds(m_account);
    expectedPlans.sort();
    planIds.sort();
    QCOMPARE(planIds, expectedPlans);
    QVERIFY(planIds.size() >= 2);
    for (const QString &keyId : m_emulator->keyIds(m_account)) {
        QStringList expected = m_emulator->plansOfKey(keyId);
        QStringList found = bindings.planIdsByKeyId.value(keyId);
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
    }
    QCOMPARE(progress.last(), (std::pair<int, int>(int(planIds.size()), int(planIds.size()))));
}

void tst_GatewayKeysEmulator::lostAnswerToADisableIsNeverResent()
{
    const QString key = m_emulator->addKey(m_account, u"key"_s, KeyType::Auto, true);
    // The emulator acts, then stalls in the middle of its answer.
    m_emulator->setFault(GatewayEmulator::Fault::StallMidBody);
    m_client->setIdleTimeout(300ms);
    const auto keys = keysFor(ApiGeneration::Api3);
    int reports = 0;
    const GatewayOutcome outcome = outcomeOf(keys->disableKey(key), &reports);
    QVERIFY(std::holds_alternative<Failure>(outcome));
    const Failure failure = std::get<Failure>(outcome);
    QVERIFY2(failure.mayHaveBeenProcessed(), qPrintable(wordsOf(outcome)));
    QVERIFY(FailureText::describe(failure).mayHaveBeenProcessedWarning.contains(
        u"may have been applied"_s));
    QTest::qWait(500);
    QCOMPARE(reports, 1);
    QCOMPARE(m_emulator->requestCount("DisableApiKey"), 1);
    QCOMPARE(m_emulator->requestCount(), 1);
    // It was applied: a refresh shows it.
    QVERIFY(!m_emulator->keyEnabled(key));
}

void tst_GatewayKeysEmulator::api2UnbindNeverLeaves()
{
    const QString key = m_emulator->addKey(m_account, u"key"_s, KeyType::Auto, true);
    const QString plan = m_emulator->addUsagePlan(m_account, u"plan"_s, {}, 10);
    m_emulator->bindKeys(plan, {key});
    const auto keys = keysFor(ApiGeneration::Api2);
    const GatewayOutcome outcome = outcomeOf(keys->unbindKeys(plan, {key}));
    QVERIFY(std::holds_alternative<Failure>(outcome));
    QCOMPARE(std::get<Failure>(outcome).input.operation, Failure::OperationProblem::NeedsApi3);
    QCOMPARE(m_emulator->requestCount(), 0);
    QVERIFY(m_emulator->isBound(key));
}

QTEST_GUILESS_MAIN(tst_GatewayKeysEmulator)
#include "tst_gatewaykeysemulator.moc"
