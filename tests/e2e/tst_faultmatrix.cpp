// The fault matrix of README.md, through the real window: for each fault a user can meet while
// creating a key, what the window says, that the form keeps what was typed (a manual key's secret
// included), and how many creates reached a server. The gateway is the embedded emulator, a second
// emulator over TLS, or (only for answers the emulator never gives, and for a proxy) a scripted
// server on loopback; the window is re-pointed with the same endpoint override demo mode uses.
//
// Name resolution is made deterministic: the host is under .invalid (RFC 6761, never delegated),
// proxies from the environment are dropped first, and RES_OPTIONS (set by CMake) bounds glibc's
// resolver to one try of one second per server, so that a machine without network or DNS server
// answers "not found" at once and one with a dead server answers within seconds, never hangs.

#include "apptestdriver.h"
#include "clock.h"
#include "copyoncedialog.h"
#include "createform.h"
#include "createkeycontroller.h"
#include "errorpanel.h"
#include "failuretext.h"
#include "gatewayemulator.h"
#include "mainwindow.h"
#include "profilesession.h"
#include "scriptedhttpserver.h"
#include "settingsdialog.h"
#include "testcertificates.h"
#include "testenvironment.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSslError>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = GatewayError::Kind;
using Fault = GatewayEmulator::Fault;

Q_DECLARE_METATYPE(ApiGeneration)
Q_DECLARE_METATYPE(GatewayEmulator::Fault)
Q_DECLARE_METATYPE(GatewayError::Kind)
Q_DECLARE_METATYPE(ErrorCategory)

namespace {

const QString Name = u"orders-service"_s;
const QString KeyId = u"orders_key_0001"_s;
const QString KeySecret = u"Secret_value_0123456789abcdef"_s;
// A name that no resolver can know (RFC 6761), for DNS failures and for hosts behind a proxy.
const QString UnresolvableHost = u"apigw-keys-fault-matrix.invalid"_s;

enum class CertificateProblem { Untrusted, Expired, WrongHost };

// A loopback port that nobody listens on: it was free a moment ago, and is closed again.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

QUrl endpointOn(const QUrl &base, ApiGeneration generation)
{
    QUrl url = base;
    url.setPath(generation == ApiGeneration::Api2 ? u"/v2/index.php"_s : u"/"_s);
    return url;
}

} // namespace

Q_DECLARE_METATYPE(CertificateProblem)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void emulatorFaults_data();
    void emulatorFaults();
    void tricklingAnswerHitsTheDeadline();
    void getWithASecretIsRefused();
    void certificateProblems_data();
    void certificateProblems();
    void unresolvableHost();
    void connectionRefused();
    void proxyFailures_data();
    void proxyFailures();
    void clockSkew_data();
    void clockSkew();
    void everyErrorCategory_data();
    void everyErrorCategory();
    void quitWhileCreating();
    void damagedSettingsFile_data();
    void damagedSettingsFile();
    void settingsOnAFullDisk();

private:
    // A demo window with a short idle timeout, the generation chosen, the form filled in with a
    // manual key; `endpoint` (if given) replaces the emulator's.
    std::unique_ptr<AppTestDriver> startApp(ApiGeneration generation, const QUrl &endpoint = {},
                                            const QString &caBundle = {});
    // Presses Create and waits for the failure; checks that the window shows `kind` in its own
    // words and that the form still holds everything typed.
    void createAndExpectFailure(AppTestDriver &app, Kind kind);
    // For a failure before anything was sent: the transport's words name it, and there is no
    // warning that a key may exist.
    static void expectNothingSentBecause(const AppTestDriver &app, const QString &detail);

    TestCertificates m_certificates;
    bool m_haveCertificates = false;
};

void TestFaultMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The DNS and connection rows must not turn into proxy rows on a machine that has one.
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(name);
    QString why;
    m_haveCertificates = QSslSocket::supportsSsl() && m_certificates.generate(&why);
    if (!m_haveCertificates)
        qWarning("no test certificates: %s", qPrintable(why));
}

