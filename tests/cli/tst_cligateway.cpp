// apigw-keys-cli gateway SUBCOMMAND as a user runs it: the built program, as a process, against the
// emulator over loopback (both API generations), with the real Secret Service that scripts/test
// starts.

#include "cliprocess.h"
#include "gatewayemulator.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <pty.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCliGateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void help_data();
    void help();
    void listsKeys_data();
    void listsKeys();
    void listsEveryPage();
    void listAllKeepsToTheRateLimit();
    void filtersByStatusAndSearch();
    void showsAKeyWithoutItsSecret_data();
    void showsAKeyWithoutItsSecret();
    void enablesAndDisables_data();
    void enablesAndDisables();
    void deleteWithoutYesOrTerminalRefuses();
    void deleteWithYes_data();
    void deleteWithYes();
    void deleteOfAnEnabledKeySaysDisableFirst();
    void deleteOfABoundKeyNamesItsPlans();
    void deleteAsksOnATerminal_data();
    void deleteAsksOnATerminal();
    void rotates_data();
    void rotates();
    void rotateReplacesTheKeychainEntry();
    void rotateSaveKeepsAnUnsavedKey();
    void rotateWithAFailedSaveStillPrintsTheSecret();
    void plansCountTheirKeys();
    void bindsAndUnbinds();
    void needsApi3_data();
    void needsApi3();
    void lostAnswerIsNotSentAgain_data();
    void lostAnswerIsNotSentAgain();
    void exitCodes_data();
    void exitCodes();

private:
    CliRun gateway(const QStringList &arguments, const QString &api = u"3"_s,
                   const QByteArray &input = {}, const QProcessEnvironment &extra = {});
    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &extra = {});
    QProcessEnvironment environment() const;
    QStringList endpointArguments(const QString &api) const;
    static QString account() { return GatewayEmulator::demoCredentials().secretId; }
    // A key saved on this computer by `create --save`, as a user would have it.
    QString createSaved(QString *secret);

    QString m_program;
    std::unique_ptr<GatewayEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliGateway::initTestCase()
{
    m_program = qEnvironmentVariable("APIGW_CLI_EXECUTABLE");
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
}

void TestCliGateway::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    QVERIFY(m_emulator->listen());
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

QProcessEnvironment TestCliGateway::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
    env.remove(u"TENCENTCLOUD_REGION"_s);
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, demo.secretId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, demo.secretKey.toString());
    return env;
}

QStringList TestCliGateway::endpointArguments(const QString &api) const
{
    const auto generation = api == u"2" ? ApiGeneration::Api2 : ApiGeneration::Api3;
    return {u"--api"_s, api, u"--endpoint"_s, m_emulator->endpointUrl(generation).toString()};
}

CliRun TestCliGateway::run(const QStringList &arguments, const QByteArray &input,
                           const QProcessEnvironment &extra)
{
    return runCliProcess(m_program, arguments, extra.isEmpty() ? environment() : extra, input);
}

CliRun TestCliGateway::gateway(const QStringList &arguments, const QString &api,
                               const QByteArray &input, const QProcessEnvironment &extra)
{
    return run(QStringList{u"gateway"_s} + arguments + endpointArguments(api), input, extra);
}

QString TestCliGateway::createSaved(QString *secret)
{
    const CliRun created =
        run(QStringList{u"create"_s, u"--name"_s, u"saved here"_s, u"--save"_s, u"--json"_s} +
            endpointArguments(u"3"_s));
    if (created.exitCode != 0 || !created.json().value(u"saved"_s).toBool())
        return {};
    *secret = created.json().value(u"keySecret"_s).toString();
    return created.json().value(u"keyId"_s).toString();
}

void TestCliGateway::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("overview") << QStringList{u"--help"_s} << u"gateway"_s;
    QTest::newRow("gateway") << QStringList{u"gateway"_s, u"--help"_s} << u"unbind"_s;
    QTest::newRow("list") << QStringList{u"gateway"_s, u"list"_s, u"--help"_s} << u"--all"_s;
    QTest::newRow("show") << QStringList{u"gateway"_s, u"show"_s, u"--help"_s}
                          << u"--show-secret"_s;
    QTest::newRow("enable") << QStringList{u"gateway"_s, u"enable"_s, u"--help"_s}
                            << u"--endpoint"_s;
    QTest::newRow("disable") << QStringList{u"gateway"_s, u"disable"_s, u"--help"_s}
                             << u"--profile"_s;
    QTest::newRow("delete") << QStringList{u"gateway"_s, u"delete"_s, u"--help"_s} << u"--yes"_s;
    QTest::newRow("rotate") << QStringList{u"gateway"_s, u"rotate"_s, u"--help"_s}
                            << u"--key-secret-file"_s;
    QTest::newRow("plans") << QStringList{u"gateway"_s, u"plans"_s, u"--help"_s} << u"--json"_s;
    QTest::newRow("bind") << QStringList{u"gateway"_s, u"bind"_s, u"--help"_s} << u"--usage-plan"_s;
    QTest::newRow("unbind") << QStringList{u"gateway"_s, u"unbind"_s, u"--help"_s}
                            << u"--usage-plan"_s;
}

