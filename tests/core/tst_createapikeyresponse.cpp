// Reading the gateway's answers: the seed's samples verbatim, every error code of docs/PROTOCOL.md
// with what it means for the user, and hostile bodies that must end in an error value, never a
// crash.

#include "coretest.h"
#include "createapikeyresponse.h"
#include "errorcatalog.h"
#include "testenvironment.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// docs/PROTOCOL.md's tables, written down here independently of ErrorCatalog.
struct CodeRow
{
    const char *code;
    ErrorCategory category;
    bool retryLater;
    KeyRefusal refusal = KeyRefusal::None;
};

using C = ErrorCategory;
using R = KeyRefusal;

const QList<CodeRow> Api2Codes = {
    {"4000", C::Validation, false},     // invalid parameter
    {"4100", C::Authentication, false}, // authentication failed
    {"4101", C::Permission, false},     // sub-account not authorized for this API
    {"4102", C::Permission, false},     // sub-account not authorized for the resource
    {"4103", C::Permission, false},     // only the root account may call this API
    {"4104", C::Authentication, false}, // SecretId does not exist or is disabled
    {"4105", C::Authentication, false}, // invalid token
    {"4106", C::Authentication, false}, // MFA check failed
    {"4110", C::Permission, false},     // other authorization failure
    {"4200", C::Clock, false},          // request expired
    {"4300", C::Permission, false},     // access denied: account banned or out of scope
    {"4400", C::RateLimit, false},      // request quota exceeded (calls, not keys)
    {"4500", C::Clock, false},          // replay: nonce repeated or timestamp too far off
    {"4600", C::Endpoint, false},       // protocol not supported (HTTPS only)
    {"5000", C::Validation, false},     // resource does not exist
    {"5100", C::Server, true},          // resource operation failed
    {"5200", C::Quota, false},          // purchase failed
    {"5300", C::Quota, false},          // insufficient balance
    {"5400", C::Server, false},         // partial success: never retry blindly
    {"5500", C::Permission, false},     // account qualification check failed
    {"6000", C::Server, true},          // internal server error (retry later)
    {"6100", C::Endpoint, false},       // version not supported (check the host)
    {"6200", C::Server, true},          // API temporarily unavailable
};

const QList<CodeRow> Api3Codes = {
    {"AuthFailure.SignatureFailure", C::Authentication, false},
    {"AuthFailure.SignatureExpire", C::Clock, false},
    {"AuthFailure.SecretIdNotFound", C::Authentication, false},
    {"AuthFailure.InvalidSecretId", C::Authentication, false},
    {"AuthFailure.TokenFailure", C::Authentication, false},
    {"AuthFailure.MFAFailure", C::Authentication, false},
    {"AuthFailure.UnauthorizedOperation", C::Permission, false},
    {"UnauthorizedOperation", C::Permission, false},
    {"UnauthorizedOperation.UncertifiedUser", C::Permission, false},
    {"FailedOperation.AccessKeyExist", C::Duplicate, false},
    {"LimitExceeded.ApiKeyCountLimitExceeded", C::Quota, false},
    {"InvalidParameter", C::Validation, false},
    {"InvalidParameter.FormatError", C::Validation, false},
    {"InvalidParameterValue", C::Validation, false},
    {"MissingParameter", C::Validation, false},
    {"UnknownParameter", C::Validation, false},
    {"RequestLimitExceeded", C::RateLimit, true},
    {"InternalError", C::Server, true},
    {"InternalError.ApigwException", C::Server, true},
    {"InternalError.OssException", C::Server, true},
    {"InvalidAction", C::Endpoint, false},
    {"NoSuchVersion", C::Endpoint, false},
    {"UnsupportedRegion", C::Endpoint, false},
    {"UnsupportedProtocol", C::Endpoint, false},
    // CreateApiKey's own codes.
    {"UnsupportedOperation.UnpackError", C::Unsupported, false},
    {"UnsupportedOperation.UinNotInWhiteList", C::Unsupported, false},
    // The common codes of every action.
    {"ActionOffline", C::Endpoint, false},
    {"NoSuchProduct", C::Endpoint, false},
    {"IpInBlacklist", C::Permission, false},
    {"IpNotInWhitelist", C::Permission, false},
    {"RequestSizeLimitExceeded", C::Validation, false},
    {"InvalidRequest", C::Validation, false},
    {"ResourceInUse", C::OperationFailed, false},
    {"ResourceInsufficient", C::Server, true},
    // The key lifecycle actions' own.
    {"ResourceNotFound.InvalidAccessKeyId", C::Validation, false, R::KeyNotFound},
    {"ResourceNotFound.InvalidUsagePlan", C::Validation, false, R::UsagePlanNotFound},
    {"InvalidParameterValue.InvalidAccessKeyIds", C::Validation, false, R::InvalidKeyIds},
    {"InvalidParameterValue.InvalidFilterNotSupportedName", C::Validation, false},
    {"InvalidParameterValue.FormatError", C::Validation, false},
    {"InvalidParameterValue.InvalidRegion", C::Endpoint, false},
    {"UnsupportedOperation.InvalidStatus", C::Unsupported, false, R::KeyStatusForbids},
    {"UnsupportedOperation.ResourceIsInUse", C::Unsupported, false, R::KeyBoundToUsagePlan},
    {"UnsupportedOperation.UnsupportedUpdateApiKey", C::Unsupported, false, R::KeyNotUpdatable},
    {"UnsupportedOperation.UnsupportedBindApiKey", C::Unsupported, false, R::KeyNotBindable},
    {"UnsupportedOperation.AlreadyBindUsagePlan", C::Unsupported, false, R::AlreadyBound},
    {"FailedOperation.AlreadyBindUsagePlan", C::OperationFailed, false, R::AlreadyBound},
    {"LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded", C::Quota, false, R::UsagePlanFull},
    {"FailedOperation.CamException", C::OperationFailed, false},
};

