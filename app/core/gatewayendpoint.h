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

    static QUrl defaultUrl(ApiGeneration generation);
    static QString defaultRegion() { return QStringLiteral("ap-guangzhou"); }
    // The regions in which API Gateway is offered, as the console lists them.
    static QStringList knownRegions();
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
