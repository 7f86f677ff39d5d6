// The operator's credentials: pasted values are trimmed, and what cannot travel in a header or a
// signed query is refused before anything is signed.

#include "coretest.h"
#include "operatorcredentials.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Credentials : public QObject
{
    Q_OBJECT

private slots:
    void fromInput_data();
    void fromInput();
    void checkCredentials_data();
    void checkCredentials();
};

void tst_Credentials::fromInput_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("expectedToken");
    QTest::addColumn<bool>("complete");

    QTest::newRow("clean") << u"AKIDabc"_s << u"key123"_s << QString() << u"AKIDabc"_s
                           << u"key123"_s << QString() << true;
    QTest::newRow("pasted with newlines") << u"AKIDabc\n"_s << u"key123\r\n"_s << u"token\n"_s
                                          << u"AKIDabc"_s << u"key123"_s << u"token"_s << true;
    QTest::newRow("surrounding spaces and tabs")
        << u"  AKIDabc\t"_s << u"\t key123 "_s << u" token "_s << u"AKIDabc"_s << u"key123"_s
        << u"token"_s << true;
    QTest::newRow("full-width spaces from an IME")
        << u"\u3000AKIDabc\u3000"_s << u"key123\u3000"_s << QString() << u"AKIDabc"_s << u"key123"_s
        << QString() << true;
    QTest::newRow("inner space kept") << u"AKID abc"_s << u"key 123"_s << QString() << u"AKID abc"_s
                                      << u"key 123"_s << QString() << true;
    QTest::newRow("whitespace only")
        << u" \n"_s << u"\t"_s << u"  "_s << QString() << QString() << QString() << false;
    QTest::newRow("key missing") << u"AKIDabc"_s << QString() << QString() << u"AKIDabc"_s
                                 << QString() << QString() << false;
    QTest::newRow("id missing") << QString() << u"key123"_s << QString() << QString() << u"key123"_s
                                << QString() << false;
}

void tst_Credentials::fromInput()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedKey);
    QFETCH(QString, expectedToken);
    QFETCH(bool, complete);

    const OperatorCredentials credentials =
        OperatorCredentials::fromInput(secretId, secretKey, token);
    QCOMPARE(credentials.secretId, expectedId);
    QCOMPARE(credentials.secretKey.toString(), expectedKey);
    QCOMPARE(credentials.sessionToken.toString(), expectedToken);
    QCOMPARE(credentials.isComplete(), complete);
}

void tst_Credentials::checkCredentials_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<CredentialProblem>("expected");

    using P = CredentialProblem;
    QTest::newRow("valid") << u"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"_s
                           << u"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"_s << QString() << P::None;
    QTest::newRow("valid with token")
        << u"AKIDabc"_s << u"key123"_s << u"tok+en/with=chars"_s << P::None;
    QTest::newRow("every printable ASCII")
        << u"!~AKID"_s << u"a!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"_s << QString() << P::None;
    QTest::newRow("no id") << QString() << u"key123"_s << QString() << P::MissingSecretId;
    QTest::newRow("no key") << u"AKIDabc"_s << QString() << QString() << P::MissingSecretKey;
    QTest::newRow("neither: the id is reported first")
        << QString() << QString() << QString() << P::MissingSecretId;
    QTest::newRow("space inside id")
        << u"AKID abc"_s << u"key123"_s << QString() << P::InvalidSecretId;
    QTest::newRow("tab inside id")
        << u"AKID\tabc"_s << u"key123"_s << QString() << P::InvalidSecretId;
    QTest::newRow("non-ASCII id") << u"AKIDé"_s << u"key123"_s << QString() << P::InvalidSecretId;
    QTest::newRow("DEL in id") << u"AKID\x7f"_s << u"key123"_s << QString() << P::InvalidSecretId;
    // Found by fuzz_request_builder: the separators of the TC3 Credential field.
    QTest::newRow("slash in id") << u"AK/ID"_s << u"key123"_s << QString() << P::InvalidSecretId;
    QTest::newRow("comma in id") << u"AK,ID"_s << u"key123"_s << QString() << P::InvalidSecretId;
    QTest::newRow("space inside key")
        << u"AKIDabc"_s << u"key 123"_s << QString() << P::InvalidSecretKey;
    QTest::newRow("chinese key") << u"AKIDabc"_s << u"密钥"_s << QString() << P::InvalidSecretKey;
    QTest::newRow("NUL in key") << u"AKIDabc"_s << (u"key"_s + QChar(0) + u"123"_s) << QString()
                                << P::InvalidSecretKey;
    QTest::newRow("newline inside token")
        << u"AKIDabc"_s << u"key123"_s << u"tok\nen"_s << P::InvalidSessionToken;
    QTest::newRow("non-ASCII token")
        << u"AKIDabc"_s << u"key123"_s << u"tøken"_s << P::InvalidSessionToken;
}

void tst_Credentials::checkCredentials()
{
    QFETCH(QString, secretId);
    QFETCH(QString, secretKey);
    QFETCH(QString, token);
    QFETCH(CredentialProblem, expected);

    OperatorCredentials credentials;
    credentials.secretId = secretId;
    credentials.secretKey = SecretString(secretKey);
    credentials.sessionToken = SecretString(token);
    QCOMPARE(::checkCredentials(credentials), expected);
    // Trimming never turns a credential with an inner fault into a valid one.
    QCOMPARE(::checkCredentials(OperatorCredentials::fromInput(secretId, secretKey, token)),
             expected);
}

QTEST_APPLESS_MAIN(tst_Credentials)
#include "tst_credentials.moc"