QStringList codesOf(const QList<CodeRow> &rows)
{
    QStringList codes;
    for (const CodeRow &row : rows)
        codes.append(QString::fromLatin1(row.code));
    codes.sort();
    return codes;
}

const QByteArray Secret = "S3cretValue_Never_Shown";

QByteArray deeplyNested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray api3Error(const QByteArray &code)
{
    return R"({"Response":{"Error":{"Code":")" + code +
           R"(","Message":"message text"},"RequestId":"rid-1"}})";
}

} // namespace

class tst_CreateApiKeyResponse : public QObject
{
    Q_OBJECT

private slots:
    void seedSamples_data();
    void seedSamples();
    void api2Success_data();
    void api2Success();
    void api2Errors_data();
    void api2Errors();
    void api3Success_data();
    void api3Success();
    void api3Errors_data();
    void api3Errors();
    void unlistedCodes_data();
    void unlistedCodes();
    void catalogCoversProtocol();
    void api3ResultNull();
    void typeFallsBackToTheOneAskedFor_data();
    void typeFallsBackToTheOneAskedFor();
    void createdTimeIsUtc_data();
    void createdTimeIsUtc();
    void hostile_data();
    void hostile();
    void sizeCap();
    void secretNeverInErrors_data();
    void secretNeverInErrors();
    void decoderReadsAReply();
    void decoderPassesErrorsOn();
};

void tst_CreateApiKeyResponse::seedSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("keySecret");
    QTest::addColumn<KeyType>("type");

    QTest::newRow("sample 1, auto")
        << u"api2/seed_sample1.json"_s << u"AKIDXXXXWKipDlK"_s << u"adasfdasffa"_s << KeyType::Auto;
    QTest::newRow("sample 2, manual") << u"api2/seed_sample2.json"_s << u"myTestsecretID"_s
                                      << u"myTestSecretKey"_s << KeyType::Manual;
}

void tst_CreateApiKeyResponse::seedSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, keyId);
    QFETCH(QString, keySecret);
    QFETCH(KeyType, type);

    const QByteArray body = TestEnvironment::readData(file);
    QVERIFY(body.contains('\t')); // verbatim, as the seed prints it
    const CreateApiKeyResult result = CreateApiKeyResponse::parse(ApiGeneration::Api2, body);
    QVERIFY(std::holds_alternative<CreatedKey>(result));
    const auto &key = std::get<CreatedKey>(result);
    QCOMPARE(key.generation, ApiGeneration::Api2);
    QCOMPARE(key.name, u"myTest"_s);
    QCOMPARE(key.type, type);
    QCOMPARE(key.keyId, keyId);
    QCOMPARE(key.keySecret.toString(), keySecret);
    QCOMPARE(key.createdUtc, QDateTime(QDate(2017, 8, 7), QTime(0, 0), Qt::UTC));
    QCOMPARE(key.createdUtc.timeSpec(), Qt::UTC);
    QVERIFY(!key.status.has_value());
    QVERIFY(key.requestId.isEmpty());
}

