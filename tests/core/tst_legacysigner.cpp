// The API 2.0 signature against every vector docs/PROTOCOL.md publishes, and the rules that real
// clients got wrong: underscores in names, byte-order sorting, the SecretId/secretId clash, raw
// values in the string to sign and RFC 3986 encoding on the wire.

#include "coretest.h"
#include "legacysigner.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// "name=value" pairs, split at the first '=' so that values may hold '=' themselves.
LegacySigner::Parameters parametersFrom(const QByteArrayList &pairs)
{
    LegacySigner::Parameters parameters;
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        parameters[pair.left(equals)] = pair.mid(equals + 1);
    }
    return parameters;
}

// The names in the order the string to sign lists them.
QByteArrayList signedOrder(const QByteArray &stringToSign)
{
    QByteArrayList names;
    const QByteArray query = stringToSign.mid(stringToSign.indexOf('?') + 1);
    for (const QByteArray &pair : query.split('&'))
        names.append(pair.left(pair.indexOf('=')));
    return names;
}

constexpr auto CvmSecretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA";
constexpr auto CvmSecretKey = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA";

} // namespace

class tst_LegacySigner : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void sentSignatureIsEncoded();
    void signedName_data();
    void signedName();
    void sortOrder_data();
    void sortOrder();
    void secretIdCaseClash();
    void signatureIsNeverSigned();
    void valuesAreSignedRaw_data();
    void valuesAreSignedRaw();
    void methodSelectsDigest_data();
    void methodSelectsDigest();
    void percentEncode_data();
    void percentEncode();
    void encodeParameters_data();
    void encodeParameters();
};

void tst_LegacySigner::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArrayList>("parameters");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<LegacySignatureMethod>("signatureMethod");
    QTest::addColumn<QByteArray>("stringToSign");
    QTest::addColumn<QByteArray>("signature");

    const QByteArray secretId = QByteArray("SecretId=") + CvmSecretId;
    // Each vector is given twice: with the dotted names as published, and with every '.' of a
    // name written as '_', which must sign identically.
    struct Vector
    {
        const char *tag;
        QByteArray host;
        QByteArray path;
        QByteArrayList parameters;
        QByteArray secretKey;
        LegacySignatureMethod method;
        QByteArray stringToSign;
        QByteArray signature;
    };
    const QList<Vector> vectors = {
        {"cvm HmacSHA1",
         "cvm.api.qcloud.com",
         "/v2/index.php",
         {"Action=DescribeInstances", "Nonce=11886", "Region=gz", secretId, "Timestamp=1465185768",
          "instanceIds.0=ins-09dx96dg", "limit=20", "offset=0"},
         CvmSecretKey,
         LegacySignatureMethod::HmacSHA1,
         "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz&"
         "SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1465185768&"
         "instanceIds.0=ins-09dx96dg&limit=20&offset=0",
         "NSI3UqqD99b/UJb4tbG/xZpRW64="},
        {"cvm HmacSHA256",
         "cvm.api.qcloud.com",
         "/v2/index.php",
         {"Action=DescribeInstances", "Nonce=11886", "Region=gz", secretId,
          "SignatureMethod=HmacSHA256", "Timestamp=1465185768", "instanceIds.0=ins-09dx96dg",
          "limit=20", "offset=0"},
         CvmSecretKey,
         LegacySignatureMethod::HmacSHA256,
         "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz&"
         "SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&"
         "Timestamp=1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0",
         "PSWUwVv4TfW2sQP1FT9KbbLjIZ9bmK8f1cL6fbpf3KI="},
        {"InstanceIds HmacSHA256",
         "cvm.api.qcloud.com",
         "/v2/index.php",
         {"Action=DescribeInstances", "InstanceIds.0=ins-09dx96dg", "Nonce=11886",
          "Region=ap-guangzhou", secretId, "SignatureMethod=HmacSHA256", "Timestamp=1465185768"},
         CvmSecretKey,
         LegacySignatureMethod::HmacSHA256,
         "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&"
         "Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&"
         "SignatureMethod=HmacSHA256&Timestamp=1465185768",
         "0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s="},
        {"InstanceIds HmacSHA1",
         "cvm.api.qcloud.com",
         "/v2/index.php",
         {"Action=DescribeInstances", "InstanceIds.0=ins-09dx96dg", "Nonce=11886",
          "Region=ap-guangzhou", secretId, "SignatureMethod=HmacSHA1", "Timestamp=1465185768"},
         CvmSecretKey,
         LegacySignatureMethod::HmacSHA1,
         "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&"
         "Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&"
         "SignatureMethod=HmacSHA1&Timestamp=1465185768",
         "nPVnY6njQmwQ8ciqbPl5Qe+Oru4="},
        {"API 3.0 host HmacSHA1",
         "cvm.tencentcloudapi.com",
         "/",
         {"Action=DescribeInstances", "InstanceIds.0=ins-09dx96dg", "Limit=20", "Nonce=11886",
          "Offset=0", "Region=ap-guangzhou", "SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
          "Timestamp=1465185768", "Version=2017-03-12"},
         "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
         LegacySignatureMethod::HmacSHA1,
         "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&"
         "Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou&"
         "SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12",
         "EliP9YW3pW28FpsEdkXt/+WcGeI="},
    };
    for (const Vector &vector : vectors) {
        QTest::addRow("%s, dotted", vector.tag)
            << QByteArray("GET") << vector.host << vector.path << vector.parameters
            << vector.secretKey << vector.method << vector.stringToSign << vector.signature;
        QByteArrayList underscored;
        for (QByteArray pair : vector.parameters) {
            const qsizetype equals = pair.indexOf('=');
            underscored.append(pair.left(equals).replace('.', '_') + pair.mid(equals));
        }
        QTest::addRow("%s, underscored", vector.tag)
            << QByteArray("GET") << vector.host << vector.path << underscored << vector.secretKey
            << vector.method << vector.stringToSign << vector.signature;
    }
}

