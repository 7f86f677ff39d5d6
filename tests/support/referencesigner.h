#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

// A second, independent implementation of both signatures, written from docs/PROTOCOL.md alone and
// sharing no code with app/core: its own percent-encoding, its own sorting, its own UTC date and
// TC3 chain. Tests sign with it, so that the client and the emulator cannot pass by agreeing on
// the same mistake.
namespace ReferenceSigner {

// Parameters in the order they are sent; names and values are raw UTF-8.
using Parameters = QList<std::pair<QByteArray, QByteArray>>;

// RFC 3986: A-Z a-z 0-9 - _ . ~ stay, every other byte is %XX with upper-case hex.
QByteArray percentEncode(QByteArrayView bytes);
// name=value pairs, each side percent-encoded once, joined with '&', in the given order.
QByteArray encodeParameters(const Parameters &parameters);

// API 2.0: method + host + path + '?' + pairs sorted by name (after '_' -> '.') in byte order,
// values raw, `Signature` left out.
QByteArray legacyStringToSign(QByteArrayView method, QByteArrayView host, QByteArrayView path,
                              const Parameters &parameters);
// Base64(HMAC(key, text)); "HmacSHA256" selects SHA-256, anything else SHA-1.
QByteArray legacySignature(QByteArrayView signatureMethod, QByteArrayView secretKey,
                           QByteArrayView stringToSign);

// API 3.0, TC3-HMAC-SHA256 over content-type and host.
struct Tc3Request
{
    QByteArray secretId;
    QByteArray secretKey;
    QByteArray service = "apigateway";
    QByteArray host;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    qint64 timestamp = 0;
    QByteArray method = "POST";
    QByteArray path = "/";
    QByteArray query;
    // The vendor's rule: header values go into the canonical request trimmed and in lower case.
    // Off for a client that breaks it and signs the values as it sends them.
    bool canonicalHeaderValues = true;
};

// The UTC calendar date of a UNIX time, "YYYY-MM-DD", computed without QDateTime.
QByteArray utcDate(qint64 timestamp);
QByteArray tc3CanonicalRequest(const Tc3Request &request);
QByteArray tc3StringToSign(const Tc3Request &request);
QByteArray tc3SigningKey(QByteArrayView secretKey, QByteArrayView date, QByteArrayView service);
QByteArray tc3Signature(const Tc3Request &request); // lower-case hex
QByteArray tc3Authorization(const Tc3Request &request);

} // namespace ReferenceSigner
