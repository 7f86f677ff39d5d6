#pragma once

#include "apitypes.h"

#include <QStringList>
#include <QUrl>

// Where and how a create request goes: the endpoint URL, the region, and the generation with
// its knobs. The same value configures the request builders and the client.
struct GatewayEndpoint
{
    ApiGeneration generation = ApiGeneration::Api3;
    QUrl url = defaultUrl(ApiGeneration::Api3);
    QString region = defaultRegion();
    LegacySignatureMethod signatureMethod = LegacySignatureMethod::HmacSHA256; // API 2.0 only
    LegacyHttpMethod httpMethod = LegacyHttpMethod::Post;                      // API 2.0 only
    QString language; // API 3.0 X-TC-Language: "zh-CN", "en-US", or empty for the server's default

    // The vendor's endpoint for the generation and region: API 3.0 serves the finance regions
    // from a host of their own (apigateway.<region>.tencentcloudapi.com), every other region
    // from the public one; API 2.0 has one endpoint for all.
    static QUrl defaultUrl(ApiGeneration generation, const QString &region = defaultRegion());
    // API 3.0's international endpoint, for accounts of the international site.
    static QUrl internationalUrl();
    // The vendor's endpoints worth offering for the generation and region, the default first.
    static QList<QUrl> endpointChoices(ApiGeneration generation, const QString &region);
    static QString defaultRegion() { return QStringLiteral("ap-guangzhou"); }
    // The regions in which the vendor offers API Gateway, as it publishes them: the one table
    // the app, the CLI and the emulator all use.
    static QStringList knownRegions();
    static bool isKnownRegion(const QString &region);
    // ap-shanghai-fsi, ap-shenzhen-fsi, ap-beijing-fsi.
    static bool isFinanceRegion(const QString &region);
    // API 2.0's short name of a known region ("gz" for ap-guangzhou), empty for another.
    static QString legacyRegionName(const QString &region);

    // Moves to another generation and region: a URL that was the vendor's default for the old
    // ones becomes the default for the new ones; a URL of the user's own stays.
    void retarget(ApiGeneration newGeneration, const QString &newRegion);
};

enum class EndpointProblem {
    None,
    InvalidUrl,      // not an absolute http(s) URL with a host, or carries user info / fragment
    InsecureScheme,  // plain http to a host that is not loopback
    InvalidRegion,   // empty, or characters other than [a-z0-9-]
    InvalidLanguage, // anything but zh-CN / en-US
};

EndpointProblem checkEndpoint(const GatewayEndpoint &endpoint);

// 127.0.0.0/8, ::1 and "localhost": the only hosts that may be reached over plain HTTP.
bool isLoopbackHost(const QString &host);

// The host as it goes in the Host header and in the signatures: the port is included only when it
// differs from the scheme's default, which is what QNetworkAccessManager sends.
QByteArray signedHost(const QUrl &url);
