#pragma once

// CONTRACT DRAFT (written before the implementation so that the gateway client's tests and the
// emulator can be built side by side). The implementer may add to it; what is here stays.

#include "apitypes.h"
#include "clock.h"
#include "operatorcredentials.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <chrono>
#include <memory>

// An in-process Tencent Cloud API Gateway for CreateApiKey, both generations, on loopback. It
// verifies every request as strictly as the real service (signatures, skew, nonces, parameters)
// and creates keys in memory. Used by `apigw-keys --demo`, by the standalone
// `apigw-keys-emulator`, and by the tests.
class GatewayEmulator : public QObject
{
    Q_OBJECT
public:
    // Faults that tests switch on; each applies to every following request until cleared.
    enum class Fault {
        None,
        Delay,              // answer normally after faultDelay
        StallMidBody,       // send headers and half the body, then go silent (keep the socket)
        Http500Html,        // HTTP 500 with an HTML error page
        MalformedJson,      // HTTP 200 with a body that is not JSON
        OversizedBody,      // HTTP 200 with a body of several MiB
        RedirectOtherOrigin, // HTTP 307 to another origin
        CloseWithoutAnswer, // close the connection without a byte of answer
    };
    Q_ENUM(Fault)

    explicit GatewayEmulator(QObject *parent = nullptr);
    ~GatewayEmulator() override;

    // The pair built in for demo mode; known to every emulator unless removed.
    static OperatorCredentials demoCredentials();

    void addCredentials(const QString &secretId, const QByteArray &secretKey);
    void removeAllCredentials();

    // Listens on the address (loopback by default), on the port or any free one if 0.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    bool isTls() const;
    // http(s)://127.0.0.1:PORT, and the endpoint URL of each generation on it.
    QUrl baseUrl() const;
    QUrl endpointUrl(ApiGeneration generation) const;

    // API 2.0 answers carry `code` as a number unless this is on (then "0", as in the seed).
    void setCodeAsString(bool on);
    void setFault(Fault fault, std::chrono::milliseconds faultDelay = std::chrono::milliseconds(0));
    // The server's clock, for skew checks; the system clock unless set. Not owned.
    void setClock(const Clock *clock);
    // Keys per account (SecretId); the default is the real service's 50... or so.
    void setKeyLimit(int limit);

    // Requests received on the API paths, whatever became of them: tests count them to prove
    // that nothing was sent twice.
    int requestCount() const;
    // Keys created so far, all accounts.
    int createdKeyCount() const;
    bool hasKey(const QString &keyId) const;

signals:
    void requestReceived();

private:
    class Private;
    std::unique_ptr<Private> d;
};
