#include "errorcatalog.h"
#include "errorpanel.h"
#include "failuretext.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(GatewayError)

namespace {

GatewayError gatewayError(ApiGeneration generation, const QString &code,
                          const QString &description = {})
{
    GatewayError error;
    error.kind = GatewayError::Kind::Gateway;
    error.generation = generation;
    error.code = code;
    error.description = description;
    const auto classification = ErrorCatalog::classify(generation, code, description);
    error.category = classification.category;
    error.retryLater = classification.retryLater;
    if (generation == ApiGeneration::Api3)
        error.requestId = u"ad5218b4-edc3-4195-ba4d-a0ef176783ba"_s;
    error.message = u"the gateway's own words for "_s + code;
    return error;
}

GatewayError transportError(GatewayError::Kind kind, bool mayHaveBeenProcessed = false)
{
    GatewayError error;
    error.kind = kind;
    error.detail = u"transport detail"_s;
    error.mayHaveBeenProcessed = mayHaveBeenProcessed;
    if (kind == GatewayError::Kind::HttpStatus)
        error.httpStatus = 502;
    return error;
}

} // namespace

class TestErrorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsCodeAndRequestIdSelectably_data();
    void showsCodeAndRequestIdSelectably();
    void wordsAreDistinctPerCategory();
    void wordsAreDistinctPerKind();
    void wordsExistForEveryKnownCode();
    void specificCodesHaveTheirOwnWords();
    void codeWording_data();
    void codeWording();
    void mayHaveBeenProcessedWarns();
    void copyDetailsCopiesTheFactsButNoSecret();
    void emptyRowsAreHidden();
    void dismissHidesThePanel();
    void serverTextIsShownAsPlainText();
};

void TestErrorPanel::showsCodeAndRequestIdSelectably_data()
{
    QTest::addColumn<GatewayError>("error");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("3.0 signature")
        << gatewayError(ApiGeneration::Api3, u"AuthFailure.SignatureFailure"_s)
        << u"AuthFailure.SignatureFailure"_s;
    QTest::newRow("3.0 duplicate")
        << gatewayError(ApiGeneration::Api3, u"FailedOperation.AccessKeyExist"_s)
        << u"FailedOperation.AccessKeyExist"_s;
    QTest::newRow("2.0 auth") << gatewayError(ApiGeneration::Api2, u"4100"_s, u"AuthFailure"_s)
                              << u"4100"_s;
    QTest::newRow("2.0 quota") << gatewayError(ApiGeneration::Api2, u"4400"_s) << u"4400"_s;
}

void TestErrorPanel::showsCodeAndRequestIdSelectably()
{
    QFETCH(GatewayError, error);
    QFETCH(QString, expectedCode);

    ErrorPanel panel(QGuiApplication::clipboard());
    panel.showFailure(Failure::fromGateway(error));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *code = panel.findChild<QLabel *>(u"codeValueLabel"_s);
    auto *requestId = panel.findChild<QLabel *>(u"requestIdValueLabel"_s);
    QVERIFY(code && requestId);
    QVERIFY(code->text().contains(expectedCode));
    QVERIFY(code->isVisible());
    const auto selectable = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;
    QCOMPARE(code->textInteractionFlags() & selectable, selectable);
    QCOMPARE(requestId->textInteractionFlags() & selectable, selectable);
    QCOMPARE(requestId->text(), error.requestId);
    QCOMPARE(requestId->isVisible(), !error.requestId.isEmpty());
    QCOMPARE(panel.findChild<QLabel *>(u"messageValueLabel"_s)->text(), error.message);

    const FailureWords words = panel.description();
    QVERIFY(!words.title.isEmpty());
    QVERIFY(!words.whatHappened.isEmpty());
    QVERIFY(!words.whatToDo.isEmpty());
    QCOMPARE(panel.findChild<QLabel *>(u"titleLabel"_s)->text(), words.title);
    QCOMPARE(panel.findChild<QLabel *>(u"whatToDoLabel"_s)->text(), words.whatToDo);
}