void tst_LegacySigner::publishedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, path);
    QFETCH(QByteArrayList, parameters);
    QFETCH(QByteArray, secretKey);
    QFETCH(LegacySignatureMethod, signatureMethod);
    QFETCH(QByteArray, stringToSign);
    QFETCH(QByteArray, signature);

    const QByteArray actual =
        LegacySigner::stringToSign(method, host, path, parametersFrom(parameters));
    QCOMPARE(actual, stringToSign);
    QCOMPARE(LegacySigner::sign(signatureMethod, secretKey, actual), signature);
}

void tst_LegacySigner::sentSignatureIsEncoded()
{
    // A '/' or '+' of the base64 signature sent raw is the classic 4100.
    QCOMPARE(LegacySigner::percentEncode("0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s="),
             QByteArray("0EEm%2FHtGRr%2FVJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s%3D"));
    QCOMPARE(LegacySigner::percentEncode("nPVnY6njQmwQ8ciqbPl5Qe+Oru4="),
             QByteArray("nPVnY6njQmwQ8ciqbPl5Qe%2BOru4%3D"));
}

void tst_LegacySigner::signedName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("Action") << QByteArray("Action");
    QTest::newRow("one underscore") << QByteArray("InstanceIds_0") << QByteArray("InstanceIds.0");
    QTest::newRow("every underscore")
        << QByteArray("Filters_0_Values_1") << QByteArray("Filters.0.Values.1");
    QTest::newRow("dotted already") << QByteArray("InstanceIds.0") << QByteArray("InstanceIds.0");
    QTest::newRow("only underscores") << QByteArray("__") << QByteArray("..");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_LegacySigner::signedName()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(LegacySigner::signedName(name), expected);
}