void TestFaultMatrix::cleanup()
{
    qunsetenv("https_proxy");
}

std::unique_ptr<AppTestDriver>
TestFaultMatrix::startApp(ApiGeneration generation, const QUrl &endpoint, const QString &caBundle)
{
    auto app = std::make_unique<AppTestDriver>(AppTestDriver::Setup{});
    if (!app->start())
        return nullptr;
    const bool changed = app->changeSettings([&](SettingsDialog &dialog) {
        auto *combo = dialog.findChild<QComboBox *>(u"apiGenerationCombo"_s);
        combo->setCurrentIndex(combo->findData(apiGenerationName(generation)));
        dialog.findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(5);
        dialog.findChild<QLineEdit *>(u"caBundleEdit"_s)->setText(caBundle);
    });
    if (!changed)
        return nullptr;
    if (!endpoint.isEmpty())
        app->root().profile().setEndpointOverride([endpoint](ApiGeneration) { return endpoint; });
    app->typeName(Name);
    app->chooseManual(KeyId, KeySecret);
    return app;
}

void TestFaultMatrix::createAndExpectFailure(AppTestDriver &app, Kind kind)
{
    QVERIFY(app.form().canCreate());
    app.clickCreate();
    QVERIFY(app.waitUntilNotCreating(30000));
    QVERIFY(!app.root().createKeyController().openDialog());

    // What the user sees: the panel, with the words of this kind of failure and the facts.
    ErrorPanel &panel = app.window().errorPanel();
    QVERIFY(panel.isVisible());
    const Failure &failure = panel.failure();
    if (kind == Kind::InvalidRequest) {
        // Refused before sending: a problem of the input, not a gateway error.
        QCOMPARE(failure.origin, Failure::Origin::Input);
        QVERIFY(failure.input.problem != BuildProblem::None);
    } else {
        QCOMPARE(failure.gateway.kind, kind);
    }
    const FailureWords words = FailureText::describe(failure);
    QVERIFY(!words.title.isEmpty());
    QVERIFY(!words.whatToDo.isEmpty());
    QCOMPARE(app.find<QLabel>(&panel, "titleLabel")->text(), words.title);
    QVERIFY(app.find<QLabel>(&panel, "whatToDoLabel")->isVisible());
    QVERIFY(!panel.detailsText().contains(KeySecret));
    // A request that may have been acted on says so; one that surely was not, does not.
    QCOMPARE(app.find<QLabel>(&panel, "processedWarningLabel")->isVisible(),
             failure.mayHaveBeenProcessed());

    // The input is all there for another try.
    QCOMPARE(app.find<QLineEdit>(&app.form(), "nameEdit")->text(), Name);
    QCOMPARE(app.find<QLineEdit>(&app.form(), "keyIdEdit")->text(), KeyId);
    QCOMPARE(app.find<QLineEdit>(&app.form(), "keySecretEdit")->text(), KeySecret);
    QVERIFY(app.form().canCreate());
}

void TestFaultMatrix::expectNothingSentBecause(const AppTestDriver &app, const QString &detail)
{
    const Failure &failure = app.window().errorPanel().failure();
    const QString shown = FailureText::facts(failure).detail;
    QVERIFY2(shown.contains(detail, Qt::CaseInsensitive), qPrintable(shown));
    QVERIFY(!failure.mayHaveBeenProcessed());
}