void TestErrorPanel::wordsAreDistinctPerCategory()
{
    const QList<std::pair<ApiGeneration, QString>> representatives = {
        {ApiGeneration::Api3, u"AuthFailure.SignatureFailure"_s},           // Authentication
        {ApiGeneration::Api3, u"UnauthorizedOperation"_s},                  // Permission
        {ApiGeneration::Api3, u"InvalidParameterValue"_s},                  // Validation
        {ApiGeneration::Api3, u"FailedOperation.AccessKeyExist"_s},         // Duplicate
        {ApiGeneration::Api3, u"LimitExceeded.ApiKeyCountLimitExceeded"_s}, // Quota
        {ApiGeneration::Api3, u"RequestLimitExceeded"_s},                   // RateLimit
        {ApiGeneration::Api3, u"AuthFailure.SignatureExpire"_s},            // Clock
        {ApiGeneration::Api3, u"InternalError"_s},                          // Server
        {ApiGeneration::Api3, u"InvalidAction"_s},                          // Endpoint
        {ApiGeneration::Api3, u"UnsupportedOperation.Whatever"_s},          // Unsupported
        {ApiGeneration::Api3, u"FailedOperation.Whatever"_s},               // OperationFailed
        {ApiGeneration::Api3, u"Something.NeverSeen"_s},                    // Unknown
    };
    QSet<ErrorCategory> categories;
    QSet<QString> titles;
    QSet<QString> advice;
    for (const auto &[generation, code] : representatives) {
        const GatewayError error = gatewayError(generation, code);
        categories.insert(error.category);
        const FailureWords words = FailureText::describe(Failure::fromGateway(error));
        titles.insert(words.title);
        advice.insert(words.whatToDo);
    }
    QCOMPARE(categories.size(), representatives.size()); // one of each category
    QCOMPARE(titles.size(), representatives.size());
    QCOMPARE(advice.size(), representatives.size());
}

void TestErrorPanel::wordsAreDistinctPerKind()
{
    using Kind = GatewayError::Kind;
    const QList<Kind> kinds = {Kind::MalformedResponse,
                               Kind::HttpStatus,
                               Kind::ResponseTooLarge,
                               Kind::Timeout,
                               Kind::Cancelled,
                               Kind::Network,
                               Kind::Tls,
                               Kind::InsecureEndpoint,
                               Kind::Redirect,
                               Kind::InvalidRequest};
    QSet<QString> titles;
    QSet<QString> happened;
    for (const Kind kind : kinds) {
        const FailureWords words =
            FailureText::describe(Failure::fromGateway(transportError(kind)));
        QVERIFY(!words.title.isEmpty());
        QVERIFY(!words.whatHappened.isEmpty());
        QVERIFY(!words.whatToDo.isEmpty());
        QVERIFY(words.mayHaveBeenProcessedWarning.isEmpty());
        titles.insert(words.title);
        happened.insert(words.whatHappened);
    }
    QCOMPARE(titles.size(), kinds.size());
    QCOMPARE(happened.size(), kinds.size());
    QVERIFY(FailureText::describe(Failure::fromGateway(transportError(Kind::HttpStatus)))
                .title.contains(u"502"));
}

void TestErrorPanel::wordsExistForEveryKnownCode()
{
    for (const ApiGeneration generation : {ApiGeneration::Api3, ApiGeneration::Api2}) {
        for (const QString &code : ErrorCatalog::knownCodes(generation)) {
            const FailureWords words =
                FailureText::describe(Failure::fromGateway(gatewayError(generation, code)));
            QVERIFY2(!words.title.isEmpty() && !words.whatHappened.isEmpty() &&
                         !words.whatToDo.isEmpty(),
                     qPrintable(code));
        }
    }
}

void TestErrorPanel::specificCodesHaveTheirOwnWords()
{
    // Codes of one category whose advice differs: a stray space in the SecretId is not a wrong
    // SecretKey, and an expired token is neither.
    const auto advice = [](ApiGeneration generation, const QString &code,
                           const QString &description = {}) {
        return FailureText::describe(
                   Failure::fromGateway(gatewayError(generation, code, description)))
            .whatToDo;
    };
    const QString signature = advice(ApiGeneration::Api3, u"AuthFailure.SignatureFailure"_s);
    const QString notFound = advice(ApiGeneration::Api3, u"AuthFailure.SecretIdNotFound"_s);
    const QString token = advice(ApiGeneration::Api3, u"AuthFailure.TokenFailure"_s);
    QVERIFY(signature != notFound);
    QVERIFY(signature != token && notFound != token);
    QCOMPARE(advice(ApiGeneration::Api2, u"4104"_s), notFound);
    QCOMPARE(advice(ApiGeneration::Api2, u"4105"_s), token);
    // API 2.0 with an API 3.0 name in codeDesc: the name wins.
    QCOMPARE(advice(ApiGeneration::Api2, u"4000"_s, u"FailedOperation.AccessKeyExist"_s),
             advice(ApiGeneration::Api3, u"FailedOperation.AccessKeyExist"_s));
    // A wrong endpoint under 2.0 points at the retirement of API 2.0.
    QVERIFY(advice(ApiGeneration::Api2, u"6100"_s) !=
            advice(ApiGeneration::Api3, u"InvalidAction"_s));
}