void TestCliGateway::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(mentions), result.out.constData());
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TestCliGateway::listsKeys_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("api3") << u"3"_s;
    QTest::newRow("api2") << u"2"_s;
}

void TestCliGateway::listsKeys()
{
    QFETCH(QString, api);
    const QString on = m_emulator->addKey(account(), u"生产 key"_s, KeyType::Auto, true);
    const QString off = m_emulator->addKey(account(), u"old one"_s, KeyType::Manual, false,
                                           u"manual_listed_1"_s, u"manual_listed_secret"_s);

    const CliRun json = gateway({u"list"_s, u"--json"_s}, api);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QVERIFY2(json.isOneJsonObject(), json.out.constData());
    QVERIFY2(json.err.isEmpty(), json.err.constData());
    QCOMPARE(json.json().value(u"ok"_s).toBool(), true);
    QCOMPARE(json.json().value(u"totalCount"_s).toInt(), 2);
    const QJsonArray keys = json.json().value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 2);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &key : keys)
        byId.insert(key[u"keyId"_s].toString(), key.toObject());
    QCOMPARE(byId.value(on).value(u"name"_s).toString(), u"生产 key"_s);
    QCOMPARE(byId.value(on).value(u"status"_s).toString(), u"enabled"_s);
    QCOMPARE(byId.value(off).value(u"status"_s).toString(), u"disabled"_s);
    QCOMPARE(byId.value(off).value(u"type"_s).toString(), u"manual"_s);
    QVERIFY(QDateTime::fromString(byId.value(on).value(u"createdTime"_s).toString(), Qt::ISODate)
                .isValid());
    // A listing never carries a secret.
    QVERIFY(!json.out.contains("manual_listed_secret"));
    QVERIFY(!json.out.contains(m_emulator->keySecret(on).toString().toUtf8()));

    // For people: a table with a header and one row a key.
    const CliRun text = gateway({u"list"_s}, api);
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &column :
         {u"NAME"_s, u"KEY ID"_s, u"TYPE"_s, u"STATUS"_s, u"CREATED"_s, u"MODIFIED"_s})
        QVERIFY2(lines.first().contains(column), qPrintable(lines.first()));
    QVERIFY(text.out.contains("manual_listed_1"));
    QVERIFY(text.out.contains(on.toUtf8()));
    QVERIFY(QString::fromUtf8(text.out).contains(u"生产 key"_s));
    // The key id column starts at the same terminal column on every line, though a Chinese
    // character takes two.
    const auto column = [](const QString &line, const QString &cell) {
        const QString before = line.left(line.indexOf(cell));
        qsizetype width = 0;
        for (const QChar c : before)
            width += c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF ? 2 : 1;
        return width;
    };
    const qsizetype idColumn = column(lines.at(0), u"KEY ID"_s);
    for (const QString &line : lines.mid(1))
        QCOMPARE(column(line, line.contains(on) ? on : off), idColumn);
}

void TestCliGateway::listsEveryPage()
{
    QCOMPARE(m_emulator->seedKeys(7, account()), 7);

    const CliRun onePage = gateway({u"list"_s, u"--limit"_s, u"3"_s, u"--json"_s});
    QCOMPARE(onePage.exitCode, 0);
    QCOMPARE(onePage.json().value(u"keys"_s).toArray().size(), 3);
    QCOMPARE(onePage.json().value(u"totalCount"_s).toInt(), 7);
    QCOMPARE(m_emulator->requestCount("DescribeApiKeysStatus"), 1);

    const CliRun text = gateway({u"list"_s, u"--limit"_s, u"3"_s});
    QVERIFY2(text.err.contains("Showing 3 of 7") && text.err.contains("--all"),
             text.err.constData());

    // --all: pages of 3 until the end, each key once.
    const CliRun all = gateway({u"list"_s, u"--limit"_s, u"3"_s, u"--all"_s, u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.isOneJsonObject());
    QSet<QString> ids;
    for (const QJsonValue &key : all.json().value(u"keys"_s).toArray())
        ids.insert(key[u"keyId"_s].toString());
    QCOMPARE(ids.size(), 7);
    const QStringList seeded = m_emulator->keyIds(account());
    QCOMPARE(ids, QSet<QString>(seeded.cbegin(), seeded.cend()));
    QCOMPARE(m_emulator->requestCount("DescribeApiKeysStatus"), 1 + 1 + 3);
}

void TestCliGateway::listAllKeepsToTheRateLimit()
{
    // The emulator admits 20 requests a second per account, as the gateway does: 45 pages asked
    // for back to back would be refused half-way (RequestLimitExceeded).
    m_emulator->setRateLimit(20);
    QCOMPARE(m_emulator->seedKeys(45, account()), 45);
    const CliRun all = gateway({u"list"_s, u"--limit"_s, u"1"_s, u"--all"_s, u"--json"_s});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(all.json().value(u"keys"_s).toArray().size(), 45);
    QCOMPARE(m_emulator->requestCount("DescribeApiKeysStatus"), 45);
}

void TestCliGateway::filtersByStatusAndSearch()
{
    m_emulator->addKey(account(), u"alpha service"_s, KeyType::Auto, true);
    const QString disabled = m_emulator->addKey(account(), u"beta service"_s, KeyType::Auto, false);
    const QString gamma = m_emulator->addKey(account(), u"gamma"_s, KeyType::Auto, true);

    const CliRun off = gateway({u"list"_s, u"--status"_s, u"disabled"_s, u"--json"_s});
    QVERIFY2(off.exitCode == 0, off.err.constData());
    const QJsonArray offKeys = off.json().value(u"keys"_s).toArray();
    QCOMPARE(offKeys.size(), 1);
    QCOMPARE(offKeys.first()[u"keyId"_s].toString(), disabled);

    const CliRun searched = gateway({u"list"_s, u"--search"_s, u"gam"_s, u"--json"_s});
    QVERIFY2(searched.exitCode == 0, searched.err.constData());
    const QJsonArray found = searched.json().value(u"keys"_s).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()[u"keyId"_s].toString(), gamma);
}

