#include "createdkey.h"
#include "keyindex.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

KeyRecord sampleRecord(const QString &keyId, const QString &name = QStringLiteral("deploy bot"))
{
    KeyRecord record;
    record.keyId = keyId;
    record.name = name;
    record.type = KeyType::Manual;
    record.createdUtc = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
    record.endpoint = QUrl(QStringLiteral("https://apigateway.tencentcloudapi.com/"));
    record.region = QStringLiteral("ap-guangzhou");
    record.generation = ApiGeneration::Api3;
    record.account = QStringLiteral("AKIDexampleAccount");
    record.secretInKeychain = true;
    return record;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

// A valid file as KeyIndex writes it, with one field of the first record replaced.
QByteArray validFile()
{
    return QByteArrayLiteral("[General]\nversion=1\n\n[keys]\n"
                             "1\\account=AKIDexampleAccount\n"
                             "1\\created=2024-02-29T23:59:58.123Z\n"
                             "1\\endpoint=https://apigateway.tencentcloudapi.com/\n"
                             "1\\generation=3.0\n"
                             "1\\keyId=first_key\n"
                             "1\\name=deploy bot\n"
                             "1\\region=ap-guangzhou\n"
                             "1\\secretInKeychain=true\n"
                             "1\\type=manual\n"
                             "2\\account=AKIDexampleAccount\n"
                             "2\\created=2024-03-01T00:00:00.000Z\n"
                             "2\\endpoint=https://apigateway.api.qcloud.com/v2/index.php\n"
                             "2\\generation=2.0\n"
                             "2\\keyId=second_key\n"
                             "2\\name=legacy\n"
                             "2\\region=ap-beijing\n"
                             "2\\secretInKeychain=false\n"
                             "2\\type=auto\n"
                             "size=2\n");
}

} // namespace

class tst_KeyIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultPathIsPerUserAndTestMode();
    void emptyWhenNoFile();
    void roundTripSurvivesRestart();
    void upsertReplacesSameKey();
    void keepsKeysOfOtherGatewaysApart();
    void removeAndNotFound();
    void setSecretInKeychain();
    void readsHandWrittenValidFile();
    void changedSignal();
    void recordFromCreatedKey();

    void damagedFileIsReportedAndKept_data();
    void damagedFileIsReportedAndKept();
    void newerVersionIsNotTouched();
    void setAsideKeepsDamagedFileAndGoodRecords();
    void reloadAfterRepair();
    void unwritableDirectoryReportsWriteFailure();

    // The window and apigw-keys-cli share the file.
    void changesOfAnotherWriterAreKept();
    void removalByAnotherWriterStaysRemoved();
    void followsChangesOnDisk();
    void concurrentProcessesLoseNothing();
    void staleLockOfADeadProcessIsTakenOver();
    void filesAreForTheOwnerOnly();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("index/keys.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_KeyIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_KeyIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("index")));
}

void tst_KeyIndex::defaultPathIsPerUserAndTestMode()
{
    const QString path = KeyIndex::defaultSettingsPath();
    QVERIFY(path.endsWith(u"/keys.ini"));
    // Test mode keeps tests out of the user's real configuration.
    QVERIFY2(path.contains(u"qttest"), qPrintable(path));
}

void tst_KeyIndex::emptyWhenNoFile()
{
    KeyIndex index(path());
    QVERIFY(index.records().isEmpty());
    QVERIFY(!index.loadProblem().isError());
    QVERIFY(index.isWritable());
    QVERIFY(!QFile::exists(path())); // reading never creates the file
}

void tst_KeyIndex::roundTripSurvivesRestart()
{
    const KeyRecord first = sampleRecord(QStringLiteral("first_key"));
    KeyRecord second =
        sampleRecord(QStringLiteral("second_key"), QStringLiteral("生产密钥, \"引号\""));
    second.type = KeyType::Auto;
    second.generation = ApiGeneration::Api2;
    second.endpoint = QUrl(QStringLiteral("https://apigateway.api.qcloud.com/v2/index.php"));
    second.secretInKeychain = false;
    {
        KeyIndex index(path());
        QCOMPARE(index.upsert(first).kind, KeyIndexError::Kind::None);
        QCOMPARE(index.upsert(second).kind, KeyIndexError::Kind::None);
    }
    KeyIndex reopened(path());
    QVERIFY2(!reopened.loadProblem().isError(), qPrintable(reopened.loadProblem().detail));
    QCOMPARE(reopened.records().size(), 2);
    QCOMPARE(reopened.records().at(0), first);
    QCOMPARE(reopened.records().at(1), second);
    QCOMPARE(reopened.find(second.id()).value_or(KeyRecord()), second);
}