void TestFaultMatrix::emulatorFaults_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("mayHaveBeenProcessed");

    struct Row
    {
        Fault fault;
        Kind kind;
        bool mayHaveBeenProcessed;
    };
    const Row rows[] = {
        {Fault::Delay, Kind::Timeout, true},
        {Fault::StallMidBody, Kind::Timeout, true},
        {Fault::Http500Html, Kind::HttpStatus, true},
        {Fault::MalformedJson, Kind::MalformedResponse, true},
        {Fault::OversizedBody, Kind::ResponseTooLarge, true},
        {Fault::RedirectOtherOrigin, Kind::Redirect, false},
        {Fault::SeeOther, Kind::Redirect, true},
        {Fault::CloseWithoutAnswer, Kind::Network, true},
    };
    const QMetaEnum faults = QMetaEnum::fromType<Fault>();
    for (const Row &row : rows) {
        for (ApiGeneration generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
            QTest::addRow("%s, %s", faults.valueToKey(int(row.fault)),
                          qPrintable(apiGenerationName(generation)))
                << generation << row.fault << row.kind << row.mayHaveBeenProcessed;
        }
    }
}

void TestFaultMatrix::emulatorFaults()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(Fault, fault);
    QFETCH(Kind, kind);
    QFETCH(bool, mayHaveBeenProcessed);

    std::unique_ptr<AppTestDriver> app = startApp(generation);
    QVERIFY(app);
    // Longer than the profile's 5 s timeout, so Delay is a lost answer.
    app->emulator()->setFault(fault, 60s);
    createAndExpectFailure(*app, kind);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(app->window().errorPanel().failure().gateway.mayHaveBeenProcessed,
             mayHaveBeenProcessed);
    // One create reached the server, and only the faults that carry the real answer acted on it:
    // that key exists on the gateway, and the warning sends the user to the console for it.
    QCOMPARE(app->emulator()->requestCount(), 1);
    const bool actedOn =
        fault == Fault::Delay || fault == Fault::StallMidBody || fault == Fault::SeeOther;
    QCOMPARE(app->emulator()->createdKeyCount(), actedOn ? 1 : 0);
}

void TestFaultMatrix::tricklingAnswerHitsTheDeadline()
{
    // A byte every second keeps the 5 s idle timeout from ever firing; the whole answer would
    // take minutes. The overall limit set in Settings ends it.
    std::unique_ptr<AppTestDriver> app = startApp(ApiGeneration::Api3);
    QVERIFY(app);
    QVERIFY(app->changeSettings([](SettingsDialog &dialog) {
        dialog.findChild<QSpinBox *>(u"deadlineSpin"_s)
            ->setValue(ProfileSettings::MinDeadlineSeconds);
    }));
    QCOMPARE(app->root().profile().settings().deadlineSeconds, ProfileSettings::MinDeadlineSeconds);
    app->emulator()->setFault(Fault::Trickle, 1s);
    QElapsedTimer elapsed;
    elapsed.start();
    createAndExpectFailure(*app, Kind::Timeout);
    if (QTest::currentTestFailed())
        return;
    const qint64 took = elapsed.elapsed();
    QVERIFY2(took >= ProfileSettings::MinDeadlineSeconds * 1000 - 100 &&
                 took < ProfileSettings::MinDeadlineSeconds * 1000 + 4000,
             QByteArray::number(took).constData());
    QVERIFY(app->window().errorPanel().failure().gateway.mayHaveBeenProcessed);
    QCOMPARE(app->emulator()->requestCount(), 1);
    QCOMPARE(app->emulator()->createdKeyCount(), 1);
}

void TestFaultMatrix::getWithASecretIsRefused()
{
    // API 2.0 by GET would put the manual key's secret in the URL: the window refuses before
    // sending, says why, and keeps the form.
    std::unique_ptr<AppTestDriver> app = startApp(ApiGeneration::Api2);
    QVERIFY(app);
    QVERIFY(app->changeSettings([](SettingsDialog &dialog) {
        auto *combo = dialog.findChild<QComboBox *>(u"httpMethodCombo"_s);
        combo->setCurrentIndex(combo->findData(legacyHttpMethodName(LegacyHttpMethod::Get)));
        // The choice itself says what GET means for secrets.
        auto *hint = dialog.findChild<QLabel *>(u"httpMethodMessageLabel"_s);
        QVERIFY(hint->isVisibleTo(&dialog));
        QVERIFY2(hint->text().contains(u"POST"), qPrintable(hint->text()));
    }));
    createAndExpectFailure(*app, Kind::InvalidRequest);
    if (QTest::currentTestFailed())
        return;
    const QString details = app->window().errorPanel().detailsText();
    QVERIFY2(details.contains(u"URL") && details.contains(u"POST"), qPrintable(details));
    QVERIFY(!app->window().errorPanel().failure().gateway.mayHaveBeenProcessed);
    QCOMPARE(app->emulator()->requestCount(), 0);
}