void tst_CreateApiKeyResponse::api2Success_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("created");

    const QDateTime created(QDate(2017, 8, 7), QTime(0, 0), Qt::UTC);
    QTest::newRow("numeric code, live spelling secretId")
        << QByteArray(R"({"code":0,"message":"","codeDesc":"Success","secretName":"n",)"
                      R"("secretId":"AKIDlive","secretKey":"k1234567890","type":"auto",)"
                      R"("createdTime":"2017-08-07T00:00:00Z"})")
        << u"AKIDlive"_s << u"n"_s << created;
    QTest::newRow("string code, documented spelling secretID")
        << QByteArray(
               R"({"code":"0","secretName":"n","secretID":"AKIDdoc",)"
               R"("secretKey":"k1234567890","type":"auto","createdTime":"2017-08-07T00:00:00Z"})")
        << u"AKIDdoc"_s << u"n"_s << created;
    QTest::newRow("both spellings: the live one wins")
        << QByteArray(R"({"code":0,"secretID":"AKIDdoc","secretId":"AKIDlive",)"
                      R"("secretKey":"k1234567890","createdTime":"2017-08-07T00:00:00Z"})")
        << u"AKIDlive"_s << QString() << created;
    QTest::newRow("chinese name")
        << QStringLiteral(
               u"{\"code\":0,\"secretName\":\"测试\",\"secretId\":\"AKIDx\","
               u"\"secretKey\":\"k1234567890\",\"createdTime\":\"2017-08-07T00:00:00Z\"}")
               .toUtf8()
        << u"AKIDx"_s << u"测试"_s << created;
    QTest::newRow("time with an offset, read as UTC")
        << QByteArray(R"({"code":0,"secretId":"AKIDx","secretKey":"k1234567890",)"
                      R"("createdTime":"2017-08-07T08:00:00+08:00"})")
        << u"AKIDx"_s << QString() << created;
    // A created key is never thrown away over a cosmetic field.
    QTest::newRow("unreadable time")
        << QByteArray(R"({"code":0,"secretId":"AKIDx","secretKey":"k1234567890",)"
                      R"("createdTime":"yesterday"})")
        << u"AKIDx"_s << QString() << QDateTime();
    QTest::newRow("no time, null name")
        << QByteArray(
               R"({"code":0,"secretId":"AKIDx","secretKey":"k1234567890","secretName":null})")
        << u"AKIDx"_s << QString() << QDateTime();
}

void tst_CreateApiKeyResponse::api2Success()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, keyId);
    QFETCH(QString, name);
    QFETCH(QDateTime, created);

    const CreateApiKeyResult result = CreateApiKeyResponse::parse(ApiGeneration::Api2, body);
    QVERIFY(std::holds_alternative<CreatedKey>(result));
    const auto &key = std::get<CreatedKey>(result);
    QCOMPARE(key.keyId, keyId);
    QCOMPARE(key.keySecret.toString(), u"k1234567890"_s);
    QCOMPARE(key.name, name);
    QCOMPARE(key.createdUtc, created);
    if (created.isValid())
        QCOMPARE(key.createdUtc.timeSpec(), Qt::UTC);
}

void tst_CreateApiKeyResponse::api2Errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<bool>("retryLater");

    for (const CodeRow &row : Api2Codes) {
        // Live servers send the code as a number, the documentation as a string.
        QTest::addRow("%s as number", row.code)
            << QByteArray(R"({"code":)") + row.code +
                   R"(,"codeDesc":"SomeError","message":"(100004)projectId不正确"})"
            << QString::fromLatin1(row.code) << row.category << row.retryLater;
        QTest::addRow("%s as string", row.code)
            << QByteArray(R"({"code":")") + row.code +
                   R"(","codeDesc":"SomeError","message":"(100004)projectId不正确"})"
            << QString::fromLatin1(row.code) << row.category << row.retryLater;
    }
}

void tst_CreateApiKeyResponse::api2Errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(ErrorCategory, category);
    QFETCH(bool, retryLater);

    const CreateApiKeyResult result = CreateApiKeyResponse::parse(ApiGeneration::Api2, body);
    QVERIFY(std::holds_alternative<GatewayError>(result));
    const auto &error = std::get<GatewayError>(result);
    QCOMPARE(error.kind, GatewayError::Kind::Gateway);
    QCOMPARE(error.generation, ApiGeneration::Api2);
    QCOMPARE(error.code, code);
    QCOMPARE(error.description, u"SomeError"_s);
    QCOMPARE(error.message, u"(100004)projectId不正确"_s); // verbatim, never interpreted
    QCOMPARE(error.category, category);
    QCOMPARE(error.retryLater, retryLater);
}