void TestErrorPanel::codeWording_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description"); // API 2.0 codeDesc
    QTest::addColumn<QString>("happened");    // words the explanation must contain
    QTest::addColumn<QString>("toDo");        // words the advice must contain

    const auto api3 = [](const char *tag, const QString &code) -> QTestData & {
        return QTest::newRow(tag) << ApiGeneration::Api3 << code << QString();
    };
    const auto api2 = [](const char *tag, const QString &code,
                         const QString &description = {}) -> QTestData & {
        return QTest::newRow(tag) << ApiGeneration::Api2 << code << description;
    };
    api3("UinNotInWhiteList", u"UnsupportedOperation.UinNotInWhiteList"_s)
        << u"may not create manual keys"_s << u"automatic key"_s;
    api2("UinNotInWhiteList in codeDesc", u"4000"_s, u"UnsupportedOperation.UinNotInWhiteList"_s)
        << u"may not create manual keys"_s << u"automatic key"_s;
    api3("UnpackError", u"UnsupportedOperation.UnpackError"_s)
        << u"could not unpack"_s << u"contact support"_s;
    api3("UnsupportedOperation family", u"UnsupportedOperation.SomethingNew"_s)
        << u"does not support this operation"_s << u"automatic key"_s;
    api2("UnsupportedOperation family in codeDesc", u"4000"_s,
         u"UnsupportedOperation.SomethingNew"_s)
        << u"does not support this operation"_s << u"automatic key"_s;
    api3("FailedOperation family", u"FailedOperation.SomethingNew"_s)
        << u"could not carry out the request"_s << u"console"_s;
    api3("ActionOffline", u"ActionOffline"_s) << u"retired this action"_s << u"API 3.0"_s;
    api3("NoSuchProduct", u"NoSuchProduct"_s) << u"does not offer API Gateway"_s << u"endpoint"_s;
    api3("IpInBlacklist", u"IpInBlacklist"_s) << u"block list"_s << u"allowed network"_s;
    api3("IpNotInWhitelist", u"IpNotInWhitelist"_s)
        << u"not on the account's allow list"_s << u"add this address"_s;
    api3("RequestSizeLimitExceeded", u"RequestSizeLimitExceeded"_s)
        << u"larger than the gateway accepts"_s << u"Shorten"_s;
    api3("InvalidRequest", u"InvalidRequest"_s)
        << u"could not read the request's body"_s << u"contact support"_s;
    api3("ResourceInUse", u"ResourceInUse"_s) << u"is in use"_s << u"console"_s;
    api3("ResourceInsufficient", u"ResourceInsufficient"_s)
        << u"lacks the resources"_s << u"Wait a minute"_s;
    // API 2.0's numbers, as the vendor's table words them.
    api2("4400 is a request quota", u"4400"_s)
        << u"more requests than its quota"_s << u"request quotas"_s;
    api2("5000 is a missing resource", u"5000"_s) << u"does not exist"_s << u"region"_s;
    api2("5500 is a failed qualification review", u"5500"_s)
        << u"qualification review"_s << u"qualification status"_s;
}

void TestErrorPanel::codeWording()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QString, happened);
    QFETCH(QString, toDo);
    const FailureWords words =
        FailureText::describe(Failure::fromGateway(gatewayError(generation, code, description)));
    QVERIFY2(words.whatHappened.contains(happened), qPrintable(words.whatHappened));
    QVERIFY2(words.whatToDo.contains(toDo), qPrintable(words.whatToDo));
    // Not the words of a key-count limit, nor of an unknown code.
    QVERIFY(!words.whatHappened.contains(u"as many API keys"_s));
    QVERIFY(!words.whatHappened.contains(u"does not know"_s) || code == u"NoSuchProduct"_s);
}

