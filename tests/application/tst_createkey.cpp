#include "clock.h"
#include "createkey.h"
#include "failuretext.h"
#include "inmemorysecretstore.h"
#include "keyindex.h"
#include "noncesource.h"
#include "savedkeys.h"
#include "scriptedsender.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OperatorCredentials operatorCredentials()
{
    return {u"AKIDexampleexampleexample"_s, SecretString(u"exampleSecretKeyexample0"_s), {}};
}

GatewayEndpoint api3Endpoint()
{
    GatewayEndpoint endpoint;
    endpoint.generation = ApiGeneration::Api3;
    endpoint.region = u"ap-guangzhou"_s;
    endpoint.url = GatewayEndpoint::defaultUrl(ApiGeneration::Api3, endpoint.region);
    return endpoint;
}

KeySpec manualSpec()
{
    KeySpec spec;
    spec.name = u"build bot"_s;
    spec.type = KeyType::Manual;
    spec.keyId = u"build_bot_key"_s;
    spec.keySecret = SecretString(u"manualSecret0123456789"_s);
    return spec;
}

CreatedKey createdKey(const KeySpec &spec)
{
    CreatedKey key;
    key.name = spec.name;
    key.type = spec.type;
    key.keyId = spec.keyId;
    key.keySecret = spec.keySecret;
    key.createdUtc = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    key.requestId = u"rid-1"_s;
    return key;
}

GatewayError gatewayError(GatewayError::Kind kind, const QString &code = {})
{
    GatewayError error;
    error.kind = kind;
    error.code = code;
    if (!code.isEmpty())
        error.category = ErrorCategory::Duplicate;
    return error;
}

} // namespace

