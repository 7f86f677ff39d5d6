// End to end: the window and apigw-keys-cli share the list of saved keys. The real window in demo
// mode and real CLI processes, talking to the window's emulator, save and remove keys in turn and
// at once; no key is lost and no removed key comes back, and the window's list follows the CLI's
// changes by itself.

#include "apptestdriver.h"
#include "gatewayemulator.h"
#include "keyindex.h"
#include "keystoretest.h"
#include "mainwindow.h"
#include "savedkeysmodel.h"
#include "savedkeysview.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestSharedKeyList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowAndCliInTurnLoseNothingAndResurrectNothing();
    void cliProcessesSavingAtOnceLoseNothing();

private:
    struct Cli
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };
    // Runs apigw-keys-cli against the window's emulator with the window's key list; the event loop
    // keeps running meanwhile, for the emulator lives in this process.
    std::unique_ptr<QProcess> startCli(const QStringList &arguments) const;
    static Cli finish(QProcess &process);
    static QStringList keyIdsOnDisk(const QString &path);
    static QStringList keyIdsShown(const AppTestDriver &app);

    QTemporaryDir m_config; // the CLI's XDG_CONFIG_HOME; the window uses its apigw-keys folder
    QUrl m_endpoint;
};

void TestSharedKeyList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KEYSTORE_REQUIRE_SANDBOX();
    QVERIFY(m_config.isValid());
    QVERIFY(QDir(m_config.path()).mkpath(u"apigw-keys"_s));
}

std::unique_ptr<QProcess> TestSharedKeyList::startCli(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    env.insert(u"TENCENTCLOUD_SECRET_ID"_s, demo.secretId);
    env.insert(u"TENCENTCLOUD_SECRET_KEY"_s, demo.secretKey.toString());
    env.remove(u"TENCENTCLOUD_SESSION_TOKEN"_s);
    env.remove(u"TENCENTCLOUD_REGION"_s);
    process->setProcessEnvironment(env);
    QStringList all = arguments;
    if (arguments.first() == u"create")
        all << u"--api"_s << u"3"_s << u"--endpoint"_s << m_endpoint.toString() << u"--json"_s;
    process->start(qEnvironmentVariable("APIGW_CLI_EXECUTABLE"), all);
    return process;
}

TestSharedKeyList::Cli TestSharedKeyList::finish(QProcess &process)
{
    Cli result;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.err = process.readAllStandardError();
    return result;
}

QStringList TestSharedKeyList::keyIdsOnDisk(const QString &path)
{
    QStringList ids;
    const KeyIndex index(path);
    for (const KeyRecord &record : index.records())
        ids << record.keyId;
    ids.sort();
    return ids;
}

QStringList TestSharedKeyList::keyIdsShown(const AppTestDriver &app)
{
    auto *table = app.find<QTableView>(&app.window().savedKeysView(), "keysTable");
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids << table->model()->index(row, SavedKeysModel::KeyId).data().toString();
    ids.sort();
    return ids;
}

void TestSharedKeyList::windowAndCliInTurnLoseNothingAndResurrectNothing()
{
    AppTestDriver app({true, m_config.filePath(u"apigw-keys"_s), {}});
    QVERIFY(app.start());
    m_endpoint = app.emulator()->endpointUrl(ApiGeneration::Api3);
    const QString keys = app.keyIndexPath();
    app.window().showSavedKeysPage();

    // The CLI saves a key while the window is open: the window lists it without being asked.
    auto cli = startCli({u"create"_s, u"--name"_s, u"from the cli"_s, u"--save"_s});
    const Cli created = finish(*cli);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString cliKey = created.json.value(u"keyId"_s).toString();
    QTRY_COMPARE(keyIdsShown(app), QStringList{cliKey});

    // The window's next save keeps it.
    QString windowKey;
    QVERIFY(app.createKey(u"from the window"_s, true, &windowKey));
    QStringList both{cliKey, windowKey};
    both.sort();
    QCOMPARE(keyIdsOnDisk(keys), both);
    QTRY_COMPARE(keyIdsShown(app), both);

    // The CLI removes its key; the window drops it from its list, and its next save does not
    // write it back.
    auto remover = startCli({u"remove"_s, cliKey});
    const Cli removed = finish(*remover);
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QTRY_COMPARE(keyIdsShown(app), QStringList{windowKey});
    QString secondWindowKey;
    QVERIFY(app.createKey(u"second from the window"_s, true, &secondWindowKey));
    QStringList windowKeys{windowKey, secondWindowKey};
    windowKeys.sort();
    QCOMPARE(keyIdsOnDisk(keys), windowKeys);
    QTRY_COMPARE(keyIdsShown(app), windowKeys);
}

void TestSharedKeyList::cliProcessesSavingAtOnceLoseNothing()
{
    AppTestDriver app({true, m_config.filePath(u"apigw-keys"_s), {}});
    QVERIFY(app.start());
    m_endpoint = app.emulator()->endpointUrl(ApiGeneration::Api3);
    const QStringList before = keyIdsOnDisk(app.keyIndexPath());

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 6; ++i)
        processes.push_back(
            startCli({u"create"_s, u"--name"_s, u"at once %1"_s.arg(i), u"--save"_s}));
    QStringList expected = before;
    for (auto &process : processes) {
        const Cli created = finish(*process);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(created.json.value(u"saved"_s).toBool(), true);
        expected << created.json.value(u"keyId"_s).toString();
    }
    expected.sort();
    QCOMPARE(keyIdsOnDisk(app.keyIndexPath()), expected);
    QTRY_COMPARE(keyIdsShown(app), expected);
}

QTEST_MAIN(TestSharedKeyList)
#include "tst_sharedkeylist.moc"