void tst_CreateApiKeyResponse::api3Success_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status"); // -1: none

    const QByteArray sample = TestEnvironment::readData(u"api3/protocol_success.json"_s);
    QTest::newRow("published sample") << sample << 1;
    QByteArray disabled = sample;
    QTest::newRow("disabled") << disabled.replace(R"("Status":1)", R"("Status":0)") << 0;
    QByteArray noStatus = sample;
    QTest::newRow("no status") << noStatus.replace(R"("Status":1,)", "") << -1;
    QByteArray textStatus = sample;
    QTest::newRow("status as text is ignored")
        << textStatus.replace(R"("Status":1)", R"("Status":"1")") << -1;
    QByteArray hugeStatus = sample;
    QTest::newRow("huge status is ignored")
        << hugeStatus.replace(R"("Status":1)", R"("Status":1e300)") << -1;
}

void tst_CreateApiKeyResponse::api3Success()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const CreateApiKeyResult result = CreateApiKeyResponse::parse(ApiGeneration::Api3, body);
    QVERIFY(std::holds_alternative<CreatedKey>(result));
    const auto &key = std::get<CreatedKey>(result);
    QCOMPARE(key.generation, ApiGeneration::Api3);
    QCOMPARE(key.keyId, u"AKID..."_s);
    QCOMPARE(key.keySecret.toString(), u"qYSyjR..."_s);
    QCOMPARE(key.type, KeyType::Auto);
    QCOMPARE(key.name, u"test"_s);
    QCOMPARE(key.createdUtc, QDateTime(QDate(2020, 2, 26), QTime(6, 10, 1), Qt::UTC));
    QCOMPARE(key.createdUtc.timeSpec(), Qt::UTC);
    QCOMPARE(key.status.has_value(), status >= 0);
    if (status >= 0)
        QCOMPARE(*key.status, status);
    QCOMPARE(key.requestId, u"ad5218b4-edc3-4195-ba4d-a0ef176783ba"_s);
}

void tst_CreateApiKeyResponse::api3Errors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<bool>("retryLater");
    QTest::addColumn<KeyRefusal>("refusal");

    for (const CodeRow &row : Api3Codes)
        QTest::newRow(row.code) << QString::fromLatin1(row.code) << row.category << row.retryLater
                                << row.refusal;
}

void tst_CreateApiKeyResponse::api3Errors()
{
    QFETCH(QString, code);
    QFETCH(ErrorCategory, category);
    QFETCH(bool, retryLater);
    QFETCH(KeyRefusal, refusal);

    const CreateApiKeyResult result =
        CreateApiKeyResponse::parse(ApiGeneration::Api3, api3Error(code.toLatin1()));
    QVERIFY(std::holds_alternative<GatewayError>(result));
    const auto &error = std::get<GatewayError>(result);
    QCOMPARE(error.kind, GatewayError::Kind::Gateway);
    QCOMPARE(error.generation, ApiGeneration::Api3);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, u"message text"_s);
    QCOMPARE(error.requestId, u"rid-1"_s); // operators quote it to support
    QCOMPARE(error.category, category);
    QCOMPARE(error.retryLater, retryLater);
    QCOMPARE(error.refusal, refusal);
}

void tst_CreateApiKeyResponse::unlistedCodes_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<bool>("retryLater");

    QTest::newRow("3.0, AuthFailure family")
        << ApiGeneration::Api3 << api3Error("AuthFailure.Whatever") << C::Authentication << false;
    QTest::newRow("3.0, InternalError family")
        << ApiGeneration::Api3 << api3Error("InternalError.Other") << C::Server << true;
    QTest::newRow("3.0, LimitExceeded family")
        << ApiGeneration::Api3 << api3Error("LimitExceeded.Other") << C::Quota << false;
    QTest::newRow("3.0, UnsupportedOperation family")
        << ApiGeneration::Api3 << api3Error("UnsupportedOperation.Other") << C::Unsupported
        << false;
    QTest::newRow("3.0, FailedOperation family")
        << ApiGeneration::Api3 << api3Error("FailedOperation.Other") << C::OperationFailed << false;
    QTest::newRow("2.0, UnsupportedOperation family named in codeDesc")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":4000,"codeDesc":"UnsupportedOperation.Other","message":""})")
        << C::Unsupported << false;
    QTest::newRow("2.0, FailedOperation family named in codeDesc")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":4000,"codeDesc":"FailedOperation.Other","message":""})")
        << C::OperationFailed << false;
    QTest::newRow("3.0, unknown family")
        << ApiGeneration::Api3 << api3Error("Strange.Code") << C::Unknown << false;
    QTest::newRow("3.0, case matters")
        << ApiGeneration::Api3 << api3Error("internalerror") << C::Unknown << false;
    // API 2.0 servers may name the error in codeDesc; the name says more than the number.
    QTest::newRow("2.0, duplicate named in codeDesc")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":4000,"codeDesc":"FailedOperation.AccessKeyExist","message":""})")
        << C::Duplicate << false;
    QTest::newRow("2.0, rate limit named in codeDesc without a dot")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":4400,"codeDesc":"RequestLimitExceeded","message":""})")
        << C::RateLimit << true;
    QTest::newRow("2.0, plain codeDesc keeps the code's meaning")
        << ApiGeneration::Api2
        << QByteArray(R"({"code":4100,"codeDesc":"AuthFailure","message":""})") << C::Authentication
        << false;
    QTest::newRow("2.0, unknown 6xxx is the server's")
        << ApiGeneration::Api2 << QByteArray(R"({"code":6999,"codeDesc":"X"})") << C::Server
        << true;
    QTest::newRow("2.0, unknown 4xxx")
        << ApiGeneration::Api2 << QByteArray(R"({"code":4999,"codeDesc":"X"})") << C::Unknown
        << false;
    QTest::newRow("2.0, negative code")
        << ApiGeneration::Api2 << QByteArray(R"({"code":"-1","codeDesc":"X"})") << C::Unknown
        << false;
}