void TestFaultMatrix::certificateProblems_data()
{
    QTest::addColumn<CertificateProblem>("problem");
    QTest::addColumn<QList<QSslError::SslError>>("expected");

    using E = QSslError;
    QTest::newRow("untrusted") << CertificateProblem::Untrusted
                               << QList<E::SslError>{E::UnableToGetLocalIssuerCertificate,
                                                     E::UnableToVerifyFirstCertificate,
                                                     E::SelfSignedCertificateInChain};
    QTest::newRow("expired") << CertificateProblem::Expired
                             << QList<E::SslError>{E::CertificateExpired};
    QTest::newRow("wrong host") << CertificateProblem::WrongHost
                                << QList<E::SslError>{E::HostNameMismatch};
}

void TestFaultMatrix::certificateProblems()
{
    QFETCH(CertificateProblem, problem);
    QFETCH(QList<QSslError::SslError>, expected);
    APIGW_REQUIRE(m_haveCertificates, u"no TLS backend or no openssl to make certificates"_s);

    const TestCertificates::Leaf &leaf =
        problem == CertificateProblem::Expired     ? m_certificates.expired()
        : problem == CertificateProblem::WrongHost ? m_certificates.otherHost()
                                                   : m_certificates.loopback();
    GatewayEmulator server;
    QVERIFY2(server.listenTls(leaf.certificate, leaf.key), qPrintable(server.errorString()));
    // Only the untrusted row leaves the test CA out: the others fail although it is trusted.
    const QString bundle =
        problem == CertificateProblem::Untrusted ? QString() : m_certificates.caBundlePath();
    std::unique_ptr<AppTestDriver> app =
        startApp(ApiGeneration::Api3, server.endpointUrl(ApiGeneration::Api3), bundle);
    QVERIFY(app);
    createAndExpectFailure(*app, Kind::Tls);
    if (QTest::currentTestFailed())
        return;
    const QString details = app->window().errorPanel().detailsText();
    QVERIFY2(std::any_of(expected.cbegin(), expected.cend(),
                         [&](QSslError::SslError e) {
                             return details.contains(QSslError(e).errorString());
                         }),
             qPrintable(details));
    QVERIFY(!app->window().errorPanel().failure().gateway.mayHaveBeenProcessed);
    QCOMPARE(server.requestCount(), 0);
}

void TestFaultMatrix::unresolvableHost()
{
    std::unique_ptr<AppTestDriver> app =
        startApp(ApiGeneration::Api3, QUrl(u"https://"_s + UnresolvableHost + u'/'));
    QVERIFY(app);
    createAndExpectFailure(*app, Kind::Network);
    if (QTest::currentTestFailed())
        return;
    expectNothingSentBecause(*app, u"not found"_s);
}

void TestFaultMatrix::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    std::unique_ptr<AppTestDriver> app =
        startApp(ApiGeneration::Api3, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    QVERIFY(app);
    createAndExpectFailure(*app, Kind::Network);
    if (QTest::currentTestFailed())
        return;
    expectNothingSentBecause(*app, u"refused"_s);
}

void TestFaultMatrix::proxyFailures_data()
{
    QTest::addColumn<bool>("proxyListens");
    QTest::newRow("proxy answers 502") << true;
    QTest::newRow("proxy port closed") << false;
}

