#include "gatewayclient.h"

#include "gatewayendpoint.h"
#include "gatewaylogging.h"
#include "loopbackawareproxyfactory.h"
#include "networkgatewaycall.h"
#include "oneshotbodydevice.h"
#include "transporterror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslSocket>

namespace {

using namespace Qt::StringLiterals;
using Kind = GatewayError::Kind;

// Refused before a connection was opened: nothing can have been processed.
GatewayError refused(Kind kind, ApiGeneration generation, QString detail)
{
    return GatewayError::of(kind, generation, std::move(detail), false);
}

// RFC 9110 token characters.
bool isHeaderName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// A line break in a value would let it forge further headers.
bool isHeaderValue(QByteArrayView value)
{
    for (const char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

// Headers that describe the transfer rather than the request; the client sets them itself.
bool isTransferHeader(QByteArrayView name)
{
    for (const QByteArrayView managed :
         {QByteArrayView("Content-Length"), QByteArrayView("Transfer-Encoding"),
          QByteArrayView("Connection"), QByteArrayView("Expect")}) {
        if (name.compare(managed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The API 2.0 parameters that carry a secret: a manual key's secret and the session token. In a
// query string they would be kept by every proxy and access log on the way.
bool queryCarriesSecret(const QUrl &url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        // A view of `pair` itself: QByteArray::first() would make a temporary that dies here.
        const QByteArrayView name =
            equals < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(equals);
        if (name == "secretKey" || name == "Token")
            return true;
    }
    return false;
}

} // namespace

GatewayClient::GatewayClient(QObject *parent)
    : QObject(parent), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setProxyFactory(new LoopbackAwareProxyFactory); // QNAM owns it
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(false);
}

GatewayClient::~GatewayClient()
{
    // The calls hold replies of m_network, which goes before QObject deletes its children.
    qDeleteAll(findChildren<GatewayCall *>(Qt::FindDirectChildrenOnly));
}

QByteArray GatewayClient::defaultUserAgent()
{
    return QByteArrayLiteral("apigw-keys/" APIGW_VERSION);
}

std::chrono::milliseconds GatewayClient::deadline() const
{
    return m_deadline.count() > 0 ? m_deadline : m_idleTimeout * DeadlineFactor;
}

QSslConfiguration GatewayClient::baseSslConfiguration()
{
    // The default configuration keeps Qt's on-demand lookup of the system's CAs; any call that
    // sets a CA list would switch that off, so this one never does.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

CaBundle GatewayClient::setExtraCaBundle(const QString &pemPath)
{
    m_extraCaCertificates.clear();
    m_sslConfiguration.reset();
    if (pemPath.isEmpty())
        return {};
    CaBundle bundle = CaBundle::load(pemPath);
    if (!bundle.isValid()) {
        qCWarning(lcGateway).noquote() << "extra CA bundle refused:" << bundle.detail;
        return bundle;
    }
    m_extraCaCertificates = bundle.certificates;
    qCInfo(lcGateway) << "trusting" << m_extraCaCertificates.size()
                      << "extra CA certificates on top of the system's";
    return bundle;
}

QSslConfiguration GatewayClient::sslConfiguration() const
{
    if (!m_sslConfiguration) {
        QSslConfiguration configuration = baseSslConfiguration();
        // Setting any CA list turns off the system's on-demand lookup, so with extra
        // certificates the system's list is loaded in full and they go on top of it.
        if (!m_extraCaCertificates.isEmpty())
            configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                            m_extraCaCertificates);
        m_sslConfiguration = std::move(configuration);
    }
    return *m_sslConfiguration;
}

GatewayCall *GatewayClient::sendAction(const HttpRequest &request, ApiGeneration generation)
{
    auto *call = new NetworkGatewayCall(generation, request.url, this);
    if (std::optional<GatewayError> problem = refusal(request, generation)) {
        call->refuse(std::move(*problem));
        return call;
    }

    QNetworkRequest networkRequest = this->networkRequest(request);
    // Even an empty GET gets a body device, so that QNAM finds nothing it can rewind and resend.
    auto body = std::make_unique<OneShotBodyDevice>(request.body);
    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    QNetworkReply *reply =
        request.method == "POST"
            ? m_network->post(networkRequest, body.get())
            : m_network->sendCustomRequest(networkRequest, request.method, body.get());
    body->setParent(reply);
    qCDebug(lcGateway).noquote() << "sending" << request.method
                                 << request.url.adjusted(QUrl::RemoveQuery).toString();
    call->start(reply, body.release(), m_idleTimeout, deadline());
    return call;
}

std::optional<GatewayError> GatewayClient::refusal(const HttpRequest &request,
                                                   ApiGeneration generation) const
{
    const QUrl &url = request.url;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http") ||
        !url.userInfo().isEmpty() || url.hasFragment())
        return refused(Kind::InvalidRequest, generation,
                       u"not an absolute http(s) URL with a host"_s);
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return refused(Kind::InsecureEndpoint, generation,
                       u"plain HTTP to %1, which is not a loopback host"_s.arg(url.host()));
    if (request.method != "POST" && request.method != "GET")
        return refused(Kind::InvalidRequest, generation, u"only GET and POST are sent"_s);
    if (request.method == "GET" && !request.body.isEmpty())
        return refused(Kind::InvalidRequest, generation, u"a GET request carries no body"_s);
    // The builder never makes such a request; this keeps any other path from sending one.
    if (queryCarriesSecret(url))
        return refused(Kind::InvalidRequest, generation,
                       u"a secret would travel in the URL, where proxies and logs keep it; "
                       "POST carries it in the body"_s);
    for (const auto &[name, value] : request.headers) {
        if (!isHeaderName(name) || !isHeaderValue(value) || isTransferHeader(name))
            return refused(Kind::InvalidRequest, generation,
                           u"the request carries a header that cannot be sent: %1"_s.arg(
                               QString::fromLatin1(name.left(64))));
    }
    if (scheme == u"https" && !QSslSocket::supportsSsl())
        return refused(Kind::Tls, generation, u"TLS is not available on this system"_s);
    return std::nullopt;
}

QNetworkRequest GatewayClient::networkRequest(const HttpRequest &request) const
{
    QNetworkRequest networkRequest(request.url);
    // One create, one request: nothing cached, no cookies, no stored credentials, no HTTP/2
    // (whose streams QNAM retries on its own), no pipelining, no redirect following.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute,
                                QNetworkRequest::Manual);
    // QNAM would otherwise copy the body into a buffer of its own, which it can rewind.
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // A fresh connection per create: a kept-alive one that the server closes just as the request
    // goes out is the classic trigger of a silent resend.
    networkRequest.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    networkRequest.setRawHeader("Connection", "close");

    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    // The signatures cover the host exactly as core spelled it.
    if (request.header("Host").isEmpty())
        networkRequest.setRawHeader("Host", signedHost(request.url));
    networkRequest.setRawHeader("User-Agent", m_userAgent);
    // The size cap then measures what crosses the wire, and no compressed answer can expand.
    networkRequest.setRawHeader("Accept-Encoding", "identity");

    if (request.url.scheme() == u"https")
        networkRequest.setSslConfiguration(sslConfiguration());
    return networkRequest;
}