void tst_KeyIndex::upsertReplacesSameKey()
{
    KeyIndex index(path());
    KeyRecord record = sampleRecord(QStringLiteral("k1"));
    QVERIFY(!index.upsert(record).isError());
    record.name = QStringLiteral("renamed");
    QVERIFY(!index.upsert(record).isError());
    QCOMPARE(index.records().size(), 1);
    QCOMPARE(KeyIndex(path()).records().constFirst().name, QStringLiteral("renamed"));
}

void tst_KeyIndex::keepsKeysOfOtherGatewaysApart()
{
    KeyIndex index(path());
    KeyRecord a = sampleRecord(QStringLiteral("same_id"));
    KeyRecord b = a;
    b.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
    KeyRecord c = a;
    c.account = QStringLiteral("AKIDotherAccount");
    QVERIFY(!index.upsert(a).isError());
    QVERIFY(!index.upsert(b).isError());
    QVERIFY(!index.upsert(c).isError());
    QCOMPARE(KeyIndex(path()).records().size(), 3);
}

void tst_KeyIndex::removeAndNotFound()
{
    KeyIndex index(path());
    const KeyRecord a = sampleRecord(QStringLiteral("a_key"));
    const KeyRecord b = sampleRecord(QStringLiteral("b_key"));
    QVERIFY(!index.upsert(a).isError());
    QVERIFY(!index.upsert(b).isError());
    QCOMPARE(index.remove(a.id()).kind, KeyIndexError::Kind::None);
    QCOMPARE(index.remove(a.id()).kind, KeyIndexError::Kind::NotFound);
    const KeyIndex reopened(path());
    QCOMPARE(reopened.records().size(), 1);
    QCOMPARE(reopened.records().constFirst(), b);
}

void tst_KeyIndex::setSecretInKeychain()
{
    KeyIndex index(path());
    const KeyRecord a = sampleRecord(QStringLiteral("a_key"));
    QVERIFY(!index.upsert(a).isError());
    QVERIFY(!index.setSecretInKeychain(a.id(), false).isError());
    QCOMPARE(KeyIndex(path()).records().constFirst().secretInKeychain, false);
    QCOMPARE(index.setSecretInKeychain(QStringLiteral("nope"), true).kind,
             KeyIndexError::Kind::NotFound);
}

void tst_KeyIndex::readsHandWrittenValidFile()
{
    QVERIFY(writeFile(path(), validFile()));
    KeyIndex index(path());
    QVERIFY2(!index.loadProblem().isError(), qPrintable(index.loadProblem().detail));
    QCOMPARE(index.records().size(), 2);
    QCOMPARE(index.records().at(0), sampleRecord(QStringLiteral("first_key")));
    QCOMPARE(index.records().at(1).generation, ApiGeneration::Api2);
    QCOMPARE(index.records().at(1).type, KeyType::Auto);
}

void tst_KeyIndex::changedSignal()
{
    KeyIndex index(path());
    QSignalSpy changed(&index, &KeyIndex::changed);
    QVERIFY(!index.upsert(sampleRecord(QStringLiteral("k"))).isError());
    QCOMPARE(changed.size(), 1);
    QVERIFY(index.remove(QStringLiteral("missing")).isError());
    QCOMPARE(changed.size(), 1);
}