void tst_CreateApiKeyResponse::unlistedCodes()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);
    QFETCH(ErrorCategory, category);
    QFETCH(bool, retryLater);

    const CreateApiKeyResult result = CreateApiKeyResponse::parse(generation, body);
    QVERIFY(std::holds_alternative<GatewayError>(result));
    const auto &error = std::get<GatewayError>(result);
    QCOMPARE(error.kind, GatewayError::Kind::Gateway);
    QCOMPARE(error.category, category);
    QCOMPARE(error.retryLater, retryLater);
}

// Every code of docs/PROTOCOL.md has its own entry in the catalog, and the catalog names no code
// the document does not have: a new code goes into both, with its category written down here.
void tst_CreateApiKeyResponse::catalogCoversProtocol()
{
    QCOMPARE(ErrorCatalog::knownCodes(ApiGeneration::Api2), codesOf(Api2Codes));
    QCOMPARE(ErrorCatalog::knownCodes(ApiGeneration::Api3), codesOf(Api3Codes));
}

void tst_CreateApiKeyResponse::api3ResultNull()
{
    const QByteArray body = R"({"Response":{"Result":null,"RequestId":"rid-null"}})";
    const CreateApiKeyResult result = CreateApiKeyResponse::parse(ApiGeneration::Api3, body);
    QVERIFY(std::holds_alternative<GatewayError>(result));
    const auto &error = std::get<GatewayError>(result);
    QCOMPARE(error.kind, GatewayError::Kind::MalformedResponse);
    QCOMPARE(error.requestId, u"rid-null"_s);
    QVERIFY(error.mayHaveBeenProcessed);
}

void tst_CreateApiKeyResponse::typeFallsBackToTheOneAskedFor_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("typeField"); // the JSON member as it appears, or empty
    QTest::addColumn<KeyType>("asked");
    QTest::addColumn<KeyType>("expected");

    const struct
    {
        const char *name;
        QByteArray field;
    } unnamed[] = {
        {"missing", {}}, {"null", "null"}, {"unknown", R"("custom")"}, {"empty", R"("")"}};
    for (const ApiGeneration generation : {ApiGeneration::Api2, ApiGeneration::Api3}) {
        const char *api = generation == ApiGeneration::Api2 ? "2.0" : "3.0";
        for (const auto &[name, field] : unnamed) {
            for (const KeyType asked : {KeyType::Manual, KeyType::Auto}) {
                QTest::addRow("%s, type %s, asked %s", api, name,
                              asked == KeyType::Manual ? "manual" : "auto")
                    << generation << field << asked << asked;
            }
        }
        // A type the answer does name is believed over what was asked for.
        QTest::addRow("%s, answer says auto, asked manual", api)
            << generation << QByteArray(R"("auto")") << KeyType::Manual << KeyType::Auto;
        QTest::addRow("%s, answer says manual, asked auto", api)
            << generation << QByteArray(R"("manual")") << KeyType::Auto << KeyType::Manual;
    }
}

