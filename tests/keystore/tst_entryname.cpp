#include "entryname.h"

#include <QSet>
#include <QtTest>

class tst_EntryName : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void neverCollide();
};

void tst_EntryName::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("profile") << EntryName::operatorCredentials(QStringLiteral("default"))
                             << QStringLiteral("profile/default/credentials");
    QTest::newRow("chinese profile stays readable")
        << EntryName::operatorCredentials(QStringLiteral("生产环境"))
        << QStringLiteral("profile/生产环境/credentials");
    QTest::newRow("slash and percent escaped")
        << EntryName::operatorCredentials(QStringLiteral("a/b%c"))
        << QStringLiteral("profile/a%2Fb%25c/credentials");
    QTest::newRow("key, default port left out")
        << EntryName::keySecret(QUrl(QStringLiteral("https://apigateway.tencentcloudapi.com:443/")),
                                QStringLiteral("AKIDexample"), QStringLiteral("key_1"))
        << QStringLiteral("key/apigateway.tencentcloudapi.com/AKIDexample/key_1");
    QTest::newRow("key, host lower case, path ignored")
        << EntryName::keySecret(
               QUrl(QStringLiteral("https://ApiGateway.API.qcloud.com/v2/index.php")),
               QStringLiteral("AKIDexample"), QStringLiteral("key_1"))
        << QStringLiteral("key/apigateway.api.qcloud.com/AKIDexample/key_1");
    QTest::newRow("key, emulator port kept")
        << EntryName::keySecret(QUrl(QStringLiteral("http://127.0.0.1:8080/")),
                                QStringLiteral("AKIDdemo"), QStringLiteral("k"))
        << QStringLiteral("key/127.0.0.1:8080/AKIDdemo/k");
}

void tst_EntryName::names()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(name, expected);
}

void tst_EntryName::neverCollide()
{
    // Each pair differs in exactly one input; all must give distinct names.
    const QUrl gatewayA(QStringLiteral("https://apigateway.tencentcloudapi.com/"));
    const QUrl gatewayB(QStringLiteral("https://apigateway.api.qcloud.com/v2/index.php"));
    const QUrl emulator1(QStringLiteral("http://127.0.0.1:8080/"));
    const QUrl emulator2(QStringLiteral("http://127.0.0.1:8081/"));
    const QString account1 = QStringLiteral("AKIDone");
    const QString account2 = QStringLiteral("AKIDtwo");
    const QStringList names = {
        EntryName::operatorCredentials(QStringLiteral("work")),
        EntryName::operatorCredentials(QStringLiteral("home")),
        EntryName::operatorCredentials(QStringLiteral("a/b")),
        EntryName::operatorCredentials(QStringLiteral("a%2Fb")),
        EntryName::operatorCredentials(QStringLiteral("a")),
        EntryName::keySecret(gatewayA, account1, QStringLiteral("k")),
        EntryName::keySecret(gatewayB, account1, QStringLiteral("k")),
        EntryName::keySecret(emulator1, account1, QStringLiteral("k")),
        EntryName::keySecret(emulator2, account1, QStringLiteral("k")),
        EntryName::keySecret(gatewayA, account2, QStringLiteral("k")),
        EntryName::keySecret(gatewayA, account1, QStringLiteral("k2")),
        // A '/' inside a component cannot shift the boundaries between components.
        EntryName::keySecret(gatewayA, QStringLiteral("AKIDone/k"), QStringLiteral("x")),
        EntryName::keySecret(gatewayA, account1, QStringLiteral("k/x")),
    };
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
}

QTEST_GUILESS_MAIN(tst_EntryName)
#include "tst_entryname.moc"