void tst_KeyIndex::recordFromCreatedKey()
{
    CreatedKey key;
    key.generation = ApiGeneration::Api2;
    key.name = QStringLiteral("名字");
    key.type = KeyType::Manual;
    key.keyId = QStringLiteral("manual_id");
    key.keySecret = SecretString(QStringLiteral("manual_secret_value"));
    key.createdUtc = QDateTime(QDate(2020, 2, 26), QTime(6, 10, 1), Qt::UTC);
    const QUrl endpoint(QStringLiteral("https://apigateway.api.qcloud.com/v2/index.php"));

    const KeyRecord record = KeyRecord::fromCreatedKey(key, endpoint, QStringLiteral("ap-beijing"),
                                                       QStringLiteral("AKIDoperator"));
    QCOMPARE(record.keyId, key.keyId);
    QCOMPARE(record.name, key.name);
    QCOMPARE(record.type, KeyType::Manual);
    QCOMPARE(record.generation, ApiGeneration::Api2);
    QCOMPARE(record.createdUtc, key.createdUtc);
    QCOMPARE(record.endpoint, endpoint);
    QCOMPARE(record.region, QStringLiteral("ap-beijing"));
    QCOMPARE(record.account, QStringLiteral("AKIDoperator"));
    QVERIFY(!record.secretInKeychain);
    QCOMPARE(record.id(), QStringLiteral("key/apigateway.api.qcloud.com/AKIDoperator/manual_id"));

    // And the file written from it never holds the secret.
    KeyIndex index(path());
    QVERIFY(!index.upsert(record).isError());
    QVERIFY(!readFile(path()).contains("manual_secret_value"));
}

void tst_KeyIndex::damagedFileIsReportedAndKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("readableRecords");

    auto replaced = [](const char *from, const char *to) {
        QByteArray content = validFile();
        content.replace(from, to);
        return content;
    };
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe[[[\x01=\x02\n", 11) << 0;
    QTest::newRow("empty file") << QByteArray() << 0;
    QTest::newRow("no version") << replaced("version=1\n", "") << 0;
    QTest::newRow("version not a number") << replaced("version=1", "version=one") << 0;
    QTest::newRow("unexpected top-level entry")
        << replaced("version=1\n", "version=1\nsecret=oops\n") << 0;
    QTest::newRow("count too high") << replaced("size=2", "size=3") << 0;
    QTest::newRow("count not a number") << replaced("size=2", "size=two") << 0;
    QTest::newRow("count missing") << replaced("size=2\n", "") << 0;
    QTest::newRow("bad date") << replaced("2024-02-29T23:59:58.123Z", "yesterday") << 1;
    QTest::newRow("bad generation") << replaced("generation=3.0", "generation=4.0") << 1;
    QTest::newRow("bad type") << replaced("type=manual", "type=magic") << 1;
    QTest::newRow("bad flag") << replaced("secretInKeychain=true", "secretInKeychain=yes") << 1;
    QTest::newRow("bad endpoint") << replaced("https://apigateway.tencentcloudapi.com/", "ftp://x")
                                  << 1;
    QTest::newRow("bad region") << replaced("region=ap-guangzhou", "region=AP Guangzhou") << 1;
    QTest::newRow("missing field") << replaced("1\\keyId=first_key\n", "") << 1;
    QTest::newRow("unknown field, maybe a secret")
        << replaced("1\\name=deploy bot\n", "1\\name=deploy bot\n1\\keySecret=hunter2\n") << 1;
    QTest::newRow("list instead of text") << replaced("name=deploy bot", "name=deploy, bot") << 1;
    QTest::newRow("duplicate key") << replaced("second_key", "first_key")
                                          .replace("https://apigateway.api.qcloud.com/v2/index.php",
                                                   "https://apigateway.tencentcloudapi.com/")
                                   << 1;
}

void tst_KeyIndex::damagedFileIsReportedAndKept()
{
    QFETCH(QByteArray, content);
    QFETCH(int, readableRecords);
    QVERIFY(writeFile(path(), content));

    KeyIndex index(path());
    QCOMPARE(KeyIndexError::kindName(index.loadProblem().kind),
             KeyIndexError::kindName(KeyIndexError::Kind::Damaged));
    QVERIFY(!index.loadProblem().detail.isEmpty());
    QVERIFY(!index.isWritable());
    QCOMPARE(index.records().size(), readableRecords);

    // Every change is refused, and the file stays byte for byte as it was.
    QCOMPARE(index.upsert(sampleRecord(QStringLiteral("new_key"))).kind,
             KeyIndexError::Kind::ReadOnly);
    if (readableRecords > 0) {
        QCOMPARE(index.remove(index.records().constFirst().id()).kind,
                 KeyIndexError::Kind::ReadOnly);
        QCOMPARE(index.setSecretInKeychain(index.records().constFirst().id(), false).kind,
                 KeyIndexError::Kind::ReadOnly);
    }
    QCOMPARE(readFile(path()), content);
}

void tst_KeyIndex::newerVersionIsNotTouched()
{
    QByteArray content = validFile();
    content.replace("version=1", "version=7");
    QVERIFY(writeFile(path(), content));
    KeyIndex index(path());
    QCOMPARE(index.loadProblem().kind, KeyIndexError::Kind::UnsupportedVersion);
    QCOMPARE(index.upsert(sampleRecord(QStringLiteral("k"))).kind, KeyIndexError::Kind::ReadOnly);
    QCOMPARE(readFile(path()), content);
}

void tst_KeyIndex::setAsideKeepsDamagedFileAndGoodRecords()
{
    QByteArray content = validFile();
    content.replace("type=auto", "type=???");
    QVERIFY(writeFile(path(), content));
    KeyIndex index(path());
    QCOMPARE(index.loadProblem().kind, KeyIndexError::Kind::Damaged);
    QVERIFY(index.loadProblem().detail.contains(u"record 2"));

    QString backup;
    QCOMPARE(index.setAsideDamagedFile(&backup).kind, KeyIndexError::Kind::None);
    QCOMPARE(readFile(backup), content);
    QVERIFY(index.isWritable());
    QVERIFY(!index.upsert(sampleRecord(QStringLiteral("new_key"))).isError());

    const KeyIndex reopened(path());
    QVERIFY(!reopened.loadProblem().isError());
    QCOMPARE(reopened.records().size(), 2);
    QCOMPARE(reopened.records().at(0), sampleRecord(QStringLiteral("first_key")));
}

void tst_KeyIndex::reloadAfterRepair()
{
    // QSettings caches files process-wide and rereads one only when its size or modification
    // time changed: the repair must not look the same on both counts within one millisecond.
    QByteArray content = validFile();
    content.replace("size=2", "size=25");
    QVERIFY(writeFile(path(), content));
    KeyIndex index(path());
    QVERIFY(index.loadProblem().isError());
    QVERIFY(writeFile(path(), validFile()));
    index.reload();
    QVERIFY(!index.loadProblem().isError());
    QCOMPARE(index.records().size(), 2);
}

void tst_KeyIndex::unwritableDirectoryReportsWriteFailure()
{
    // A path below a regular file can never be created, whoever runs the test (root included).
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "x"));
    KeyIndex index(blocker + QStringLiteral("/keys.ini"));
    QVERIFY(index.isWritable());
    QCOMPARE(index.upsert(sampleRecord(QStringLiteral("k"))).kind,
             KeyIndexError::Kind::WriteFailed);
    QVERIFY(index.records().isEmpty());
}