void TestCliGateway::showsAKeyWithoutItsSecret_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("api3") << u"3"_s;
    QTest::newRow("api2") << u"2"_s;
}

void TestCliGateway::showsAKeyWithoutItsSecret()
{
    QFETCH(QString, api);
    const QString keyId = m_emulator->addKey(account(), u"shown"_s, KeyType::Manual, true,
                                             u"manual_shown_1"_s, u"manual_shown_secret_1"_s);

    const CliRun plain = gateway({u"show"_s, keyId}, api);
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY(plain.out.contains("manual_shown_1"));
    QVERIFY(plain.out.contains("shown"));
    QVERIFY(plain.out.contains("enabled"));
    QVERIFY(!plain.out.contains("manual_shown_secret_1"));
    QVERIFY(!plain.err.contains("manual_shown_secret_1"));

    const CliRun json = gateway({u"show"_s, keyId, u"--json"_s}, api);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.isOneJsonObject());
    QCOMPARE(json.json().value(u"name"_s).toString(), u"shown"_s);
    QVERIFY(!json.json().contains(u"keySecret"_s));
    QVERIFY(!json.out.contains("manual_shown_secret_1"));

    // Asked for: on standard output only.
    const CliRun secret = gateway({u"show"_s, keyId, u"--show-secret"_s}, api);
    QCOMPARE(secret.exitCode, 0);
    QVERIFY(secret.out.contains("manual_shown_secret_1"));
    QVERIFY(!secret.err.contains("manual_shown_secret_1"));
    const CliRun secretJson = gateway({u"show"_s, keyId, u"--show-secret"_s, u"--json"_s}, api);
    QCOMPARE(secretJson.json().value(u"keySecret"_s).toString(), u"manual_shown_secret_1"_s);
    QVERIFY(secretJson.err.isEmpty());
}

void TestCliGateway::enablesAndDisables_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("api3") << u"3"_s;
    QTest::newRow("api2") << u"2"_s;
}

void TestCliGateway::enablesAndDisables()
{
    QFETCH(QString, api);
    const QString keyId = m_emulator->addKey(account(), u"switched"_s, KeyType::Auto, true);

    const CliRun disabled = gateway({u"disable"_s, keyId, u"--json"_s}, api);
    QVERIFY2(disabled.exitCode == 0, disabled.err.constData());
    QVERIFY(disabled.isOneJsonObject());
    QCOMPARE(disabled.json().value(u"status"_s).toString(), u"disabled"_s);
    QVERIFY(!m_emulator->keyEnabled(keyId));

    const CliRun enabled = gateway({u"enable"_s, keyId}, api);
    QVERIFY2(enabled.exitCode == 0, enabled.err.constData());
    QVERIFY(enabled.out.contains(keyId.toUtf8()));
    QVERIFY(m_emulator->keyEnabled(keyId));
    QCOMPARE(m_emulator->requestCount("EnableApiKey"), 1);
    QCOMPARE(m_emulator->requestCount("DisableApiKey"), 1);
}