void TestFaultMatrix::proxyFailures()
{
    QFETCH(bool, proxyListens);

    // The proxy of the environment, as a desktop session sets it; the gateway's name is never
    // resolved here, only by the proxy.
    ScriptedHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.setAnswer(ScriptedHttpServer::answer(502, "Bad Gateway"));
    const quint16 port = proxyListens ? proxy.port() : closedPort();
    QVERIFY(port != 0);
    qputenv("https_proxy", "http://127.0.0.1:" + QByteArray::number(port));

    std::unique_ptr<AppTestDriver> app =
        startApp(ApiGeneration::Api3, QUrl(u"https://apigateway."_s + UnresolvableHost + u'/'));
    QVERIFY(app);
    createAndExpectFailure(*app, Kind::Network);
    if (QTest::currentTestFailed())
        return;
    expectNothingSentBecause(*app, u"proxy"_s);
    if (QTest::currentTestFailed())
        return;
    // The proxy was asked for a tunnel, and only that: no signed request, no body went to it, and
    // nothing went on to a gateway.
    const QList<QByteArray> requests = proxy.requests();
    QCOMPARE(requests.size(), proxyListens ? 1 : 0);
    for (const QByteArray &request : requests) {
        QVERIFY2(request.startsWith("CONNECT apigateway." + UnresolvableHost.toLatin1() + ":443"),
                 request.constData());
        QVERIFY(!request.contains("Authorization"));
        QVERIFY(!request.contains(KeySecret.toLatin1()));
    }
}

void TestFaultMatrix::clockSkew_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::newRow("3.0") << ApiGeneration::Api3;
    QTest::newRow("2.0") << ApiGeneration::Api2;
}

void TestFaultMatrix::clockSkew()
{
    QFETCH(ApiGeneration, generation);
    // The gateway's clock is ten minutes ahead of ours: past the five minutes it allows.
    const FixedClock gatewayClock(QDateTime::currentDateTimeUtc().addSecs(10 * 60));
    std::unique_ptr<AppTestDriver> app = startApp(generation);
    QVERIFY(app);
    app->emulator()->setClock(&gatewayClock);
    createAndExpectFailure(*app, Kind::Gateway);
    app->emulator()->setClock(nullptr);
    if (QTest::currentTestFailed())
        return;
    const GatewayError error = app->window().errorPanel().failure().gateway;
    QCOMPARE(error.category, ErrorCategory::Clock);
    QVERIFY2(FailureText::describe(Failure::fromGateway(error))
                 .whatToDo.contains(u"date, time and time zone"_s),
             qPrintable(FailureText::describe(Failure::fromGateway(error)).whatToDo));
    QCOMPARE(app->emulator()->requestCount(), 1);
    QCOMPARE(app->emulator()->createdKeyCount(), 0);
}