void tst_KeyIndex::changesOfAnotherWriterAreKept()
{
    // Both have read the file (empty) before either writes, like a window left open while the CLI
    // saves a key.
    KeyIndex window(path());
    KeyIndex cli(path());
    QVERIFY(!cli.upsert(sampleRecord(QStringLiteral("from_cli"))).isError());
    QVERIFY(!window.upsert(sampleRecord(QStringLiteral("from_window"))).isError());
    QCOMPARE(window.records().size(), 2); // it learnt of the CLI's key while changing the file
    QVERIFY(!window.setSecretInKeychain(sampleRecord(QStringLiteral("from_window")).id(), false)
                 .isError());

    const KeyIndex reader(path());
    QStringList ids;
    for (const KeyRecord &record : reader.records())
        ids << record.keyId;
    QCOMPARE(ids, (QStringList{QStringLiteral("from_cli"), QStringLiteral("from_window")}));
}

void tst_KeyIndex::removalByAnotherWriterStaysRemoved()
{
    KeyIndex window(path());
    QVERIFY(!window.upsert(sampleRecord(QStringLiteral("shared"))).isError());
    QVERIFY(!window.upsert(sampleRecord(QStringLiteral("kept"))).isError());

    KeyIndex cli(path());
    QVERIFY(!cli.remove(sampleRecord(QStringLiteral("shared")).id()).isError());

    // The window still lists it until it looks again; its next change must not bring it back.
    QCOMPARE(window.records().size(), 2);
    QVERIFY(
        !window.setSecretInKeychain(sampleRecord(QStringLiteral("kept")).id(), false).isError());
    QVERIFY(!window.upsert(sampleRecord(QStringLiteral("new"))).isError());
    QCOMPARE(window.records().size(), 2);
    QVERIFY(!window.find(sampleRecord(QStringLiteral("shared")).id()));
    // Removing what another writer removed already says so, and changes nothing.
    QCOMPARE(window.remove(sampleRecord(QStringLiteral("shared")).id()).kind,
             KeyIndexError::Kind::NotFound);

    const KeyIndex reader(path());
    QCOMPARE(reader.records().size(), 2);
    QVERIFY(!reader.find(sampleRecord(QStringLiteral("shared")).id()));
}