void tst_CreateApiKeyResponse::typeFallsBackToTheOneAskedFor()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, typeField);
    QFETCH(KeyType, asked);
    QFETCH(KeyType, expected);

    QByteArray body;
    if (generation == ApiGeneration::Api2) {
        body = R"({"code":0,"secretId":"AKIDtyped","secretKey":"k1234567890")";
        if (!typeField.isEmpty())
            body += R"(,"type":)" + typeField;
        body += '}';
    } else {
        body = R"({"Response":{"RequestId":"rid-t","Result":{"AccessKeyId":"AKIDtyped",)"
               R"("AccessKeySecret":"k1234567890")";
        if (!typeField.isEmpty())
            body += R"(,"AccessKeyType":)" + typeField;
        body += "}}}";
    }
    const CreateApiKeyResult result = CreateApiKeyResponse::parse({generation, asked}, body);
    QVERIFY(std::holds_alternative<CreatedKey>(result));
    QCOMPARE(std::get<CreatedKey>(result).type, expected);
}

void tst_CreateApiKeyResponse::createdTimeIsUtc_data()
{
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("createdTime");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime midnight(QDate(2017, 8, 7), QTime(0, 0), Qt::UTC);
    const QList<std::pair<const char *, QByteArray>> times = {
        {"Z", "2017-08-07T00:00:00Z"},
        {"offset", "2017-08-07T08:00:00+08:00"},
        {"negative offset", "2017-08-06T17:00:00-07:00"},
        // The protocol's times are UTC: a time without a zone is UTC too, not the machine's.
        {"no zone", "2017-08-07T00:00:00"},
        {"no zone, space", "2017-08-07 00:00:00"},
    };
    for (const QByteArray &zone :
         {QByteArray("Asia/Shanghai"), QByteArray("America/Los_Angeles")}) {
        for (const auto &[tag, text] : times) {
            QTest::addRow("2.0, %s, %s", tag, zone.constData())
                << zone << ApiGeneration::Api2 << text << midnight;
            QTest::addRow("3.0, %s, %s", tag, zone.constData())
                << zone << ApiGeneration::Api3 << text << midnight;
        }
    }
}

void tst_CreateApiKeyResponse::createdTimeIsUtc()
{
    QFETCH(QByteArray, timeZone);
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, createdTime);
    QFETCH(QDateTime, expected);

    const ScopedTimeZone zone(timeZone);
    const QByteArray body =
        generation == ApiGeneration::Api2
            ? R"({"code":0,"secretId":"AKIDx","secretKey":"k1234567890","createdTime":")" +
                  createdTime + R"("})"
            : R"({"Response":{"RequestId":"r","Result":{"AccessKeyId":"AKIDx",)"
              R"("AccessKeySecret":"k1234567890","CreatedTime":")" +
                  createdTime + R"("}}})";
    const CreateApiKeyResult result = CreateApiKeyResponse::parse(generation, body);
    QVERIFY(std::holds_alternative<CreatedKey>(result));
    const QDateTime created = std::get<CreatedKey>(result).createdUtc;
    QCOMPARE(created, expected);
    QCOMPARE(created.timeSpec(), Qt::UTC);
}

