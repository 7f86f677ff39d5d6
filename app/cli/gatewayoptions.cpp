#include "gatewayoptions.h"

#include "applicationidentity.h"
#include "credentialsource.h"
#include "gatewayclient.h"
#include "profilesettingsstore.h"

#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

GatewayOptions::GatewayOptions()
    : m_api(u"api"_s, tr("API generation: 3 (default) or 2 (legacy)."), u"3|2"_s)
    , m_endpoint(u"endpoint"_s, tr("Gateway endpoint URL."), u"URL"_s)
    , m_region(u"region"_s,
               tr("Region (default ap-guangzhou), one of those API Gateway is offered in: %1. The "
                  "finance regions (-fsi) are served from their own endpoint, chosen with them.")
                   .arg(GatewayEndpoint::knownRegions().join(u", "_s)),
               u"REGION"_s)
    , m_signatureMethod(u"signature-method"_s,
                        tr("API 2.0 signature: HmacSHA256 (default) or HmacSHA1."), u"METHOD"_s)
    , m_httpMethod(u"http-method"_s, tr("API 2.0 HTTP method: POST (default) or GET."), u"METHOD"_s)
    , m_timeout(u"timeout"_s, tr("Idle timeout in seconds (default 30)."), u"SECONDS"_s)
    , m_deadline(u"deadline"_s,
                 tr("Time limit for each request in seconds (default 4 times the timeout)."),
                 u"SECONDS"_s)
    , m_caBundle(u"ca-bundle"_s, tr("Also trust the CA certificates of this PEM file."), u"PEM"_s)
    , m_profileOption(u"profile"_s, tr("Settings and credentials profile."), u"NAME"_s,
                      ProfileSettingsStore::defaultProfileName())
{}

void GatewayOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_api, m_endpoint, m_region, m_signatureMethod, m_httpMethod, m_timeout,
                       m_deadline, m_caBundle, m_profileOption});
}

QString GatewayOptions::read(const QCommandLineParser &parser)
{
    m_profile = parser.value(m_profileOption);
    if (!ProfileSettingsStore::isValidProfileName(m_profile))
        return tr("invalid profile name '%1'").arg(m_profile);
    QSettings settings(ApplicationIdentity::settingsFilePath(), QSettings::IniFormat);
    m_settings = ProfileSettingsStore(settings).load(m_profile);
    GatewayEndpoint &target = m_settings.endpoint;
    QString wantedRegion = target.region;
    const QString environmentRegion =
        qEnvironmentVariable(CredentialSource::environmentRegion().toLatin1().constData())
            .trimmed();
    if (!environmentRegion.isEmpty())
        wantedRegion = environmentRegion;
    if (parser.isSet(m_region))
        wantedRegion = parser.value(m_region).trimmed();
    // A region asked for here, rather than one kept in the profile, must be one the vendor
    // offers: a typing mistake is told now, not by the gateway after signing.
    if ((!environmentRegion.isEmpty() || parser.isSet(m_region)) &&
        !GatewayEndpoint::isKnownRegion(wantedRegion))
        return tr("unknown region '%1'; API Gateway is offered in: %2")
            .arg(wantedRegion, GatewayEndpoint::knownRegions().join(u", "_s));

    if (parser.isSet(m_api)) {
        const auto generation = apiGenerationFromName(parser.value(m_api));
        if (!generation)
            return tr("--api takes 3 or 2");
        if (*generation != target.generation) {
            // The other generation's endpoint, custom or not, cannot serve this one.
            target.generation = *generation;
            target.url = GatewayEndpoint::defaultUrl(*generation, target.region);
        }
    }
    // A default endpoint follows the region (a finance region has its own host).
    target.retarget(target.generation, wantedRegion);
    if (parser.isSet(m_endpoint))
        target.url = QUrl(parser.value(m_endpoint), QUrl::StrictMode);
    if (parser.isSet(m_signatureMethod)) {
        const auto method = legacySignatureMethodFromName(parser.value(m_signatureMethod));
        if (!method)
            return tr("--signature-method takes HmacSHA256 or HmacSHA1");
        target.signatureMethod = *method;
    }
    if (parser.isSet(m_httpMethod)) {
        const auto method = legacyHttpMethodFromName(parser.value(m_httpMethod));
        if (!method)
            return tr("--http-method takes POST or GET");
        target.httpMethod = *method;
    }
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return tr("--timeout takes a number of seconds from 1 to 3600");
        m_settings.timeoutSeconds = seconds;
    }
    if (parser.isSet(m_deadline)) {
        bool ok = false;
        const int seconds = parser.value(m_deadline).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return tr("--deadline takes a number of seconds from 1 to 86400");
        m_settings.deadlineSeconds = seconds;
    }
    if (parser.isSet(m_caBundle))
        m_settings.caBundlePath = parser.value(m_caBundle);
    return {};
}

std::unique_ptr<GatewayClient> GatewayOptions::makeClient(QString *problem) const
{
    auto client = std::make_unique<GatewayClient>();
    client->setIdleTimeout(std::chrono::seconds(m_settings.timeoutSeconds));
    client->setDeadline(std::chrono::seconds(m_settings.effectiveDeadlineSeconds()));
    if (!m_settings.caBundlePath.isEmpty()) {
        const CaBundle bundle = client->setExtraCaBundle(m_settings.caBundlePath);
        if (!bundle.isValid()) {
            *problem = tr("Cannot use the CA bundle: %1").arg(bundle.detail);
            return nullptr;
        }
    }
    return client;
}
