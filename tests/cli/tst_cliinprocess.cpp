// apigw-keys-cli's commands in process, through the apigw_cli library as main.cpp calls it
// (CliRunner::run): the exit code and what lands on standard output and standard error, without a
// process around them. tst_cli runs the built program as a process.

#include "clirunner.h"
#include "gatewayemulator.h"
#include "keyindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Points one file descriptor at a temporary file for its lifetime, and back again.
class Capture
{
public:
    explicit Capture(int fd) : m_fd(fd)
    {
        std::fflush(nullptr);
        if (m_file.open())
            m_saved = ::dup(m_fd);
        if (m_saved >= 0)
            ::dup2(m_file.handle(), m_fd);
    }
    ~Capture() { restore(); }
    QByteArray take()
    {
        restore();
        m_file.seek(0);
        return m_file.readAll();
    }
    bool isValid() const { return m_saved >= 0; }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(nullptr);
        ::dup2(m_saved, m_fd);
        ::close(m_saved);
        m_saved = -1;
    }

    int m_fd;
    int m_saved = -1;
    QTemporaryFile m_file;
};

Run runCli(const QStringList &arguments)
{
    Capture out(STDOUT_FILENO);
    Capture err(STDERR_FILENO);
    Run run;
    if (!out.isValid() || !err.isValid())
        return run;
    run.exitCode = CliRunner::run(arguments);
    run.out = out.take();
    run.err = err.take();
    return run;
}

} // namespace

class TestCliInProcess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsTheSavedKeys();
    void usageErrors_data();
    void usageErrors();
    void gatewayCommandsInProcess();
    void listAllStopsWhenPagesRepeat();

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliInProcess::init()
{
    // A throw-away key index: KeyIndex::defaultSettingsPath() follows XDG_CONFIG_HOME.
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", m_config->path().toLocal8Bit());
    QVERIFY(KeyIndex::defaultSettingsPath().startsWith(m_config->path()));
}

void TestCliInProcess::listsTheSavedKeys()
{
    const Run empty = runCli({u"list"_s, u"--json"_s});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out)[u"keys"_s].toArray().size(), 0);

    KeyRecord record;
    record.keyId = u"AKIDinprocess0001"_s;
    record.name = u"in-process"_s;
    record.createdUtc = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    record.endpoint = QUrl(u"https://apigateway.tencentcloudapi.com/"_s);
    record.region = u"ap-guangzhou"_s;
    record.account = u"AKIDoperator"_s;
    {
        KeyIndex index(KeyIndex::defaultSettingsPath());
        QVERIFY(!index.upsert(record).isError());
    }

    const Run listed = runCli({u"list"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray keys = QJsonDocument::fromJson(listed.out)[u"keys"_s].toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first()[u"keyId"_s].toString(), record.keyId);
    QCOMPARE(keys.first()[u"name"_s].toString(), record.name);
    QVERIFY(listed.err.isEmpty());

    // For people: the name and the id on standard output.
    const Run text = runCli({u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("in-process") && text.out.contains("AKIDinprocess0001"),
             text.out.constData());
}

void TestCliInProcess::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("no command") << QStringList() << QByteArray("Usage: apigw-keys-cli");
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("unknown option")
        << QStringList{u"list"_s, u"--no-such-option"_s} << QByteArray("no-such-option");
    QTest::newRow("remove without an id") << QStringList{u"remove"_s} << QByteArray("remove");
    QTest::newRow("gateway without a subcommand")
        << QStringList{u"gateway"_s} << QByteArray("Usage: apigw-keys-cli gateway SUBCOMMAND");
    QTest::newRow("gateway unknown subcommand")
        << QStringList{u"gateway"_s, u"erase"_s} << QByteArray("unknown subcommand 'erase'");
    QTest::newRow("gateway show without an id")
        << QStringList{u"gateway"_s, u"show"_s} << QByteArray("give exactly one key id");
    QTest::newRow("gateway list --limit 500")
        << QStringList{u"gateway"_s, u"list"_s, u"--limit"_s, u"500"_s}
        << QByteArray("--limit takes a number from 1 to 100");
}

void TestCliInProcess::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, said);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2((run.out + run.err).contains(said), (run.out + run.err).constData());
}