// The decoder's hostile input; the envelope's is tst_responseenvelope's.
void tst_CreateApiKeyResponse::hostile_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");

    const auto api2 = [](const char *tag, const QByteArray &body) {
        QTest::addRow("2.0, %s", tag) << ApiGeneration::Api2 << body;
    };
    const QByteArray rest = R"(,"secretId":"AKIDx","secretKey":"k1234567890"})";
    api2("no key id", R"({"code":0,"secretKey":"k1234567890"})");
    api2("no key secret", R"({"code":0,"secretId":"AKIDx"})");
    api2("key secret null", R"({"code":0,"secretId":"AKIDx","secretKey":null})");
    api2("key secret a number", R"({"code":0,"secretId":"AKIDx","secretKey":1234567890})");
    api2("key secret empty", R"({"code":0,"secretId":"AKIDx","secretKey":""})");
    api2("key secret with a space", R"({"code":0,"secretId":"AKIDx","secretKey":"k12 34"})");
    api2("key secret with NUL", R"({"code":0,"secretId":"AKIDx","secretKey":"k12\u0000"})");
    api2("key secret of 100000 characters",
         R"({"code":0,"secretId":"AKIDx","secretKey":")" + QByteArray(100000, 'k') + R"("})");
    api2("key id an object", R"({"code":0,"secretId":{},"secretKey":"k1234567890"})");
    api2("key id with a newline", R"({"code":0,"secretId":"AKID\nx","secretKey":"k1234567890"})");
    api2("type a number", R"({"code":0,"type":1)" + rest);
    api2("name an array", R"({"code":0,"secretName":[])" + rest);
    api2("time a number", R"({"code":0,"createdTime":1502064000)" + rest);

    const auto api3 = [](const char *tag, const QByteArray &body) {
        QTest::addRow("3.0, %s", tag) << ApiGeneration::Api3 << body;
    };
    api3("Response empty", R"({"Response":{}})");
    api3("only a RequestId", R"({"Response":{"RequestId":"r"}})");
    api3("Result an array", R"({"Response":{"Result":[],"RequestId":"r"}})");
    api3("Result text", R"({"Response":{"Result":"ok","RequestId":"r"}})");
    api3("Result empty", R"({"Response":{"Result":{},"RequestId":"r"}})");
    api3("Result deeply nested",
         R"({"Response":{"Result":)" + deeplyNested(10000) + R"(,"RequestId":"r"}})");
    const QByteArray id = R"("AccessKeyId":"AKIDx")";
    const QByteArray secret = R"("AccessKeySecret":"k1234567890")";
    const auto result = [](const QByteArray &fields) {
        return R"({"Response":{"RequestId":"r","Result":{)" + fields + "}}}";
    };
    api3("no AccessKeyId", result(secret));
    api3("no AccessKeySecret", result(id));
    api3("AccessKeySecret a number", result(id + R"(,"AccessKeySecret":1234567890)"));
    api3("AccessKeySecret with a space", result(id + R"(,"AccessKeySecret":"k12 34567890")"));
    api3("AccessKeySecret non-ASCII",
         result(id + QStringLiteral(u",\"AccessKeySecret\":\"密钥密钥密钥密钥密钥\"").toUtf8()));
    api3("AccessKeyId with a tab", result(R"("AccessKeyId":"AK\tID",)" + secret));
    api3("AccessKeyType a number", result(id + ',' + secret + R"(,"AccessKeyType":1)"));
    api3("SecretName an object", result(id + ',' + secret + R"(,"SecretName":{})"));
    api3("CreatedTime a number", result(id + ',' + secret + R"(,"CreatedTime":0)"));
}

void tst_CreateApiKeyResponse::hostile()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);

    const CreateApiKeyResult result = CreateApiKeyResponse::parse(generation, body);
    QVERIFY(std::holds_alternative<GatewayError>(result));
    const auto &error = std::get<GatewayError>(result);
    QCOMPARE(error.kind, GatewayError::Kind::MalformedResponse);
    QCOMPARE(error.generation, generation);
    QVERIFY(!error.detail.isEmpty());
    // The server answered: the key may exist, so the user must check before creating again.
    QVERIFY(error.mayHaveBeenProcessed);
}

void tst_CreateApiKeyResponse::sizeCap()
{
    // A long but honest answer passes; one byte past the cap does not.
    const QByteArray head = R"({"code":6000,"codeDesc":"InternalError","message":")";
    const QByteArray tail = R"("})";
    const qsizetype fill = CreateApiKeyResponse::MaxBodySize - head.size() - tail.size();
    const QByteArray atCap = head + QByteArray(fill, 'm') + tail;
    QCOMPARE(atCap.size(), CreateApiKeyResponse::MaxBodySize);
    const CreateApiKeyResult fits = CreateApiKeyResponse::parse(ApiGeneration::Api2, atCap);
    QVERIFY(std::holds_alternative<GatewayError>(fits));
    QCOMPARE(std::get<GatewayError>(fits).kind, GatewayError::Kind::Gateway);
    QCOMPARE(std::get<GatewayError>(fits).code, u"6000"_s);

    const QByteArray pastCap = head + QByteArray(fill + 1, 'm') + tail;
    const CreateApiKeyResult refused = CreateApiKeyResponse::parse(ApiGeneration::Api2, pastCap);
    QVERIFY(std::holds_alternative<GatewayError>(refused));
    QCOMPARE(std::get<GatewayError>(refused).kind, GatewayError::Kind::MalformedResponse);
}

void tst_CreateApiKeyResponse::secretNeverInErrors_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("2.0, no key id")
        << ApiGeneration::Api2 << R"({"code":0,"secretKey":")" + Secret + R"("})";
    QTest::newRow("2.0, name of the wrong type")
        << ApiGeneration::Api2
        << R"({"code":0,"secretId":"AKIDx","secretName":5,"secretKey":")" + Secret + R"("})";
    QTest::newRow("2.0, key secret with a space")
        << ApiGeneration::Api2
        << R"({"code":0,"secretId":"AKIDx","secretKey":")" + Secret + R"( x"})";
    QTest::newRow("2.0, truncated after the secret")
        << ApiGeneration::Api2 << R"({"code":0,"secretKey":")" + Secret + R"(",)";
    QTest::newRow("3.0, no key id")
        << ApiGeneration::Api3
        << R"({"Response":{"RequestId":"r","Result":{"AccessKeySecret":")" + Secret + R"("}}})";
    QTest::newRow("3.0, key secret with a space")
        << ApiGeneration::Api3
        << R"({"Response":{"RequestId":"r","Result":{"AccessKeyId":"AKIDx","AccessKeySecret":")" +
               Secret + R"( x"}}})";
}