void TestCliGateway::deleteWithoutYesOrTerminalRefuses()
{
    const QString keyId = m_emulator->addKey(account(), u"kept"_s, KeyType::Auto, false);
    // QProcess gives the program a pipe, not a terminal: nobody could answer a question.
    for (const bool json : {false, true}) {
        QStringList arguments{u"delete"_s, keyId};
        if (json)
            arguments.append(u"--json"_s);
        const CliRun refused = gateway(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        if (json) {
            QVERIFY(refused.isOneJsonObject());
            QCOMPARE(refused.json().value(u"ok"_s).toBool(), false);
            QCOMPARE(refused.json()[u"error"_s][u"exitCode"_s].toInt(), 2);
        }
    }
    QVERIFY(m_emulator->hasKey(keyId));
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TestCliGateway::deleteWithYes_data()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("api3") << u"3"_s;
    QTest::newRow("api2") << u"2"_s;
}

void TestCliGateway::deleteWithYes()
{
    QFETCH(QString, api);
    const QString keyId = m_emulator->addKey(account(), u"doomed"_s, KeyType::Auto, false);
    const CliRun deleted = gateway({u"delete"_s, keyId, u"--yes"_s, u"--json"_s}, api);
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(deleted.isOneJsonObject());
    QCOMPARE(deleted.json().value(u"deleted"_s).toString(), keyId);
    QVERIFY(!m_emulator->hasKey(keyId));
    QCOMPARE(m_emulator->requestCount("DeleteApiKey"), 1);
}

void TestCliGateway::deleteOfAnEnabledKeySaysDisableFirst()
{
    const QString keyId = m_emulator->addKey(account(), u"still on"_s, KeyType::Auto, true);
    const CliRun refused = gateway({u"delete"_s, keyId, u"--yes"_s});
    QCOMPARE(refused.exitCode, 4);
    const QString said = QString::fromUtf8(refused.err);
    QVERIFY2(said.contains(u"gateway disable "_s + keyId), qPrintable(said));
    // The hint names the CLI's command, not the window's button.
    QVERIFY2(!said.contains(u"Disable, then delete"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Hint: Disable it first (apigw-keys-cli gateway disable"_s),
             qPrintable(said));
    QVERIFY(m_emulator->hasKey(keyId));
    QCOMPARE(m_emulator->requestCount("DeleteApiKey"), 1);

    const CliRun json = gateway({u"delete"_s, keyId, u"--yes"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 4);
    QVERIFY(json.isOneJsonObject());
    const QString hint = json.json()[u"error"_s][u"hint"_s].toString();
    QVERIFY2(hint.contains(u"apigw-keys-cli gateway disable"_s) && !hint.contains(u"\u201c"_s),
             qPrintable(hint));
    QVERIFY(m_emulator->hasKey(keyId));
}

void TestCliGateway::deleteOfABoundKeyNamesItsPlans()
{
    const QString keyId = m_emulator->addKey(account(), u"bound"_s, KeyType::Auto, false);
    const QString plan = m_emulator->addUsagePlan(account(), u"Gold plan"_s, u"d"_s, 100);
    m_emulator->bindKeys(plan, {keyId});

    const CliRun refused = gateway({u"delete"_s, keyId, u"--yes"_s, u"--json"_s});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY(refused.isOneJsonObject());
    const QString said = QString::fromUtf8(refused.err);
    QVERIFY2(said.contains(u"Gold plan"_s) && said.contains(plan), qPrintable(said));
    QVERIFY2(said.contains(u"gateway unbind "_s + keyId + u" --usage-plan "_s + plan),
             qPrintable(said));
    QVERIFY(refused.json()[u"error"_s][u"advice"_s].toString().contains(u"Gold plan"_s));
    QVERIFY(m_emulator->hasKey(keyId));
}

void TestCliGateway::deleteAsksOnATerminal_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("bound");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("yes") << false << false << "y\n"_ba << 0 << true;
    QTest::newRow("no") << false << false << "n\n"_ba << 1 << false;
    QTest::newRow("just Enter") << false << false << "\n"_ba << 1 << false;
    // Not asked: the gateway would refuse. Said with what to do instead.
    QTest::newRow("enabled key") << true << false << QByteArray() << 4 << false;
    QTest::newRow("bound key") << false << true << QByteArray() << 4 << false;
}

void TestCliGateway::deleteAsksOnATerminal()
{
    QFETCH(bool, enabled);
    QFETCH(bool, bound);
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(bool, deleted);
    const QString keyId = m_emulator->addKey(account(), u"asked about"_s, KeyType::Auto, enabled);
    m_emulator->addUsagePlan(account(), u"Unrelated plan"_s, u"u"_s, 10);
    const QString plan = m_emulator->addUsagePlan(account(), u"Bronze plan"_s, u"b"_s, 10);
    if (bound)
        m_emulator->bindKeys(plan, {keyId});

    int controller = -1;
    int terminal = -1;
    QVERIFY(openpty(&controller, &terminal, nullptr, nullptr, nullptr) == 0);
    const auto closeBoth = qScopeGuard([&] {
        ::close(terminal);
        ::close(controller);
    });
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardInputFile(QString::fromLocal8Bit(ttyname(terminal)));
    process.start(m_program,
                  QStringList{u"gateway"_s, u"delete"_s, keyId} + endpointArguments(u"3"_s));
    QVERIFY(process.waitForStarted(10000));
    QByteArray err;
    if (!answer.isEmpty()) {
        // The question names the key, by name and id.
        QTRY_VERIFY2_WITH_TIMEOUT((err += process.readAllStandardError()).contains("[y/N]"),
                                  err.constData(), 30000);
        QVERIFY2(err.contains("asked about") && err.contains(keyId.toUtf8()), err.constData());
        QCOMPARE(m_emulator->requestCount("DeleteApiKey"), 0);
        QCOMPARE(::write(controller, answer.constData(), size_t(answer.size())),
                 ssize_t(answer.size()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(m_emulator->hasKey(keyId), !deleted);
    QCOMPARE(m_emulator->requestCount("DeleteApiKey"), deleted ? 1 : 0);
    if (enabled)
        QVERIFY2(err.contains("gateway disable " + keyId.toUtf8()), err.constData());
    if (bound) {
        QVERIFY2(
            err.contains("Bronze plan") && !err.contains("Unrelated plan") &&
                err.contains("gateway unbind " + keyId.toUtf8() + " --usage-plan " + plan.toUtf8()),
            err.constData());
        QVERIFY(!err.contains("[y/N]"));
    }
}

void TestCliGateway::rotates_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("manual");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // empty: any new secret
    for (const QString &api : {u"3"_s, u"2"_s}) {
        QTest::addRow("api%s auto", qPrintable(api))
            << api << false << QStringList() << QByteArray() << QString();
        QTest::addRow("api%s manual from stdin", qPrintable(api))
            << api << true << QStringList{u"--key-secret"_s, u"-"_s} << "rotated_from_stdin_1\n"_ba
            << u"rotated_from_stdin_1"_s;
        QTest::addRow("api%s manual generated", qPrintable(api))
            << api << true << QStringList{u"--generate"_s} << QByteArray() << QString();
    }
    QTest::newRow("api3 manual from a file")
        << u"3"_s << true << QStringList{u"--key-secret-file"_s, u"FILE"_s} << QByteArray()
        << u"rotated_from_file_1"_s;
}

void TestCliGateway::rotates()
{
    QFETCH(QString, api);
    QFETCH(bool, manual);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const QString keyId = manual
                              ? m_emulator->addKey(account(), u"rotated"_s, KeyType::Manual, true,
                                                   u"manual_rotated_1"_s, u"manual_rotated_old_1"_s)
                              : m_emulator->addKey(account(), u"rotated"_s, KeyType::Auto, true);
    const QString oldSecret = m_emulator->keySecret(keyId).toString();
    const qsizetype file = arguments.indexOf(u"FILE"_s);
    if (file >= 0) {
        const QString path = m_config->filePath(u"new-secret.txt"_s);
        QFile secretFile(path);
        QVERIFY(secretFile.open(QIODevice::WriteOnly));
        secretFile.write("rotated_from_file_1\n");
        secretFile.close();
        arguments[file] = path;
    }

    const CliRun rotated =
        gateway(QStringList{u"rotate"_s, keyId} + arguments + QStringList{u"--json"_s}, api, input);
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    QVERIFY(rotated.isOneJsonObject());
    const QString newSecret = rotated.json().value(u"keySecret"_s).toString();
    QVERIFY(!newSecret.isEmpty());
    QVERIFY(newSecret != oldSecret);
    if (!expected.isEmpty())
        QCOMPARE(newSecret, expected);
    QCOMPARE(m_emulator->keySecret(keyId).toString(), newSecret);
    QCOMPARE(rotated.json().value(u"saved"_s).toBool(), false);
    QVERIFY2(!rotated.err.contains(newSecret.toUtf8()), rotated.err.constData());
    QCOMPARE(m_emulator->requestCount("UpdateApiKey"), 1);

    // For people, once, on standard output.
    const CliRun text = gateway(QStringList{u"rotate"_s, keyId} +
                                    (manual ? QStringList{u"--generate"_s} : QStringList()),
                                api);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString printed = m_emulator->keySecret(keyId).toString();
    QCOMPARE(QString::fromUtf8(text.out).count(printed), 1);
    QVERIFY(!text.err.contains(printed.toUtf8()));
}

void TestCliGateway::rotateReplacesTheKeychainEntry()
{
    QString oldSecret;
    const QString keyId = createSaved(&oldSecret);
    APIGW_REQUIRE(!keyId.isEmpty(), u"a Secret Service on the session bus"_s);

    // No --save: the keychain holds the key, so its entry is replaced anyway.
    const CliRun rotated = gateway({u"rotate"_s, keyId, u"--json"_s});
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    const QString newSecret = rotated.json().value(u"keySecret"_s).toString();
    QVERIFY(newSecret != oldSecret);
    QCOMPARE(rotated.json().value(u"saved"_s).toBool(), true);

    const CliRun revealed = run({u"secret"_s, keyId});
    QCOMPARE(revealed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(revealed.out).trimmed(), newSecret);
}

void TestCliGateway::rotateSaveKeepsAnUnsavedKey()
{
    const QString keyId = m_emulator->addKey(account(), u"not here yet"_s, KeyType::Auto, true);
    const CliRun plain = gateway({u"rotate"_s, keyId, u"--json"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.json().value(u"saved"_s).toBool(), false);
    QCOMPARE(run({u"secret"_s, keyId}).exitCode, 6); // not saved without --save

    const CliRun saved = gateway({u"rotate"_s, keyId, u"--save"_s, u"--json"_s});
    APIGW_REQUIRE(saved.exitCode != 6, u"a Secret Service on the session bus"_s);
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    QCOMPARE(saved.json().value(u"saved"_s).toBool(), true);
    const CliRun revealed = run({u"secret"_s, keyId});
    QCOMPARE(revealed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(revealed.out).trimmed(),
             saved.json().value(u"keySecret"_s).toString());
}

void TestCliGateway::rotateWithAFailedSaveStillPrintsTheSecret()
{
    QString oldSecret;
    const QString keyId = createSaved(&oldSecret);
    APIGW_REQUIRE(!keyId.isEmpty(), u"a Secret Service on the session bus"_s);

    // The keychain is out of reach for this run only: the gateway rotates, the save fails.
    QProcessEnvironment noBus = environment();
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/apigw-no-bus"_s);
    for (const bool json : {true, false}) {
        const CliRun rotated = gateway(json ? QStringList{u"rotate"_s, keyId, u"--json"_s}
                                            : QStringList{u"rotate"_s, keyId},
                                       u"3"_s, {}, noBus);
        QCOMPARE(rotated.exitCode, 6);
        const QString newSecret = m_emulator->keySecret(keyId).toString();
        QVERIFY(newSecret != oldSecret);
        QVERIFY2(rotated.out.contains(newSecret.toUtf8()), rotated.out.constData());
        QVERIFY(!rotated.err.contains(newSecret.toUtf8()));
        QVERIFY2(rotated.err.contains("not saved"), rotated.err.constData());
        // Plainly: what the keychain holds no longer works, and the printed secret is the only
        // copy of the one that does.
        const QString said = QString::fromUtf8(rotated.err).simplified();
        QVERIFY2(said.contains(u"keychain still holds the OLD secret, which the gateway no longer "
                               "accepts"_s),
                 qPrintable(said));
        QVERIFY2(said.contains(u"The secret printed above is the only copy"_s) &&
                     said.contains(u"save it now"_s),
                 qPrintable(said));
        QVERIFY2(said.contains(u"apigw-keys-cli gateway rotate "_s + keyId + u" --save"_s),
                 qPrintable(said));
        if (json) {
            QVERIFY(rotated.isOneJsonObject());
            QCOMPARE(rotated.json().value(u"keySecret"_s).toString(), newSecret);
            QCOMPARE(rotated.json().value(u"saved"_s).toBool(), false);
            QVERIFY(!rotated.json().value(u"saveError"_s).toString().isEmpty());
        }
    }
    // The previous entry is as it was.
    const CliRun revealed = run({u"secret"_s, keyId});
    QCOMPARE(revealed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(revealed.out).trimmed(), oldSecret);

    // A key this computer never kept: --save fails, and no old secret is spoken of.
    const QString unsaved = m_emulator->addKey(account(), u"elsewhere"_s, KeyType::Auto, true);
    const CliRun rotated = gateway({u"rotate"_s, unsaved, u"--save"_s}, u"3"_s, {}, noBus);
    QCOMPARE(rotated.exitCode, 6);
    const QString said = QString::fromUtf8(rotated.err).simplified();
    QVERIFY2(said.contains(u"The secret printed above is the only copy"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"old secret"_s, Qt::CaseInsensitive), qPrintable(said));
}

void TestCliGateway::plansCountTheirKeys()
{
    const QString a = m_emulator->addKey(account(), u"a"_s, KeyType::Auto, true);
    const QString b = m_emulator->addKey(account(), u"b"_s, KeyType::Auto, true);
    const QString gold = m_emulator->addUsagePlan(account(), u"Gold"_s, u"fast"_s, 100);
    const QString free = m_emulator->addUsagePlan(account(), u"Free"_s, u"slow"_s, 5);
    m_emulator->bindKeys(gold, {a, b});

    const CliRun json = gateway({u"plans"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QVERIFY(json.isOneJsonObject());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &plan : json.json().value(u"plans"_s).toArray())
        byId.insert(plan[u"id"_s].toString(), plan.toObject());
    QCOMPARE(byId.size(), 2);
    QCOMPARE(byId.value(gold).value(u"name"_s).toString(), u"Gold"_s);
    QCOMPARE(byId.value(gold).value(u"keyCount"_s).toInt(), 2);
    QCOMPARE(byId.value(free).value(u"keyCount"_s).toInt(), 0);

    const CliRun text = gateway({u"plans"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &line : lines) {
        if (line.contains(gold))
            QVERIFY2(line.simplified().endsWith(u" 2"_s), qPrintable(line));
    }
}

void TestCliGateway::bindsAndUnbinds()
{
    const QString keyId = m_emulator->addKey(account(), u"planned"_s, KeyType::Auto, true);
    const QString plan = m_emulator->addUsagePlan(account(), u"Silver"_s, u"s"_s, 50);

    const CliRun bound = gateway({u"bind"_s, keyId, u"--usage-plan"_s, plan, u"--json"_s});
    QVERIFY2(bound.exitCode == 0, bound.err.constData());
    QVERIFY(bound.isOneJsonObject());
    QCOMPARE(m_emulator->plansOfKey(keyId), QStringList{plan});

    // Bound already: the gateway's refusal, worded, with its code.
    const CliRun again = gateway({u"bind"_s, keyId, u"--usage-plan"_s, plan, u"--json"_s});
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.isOneJsonObject());
    QVERIFY2(again.json()[u"error"_s][u"code"_s].toString().contains(u"AlreadyBindUsagePlan"_s),
             again.out.constData());

    const CliRun unbound = gateway({u"unbind"_s, keyId, u"--usage-plan"_s, plan});
    QVERIFY2(unbound.exitCode == 0, unbound.err.constData());
    QVERIFY(!m_emulator->isBound(keyId));
}

void TestCliGateway::needsApi3_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("action");
    QTest::newRow("unbind") << QStringList{u"unbind"_s, u"somekey"_s, u"--usage-plan"_s,
                                           u"usagePlan-1"_s}
                            << "UnBindSecretIds"_ba;
    QTest::newRow("list --status")
        << QStringList{u"list"_s, u"--status"_s, u"enabled"_s} << "DescribeApiKeysStatus"_ba;
}

void TestCliGateway::needsApi3()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, action);
    const CliRun refused = gateway(arguments + QStringList{u"--json"_s}, u"2"_s);
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains("needs API 3.0"), refused.err.constData());
    QVERIFY(refused.isOneJsonObject());
    QCOMPARE(refused.json()[u"error"_s][u"action"_s].toString().toUtf8(), action);
    QCOMPARE(m_emulator->requestCount(), 0);
}

void TestCliGateway::lostAnswerIsNotSentAgain_data()
{
    using Fault = GatewayEmulator::Fault;
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QStringList>("limits");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("acted"); // whether the emulator carried the change out

    struct Row
    {
        Fault fault;
        QStringList limits;
        int exitCode;
        bool acted;
    };
    // Every fault after which the client cannot know whether the gateway acted: some act first
    // and then lose the answer, some do not act at all; the client must treat both alike.
    const Row rows[] = {
        // Acts, answers after the idle timeout.
        {Fault::Delay, {u"--timeout"_s, u"1"_s}, 5, true},
        // Acts, then half the answer and silence.
        {Fault::StallMidBody, {u"--timeout"_s, u"1"_s}, 5, true},
        // Acts, then a byte now and then: the idle timeout never fires, the deadline does.
        {Fault::Trickle, {u"--deadline"_s, u"1"_s}, 5, true},
        // Acts, then HTTP 303 elsewhere, which is not followed.
        {Fault::SeeOther, {}, 5, true},
        // Does not act, but the request had left: nobody can tell from here.
        {Fault::CloseWithoutAnswer, {}, 5, false},
        {Fault::Http500Html, {}, 4, false},
    };
    const QMetaEnum faults = QMetaEnum::fromType<Fault>();
    // API 2.0 has the four actions too (same names), with the same faults.
    for (const QString &api : {u"3"_s, u"2"_s}) {
        for (const QString &action : {u"enable"_s, u"disable"_s, u"delete"_s, u"rotate"_s}) {
            for (const Row &row : rows) {
                QTest::addRow("api%s %s, %s", qPrintable(api), qPrintable(action),
                              faults.valueToKey(int(row.fault)))
                    << api << action << row.fault << row.limits << row.exitCode << row.acted;
            }
        }
    }
}

void TestCliGateway::lostAnswerIsNotSentAgain()
{
    using Fault = GatewayEmulator::Fault;
    QFETCH(QString, api);
    QFETCH(QString, action);
    QFETCH(Fault, fault);
    QFETCH(QStringList, limits);
    QFETCH(int, exitCode);
    QFETCH(bool, acted);

    // Each key starts where its action is allowed: disabled to enable or delete, enabled
    // otherwise.
    const bool enabledBefore = action == u"disable" || action == u"rotate";
    const QString keyId = m_emulator->addKey(account(), u"lost"_s, KeyType::Auto, enabledBefore);
    const QString oldSecret = m_emulator->keySecret(keyId).toString();
    const QHash<QString, QByteArray> actionNames{{u"enable"_s, "EnableApiKey"_ba},
                                                 {u"disable"_s, "DisableApiKey"_ba},
                                                 {u"delete"_s, "DeleteApiKey"_ba},
                                                 {u"rotate"_s, "UpdateApiKey"_ba}};
    m_emulator->setFault(fault, std::chrono::milliseconds(fault == Fault::Delay ? 3000 : 300));

    QStringList arguments{action, keyId};
    if (action == u"delete")
        arguments.append(u"--yes"_s);
    for (const bool json : {true, false}) {
        const CliRun lost =
            gateway(arguments + limits + (json ? QStringList{u"--json"_s} : QStringList()), api);
        QCOMPARE(lost.exitCode, exitCode);
        const QString said = QString::fromUtf8(lost.err);
        QVERIFY2(said.contains(u"may have applied the change"_s), qPrintable(said));
        QVERIFY2(said.contains(u"It was not sent again"_s), qPrintable(said));
        // How to check, in the CLI's own terms; a window's control is not named.
        QVERIFY2(said.contains(u"apigw-keys-cli gateway show "_s + keyId), qPrintable(said));
        if (action == u"rotate")
            QVERIFY2(said.contains(u"--show-secret"_s), qPrintable(said));
        QVERIFY2(!said.contains(u"Settings"_s) && !said.contains(u"Refresh"_s), qPrintable(said));
        if (limits.contains(u"--timeout"_s))
            QVERIFY2(said.contains(u"--timeout"_s), qPrintable(said));
        // Neither the secret before nor one a rotation drew (a deleted key has none left).
        QVERIFY(!said.contains(oldSecret));
        const QString secretNow = m_emulator->keySecret(keyId).toString();
        QVERIFY(secretNow.isEmpty() || !said.contains(secretNow));
        if (json) {
            QVERIFY2(lost.isOneJsonObject(), lost.out.constData());
            QCOMPARE(lost.json().value(u"ok"_s).toBool(), false);
            QCOMPARE(lost.json()[u"error"_s][u"mayHaveBeenApplied"_s].toBool(), true);
            QCOMPARE(lost.json()[u"error"_s][u"exitCode"_s].toInt(), exitCode);
        } else {
            QVERIFY2(lost.out.isEmpty(), lost.out.constData());
        }
        // Never resent: one request of the action reached the gateway on this run.
        QCOMPARE(m_emulator->requestCount(actionNames.value(action)), json ? 1 : 2);
        QCOMPARE(m_emulator->requestCount(), json ? 1 : 2);

        // The gateway's state: changed exactly as one request would change it, or not at all.
        if (action == u"delete") {
            QCOMPARE(m_emulator->hasKey(keyId), !acted);
        } else if (action == u"rotate") {
            QCOMPARE(m_emulator->keySecret(keyId).toString() != oldSecret, acted);
            QCOMPARE(m_emulator->keyEnabled(keyId), true);
        } else {
            QCOMPARE(m_emulator->keyEnabled(keyId), acted ? !enabledBefore : enabledBefore);
        }
        if (acted && action == u"delete")
            break; // nothing left to delete a second time
    }
}

void TestCliGateway::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("no subcommand") << QStringList() << 2;
    QTest::newRow("unknown subcommand") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s} << 2;
    QTest::newRow("show without id") << QStringList{u"show"_s} << 2;
    QTest::newRow("enable with two ids") << QStringList{u"enable"_s, u"a"_s, u"b"_s} << 2;
    QTest::newRow("limit 0") << QStringList{u"list"_s, u"--limit"_s, u"0"_s} << 2;
    QTest::newRow("limit 101") << QStringList{u"list"_s, u"--limit"_s, u"101"_s} << 2;
    QTest::newRow("bad status") << QStringList{u"list"_s, u"--status"_s, u"on"_s} << 2;
    QTest::newRow("bind without plan") << QStringList{u"bind"_s, u"k"_s} << 2;
    QTest::newRow("secret as argument")
        << QStringList{u"rotate"_s, u"k"_s, u"--key-secret"_s, u"visible_secret_1"_s} << 2;
    QTest::newRow("two secret sources")
        << QStringList{u"rotate"_s, u"k"_s, u"--key-secret"_s, u"-"_s, u"--generate"_s} << 2;
    QTest::newRow("bad new secret")
        << QStringList{u"rotate"_s, u"k"_s, u"--key-secret-file"_s, u"SHORT"_s} << 3;
    QTest::newRow("plain http elsewhere")
        << QStringList{u"list"_s, u"--endpoint"_s, u"http://192.0.2.1/"_s} << 3;
    QTest::newRow("unknown key") << QStringList{u"show"_s, u"no_such_key_1"_s} << 4;
    QTest::newRow("nobody listening") << QStringList{u"list"_s, u"--endpoint"_s, u"CLOSED"_s} << 5;
}

void TestCliGateway::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const qsizetype shortFile = arguments.indexOf(u"SHORT"_s);
    if (shortFile >= 0) {
        const QString path = m_config->filePath(u"short.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("short\n");
        file.close();
        arguments[shortFile] = path;
    }
    const qsizetype closed = arguments.indexOf(u"CLOSED"_s);
    if (closed >= 0) {
        // A port that was just free: connection refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        arguments[closed] = u"http://127.0.0.1:%1/"_s.arg(probe.serverPort());
        probe.close();
    }
    QStringList full = QStringList{u"gateway"_s} + arguments;
    // The endpoint given last wins, so a test's own --endpoint stays in force.
    full = full.mid(0, 2) + endpointArguments(u"3"_s) + full.mid(2);
    const CliRun result = run(full + QStringList{u"--json"_s});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(!result.err.contains("visible_secret_1"));
    // After parsing, a failure is one JSON object too.
    if (exitCode != 2) {
        QVERIFY2(result.isOneJsonObject(), result.out.constData());
        QCOMPARE(result.json().value(u"ok"_s).toBool(), false);
        QCOMPARE(result.json()[u"error"_s][u"exitCode"_s].toInt(), exitCode);
    }
    if (exitCode != 4 && exitCode != 5)
        QCOMPARE(m_emulator->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliGateway)
#include "tst_cligateway.moc"
