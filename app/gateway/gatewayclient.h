#pragma once

#include "cabundle.h"
#include "gatewaysender.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

// Sends signed actions with QNetworkAccessManager, exactly as core built them, and never twice:
// QNAM's own retries are disabled, redirects are not followed, and a create that may have reached
// the gateway is reported as such rather than repeated. Each action's decoder (in core) reads
// the reply; CreateKey (app/application) sends CreateApiKey this way.
//
// HTTPS only, except to loopback hosts; TLS problems are failures. The system's proxy settings
// apply (not to loopback hosts). Everything is asynchronous: usable from a GUI and from a CLI
// with an event loop.
class GatewayClient final : public QObject, public GatewaySender
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultIdleTimeout = std::chrono::seconds(30);

    explicit GatewayClient(QObject *parent = nullptr);
    // Drops every call still running, silently.
    ~GatewayClient() override;

    // How long a call may go without any progress (connecting, sending, receiving) before it
    // fails with Kind::Timeout. Zero or less: no timeout.
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

    // How long a call may take in all, however steadily it progresses, before it fails with
    // Kind::Timeout: a server that sends a byte now and then never trips the idle timeout.
    // Zero or less: DeadlineFactor times the idle timeout.
    static constexpr int DeadlineFactor = 4;
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const;

    // Trusts the certificates of a PEM file on top of the system's, for private gateways; an
    // empty path trusts the system's only. On any problem no extra certificate is trusted and
    // the returned bundle says why.
    CaBundle setExtraCaBundle(const QString &pemPath);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCaCertificates; }
    // What every HTTPS request gets: peer verification, TLS 1.2 or later, the CAs trusted.
    QSslConfiguration sslConfiguration() const;

    // "apigw-keys/<version>" unless set.
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    static QByteArray defaultUserAgent();

    [[nodiscard]] GatewayCall *sendAction(const HttpRequest &request,
                                          ApiGeneration generation) override;

private:
    // Why a request cannot be sent at all, checked before a connection is opened.
    std::optional<GatewayError> refusal(const HttpRequest &request, ApiGeneration generation) const;
    QNetworkRequest networkRequest(const HttpRequest &request) const;
    static QSslConfiguration baseSslConfiguration();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    std::chrono::milliseconds m_deadline{0};
    QByteArray m_userAgent = defaultUserAgent();
    QList<QSslCertificate> m_extraCaCertificates;
    // Made by the first HTTPS request (or sslConfiguration()), not by the constructor: setting it
    // up loads the TLS backend and OpenSSL, which a plain-HTTP call to a loopback emulator never
    // needs, and which costs a command-line create a large part of its run time.
    mutable std::optional<QSslConfiguration> m_sslConfiguration;
};
