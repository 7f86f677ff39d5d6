// The regions and endpoints the vendor publishes for API Gateway: the one table the window, the
// CLI and the emulator share, and the host each region is served from.

#include "coretest.h"
#include "gatewayendpoint.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The vendor's published list for API Gateway, written out here rather than read from the code.
const QStringList PublishedRegions = {
    u"ap-guangzhou"_s, u"ap-shanghai"_s,     u"ap-nanjing"_s,      u"ap-beijing"_s,
    u"ap-chengdu"_s,   u"ap-chongqing"_s,    u"ap-hongkong"_s,     u"ap-singapore"_s,
    u"ap-seoul"_s,     u"ap-tokyo"_s,        u"ap-bangkok"_s,      u"na-siliconvalley"_s,
    u"eu-frankfurt"_s, u"ap-shanghai-fsi"_s, u"ap-shenzhen-fsi"_s, u"ap-beijing-fsi"_s,
};

} // namespace

class tst_GatewayEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void enumNamesAreWrittenAndRead();
    void regionsAreTheVendorsList();
    void defaultUrl_data();
    void defaultUrl();
    void endpointChoices();
    void retarget_data();
    void retarget();
};

void tst_GatewayEndpoint::regionsAreTheVendorsList()
{
    QCOMPARE(GatewayEndpoint::knownRegions(), PublishedRegions);
    for (const QString &region : PublishedRegions)
        QVERIFY2(GatewayEndpoint::isKnownRegion(region), qPrintable(region));
    // Regions of other products, not of API Gateway.
    for (const QString &region : {u"ap-mumbai"_s, u"ap-jakarta"_s, u"na-ashburn"_s, u"na-toronto"_s,
                                  u"sa-saopaulo"_s, u"eu-moscow"_s, u""_s})
        QVERIFY2(!GatewayEndpoint::isKnownRegion(region), qPrintable(region));
    QVERIFY(GatewayEndpoint::isKnownRegion(GatewayEndpoint::defaultRegion()));
}

void tst_GatewayEndpoint::defaultUrl_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    for (const QString &region : PublishedRegions) {
        const QString host = region.endsWith(u"-fsi")
                                 ? u"https://apigateway.%1.tencentcloudapi.com/"_s.arg(region)
                                 : u"https://apigateway.tencentcloudapi.com/"_s;
        QTest::addRow("3.0 %s", qPrintable(region)) << ApiGeneration::Api3 << region << host;
        QTest::addRow("2.0 %s", qPrintable(region))
            << ApiGeneration::Api2 << region << u"https://apigateway.api.qcloud.com/v2/index.php"_s;
    }
}

void tst_GatewayEndpoint::defaultUrl()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(QString, region);
    QFETCH(QString, url);
    QCOMPARE(GatewayEndpoint::defaultUrl(generation, region), QUrl(url));
    GatewayEndpoint endpoint;
    endpoint.generation = generation;
    endpoint.region = region;
    endpoint.url = GatewayEndpoint::defaultUrl(generation, region);
    QCOMPARE(checkEndpoint(endpoint), EndpointProblem::None);
}

void tst_GatewayEndpoint::endpointChoices()
{
    const QUrl international(u"https://apigateway.intl.tencentcloudapi.com/"_s);
    QCOMPARE(GatewayEndpoint::internationalUrl(), international);
    QCOMPARE(GatewayEndpoint::endpointChoices(ApiGeneration::Api3, u"ap-singapore"_s),
             QList<QUrl>({QUrl(u"https://apigateway.tencentcloudapi.com/"_s), international}));
    QCOMPARE(GatewayEndpoint::endpointChoices(ApiGeneration::Api3, u"ap-beijing-fsi"_s),
             QList<QUrl>({QUrl(u"https://apigateway.ap-beijing-fsi.tencentcloudapi.com/"_s)}));
    QCOMPARE(GatewayEndpoint::endpointChoices(ApiGeneration::Api2, u"ap-guangzhou"_s),
             QList<QUrl>({QUrl(u"https://apigateway.api.qcloud.com/v2/index.php"_s)}));
}

void tst_GatewayEndpoint::retarget_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("newRegion");
    QTest::addColumn<QString>("expected");
    const QString publicUrl = u"https://apigateway.tencentcloudapi.com/"_s;
    const QString shanghaiFsi = u"https://apigateway.ap-shanghai-fsi.tencentcloudapi.com/"_s;
    const QString international = u"https://apigateway.intl.tencentcloudapi.com/"_s;
    QTest::newRow("default to a finance region")
        << publicUrl << u"ap-shanghai-fsi"_s << shanghaiFsi;
    QTest::newRow("default to another region") << publicUrl << u"ap-tokyo"_s << publicUrl;
    QTest::newRow("international stays") << international << u"ap-tokyo"_s << international;
    QTest::newRow("custom stays") << u"https://gw.example/"_s << u"ap-shenzhen-fsi"_s
                                  << u"https://gw.example/"_s;
}

void tst_GatewayEndpoint::retarget()
{
    QFETCH(QString, url);
    QFETCH(QString, newRegion);
    QFETCH(QString, expected);
    GatewayEndpoint endpoint;
    endpoint.url = QUrl(url);
    endpoint.retarget(ApiGeneration::Api3, newRegion);
    QCOMPARE(endpoint.url, QUrl(expected));
    QCOMPARE(endpoint.region, newRegion);
    // And back: a finance default returns to the public one.
    if (url == u"https://apigateway.tencentcloudapi.com/") {
        endpoint.retarget(ApiGeneration::Api3, u"ap-guangzhou"_s);
        QCOMPARE(endpoint.url, QUrl(url));
    }
}

void tst_GatewayEndpoint::enumNamesAreWrittenAndRead()
{
    // Settings files and the command line hold these names: they must not change.
    QCOMPARE(apiGenerationName(ApiGeneration::Api3), u"3.0"_s);
    QCOMPARE(apiGenerationName(ApiGeneration::Api2), u"2.0"_s);
    QCOMPARE(apiGenerationFromName(u"3"), ApiGeneration::Api3);
    QCOMPARE(apiGenerationFromName(u"2.0"), ApiGeneration::Api2);
    QVERIFY(!apiGenerationFromName(u"3.1"));
    QCOMPARE(keyTypeName(KeyType::Manual), u"manual"_s);
    QCOMPARE(keyTypeFromName(u"auto"), KeyType::Auto);
    QVERIFY(!keyTypeFromName(u"Auto"));
    QCOMPARE(legacySignatureMethodName(LegacySignatureMethod::HmacSHA1), u"HmacSHA1"_s);
    QCOMPARE(legacySignatureMethodFromName(u"HmacSHA256"), LegacySignatureMethod::HmacSHA256);
    QVERIFY(!legacySignatureMethodFromName(u"hmacsha256"));
    QCOMPARE(legacyHttpMethodName(LegacyHttpMethod::Get), u"GET"_s);
    QCOMPARE(legacyHttpMethodFromName(u"post"), LegacyHttpMethod::Post);
    QVERIFY(!legacyHttpMethodFromName(u"PUT"));
}

QTEST_APPLESS_MAIN(tst_GatewayEndpoint)
#include "tst_gatewayendpoint.moc"