void TestFaultMatrix::everyErrorCategory_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<bool>("retryLater");

    using C = ErrorCategory;
    struct Row
    {
        const char *name;
        C category;
        const char *api3Code;
        int api2Code;
        const char *api2Description;
        bool retryLater;
    };
    const Row rows[] = {
        {"authentication", C::Authentication, "AuthFailure.SignatureFailure", 4100, "AuthFailure",
         false},
        {"permission", C::Permission, "UnauthorizedOperation", 4102, "UnauthorizedOperation",
         false},
        {"validation", C::Validation, "InvalidParameterValue", 5000, "InvalidParameter", false},
        {"duplicate", C::Duplicate, "FailedOperation.AccessKeyExist", 4000,
         "FailedOperation.AccessKeyExist", false},
        {"quota", C::Quota, "LimitExceeded.ApiKeyCountLimitExceeded", 4400,
         "LimitExceeded.ApiKeyCountLimitExceeded", false},
        {"rate limit", C::RateLimit, "RequestLimitExceeded", 4400, "RequestLimitExceeded", true},
        {"clock", C::Clock, "AuthFailure.SignatureExpire", 4200, "AuthFailure", false},
        {"server", C::Server, "InternalError", 6000, "InternalError", true},
        {"endpoint", C::Endpoint, "UnsupportedRegion", 4600, "InvalidAction", false},
        {"not supported", C::Unsupported, "UnsupportedOperation.UinNotInWhiteList", 4000,
         "UnsupportedOperation.UinNotInWhiteList", false},
        {"operation failed", C::OperationFailed, "FailedOperation.NeverHeardOf", 4000,
         "FailedOperation.NeverHeardOf", false},
        {"unknown", C::Unknown, "Strange.NeverHeardOf", 7777, "NeverHeardOf", false},
    };
    for (const Row &row : rows) {
        const QByteArray api3 = R"({"Response":{"Error":{"Code":")" + QByteArray(row.api3Code) +
                                R"(","Message":"scripted"},"RequestId":"fault-matrix-0001"}})";
        const QByteArray api2 = R"({"code":)" + QByteArray::number(row.api2Code) +
                                R"(,"message":"scripted","codeDesc":")" +
                                QByteArray(row.api2Description) + R"("})";
        QTest::addRow("3.0 %s", row.name)
            << ApiGeneration::Api3 << api3 << row.category << row.retryLater;
        QTest::addRow("2.0 %s", row.name)
            << ApiGeneration::Api2 << api2 << row.category << row.retryLater;
    }
}

void TestFaultMatrix::everyErrorCategory()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCategory, category);
    QFETCH(bool, retryLater);

    // The emulator answers with only some codes on demand; these answers are the gateway's
    // documented shapes, scripted.
    ScriptedHttpServer gateway;
    QVERIFY(gateway.listen());
    gateway.setAnswer(ScriptedHttpServer::answer(200, body, "Content-Type: application/json\r\n"));
    std::unique_ptr<AppTestDriver> app =
        startApp(generation, endpointOn(gateway.baseUrl(), generation));
    QVERIFY(app);
    createAndExpectFailure(*app, Kind::Gateway);
    if (QTest::currentTestFailed())
        return;
    const GatewayError error = app->window().errorPanel().failure().gateway;
    QCOMPARE(error.category, category);
    QCOMPARE(error.retryLater, retryLater);
    QVERIFY(!error.mayHaveBeenProcessed);
    // The gateway's own code is shown for support to read.
    QVERIFY2(app->window().errorPanel().detailsText().contains(error.code),
             qPrintable(app->window().errorPanel().detailsText()));
    QCOMPARE(gateway.requestCount(), 1);
}

void TestFaultMatrix::quitWhileCreating()
{
    std::unique_ptr<AppTestDriver> app = startApp(ApiGeneration::Api3);
    QVERIFY(app);
    // The answer comes, but only after the user has asked to quit: 3 s leave room for a slow
    // machine and stay within the profile's 5 s idle timeout.
    app->emulator()->setFault(Fault::Delay, 3s);
    QSignalSpy received(app->emulator(), &GatewayEmulator::requestReceived);
    app->clickCreate();
    QVERIFY(received.wait(10000));

    app->window().findChild<QAction *>(u"quitAction"_s)->trigger();
    // Refused, in words; the create goes on and the form keeps its input meanwhile.
    QVERIFY(app->window().isVisible());
    QVERIFY(app->isCreating());
    const QString notice = app->find<QLabel>("noticeLabel")->text();
    QVERIFY2(notice.contains(u"Cancel"_s), qPrintable(notice));
    QCOMPARE(app->find<QLineEdit>(&app->form(), "keySecretEdit")->text(), KeySecret);

    // The key that was created is not lost: it arrives in the copy-once dialog.
    CopyOnceDialog *dialog = app->waitForCopyOnceDialog();
    QVERIFY(dialog);
    QCOMPARE(app->find<QLineEdit>(dialog, "keyIdEdit")->text(), KeyId);
    QCOMPARE(app->emulator()->requestCount(), 1);
    QCOMPARE(app->emulator()->createdKeyCount(), 1);
    QVERIFY(app->leaveCopyOnceDialog(dialog, false));

    // Cancelled instead, the window may go; nothing was sent again.
    app->emulator()->setFault(Fault::Delay, 60s);
    app->typeName(Name);
    app->chooseAutomatic();
    app->clickCreate();
    QVERIFY(received.wait(10000));
    QTest::mouseClick(app->find<QPushButton>(&app->form(), "cancelButton"), Qt::LeftButton);
    QVERIFY(app->waitUntilNotCreating());
    QVERIFY(app->window().close());
    QCOMPARE(app->emulator()->requestCount(), 2);
}