// Error values reach the UI and the logs; a secret from a garbled answer must not ride along.
void tst_CreateApiKeyResponse::secretNeverInErrors()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QByteArray, body);

    const CreateApiKeyResult result = CreateApiKeyResponse::parse(generation, body);
    QVERIFY(std::holds_alternative<GatewayError>(result));
    const auto &error = std::get<GatewayError>(result);
    QCOMPARE(error.kind, GatewayError::Kind::MalformedResponse);
    const QString secret = QString::fromLatin1(Secret);
    for (const QString &text :
         {error.code, error.description, error.message, error.requestId, error.detail})
        QVERIFY2(!text.contains(secret), qPrintable(text));
}

// The decoder alone, on replies the envelope parser would give: it reads only the action's part.
void tst_CreateApiKeyResponse::decoderReadsAReply()
{
    GatewayReply api3;
    api3.generation = ApiGeneration::Api3;
    api3.requestId = u"r-9"_s;
    api3.payload = QJsonObject{{u"Result"_s, QJsonObject{{u"AccessKeyId"_s, u"AKIDx"_s},
                                                         {u"AccessKeySecret"_s, u"k1234567890"_s},
                                                         {u"AccessKeyType"_s, u"neither"_s},
                                                         {u"Status"_s, 0}}}};
    const CreateApiKeyResult key = CreateApiKeyAction::decode(api3, KeyType::Manual);
    QVERIFY(std::holds_alternative<CreatedKey>(key));
    QCOMPARE(std::get<CreatedKey>(key).keyId, u"AKIDx"_s);
    QCOMPARE(std::get<CreatedKey>(key).keySecret.utf8(), QByteArray("k1234567890"));
    QCOMPARE(std::get<CreatedKey>(key).type, KeyType::Manual);
    QCOMPARE(std::get<CreatedKey>(key).status, std::optional<int>(0));
    QCOMPARE(std::get<CreatedKey>(key).requestId, u"r-9"_s);

    api3.payload = QJsonObject{{u"Result"_s, true}};
    const CreateApiKeyResult noKey = CreateApiKeyAction::decode(api3, KeyType::Auto);
    QVERIFY(std::holds_alternative<GatewayError>(noKey));
    QCOMPARE(std::get<GatewayError>(noKey).kind, GatewayError::Kind::MalformedResponse);
    QCOMPARE(std::get<GatewayError>(noKey).requestId, u"r-9"_s);

    GatewayReply api2;
    api2.generation = ApiGeneration::Api2;
    api2.payload = QJsonObject{{u"code"_s, 0},
                               {u"secretID"_s, u"AKIDy"_s},
                               {u"secretKey"_s, u"k0987654321"_s},
                               {u"createdTime"_s, u"2020-02-26T06:10:01Z"_s}};
    const CreateApiKeyResult legacy = CreateApiKeyAction::decode(api2, KeyType::Auto);
    QVERIFY(std::holds_alternative<CreatedKey>(legacy));
    QCOMPARE(std::get<CreatedKey>(legacy).keyId, u"AKIDy"_s);
    QCOMPARE(std::get<CreatedKey>(legacy).generation, ApiGeneration::Api2);
    QCOMPARE(std::get<CreatedKey>(legacy).createdUtc,
             QDateTime(QDate(2020, 2, 26), QTime(6, 10, 1), Qt::UTC));
}

void tst_CreateApiKeyResponse::decoderPassesErrorsOn()
{
    GatewayError refused;
    refused.kind = GatewayError::Kind::Timeout;
    refused.mayHaveBeenProcessed = true;
    const CreateApiKeyResult result = CreateApiKeyResponse::decode(refused, KeyType::Auto);
    QVERIFY(std::holds_alternative<GatewayError>(result));
    QCOMPARE(std::get<GatewayError>(result).kind, GatewayError::Kind::Timeout);
    QVERIFY(std::get<GatewayError>(result).mayHaveBeenProcessed);
}

QTEST_APPLESS_MAIN(tst_CreateApiKeyResponse)
#include "tst_createapikeyresponse.moc"