void TestErrorPanel::mayHaveBeenProcessedWarns()
{
    ErrorPanel panel(QGuiApplication::clipboard());
    panel.show();
    auto *warning = panel.findChild<QLabel *>(u"processedWarningLabel"_s);
    QVERIFY(warning);

    panel.showFailure(Failure::fromGateway(transportError(GatewayError::Kind::Timeout, true)));
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->text().isEmpty());
    QVERIFY(FailureText::details(panel.failure()).contains(u"may have reached"_s));

    panel.showFailure(Failure::fromGateway(
        GatewayError::malformed(ApiGeneration::Api3, u"no Response"_s, u"rid-1"_s)));
    QVERIFY(warning->isVisible());

    panel.showFailure(Failure::fromGateway(transportError(GatewayError::Kind::Tls, false)));
    QVERIFY(!warning->isVisible());
    panel.showFailure(
        Failure::fromGateway(gatewayError(ApiGeneration::Api3, u"AuthFailure.SignatureFailure"_s)));
    QVERIFY(!warning->isVisible());
}

void TestErrorPanel::copyDetailsCopiesTheFactsButNoSecret()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    ErrorPanel panel(clipboard);
    panel.show();

    const SecretString keySecret(u"ManualSecret0123456789"_s);
    GatewayError error = gatewayError(ApiGeneration::Api3, u"InvalidParameterValue"_s);
    // A server that echoes the rejected value, and a transport detail that carries it as well.
    error.message = u"AccessKeySecret ManualSecret0123456789 is not valid"_s;
    error.detail = u"body excerpt: {\"AccessKeySecret\":\"ManualSecret0123456789\"}"_s;
    panel.showFailure(Failure::fromGateway(error), {keySecret});

    QSignalSpy copied(&panel, &ErrorPanel::detailsCopied);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"copyDetailsButton"_s), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);

    const QString text = clipboard->text();
    QVERIFY(text.contains(u"InvalidParameterValue"_s));
    QVERIFY(text.contains(error.requestId));
    QVERIFY(text.contains(u"is not valid"_s));
    QVERIFY(text.contains(u"body excerpt"_s));
    QVERIFY2(!text.contains(keySecret.toString()), qPrintable(text));
    const auto labels = panel.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY2(!label->text().contains(keySecret.toString()), qPrintable(label->objectName()));
}

void TestErrorPanel::emptyRowsAreHidden()
{
    ErrorPanel panel(QGuiApplication::clipboard());
    panel.show();
    panel.showFailure(Failure::fromGateway(transportError(GatewayError::Kind::Network)));
    auto *layout = panel.findChild<QFormLayout *>(u"detailsLayout"_s);
    QVERIFY(!layout->isRowVisible(panel.findChild<QLabel *>(u"codeTitleLabel"_s)));
    QVERIFY(!layout->isRowVisible(panel.findChild<QLabel *>(u"requestIdTitleLabel"_s)));
    QVERIFY(layout->isRowVisible(panel.findChild<QLabel *>(u"detailTitleLabel"_s)));
}

void TestErrorPanel::dismissHidesThePanel()
{
    ErrorPanel panel(QGuiApplication::clipboard());
    panel.showFailure(Failure::fromGateway(transportError(GatewayError::Kind::Cancelled)));
    QVERIFY(panel.isVisible());
    QSignalSpy dismissed(&panel, &ErrorPanel::dismissed);
    QTest::mouseClick(panel.findChild<QToolButton *>(u"dismissButton"_s), Qt::LeftButton);
    QCOMPARE(dismissed.size(), 1);
    QVERIFY(!panel.isVisible());
}

void TestErrorPanel::serverTextIsShownAsPlainText()
{
    // A label's default format renders anything that looks like HTML: a gateway (or whatever
    // answers in its place) could show links, images and styled text in the window.
    GatewayError error = gatewayError(ApiGeneration::Api3, u"AuthFailure.<i>x</i>"_s);
    error.message =
        u"<b>bold</b> <a href=\"https://example.invalid/\">link</a>\x1b]52;c;eA==\x07"_s;
    error.requestId = u"<img src=\"file:///etc/passwd\">"_s;
    error.detail = u"<h1>HTML excerpt</h1>"_s;
    ErrorPanel panel(QGuiApplication::clipboard());
    panel.show();
    panel.showFailure(Failure::fromGateway(error));

    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    auto *message = panel.findChild<QLabel *>(u"messageValueLabel"_s);
    QVERIFY(message->text().startsWith(u"<b>bold</b> <a href="_s));
    QVERIFY(panel.findChild<QLabel *>(u"requestIdValueLabel"_s)->text().contains(u"<img"_s));
    QVERIFY(panel.findChild<QLabel *>(u"codeValueLabel"_s)->text().contains(u"<i>x</i>"_s));
}

QTEST_MAIN(TestErrorPanel)
#include "tst_errorpanel.moc"