void TestCliInProcess::gatewayCommandsInProcess()
{
    // The emulator answers on this thread while CliRunner waits in its own event loop. QtTest
    // prints log lines on standard output, which the capture would mix into the JSON.
    QLoggingCategory::setFilterRules(u"apigw.*=false"_s);
    const auto logAgain = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    GatewayEmulator emulator;
    QVERIFY(emulator.listen());
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    qputenv("TENCENTCLOUD_SECRET_ID", demo.secretId.toUtf8());
    qputenv("TENCENTCLOUD_SECRET_KEY", demo.secretKey.toString().toUtf8());
    const auto unset = qScopeGuard([] {
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
    });
    const QString keyId = emulator.addKey(demo.secretId, u"in process"_s, KeyType::Auto, true);
    const QStringList endpoint{u"--api"_s, u"3"_s, u"--endpoint"_s,
                               emulator.endpointUrl(ApiGeneration::Api3).toString()};

    const Run listed = runCli(QStringList{u"gateway"_s, u"list"_s, u"--json"_s} + endpoint);
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray keys = QJsonDocument::fromJson(listed.out)[u"keys"_s].toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first()[u"keyId"_s].toString(), keyId);

    const Run disabled = runCli(QStringList{u"gateway"_s, u"disable"_s, keyId} + endpoint);
    QVERIFY2(disabled.exitCode == 0, disabled.err.constData());
    QVERIFY(!emulator.keyEnabled(keyId));

    // API 2.0 has no unbind: said before anything is sent.
    const int before = emulator.requestCount();
    const Run unbind =
        runCli({u"gateway"_s, u"unbind"_s, keyId, u"--usage-plan"_s, u"p"_s, u"--api"_s, u"2"_s,
                u"--endpoint"_s, emulator.endpointUrl(ApiGeneration::Api2).toString()});
    QCOMPARE(unbind.exitCode, 7);
    QVERIFY(unbind.err.contains("needs API 3.0"));
    QCOMPARE(emulator.requestCount(), before);
}

void TestCliInProcess::listAllStopsWhenPagesRepeat()
{
    // A hostile or broken server that ignores Offset: every page is the same key under a count
    // of millions. Left to itself the listing would ask a hundred thousand times; this one turns
    // honest (an empty page) after a few answers, so a missing guard fails instead of hanging.
    QLoggingCategory::setFilterRules(u"apigw.*=false"_s);
    const auto logAgain = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    // Declared before the server, whose sockets say `disconnected` as it deletes them.
    int answered = 0;
    QHash<QTcpSocket *, QByteArray> received;
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, [&received, socket] {
                received.remove(socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, socket, [&answered, &received, socket] {
                QByteArray &request = received[socket];
                request += socket->readAll();
                const qsizetype headEnd = request.indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = request.left(headEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0
                                             ? 0
                                             : head.mid(at + 15, head.indexOf('\r', at) - at - 15)
                                                   .trimmed()
                                                   .toLongLong();
                if (request.size() < headEnd + 4 + length)
                    return;
                request.remove(0, headEnd + 4 + length);
                ++answered;
                const QByteArray keys =
                    answered <= 5 ? R"([{"AccessKeyId":"AKIDrepeated0001","SecretName":"again",)"
                                    R"("AccessKeyType":"auto","Status":1}])"
                                  : "[]";
                const QByteArray body =
                    R"({"Response":{"Result":{"TotalCount":9000000,"ApiKeySet":)" + keys +
                    R"(},"RequestId":"req-repeat"}})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        }
    });
    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    qputenv("TENCENTCLOUD_SECRET_ID", demo.secretId.toUtf8());
    qputenv("TENCENTCLOUD_SECRET_KEY", demo.secretKey.toString().toUtf8());
    const auto unset = qScopeGuard([] {
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
    });

    const Run listed =
        runCli({u"gateway"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--api"_s, u"3"_s,
                u"--endpoint"_s, u"http://127.0.0.1:%1/"_s.arg(server.serverPort())});
    // The second page brought nothing new: the listing stops there as an answer that makes no
    // sense (exit code 4), rather than asking on for ever.
    QCOMPARE(answered, 2);
    QVERIFY2(listed.exitCode == 4, (listed.out + listed.err).constData());
    const QJsonObject json = QJsonDocument::fromJson(listed.out).object();
    QCOMPARE(json[u"ok"_s].toBool(), false);
    QCOMPARE(json[u"error"_s][u"requestId"_s].toString(), u"req-repeat"_s);
}

QTEST_GUILESS_MAIN(TestCliInProcess)
#include "tst_cliinprocess.moc"