void TestFaultMatrix::damagedSettingsFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe[[[\x01=\x02\n[profiles\n", 20);
    QTest::newRow("broken group") << QByteArray("[profiles\ndefault\\timeoutSeconds=7\n");
    QTest::newRow("a folder, not a file") << QByteArray();
}

void TestFaultMatrix::damagedSettingsFile()
{
    QFETCH(QByteArray, content);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"settings.ini"_s);
    if (content.isEmpty()) {
        QVERIFY(QDir(folder.path()).mkdir(u"settings.ini"_s));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    {
        AppTestDriver app({true, folder.path(), {}});
        QVERIFY(app.start());
        // Said at once, with the file's name.
        const QString notice = app.find<QLabel>("noticeLabel")->text();
        QVERIFY2(notice.contains(u"settings.ini"_s) && notice.contains(u"cannot be read"_s),
                 qPrintable(notice));
        QVERIFY(app.find<QWidget>("noticeBanner")->isVisible());
        // The application works on defaults: settings can be changed and a key created.
        QVERIFY(app.changeSettings([](SettingsDialog &dialog) {
            dialog.findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(42);
        }));
        QCOMPARE(app.root().profile().settings().timeoutSeconds, 42);
        QVERIFY(app.createKey(Name, false));
        app.root().saveWindowLayout();
    }

    // Nothing overwrote it, nothing was lost.
    if (content.isEmpty()) {
        QVERIFY(QFileInfo(path).isDir());
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestFaultMatrix::settingsOnAFullDisk()
{
    QTemporaryDir folder;
    AppTestDriver app({false, folder.path(), {}});
    QVERIFY(app.start());
    QVERIFY(app.changeSettings([](SettingsDialog &dialog) {
        dialog.findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(20);
    }));
    QFile file(app.settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QVERIFY(before.contains("timeoutSeconds=20"));

    // A real write failure from the kernel, as root too: a file size limit makes every write past
    // 16 bytes fail (EFBIG, as ENOSPC on a full disk would), for this process only and only while
    // the dialog saves. SIGXFSZ would end the process instead of failing the write.
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    rlimit tiny = previous;
    tiny.rlim_cur = 16;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const bool accepted = app.changeSettings([](SettingsDialog &dialog) {
        dialog.findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(42);
    });
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &previous), 0);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(accepted);

    // The user is told; the file on disk is the one from before, whole.
    const QString notice = app.find<QLabel>("noticeLabel")->text();
    QVERIFY2(notice.contains(u"could not be saved"_s), qPrintable(notice));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    // The new value holds for this session, and the next save that works writes it too.
    QCOMPARE(app.root().profile().settings().timeoutSeconds, 42);
    QVERIFY(app.changeSettings([](SettingsDialog &dialog) {
        dialog.findChild<QSpinBox *>(u"clipboardClearSpin"_s)->setValue(45);
    }));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray after = file.readAll();
    QVERIFY2(after.contains("timeoutSeconds=42") && after.contains("clipboardClearSeconds=45"),
             after.constData());
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