void tst_LegacySigner::sortOrder_data()
{
    QTest::addColumn<QByteArrayList>("names");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("upper case before lower case")
        << QByteArrayList{"b", "a", "B", "A"} << QByteArrayList{"A", "B", "a", "b"};
    QTest::newRow("common before business parameters")
        << QByteArrayList{"type", "Timestamp", "secretName", "Action", "Token"}
        << QByteArrayList{"Action", "Timestamp", "Token", "secretName", "type"};
    QTest::newRow("bytes, not numbers")
        << QByteArrayList{"InstanceIds.2", "InstanceIds.12", "InstanceIds.1"}
        << QByteArrayList{"InstanceIds.1", "InstanceIds.12", "InstanceIds.2"};
    QTest::newRow("bytes, not numbers, underscored")
        << QByteArrayList{"InstanceIds_2", "InstanceIds_12"}
        << QByteArrayList{"InstanceIds.12", "InstanceIds.2"};
    // The map holds the names as sent ("a_b" sorts after "a.c" there); the signature sorts the
    // names as signed ("a.b" before "a.c").
    QTest::newRow("by signed name, not by sent name")
        << QByteArrayList{"a_b", "a.c", "a-z"} << QByteArrayList{"a-z", "a.b", "a.c"};
    QTest::newRow("prefix first") << QByteArrayList{"ab", "a", "abc"}
                                  << QByteArrayList{"a", "ab", "abc"};
    QTest::newRow("case clash") << QByteArrayList{"secretId", "SecretId"}
                                << QByteArrayList{"SecretId", "secretId"};
    // Bytes compare unsigned: UTF-8 lead bytes sort after every ASCII letter.
    QTest::newRow("non-ASCII after ASCII")
        << QByteArrayList{"\xc3\xa9", "z", "Z"} << QByteArrayList{"Z", "z", "\xc3\xa9"};
}

void tst_LegacySigner::sortOrder()
{
    QFETCH(QByteArrayList, names);
    QFETCH(QByteArrayList, expected);

    LegacySigner::Parameters parameters;
    for (const QByteArray &name : names)
        parameters[name] = "v";
    QCOMPARE(signedOrder(LegacySigner::stringToSign("GET", "h", "/", parameters)), expected);
}

void tst_LegacySigner::secretIdCaseClash()
{
    const LegacySigner::Parameters parameters =
        parametersFrom({"Action=CreateApiKey", "SecretId=AKIDoperator", "secretId=myKeyId",
                        "secretKey=myKeySecret1", "type=manual"});
    const QByteArray toSign = LegacySigner::stringToSign("POST", "h", "/p", parameters);
    QCOMPARE(toSign, QByteArray("POSTh/p?Action=CreateApiKey&SecretId=AKIDoperator&"
                                "secretId=myKeyId&secretKey=myKeySecret1&type=manual"));

    // Both entries are signed: changing either changes the signature.
    LegacySigner::Parameters otherKeyId = parameters;
    otherKeyId["secretId"] = "otherKeyId";
    LegacySigner::Parameters otherOperator = parameters;
    otherOperator["SecretId"] = "AKIDother";
    const QByteArray signature = LegacySigner::sign(LegacySignatureMethod::HmacSHA256, "k", toSign);
    QVERIFY(signature !=
            LegacySigner::sign(LegacySignatureMethod::HmacSHA256, "k",
                               LegacySigner::stringToSign("POST", "h", "/p", otherKeyId)));
    QVERIFY(signature !=
            LegacySigner::sign(LegacySignatureMethod::HmacSHA256, "k",
                               LegacySigner::stringToSign("POST", "h", "/p", otherOperator)));
}

void tst_LegacySigner::signatureIsNeverSigned()
{
    LegacySigner::Parameters parameters = parametersFrom({"Action=X", "Nonce=1"});
    const QByteArray without = LegacySigner::stringToSign("GET", "h", "/", parameters);
    parameters["Signature"] = "stale+/=";
    QCOMPARE(LegacySigner::stringToSign("GET", "h", "/", parameters), without);
    QCOMPARE(without, QByteArray("GETh/?Action=X&Nonce=1"));
}

void tst_LegacySigner::valuesAreSignedRaw_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("space") << QByteArray("my key");
    QTest::newRow("reserved") << QByteArray("a+b/c=d&e%f");
    QTest::newRow("percent sequence") << QByteArray("%20%25");
    QTest::newRow("chinese") << QStringLiteral(u"测试密钥").toUtf8();
    QTest::newRow("emoji") << QStringLiteral(u"key 🔑").toUtf8();
}

void tst_LegacySigner::valuesAreSignedRaw()
{
    QFETCH(QByteArray, value);
    const LegacySigner::Parameters parameters = {{"Action", "CreateApiKey"}, {"secretName", value}};
    QCOMPARE(
        LegacySigner::stringToSign("POST", "apigateway.api.qcloud.com", "/v2/index.php",
                                   parameters),
        QByteArray("POSTapigateway.api.qcloud.com/v2/index.php?Action=CreateApiKey&secretName=") +
            value);
}