void tst_KeyIndex::followsChangesOnDisk()
{
    KeyIndex window(path());
    window.followChangesOnDisk();
    QSignalSpy changed(&window, &KeyIndex::changed);

    KeyIndex cli(path());
    QVERIFY(!cli.upsert(sampleRecord(QStringLiteral("added_by_cli"))).isError());
    QTRY_COMPARE(window.records().size(), 1);
    QVERIFY(changed.size() >= 1);
    QVERIFY(!cli.remove(sampleRecord(QStringLiteral("added_by_cli")).id()).isError());
    QTRY_VERIFY(window.records().isEmpty());

    // And again after the file was replaced twice: the watch survives the renames.
    QVERIFY(!cli.upsert(sampleRecord(QStringLiteral("again"))).isError());
    QTRY_COMPARE(window.records().size(), 1);
}

void tst_KeyIndex::concurrentProcessesLoseNothing()
{
    const QStringList prefixes = {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r"),
                                  QStringLiteral("s"), QStringLiteral("t"), QStringLiteral("u")};
    constexpr int PerProcess = 8;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const QString &prefix : prefixes) {
        auto writer = std::make_unique<QProcess>();
        writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer->start(QStringLiteral(APIGW_KEYINDEX_WRITER),
                      {path(), prefix, QString::number(PerProcess)});
        writers.push_back(std::move(writer));
    }
    for (auto &writer : writers) {
        QVERIFY(writer->waitForFinished(60'000));
        QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer->exitCode(), 0);
    }
    const KeyIndex reader(path());
    QVERIFY(!reader.loadProblem().isError());
    QCOMPARE(reader.records().size(), prefixes.size() * PerProcess);
    QVERIFY(!QFile::exists(path() + QStringLiteral(".lock")));
}

void tst_KeyIndex::staleLockOfADeadProcessIsTakenOver()
{
    // A writer that was killed while holding the lock: its process is gone, so the lock is stale.
    QProcess dead;
    dead.start(QStringLiteral("true"), {});
    QVERIFY(dead.waitForFinished());
    const qint64 deadPid = dead.processId() ? dead.processId() : 999'999;
    QFile lock(path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nkeyindex_writer\n" +
               QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();

    KeyIndex index(path());
    QVERIFY(!index.upsert(sampleRecord(QStringLiteral("k"))).isError());
    QCOMPARE(KeyIndex(path()).records().size(), 1);
}

void tst_KeyIndex::filesAreForTheOwnerOnly()
{
    const QString folder = m_dir->filePath(QStringLiteral("fresh/apigw-keys"));
    const QString file = folder + QStringLiteral("/keys.ini");
    KeyIndex index(file);
    QVERIFY(!index.upsert(sampleRecord(QStringLiteral("k"))).isError());
    constexpr auto OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr auto OwnerAll = OwnerReadWrite | QFileDevice::ExeOwner;
    constexpr auto OthersAny = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(file).permissions() & (OwnerAll | OthersAny), OwnerReadWrite);
    QCOMPARE(QFileInfo(folder).permissions() & (OwnerAll | OthersAny), OwnerAll);

    // Left readable by others by an older version: tightened by the next change.
    QVERIFY(QFile::setPermissions(file, OwnerReadWrite | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder, OwnerAll | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther));
    QVERIFY(!index.upsert(sampleRecord(QStringLiteral("k2"))).isError());
    QCOMPARE(QFileInfo(file).permissions() & (OwnerAll | OthersAny), OwnerReadWrite);
    QCOMPARE(QFileInfo(folder).permissions() & (OwnerAll | OthersAny), OwnerAll);
}

QTEST_GUILESS_MAIN(tst_KeyIndex)
#include "tst_keyindex.moc"
