// TC3-HMAC-SHA256 against the vendor's published vector, step by step, and the UTC date that
// clients in UTC+8 got wrong for eight hours a day.

#include "coretest.h"
#include "tc3signer.h"

#include <QtTest>

namespace {

// The published vector (docs/PROTOCOL.md): the body is these 86 bytes, backslash escapes kept,
// and the published body hash is theirs.
const QByteArray PublishedBody =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";

Tc3Signer::Input publishedInput()
{
    Tc3Signer::Input input;
    input.secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    input.secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    input.service = "cvm";
    input.host = "cvm.tencentcloudapi.com";
    input.contentType = "application/json; charset=utf-8";
    input.payload = PublishedBody;
    input.timestamp = 1551113065;
    return input;
}

const QByteArray PublishedSignature =
    "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

} // namespace

class tst_Tc3Signer : public QObject
{
    Q_OBJECT

private slots:
    void publishedVector_data();
    void publishedVector();
    void utcDate_data();
    void utcDate();
    void everyInputIsSigned_data();
    void everyInputIsSigned();
    void secretIdOnlyInAuthorization();
};

void tst_Tc3Signer::publishedVector_data()
{
    QTest::addColumn<QByteArray>("timeZone");

    // The published timestamp is 2019-02-25 in UTC and already 2019-02-26 in UTC+8.
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
    QTest::newRow("America/Los_Angeles") << QByteArray("America/Los_Angeles");
}

void tst_Tc3Signer::publishedVector()
{
    QFETCH(QByteArray, timeZone);
    const ScopedTimeZone zone(timeZone);
    const Tc3Signer::Input input = publishedInput();

    QCOMPARE(PublishedBody.size(), 86);
    QCOMPARE(QCryptographicHash::hash(input.payload, QCryptographicHash::Sha256).toHex(),
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));

    const QByteArray canonicalRequest = Tc3Signer::canonicalRequest(input);
    QCOMPARE(canonicalRequest,
             QByteArray("POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
                        "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n"
                        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    QCOMPARE(QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex(),
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));

    QCOMPARE(Tc3Signer::stringToSign(input),
             QByteArray("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"
                        "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(Tc3Signer::signingKey(input.secretKey, "2019-02-25", input.service).toHex(),
             QByteArray("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"));
    QCOMPARE(Tc3Signer::signature(input), PublishedSignature);
    QCOMPARE(Tc3Signer::authorization(input),
             QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                        "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                        "Signature=") +
                 PublishedSignature);
}

void tst_Tc3Signer::utcDate_data()
{
    QTest::addColumn<QByteArray>("timeZone");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("date");
    // The local date the C library sees, to prove the row tests what it claims.
    QTest::addColumn<QDate>("localDate");

    QTest::newRow("published, UTC") << QByteArray("UTC") << qint64(1551113065)
                                    << QByteArray("2019-02-25") << QDate(2019, 2, 25);
    QTest::newRow("published, Asia/Shanghai") << QByteArray("Asia/Shanghai") << qint64(1551113065)
                                              << QByteArray("2019-02-25") << QDate(2019, 2, 26);
    QTest::newRow("00:00 Beijing time") << QByteArray("Asia/Shanghai") << qint64(1551110400)
                                        << QByteArray("2019-02-25") << QDate(2019, 2, 26);
    QTest::newRow("07:59:59 Beijing time") << QByteArray("Asia/Shanghai") << qint64(1551139199)
                                           << QByteArray("2019-02-25") << QDate(2019, 2, 26);
    QTest::newRow("08:00 Beijing time") << QByteArray("Asia/Shanghai") << qint64(1551139200)
                                        << QByteArray("2019-02-26") << QDate(2019, 2, 26);
    QTest::newRow("west of UTC, local date behind")
        << QByteArray("America/Los_Angeles") << qint64(1551146400) << QByteArray("2019-02-26")
        << QDate(2019, 2, 25);
    QTest::newRow("epoch") << QByteArray("Asia/Shanghai") << qint64(0) << QByteArray("1970-01-01")
                           << QDate(1970, 1, 1);
    QTest::newRow("a second before the epoch")
        << QByteArray("UTC") << qint64(-1) << QByteArray("1969-12-31") << QDate(1969, 12, 31);
    QTest::newRow("leap day") << QByteArray("UTC") << qint64(1709164800) << QByteArray("2024-02-29")
                              << QDate(2024, 2, 29);
}

void tst_Tc3Signer::utcDate()
{
    QFETCH(QByteArray, timeZone);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, date);
    QFETCH(QDate, localDate);

    const ScopedTimeZone zone(timeZone);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(timestamp).date(), localDate);
    QCOMPARE(Tc3Signer::utcDate(timestamp), date);

    Tc3Signer::Input input = publishedInput();
    input.timestamp = timestamp;
    QVERIFY(Tc3Signer::stringToSign(input).contains("\n" + date + "/cvm/tc3_request\n"));
    QVERIFY(Tc3Signer::authorization(input).contains("/" + date + "/cvm/tc3_request, "));
}

void tst_Tc3Signer::everyInputIsSigned_data()
{
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("secretKey") << QByteArray("secretKey");
    QTest::newRow("service") << QByteArray("service");
    QTest::newRow("host") << QByteArray("host");
    QTest::newRow("contentType") << QByteArray("contentType");
    QTest::newRow("payload") << QByteArray("payload");
    QTest::newRow("timestamp, same day") << QByteArray("timestamp");
    QTest::newRow("method") << QByteArray("method");
    QTest::newRow("path") << QByteArray("path");
    QTest::newRow("query") << QByteArray("query");
}

void tst_Tc3Signer::everyInputIsSigned()
{
    QFETCH(QByteArray, field);

    Tc3Signer::Input input = publishedInput();
    if (field == "secretKey")
        input.secretKey += 'x';
    else if (field == "service")
        input.service = "apigateway";
    else if (field == "host")
        input.host += ":8443";
    else if (field == "contentType")
        input.contentType = "application/json"; // what a stack that rewrites the header sends
    else if (field == "payload")
        input.payload.replace("1", "2");
    else if (field == "timestamp")
        input.timestamp += 1;
    else if (field == "method")
        input.method = "GET";
    else if (field == "path")
        input.path = "/v2";
    else if (field == "query")
        input.query = "a=1";
    else
        QFAIL("unknown field");
    QVERIFY(Tc3Signer::signature(input) != PublishedSignature);
}

void tst_Tc3Signer::secretIdOnlyInAuthorization()
{
    Tc3Signer::Input input = publishedInput();
    input.secretId = "AKIDsomeoneElse";
    QCOMPARE(Tc3Signer::signature(input), PublishedSignature);
    QVERIFY(Tc3Signer::authorization(input).startsWith(
        "TC3-HMAC-SHA256 Credential=AKIDsomeoneElse/2019-02-25/cvm/tc3_request, "));
    QVERIFY(!Tc3Signer::authorization(input).contains(input.secretKey));
}

QTEST_APPLESS_MAIN(tst_Tc3Signer)
#include "tst_tc3signer.moc"
