#pragma once

#include <QByteArray>

// TC3-HMAC-SHA256, the API 3.0 signature, as docs/PROTOCOL.md describes it. Only `content-type` and
// `host` are signed, the choice of the vendor's SDKs.
namespace Tc3Signer {

struct Input
{
    QByteArray secretId;
    QByteArray secretKey;
    QByteArray service;     // "apigateway"; the credential scope names the API's service
    QByteArray host;        // exactly as sent in the Host header
    QByteArray contentType; // exactly as sent, byte for byte
    QByteArray payload;     // the request body
    qint64 timestamp = 0;   // UNIX seconds, as sent in X-TC-Timestamp
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray query; // canonical query string; empty for POST
};

// The UTC date of a timestamp, "YYYY-MM-DD": the local date breaks signatures for eight hours a
// day in UTC+8.
QByteArray utcDate(qint64 timestamp);

QByteArray canonicalRequest(const Input &input);
QByteArray stringToSign(const Input &input);
QByteArray signingKey(QByteArrayView secretKey, QByteArrayView date, QByteArrayView service);
QByteArray signature(const Input &input); // lowercase hex
QByteArray authorization(const Input &input);

} // namespace Tc3Signer
