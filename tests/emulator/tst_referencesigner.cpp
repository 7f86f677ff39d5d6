// The reference signer against docs/PROTOCOL.md's published vectors: if it reproduces them, the
// emulator tests that sign with it test the emulator against the vendor's algorithm, not against
// app/core's reading of it.

#include "referencesigner.h"

#include <QtTest>

using ReferenceSigner::Parameters;

class TestReferenceSigner : public QObject
{
    Q_OBJECT

private slots:
    void percentEncode_data();
    void percentEncode();
    void legacyPublishedVectors_data();
    void legacyPublishedVectors();
    void legacyOrdering_data();
    void legacyOrdering();
    void utcDate_data();
    void utcDate();
    void tc3PublishedVector();
};

void TestReferenceSigner::percentEncode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QByteArray("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("always encoded") << QByteArray("+/= &") << QByteArray("%2B%2F%3D%20%26");
    QTest::newRow("utf-8") << QByteArray("\xe6\x9c\xaa") << QByteArray("%E6%9C%AA");
    QTest::newRow("percent itself") << QByteArray("%41") << QByteArray("%2541");
    QTest::newRow("signature") << QByteArray("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=")
                               << QByteArray("0EEm%2FHtGRr%2FVJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s%3D");
}

void TestReferenceSigner::percentEncode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(ReferenceSigner::percentEncode(raw), encoded);
}

void TestReferenceSigner::legacyPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("signature");

    const QByteArray key = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";
    const QByteArray id = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
    // Given in an order other than the sorted one, to exercise the sorting.
    const Parameters gz = {{"limit", "20"},
                           {"offset", "0"},
                           {"instanceIds.0", "ins-09dx96dg"},
                           {"Timestamp", "1465185768"},
                           {"SecretId", id},
                           {"Region", "gz"},
                           {"Nonce", "11886"},
                           {"Action", "DescribeInstances"}};
    QTest::newRow("gz HmacSHA1")
        << QByteArray("cvm.api.qcloud.com") << QByteArray("/v2/index.php") << gz << key
        << QByteArray("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886"
                      "&Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp="
                      "1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0")
        << QByteArray("NSI3UqqD99b/UJb4tbG/xZpRW64=");
    Parameters gz256 = gz;
    gz256.emplaceBack("SignatureMethod", "HmacSHA256");
    QTest::newRow("gz HmacSHA256")
        << QByteArray("cvm.api.qcloud.com") << QByteArray("/v2/index.php") << gz256 << key
        << QByteArray("GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886"
                      "&Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod="
                      "HmacSHA256&Timestamp=1465185768&instanceIds.0=ins-09dx96dg&limit=20"
                      "&offset=0")
        << QByteArray("PSWUwVv4TfW2sQP1FT9KbbLjIZ9bmK8f1cL6fbpf3KI=");

    // `InstanceIds_0` must sign exactly like `InstanceIds.0`.
    const Parameters guangzhou = {
        {"SignatureMethod", "HmacSHA256"}, {"InstanceIds_0", "ins-09dx96dg"},
        {"Action", "DescribeInstances"},   {"Nonce", "11886"},
        {"Region", "ap-guangzhou"},        {"SecretId", id},
        {"Timestamp", "1465185768"}};
    const QByteArray guangzhouText =
        "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
        "&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"
        "&SignatureMethod=HmacSHA256&Timestamp=1465185768";
    QTest::newRow("ap-guangzhou HmacSHA256")
        << QByteArray("cvm.api.qcloud.com") << QByteArray("/v2/index.php") << guangzhou << key
        << guangzhouText << QByteArray("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=");
    Parameters guangzhouSha1 = guangzhou;
    guangzhouSha1[0].second = "HmacSHA1";
    QByteArray guangzhouSha1Text = guangzhouText;
    guangzhouSha1Text.replace("HmacSHA256", "HmacSHA1");
    QTest::newRow("ap-guangzhou HmacSHA1")
        << QByteArray("cvm.api.qcloud.com") << QByteArray("/v2/index.php") << guangzhouSha1 << key
        << guangzhouSha1Text << QByteArray("nPVnY6njQmwQ8ciqbPl5Qe+Oru4=");

    const Parameters api3Host = {{"Version", "2017-03-12"},
                                 {"Timestamp", "1465185768"},
                                 {"SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"},
                                 {"Region", "ap-guangzhou"},
                                 {"Offset", "0"},
                                 {"Nonce", "11886"},
                                 {"Limit", "20"},
                                 {"InstanceIds.0", "ins-09dx96dg"},
                                 {"Action", "DescribeInstances"}};
    QTest::newRow("API 3.0 host HmacSHA1")
        << QByteArray("cvm.tencentcloudapi.com") << QByteArray("/") << api3Host
        << QByteArray("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
        << QByteArray("GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0="
                      "ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId="
                      "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version="
                      "2017-03-12")
        << QByteArray("EliP9YW3pW28FpsEdkXt/+WcGeI=");
}

