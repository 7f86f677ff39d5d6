#pragma once

#include "apitypes.h"
#include "clock.h"
#include "httpconnectionlimits.h"
#include "operatorcredentials.h"
#include "secretstring.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <memory>

// An in-process Tencent Cloud API Gateway for the key actions of docs/PROTOCOL.md (CreateApiKey and
// the key lifecycle: list, describe, rotate, enable, disable, delete, usage plans, bind, unbind),
// both generations, on loopback. It verifies every request as strictly as the real service
// (signatures, skew, nonces, parameters) and keeps keys and usage plans in memory. Used by
// `apigw-keys --demo`, by the standalone `apigw-keys-emulator`, and by the tests.
//
// Paths: `/` serves API 3.0 (POST, TC3-HMAC-SHA256), `/v2/index.php` API 2.0 (GET or POST,
// HmacSHA1 or HmacSHA256); `/v<N>/index.php` for another N answers 2.0's 6100. Anything else is
// an HTTP 404 and not counted as a request.
//
// The codes, per generation (API 2.0 code and codeDesc / API 3.0 Error.Code):
//   missing parameter            4000 MissingParameter      / MissingParameter
//   invalid parameter, encoding  4000 InvalidParameter      / InvalidParameter(.FormatError)
//   invalid value                4000 InvalidParameterValue / InvalidParameterValue
//   unknown parameter            4000 UnknownParameter      / UnknownParameter
//   wrong action                 4000 InvalidAction         / InvalidAction
//   wrong version                6100 NoSuchVersion         / NoSuchVersion
//   unknown region               4000 UnsupportedRegion     / UnsupportedRegion
//   wrong HTTP method            4600 UnsupportedProtocol   / UnsupportedProtocol
//   wrong signature              4100 AuthFailure.SignatureFailure (same name in 3.0)
//   unreadable Authorization     -                          / AuthFailure.InvalidAuthorization
//   unknown SecretId             4104 AuthFailure.SecretIdNotFound
//   timestamp > 5 min off        4500 AuthFailure.SignatureExpire
//   wrong session token          4105 AuthFailure.TokenFailure
//   repeated nonce (2.0 only)    4500 RequestReplayed
//   more than 20 requests/s      4400 RequestLimitExceeded  / RequestLimitExceeded
//   manual id exists             4000 FailedOperation.AccessKeyExist
//   key limit reached            4400 LimitExceeded.ApiKeyCountLimitExceeded
//   no such key (of the account) 5000 ResourceNotFound.InvalidAccessKeyId
//   no such usage plan           5000 ResourceNotFound.InvalidUsagePlan
//   unknown filter name          4000 InvalidParameterValue.InvalidFilterNotSupportedName
//   bad rotated manual secret    4000 InvalidParameterValue.FormatError
//   delete an enabled key        4000 UnsupportedOperation.InvalidStatus
//   delete a bound key           4000 UnsupportedOperation.ResourceIsInUse
//   bind unknown keys            4000 InvalidParameterValue.InvalidAccessKeyIds
//   unbind a key not bound       5000 ResourceNotFound.InvalidAccessKeyId (3.0 only: 2.0 has
//                                     no UnBindSecretIds and answers InvalidAction)
//   bind a bound key             4000 FailedOperation.AlreadyBindUsagePlan
//   plan key limit reached       4400 LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded
// The codeDesc of API 2.0 carries the 3.0 name; 5000 is 2.0's "resource does not exist".
// API 2.0 documents no rate-limit code; 4400 ("quota exceeded") is the nearest and its codeDesc
// says which quota. The checks run in the order: framing and action, SecretId, skew, signature,
// nonce, token, region, business parameters, rate limit, then the action's state rules.
//
// The HTTP layer is QTcpServer / QSslServer with a small HTTP/1.1 parser of our own rather than
// QtHttpServer 6.4, which can neither stall in the middle of a body nor close without answering.
class GatewayEmulator : public QObject
{
    Q_OBJECT
public:
    // Faults that tests switch on; each applies to every following request until cleared.
    // Delay and StallMidBody act on the request first (a key is created although the client
    // may never see it); the faults that replace the answer do not act on it.
    enum class Fault {
        None,
        Delay,               // answer normally after faultDelay
        StallMidBody,        // send headers and half the body, then go silent (keep the socket)
        Http500Html,         // HTTP 500 with an HTML error page
        MalformedJson,       // HTTP 200 with a body that is not JSON
        OversizedBody,       // HTTP 200 with a body of several MiB
        RedirectOtherOrigin, // HTTP 307 to another origin
        CloseWithoutAnswer,  // close the connection without a byte of answer
        SeeOther,            // act on the request, then answer HTTP 303 to the same origin
        Trickle,             // send the answer's head, then one body byte every faultDelay
    };
    Q_ENUM(Fault)