void tst_LegacySigner::methodSelectsDigest_data()
{
    QTest::addColumn<LegacySignatureMethod>("method");
    QTest::addColumn<QCryptographicHash::Algorithm>("algorithm");

    QTest::newRow("HmacSHA256") << LegacySignatureMethod::HmacSHA256 << QCryptographicHash::Sha256;
    QTest::newRow("HmacSHA1") << LegacySignatureMethod::HmacSHA1 << QCryptographicHash::Sha1;
}

void tst_LegacySigner::methodSelectsDigest()
{
    QFETCH(LegacySignatureMethod, method);
    QFETCH(QCryptographicHash::Algorithm, algorithm);

    const QByteArray key = "secret key";
    const QByteArray message = QStringLiteral(u"POSTh/?secretName=名字").toUtf8();
    QCOMPARE(LegacySigner::sign(method, key, message),
             QMessageAuthenticationCode::hash(message, key, algorithm).toBase64());
}

void tst_LegacySigner::percentEncode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("unreserved kept")
        << QByteArray("ABCXYZabcxyz0189-_.~") << QByteArray("ABCXYZabcxyz0189-_.~");
    QTest::newRow("space") << QByteArray(" ") << QByteArray("%20");
    QTest::newRow("plus") << QByteArray("+") << QByteArray("%2B");
    QTest::newRow("slash") << QByteArray("/") << QByteArray("%2F");
    QTest::newRow("equals") << QByteArray("=") << QByteArray("%3D");
    QTest::newRow("ampersand") << QByteArray("&") << QByteArray("%26");
    QTest::newRow("percent") << QByteArray("%") << QByteArray("%25");
    QTest::newRow("tilde kept") << QByteArray("~") << QByteArray("~");
    QTest::newRow("already encoded text is text") << QByteArray("%20") << QByteArray("%2520");
    QTest::newRow("other sub-delimiters")
        << QByteArray("!*'();:@$,?#[]") << QByteArray("%21%2A%27%28%29%3B%3A%40%24%2C%3F%23%5B%5D");
    QTest::newRow("chinese") << QStringLiteral(u"中文").toUtf8()
                             << QByteArray("%E4%B8%AD%E6%96%87");
    QTest::newRow("emoji") << QStringLiteral(u"😀").toUtf8() << QByteArray("%F0%9F%98%80");
    QTest::newRow("control and NUL") << QByteArray("\0\n\x7f", 3) << QByteArray("%00%0A%7F");
    QTest::newRow("high bytes, upper-case hex") << QByteArray("\xff\xab") << QByteArray("%FF%AB");
    QTest::newRow("mixed") << QByteArray("my key+1/2=3&4%")
                           << QByteArray("my%20key%2B1%2F2%3D3%264%25");
}

void tst_LegacySigner::percentEncode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(LegacySigner::percentEncode(raw), encoded);
}

void tst_LegacySigner::encodeParameters_data()
{
    QTest::addColumn<QByteArrayList>("parameters");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("none") << QByteArrayList{} << QByteArray();
    QTest::newRow("one") << QByteArrayList{"Action=CreateApiKey"}
                         << QByteArray("Action=CreateApiKey");
    QTest::newRow("values encoded once, map order")
        << QByteArrayList{"secretName=a b", "Signature=ab+/cd==", "Action=CreateApiKey"}
        << QByteArray("Action=CreateApiKey&Signature=ab%2B%2Fcd%3D%3D&secretName=a%20b");
    QTest::newRow("names encoded too") << QByteArrayList{"a b=c"} << QByteArray("a%20b=c");
    QTest::newRow("empty value") << QByteArrayList{"secretName="} << QByteArray("secretName=");
}

void tst_LegacySigner::encodeParameters()
{
    QFETCH(QByteArrayList, parameters);
    QFETCH(QByteArray, encoded);
    QCOMPARE(LegacySigner::encodeParameters(parametersFrom(parameters)), encoded);
}

QTEST_APPLESS_MAIN(tst_LegacySigner)
#include "tst_legacysigner.moc"