class tst_CreateKey : public QObject
{
    Q_OBJECT

private slots:
    void createdKeyIsReportedAndSaved();
    void replyIsReadByTheCreateDecoder();
    void garbledReplyIsAGatewayFailureAt200();
    void failureOfEachOrigin_data();
    void failureOfEachOrigin();
    void serverEchoOfTheSecretIsMasked();
    void invalidInputNeverSends_data();
    void invalidInputNeverSends();
    void checkRefusesBeforeCredentials();
    void createdKeyNotYetKeptBlocksQuitting();
    void cancelReportsCancelled();
    void savingIntoLockedKeychainKeepsTheRecord();

private:
    FixedClock m_clock = FixedClock::fromSecsSinceEpoch(1'700'000'000);
    FixedNonceSource m_nonces{12345};
};

void tst_CreateKey::createdKeyIsReportedAndSaved()
{
    ScriptedSender sender;
    const KeySpec spec = manualSpec();
    sender.scriptCreated(createdKey(spec));
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy created(&create, &CreateKey::created);
    QSignalSpy failed(&create, &CreateKey::failed);

    QVERIFY(!create.start(spec, operatorCredentials(), api3Endpoint()));
    QVERIFY(create.isRunning());
    QCOMPARE(created.count(), 0); // never from inside start()
    QVERIFY(created.wait(2000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(sender.sendCount(), 1);
    QVERIFY(!create.isRunning());
    const auto key = created.first().first().value<CreatedKey>();
    QCOMPARE(key.keyId, spec.keyId);

    QTemporaryDir dir;
    KeyIndex index(dir.filePath(u"keys.ini"_s));
    InMemorySecretStore store;
    SavedKeys savedKeys(index, store);
    SavedKeyJob *job = create.save(savedKeys, key);
    QSignalSpy saved(job, &SavedKeyJob::finished);
    QVERIFY(saved.wait(2000));
    QVERIFY(FailureText::storeProblems(Failure::fromStore({}, {})).isEmpty());
    const std::optional<KeyRecord> record = index.find(index.records().value(0).secretEntry());
    QVERIFY(record);
    QCOMPARE(record->keyId, spec.keyId);
    QCOMPARE(record->account, operatorCredentials().secretId);
    QCOMPARE(record->region, u"ap-guangzhou"_s);
    QVERIFY(record->secretInKeychain);
    QCOMPARE(store.secret(record->secretEntry()), spec.keySecret);
}

void tst_CreateKey::replyIsReadByTheCreateDecoder()
{
    ScriptedSender sender;
    const KeySpec spec = manualSpec();
    // A reply that names no type: the key is the manual one that was asked for.
    GatewayReply reply;
    reply.payload = {{u"Result"_s, QJsonObject{{u"AccessKeyId"_s, spec.keyId},
                                               {u"AccessKeySecret"_s, spec.keySecret.toString()},
                                               {u"Status"_s, 1}}}};
    reply.requestId = u"rid-2"_s;
    sender.script(reply);
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy created(&create, &CreateKey::created);
    QVERIFY(!create.start(spec, operatorCredentials(), api3Endpoint()));
    QVERIFY(created.wait(2000));
    QCOMPARE(sender.generations(), QList<ApiGeneration>{ApiGeneration::Api3});
    const auto &headers = sender.requests().first().headers;
    QVERIFY(std::find(headers.begin(), headers.end(),
                      std::pair<QByteArray, QByteArray>("X-TC-Action", "CreateApiKey")) !=
            headers.end());
    const auto key = created.first().first().value<CreatedKey>();
    QCOMPARE(key.type, KeyType::Manual);
    QCOMPARE(key.keyId, spec.keyId);
    QCOMPARE(key.keySecret, spec.keySecret);
    QCOMPARE(key.status, std::optional<int>(1));
    QCOMPARE(key.requestId, u"rid-2"_s);
}

void tst_CreateKey::garbledReplyIsAGatewayFailureAt200()
{
    ScriptedSender sender;
    GatewayReply reply;
    reply.payload = {{u"Result"_s, QJsonObject{{u"AccessKeyId"_s, u"id with spaces"_s}}}};
    sender.script(reply);
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy created(&create, &CreateKey::created);
    QSignalSpy failed(&create, &CreateKey::failed);
    QVERIFY(!create.start(manualSpec(), operatorCredentials(), api3Endpoint()));
    QVERIFY(failed.wait(2000));
    QCOMPARE(created.count(), 0);
    const auto failure = failed.first().first().value<Failure>();
    QCOMPARE(failure.origin, Failure::Origin::Gateway);
    QCOMPARE(failure.gateway.kind, GatewayError::Kind::MalformedResponse);
    // The answer that could not be read was an HTTP 200 one, and the details say so.
    QCOMPARE(failure.gateway.httpStatus, 200);
    QVERIFY(FailureText::details(failure).contains(u"200"_s));
    QVERIFY(create.mayQuit());
}

void tst_CreateKey::failureOfEachOrigin_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Failure::Origin>("origin");
    using Kind = GatewayError::Kind;
    using Origin = Failure::Origin;
    QTest::newRow("gateway code") << int(Kind::Gateway) << Origin::Gateway;
    QTest::newRow("garbled answer") << int(Kind::MalformedResponse) << Origin::Gateway;
    QTest::newRow("http status") << int(Kind::HttpStatus) << Origin::Gateway;
    QTest::newRow("network") << int(Kind::Network) << Origin::Transport;
    QTest::newRow("tls") << int(Kind::Tls) << Origin::Transport;
    QTest::newRow("timeout") << int(Kind::Timeout) << Origin::Transport;
    QTest::newRow("redirect") << int(Kind::Redirect) << Origin::Transport;
    QTest::newRow("insecure endpoint") << int(Kind::InsecureEndpoint) << Origin::Input;
}

void tst_CreateKey::failureOfEachOrigin()
{
    QFETCH(int, kind);
    QFETCH(Failure::Origin, origin);
    ScriptedSender sender;
    const GatewayError error =
        gatewayError(GatewayError::Kind(kind), u"FailedOperation.AccessKeyExist"_s);
    sender.scriptError(error);
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy created(&create, &CreateKey::created);
    QSignalSpy failed(&create, &CreateKey::failed);

    QVERIFY(!create.start(manualSpec(), operatorCredentials(), api3Endpoint()));
    QVERIFY(failed.wait(2000));
    QCOMPARE(created.count(), 0);
    const auto failure = failed.first().first().value<Failure>();
    QCOMPARE(failure.origin, origin);
    QCOMPARE(int(failure.gateway.kind), kind);
    // The words are the error's own, whatever its origin.
    QCOMPARE(FailureText::describe(failure).title,
             FailureText::describe(Failure::fromGateway(error)).title);
    QVERIFY(create.mayQuit());
}

void tst_CreateKey::serverEchoOfTheSecretIsMasked()
{
    ScriptedSender sender;
    const KeySpec spec = manualSpec();
    GatewayError error = gatewayError(GatewayError::Kind::Gateway, u"InvalidParameter"_s);
    error.message = u"bad secretKey "_s + spec.keySecret.toString();
    sender.scriptError(error);
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy failed(&create, &CreateKey::failed);
    QVERIFY(!create.start(spec, operatorCredentials(), api3Endpoint()));
    QVERIFY(failed.wait(2000));
    const auto failure = failed.first().first().value<Failure>();
    QVERIFY(failure.gateway.message.startsWith(u"bad secretKey "_s));
    QVERIFY(!failure.gateway.message.contains(spec.keySecret.toString()));
    QVERIFY(!FailureText::details(failure).contains(spec.keySecret.toString()));
}

void tst_CreateKey::invalidInputNeverSends_data()
{
    QTest::addColumn<KeySpec>("spec");
    QTest::addColumn<OperatorCredentials>("credentials");
    QTest::addColumn<GatewayEndpoint>("endpoint");
    QTest::addColumn<int>("problem");

    KeySpec noName = manualSpec();
    noName.name.clear();
    QTest::newRow("key spec") << noName << operatorCredentials() << api3Endpoint()
                              << int(BuildProblem::InvalidKeySpec);
    OperatorCredentials noKey = operatorCredentials();
    noKey.secretKey = SecretString();
    QTest::newRow("credentials") << manualSpec() << noKey << api3Endpoint()
                                 << int(BuildProblem::InvalidCredentials);
    GatewayEndpoint plainHttp = api3Endpoint();
    plainHttp.url = QUrl(u"http://gateway.example.com/"_s);
    QTest::newRow("endpoint") << manualSpec() << operatorCredentials() << plainHttp
                              << int(BuildProblem::InvalidEndpoint);
    GatewayEndpoint get = GatewayEndpoint();
    get.generation = ApiGeneration::Api2;
    get.region = u"ap-guangzhou"_s;
    get.url = GatewayEndpoint::defaultUrl(ApiGeneration::Api2, get.region);
    get.httpMethod = LegacyHttpMethod::Get;
    QTest::newRow("secret in url")
        << manualSpec() << operatorCredentials() << get << int(BuildProblem::SecretInUrl);
}

void tst_CreateKey::invalidInputNeverSends()
{
    QFETCH(KeySpec, spec);
    QFETCH(OperatorCredentials, credentials);
    QFETCH(GatewayEndpoint, endpoint);
    QFETCH(int, problem);
    ScriptedSender sender;
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy failed(&create, &CreateKey::failed);

    const std::optional<Failure> refused = create.start(spec, credentials, endpoint);
    QVERIFY(refused);
    QCOMPARE(refused->origin, Failure::Origin::Input);
    QCOMPARE(int(refused->input.problem), problem);
    QVERIFY(!FailureText::inputProblems(*refused).isEmpty());
    // Worded as a request that could not be built, with the reasons as its detail.
    QCOMPARE(FailureText::describe(*refused).title, u"The request could not be built"_s);
    QCOMPARE(FailureText::facts(*refused).detail, FailureText::inputProblems(*refused).join(u' '));
    // The fakes report through posted events: delivering those shows whatever would follow.
    QCoreApplication::sendPostedEvents();
    QCOMPARE(sender.sendCount(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!create.isRunning());
}

void tst_CreateKey::checkRefusesBeforeCredentials()
{
    KeySpec shortId = manualSpec();
    shortId.keyId = u"ab"_s;
    const std::optional<Failure> refused = CreateKey::check(shortId, api3Endpoint());
    QVERIFY(refused);
    QCOMPARE(refused->input.problem, BuildProblem::InvalidKeySpec);
    QCOMPARE(FailureText::inputProblems(*refused),
             QStringList{FailureText::keyId(FieldProblem::TooShort, u"ab")});
    QVERIFY(!CreateKey::check(manualSpec(), api3Endpoint()));
}

void tst_CreateKey::createdKeyNotYetKeptBlocksQuitting()
{
    ScriptedSender sender;
    const KeySpec spec = manualSpec();
    sender.scriptCreated(createdKey(spec));
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy created(&create, &CreateKey::created);
    QVERIFY(create.mayQuit());
    QVERIFY(!create.start(spec, operatorCredentials(), api3Endpoint()));
    QVERIFY(create.mayQuit()); // nothing exists yet
    QVERIFY(created.wait(2000));
    QVERIFY(!create.mayQuit());
    create.keyKept();
    QVERIFY(create.mayQuit());
}

void tst_CreateKey::cancelReportsCancelled()
{
    ScriptedSender sender;
    sender.holdCalls(true);
    sender.scriptCreated(createdKey(manualSpec()));
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy failed(&create, &CreateKey::failed);
    QVERIFY(!create.start(manualSpec(), operatorCredentials(), api3Endpoint()));
    // A second create while one is in flight is not sent.
    QVERIFY(!create.start(manualSpec(), operatorCredentials(), api3Endpoint()));
    QCOMPARE(sender.sendCount(), 1);
    create.cancel();
    QCOMPARE(failed.count(), 1);
    const auto failure = failed.first().first().value<Failure>();
    QCOMPARE(failure.origin, Failure::Origin::Transport);
    QCOMPARE(failure.gateway.kind, GatewayError::Kind::Cancelled);
    QVERIFY(!create.isRunning());
    sender.release(); // the held call has finished already: nothing more is reported
    QCoreApplication::sendPostedEvents();
    QCOMPARE(failed.count(), 1);
}

void tst_CreateKey::savingIntoLockedKeychainKeepsTheRecord()
{
    ScriptedSender sender;
    const KeySpec spec = manualSpec();
    sender.scriptCreated(createdKey(spec));
    CreateKey create(sender, m_clock, m_nonces);
    QSignalSpy created(&create, &CreateKey::created);
    QVERIFY(!create.start(spec, operatorCredentials(), api3Endpoint()));
    QVERIFY(created.wait(2000));

    QTemporaryDir dir;
    KeyIndex index(dir.filePath(u"keys.ini"_s));
    InMemorySecretStore store;
    store.setLocked(true);
    SavedKeys savedKeys(index, store);
    SavedKeyJob *job = create.save(savedKeys, created.first().first().value<CreatedKey>());
    QSignalSpy saved(job, &SavedKeyJob::finished);
    QVERIFY(saved.wait(2000));
    const Failure failure = Failure::fromStore(job->keychainError(), job->indexError());
    QCOMPARE(failure.origin, Failure::Origin::Keychain);
    QCOMPARE(
        FailureText::storeProblems(failure),
        QStringList{u"The keychain is locked. Unlock it and try again; nothing was changed."_s});
    QCOMPARE(index.records().size(), 1);
    QVERIFY(!index.records().first().secretInKeychain);
    QVERIFY(!store.contains(index.records().first().secretEntry()));
}

QTEST_GUILESS_MAIN(tst_CreateKey)
#include "tst_createkey.moc"