    explicit GatewayEmulator(QObject *parent = nullptr);
    ~GatewayEmulator() override;

    // The pair built in for demo mode; known to every emulator unless removed.
    static OperatorCredentials demoCredentials();

    void addCredentials(const QString &secretId, const QByteArray &secretKey);
    // With a session token: requests must then carry exactly it (Token / X-TC-Token).
    void addCredentials(const OperatorCredentials &credentials);
    void removeAllCredentials();
    // Whether the demo pair keeps working on a listener that is not on loopback; off by default.
    void setDemoCredentialsOnNetwork(bool accepted);
    // Whether a request signed with the demo pair would be accepted now.
    bool acceptsDemoCredentials() const;

    // Listens on the address (loopback by default), on the port or any free one if 0. On an
    // address other computers can reach, the demo credentials stop being accepted (they are
    // public) unless setDemoCredentialsOnNetwork(true) came first.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening; connections in progress are dropped.
    void close();
    bool isListening() const;
    // Why the last listen failed.
    QString errorString() const;
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
    // Keys per account (SecretId). The vendor publishes no quota for API keys; the default, 50,
    // is an assumption that demo use never reaches and tests can.
    void setKeyLimit(int limit);
    // Admitted requests per account per second; 20 by default as for the real action, 0 = none.
    void setRateLimit(int requestsPerSecond);
    // Caps on connections, unsent answers and idle clients, for connections accepted from now on.
    void setConnectionLimits(const HttpConnectionLimits &limits);
    HttpConnectionLimits connectionLimits() const;
    int connectionCount() const;

    // Requests received on the API paths, whatever became of them: tests count them to prove
    // that nothing was sent twice. With an action name ("DisableApiKey"), those that named it.
    int requestCount() const;
    int requestCount(QByteArrayView action) const;
    // Keys created through CreateApiKey so far, all accounts (seeded ones are not counted, deleted
    // ones still are).
    int createdKeyCount() const;
    // Keys the account holds now: created or seeded, and not deleted.
    int keyCount(const QString &account) const;
    bool hasKey(const QString &keyId) const;
    bool keyEnabled(const QString &keyId) const;
    QString keyName(const QString &keyId) const;
    QDateTime keyModifiedUtc(const QString &keyId) const;
    // For tests that check a rotation: the key's current secret.
    SecretString keySecret(const QString &keyId) const;
    bool isBound(const QString &keyId) const;
    QStringList plansOfKey(const QString &keyId) const;
    // The account's keys newest first, as DescribeApiKeysStatus lists them.
    QStringList keyIds(const QString &account) const;
    // The account's usage plans, oldest first; planCount() counts every account's.
    QStringList usagePlanIds(const QString &account) const;
    int planCount() const;

    // Keys bound to one usage plan at most; 200 by default (the vendor publishes no number).
    void setPlanKeyLimit(int limit);

    // State set up directly, without requests and past the key limit. An empty keyId draws an
    // automatic one (and an empty secret a random one). Times are the clock's now.
    QString addKey(const QString &account, const QString &name, KeyType type, bool enabled,
                   const QString &keyId = {}, const QString &secret = {});
    QString addUsagePlan(const QString &account, const QString &name, const QString &description,
                         int maxRequestsPerSecond);
    void bindKeys(const QString &planId, const QStringList &keyIds);
    void unbindKeys(const QString &planId, const QStringList &keyIds);
    // `count` keys for load tests (5,000 in well under a second): names cycle through a few
    // stems, every tenth is manual, every seventh disabled. The key limit does not stop seeding,
    // but seeded keys count toward it as held keys: raise it with setKeyLimit() to create more.
    int seedKeys(int count, const QString &account);
    // What --demo starts with: six keys of both types and states, two usage plans with keys
    // bound (one key to both), so that every screen has something to show.
    void seedDemo(const QString &account);
    Fault fault() const;

signals:
    void requestReceived();

private:
    class Private;
    std::unique_ptr<Private> d;
};
