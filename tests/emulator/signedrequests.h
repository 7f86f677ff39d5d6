#pragma once

#include "emulatortestclient.h"
#include "referencesigner.h"

#include <QJsonObject>

// Requests for the emulator, signed by the independent ReferenceSigner. Each call describes the
// bytes that go on the wire; the signature is computed from a separate description of what it
// covers, so that a test can make the two differ by one byte.
namespace SignedRequests {

// docs/PROTOCOL.md's example operator, registered with the emulator by the tests.
inline constexpr QByteArrayView SecretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
inline constexpr QByteArrayView SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// "127.0.0.1:PORT", the Host header QNetworkAccessManager sends for the URL.
QByteArray hostOf(const QUrl &url);

struct Tc3Call
{
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    // Header values as sent; an empty one is left out.
    QByteArray timestamp;
    QByteArray action = "CreateApiKey";
    QByteArray version = "2018-08-08";
    QByteArray region = "ap-guangzhou";
    QByteArray authorization;
    Headers extraHeaders;
};

Tc3Call tc3Call(const QJsonObject &body, qint64 timestamp);
// What the signature of the call covers, derived from the call as it stands.
ReferenceSigner::Tc3Request tc3Signing(const Tc3Call &call, const QUrl &base,
                                       QByteArrayView secretId = SecretId,
                                       QByteArrayView secretKey = SecretKey);
// Signs the call as it stands.
void signTc3(Tc3Call &call, const QUrl &base, QByteArrayView secretId = SecretId,
             QByteArrayView secretKey = SecretKey);
EmulatorReply send(EmulatorTestClient &client, const QUrl &base, const Tc3Call &call,
                   int timeoutMs = 10000);

struct LegacyCall
{
    QByteArray method = "POST";
    QByteArray path = "/v2/index.php";
    QByteArray contentType = "application/x-www-form-urlencoded";
    ReferenceSigner::Parameters parameters; // Signature included once signed
    // When set, sent instead of the encoded parameters: for encodings no correct client makes.
    QByteArray encodedOverride;
};

// Common parameters plus the business ones, in a deliberately unsorted order.
LegacyCall legacyCall(QByteArrayView method, qint64 timestamp, quint32 nonce,
                      QByteArrayView signatureMethod, const ReferenceSigner::Parameters &business,
                      QByteArrayView secretId = SecretId);
// The Signature over (method, host, path, parameters) as given.
QByteArray legacySignature(QByteArrayView method, QByteArrayView host, QByteArrayView path,
                           const ReferenceSigner::Parameters &parameters,
                           QByteArrayView secretKey = SecretKey);
// Signs the call as it stands and appends the Signature parameter.
void signLegacy(LegacyCall &call, const QUrl &base, QByteArrayView secretKey = SecretKey);
QByteArray parameter(const ReferenceSigner::Parameters &parameters, QByteArrayView name);
void setParameter(ReferenceSigner::Parameters &parameters, QByteArrayView name,
                  const QByteArray &value);
void removeParameter(ReferenceSigner::Parameters &parameters, QByteArrayView name);
// GET: the encoded parameters in the query; POST: in the body.
EmulatorReply send(EmulatorTestClient &client, const QUrl &base, const LegacyCall &call);

// The same byte string with one byte changed (the last unless told otherwise).
QByteArray flipped(QByteArray bytes, qsizetype index = -1);

} // namespace SignedRequests
