#include "gatewayendpoint.h"

namespace {

struct RegionEntry
{
    const char16_t *name;
    const char16_t *legacyName; // API 2.0's short name
    bool finance;
};

// The vendor's list for API Gateway, in its order.
constexpr RegionEntry Regions[] = {
    {u"ap-guangzhou", u"gz", false},     {u"ap-shanghai", u"sh", false},
    {u"ap-nanjing", u"nj", false},       {u"ap-beijing", u"bj", false},
    {u"ap-chengdu", u"cd", false},       {u"ap-chongqing", u"cq", false},
    {u"ap-hongkong", u"hk", false},      {u"ap-singapore", u"sg", false},
    {u"ap-seoul", u"kr", false},         {u"ap-tokyo", u"jp", false},
    {u"ap-bangkok", u"th", false},       {u"na-siliconvalley", u"usw", false},
    {u"eu-frankfurt", u"de", false},     {u"ap-shanghai-fsi", u"shjr", true},
    {u"ap-shenzhen-fsi", u"szjr", true}, {u"ap-beijing-fsi", u"bjjr", true},
};

const RegionEntry *findRegion(QStringView region)
{
    for (const RegionEntry &entry : Regions) {
        if (region == QStringView(entry.name))
            return &entry;
    }
    return nullptr;
}

} // namespace

QUrl GatewayEndpoint::defaultUrl(ApiGeneration generation, const QString &region)
{
    if (generation == ApiGeneration::Api2)
        return QUrl(QStringLiteral("https://apigateway.api.qcloud.com/v2/index.php"));
    if (isFinanceRegion(region))
        return QUrl(QStringLiteral("https://apigateway.%1.tencentcloudapi.com/").arg(region));
    return QUrl(QStringLiteral("https://apigateway.tencentcloudapi.com/"));
}

QUrl GatewayEndpoint::internationalUrl()
{
    return QUrl(QStringLiteral("https://apigateway.intl.tencentcloudapi.com/"));
}

QList<QUrl> GatewayEndpoint::endpointChoices(ApiGeneration generation, const QString &region)
{
    QList<QUrl> choices{defaultUrl(generation, region)};
    // The finance regions are not served from the international site.
    if (generation == ApiGeneration::Api3 && !isFinanceRegion(region))
        choices.append(internationalUrl());
    return choices;
}

QStringList GatewayEndpoint::knownRegions()
{
    QStringList names;
    for (const RegionEntry &entry : Regions)
        names.append(QString::fromUtf16(entry.name));
    return names;
}

bool GatewayEndpoint::isKnownRegion(const QString &region)
{
    return findRegion(region) != nullptr;
}

bool GatewayEndpoint::isFinanceRegion(const QString &region)
{
    const RegionEntry *entry = findRegion(region);
    return entry && entry->finance;
}

QString GatewayEndpoint::legacyRegionName(const QString &region)
{
    const RegionEntry *entry = findRegion(region);
    return entry ? QString::fromUtf16(entry->legacyName) : QString();
}

void GatewayEndpoint::retarget(ApiGeneration newGeneration, const QString &newRegion)
{
    if (url == defaultUrl(generation, region))
        url = defaultUrl(newGeneration, newRegion);
    generation = newGeneration;
    region = newRegion;
}

namespace {

// Core stays free of QtNetwork, so addresses are parsed here rather than by QHostAddress.
bool isIpv4Loopback(QStringView host)
{
    const auto octets = host.split(u'.');
    if (octets.size() != 4)
        return false;
    for (const QStringView octet : octets) {
        bool ok = false;
        const uint value = octet.toUInt(&ok);
        if (!ok || octet.isEmpty() || octet.size() > 3 || value > 255 || !octet.at(0).isDigit())
            return false;
    }
    return octets.first() == u"127";
}

bool isIpv6Loopback(QStringView host)
{
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    // ::1 in any of its spellings: every group zero but a last group of 1.
    const qsizetype gap = host.indexOf(u"::");
    QList<QStringView> groups;
    if (gap >= 0) {
        const auto head = host.first(gap).split(u':', Qt::SkipEmptyParts);
        const auto tail = host.sliced(gap + 2).split(u':', Qt::SkipEmptyParts);
        if (head.size() + tail.size() > 7)
            return false;
        groups = head;
        for (qsizetype i = head.size() + tail.size(); i < 8; ++i)
            groups.append(u"0");
        groups.append(tail);
    } else {
        groups = host.split(u':');
    }
    if (groups.size() != 8)
        return false;
    for (qsizetype i = 0; i < 8; ++i) {
        bool ok = false;
        const uint value = groups.at(i).toUInt(&ok, 16);
        if (!ok || groups.at(i).size() > 4 || value != (i == 7 ? 1u : 0u))
            return false;
    }
    return true;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    return isIpv4Loopback(host) || (host.contains(u':') && isIpv6Loopback(host));
}

QByteArray signedHost(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

namespace {

bool isValidRegion(const QString &region)
{
    if (region.isEmpty() || region.size() > 64)
        return false;
    for (const QChar c : region) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

} // namespace

EndpointProblem checkEndpoint(const GatewayEndpoint &endpoint)
{
    const QUrl &url = endpoint.url;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http") ||
        !url.userInfo().isEmpty() || url.hasFragment() || url.hasQuery())
        return EndpointProblem::InvalidUrl;
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return EndpointProblem::InsecureScheme;
    if (!isValidRegion(endpoint.region))
        return EndpointProblem::InvalidRegion;
    if (!endpoint.language.isEmpty() && endpoint.language != u"zh-CN" &&
        endpoint.language != u"en-US")
        return EndpointProblem::InvalidLanguage;
    return EndpointProblem::None;
}