void TestReferenceSigner::legacyPublishedVectors()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, path);
    QFETCH(Parameters, parameters);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, signature);

    const QByteArray text = ReferenceSigner::legacyStringToSign("GET", host, path, parameters);
    QCOMPARE(text, stringToSign);
    QByteArray method;
    for (const auto &[name, value] : parameters) {
        if (name == "SignatureMethod")
            method = value;
    }
    QCOMPARE(ReferenceSigner::legacySignature(method, secretKey, text), signature);
}

void TestReferenceSigner::legacyOrdering_data()
{
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::newRow("byte order, not numeric")
        << Parameters{{"InstanceIds.2", "b"}, {"InstanceIds.12", "a"}}
        << QByteArray("GEThost/p?InstanceIds.12=a&InstanceIds.2=b");
    QTest::newRow("upper case before lower case")
        << Parameters{{"secretId", "m"}, {"SecretId", "o"}}
        << QByteArray("GEThost/p?SecretId=o&secretId=m");
    QTest::newRow("underscore signs as dot")
        << Parameters{{"a_b", "1"}, {"a.a", "2"}} << QByteArray("GEThost/p?a.a=2&a.b=1");
    QTest::newRow("signature left out, values raw")
        << Parameters{{"Signature", "x"}, {"name", "a b+c/\xe6\x9c\xaa"}}
        << QByteArray("GEThost/p?name=a b+c/\xe6\x9c\xaa");
    QTest::newRow("utf-8 names after ascii")
        << Parameters{{"\xc3\xa9", "1"}, {"z", "2"}} << QByteArray("GEThost/p?z=2&\xc3\xa9=1");
}

void TestReferenceSigner::legacyOrdering()
{
    QFETCH(Parameters, parameters);
    QFETCH(QByteArray, stringToSign);
    QCOMPARE(ReferenceSigner::legacyStringToSign("GET", "host", "/p", parameters), stringToSign);
}

void TestReferenceSigner::utcDate_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("date");
    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01");
    QTest::newRow("published vector, already the 26th in UTC+8")
        << qint64(1551113065) << QByteArray("2019-02-25");
    QTest::newRow("last second of a day") << qint64(1551139199) << QByteArray("2019-02-25");
    QTest::newRow("first second of a day") << qint64(1551139200) << QByteArray("2019-02-26");
    QTest::newRow("leap day 2000") << qint64(951782400) << QByteArray("2000-02-29");
    QTest::newRow("leap day 2024") << qint64(1709208000) << QByteArray("2024-02-29");
    QTest::newRow("before the epoch") << qint64(-1) << QByteArray("1969-12-31");
    QTest::newRow("2100 is not a leap year") << qint64(4107542400) << QByteArray("2100-03-01");
}

void TestReferenceSigner::utcDate()
{
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, date);
    QCOMPARE(ReferenceSigner::utcDate(timestamp), date);
}

void TestReferenceSigner::tc3PublishedVector()
{
    ReferenceSigner::Tc3Request request;
    request.secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    request.secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    request.service = "cvm";
    request.host = "cvm.tencentcloudapi.com";
    request.contentType = "application/json; charset=utf-8";
    request.body =
        R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    request.timestamp = 1551113065;
    // The body is these 86 bytes, the text as shown with its backslash escapes: the hash the vendor
    // publishes (docs/PROTOCOL.md) is theirs.
    QCOMPARE(request.body.size(), 86);

    QCOMPARE(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex(),
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
    QCOMPARE(QCryptographicHash::hash(ReferenceSigner::tc3CanonicalRequest(request),
                                      QCryptographicHash::Sha256)
                 .toHex(),
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(ReferenceSigner::tc3SigningKey(request.secretKey, "2019-02-25", "cvm").toHex(),
             QByteArray("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"));
    QCOMPARE(ReferenceSigner::tc3Signature(request),
             QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    QCOMPARE(
        ReferenceSigner::tc3Authorization(request),
        QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
                   "2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                   "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
}

QTEST_GUILESS_MAIN(TestReferenceSigner)
#include "tst_referencesigner.moc"
