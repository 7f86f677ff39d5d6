#pragma once

#include "apitypes.h"

#include <QByteArray>
#include <map>

// The API 2.0 signature ("signature method v1"), as docs/PROTOCOL.md describes it.
//
// Parameters are UTF-8 name/value pairs in a case-sensitive map: the common parameter `SecretId`
// and the business parameter `secretId` are two different entries.
namespace LegacySigner {

using Parameters = std::map<QByteArray, QByteArray>;

// A name as it is signed: every '_' becomes '.', so `InstanceIds_0` signs as `InstanceIds.0`.
QByteArray signedName(QByteArray name);

// method + host + path + '?' + the pairs sorted by signed name in byte order, joined with '&',
// values raw. `Signature` is left out if present.
QByteArray stringToSign(QByteArrayView method, QByteArrayView host, QByteArrayView path,
                        const Parameters &parameters);

// Base64(HMAC(secretKey, stringToSign)).
QByteArray sign(LegacySignatureMethod method, QByteArrayView secretKey,
                QByteArrayView stringToSign);

// RFC 3986 percent-encoding: A-Z a-z 0-9 - _ . ~ stay, every other byte becomes %XX.
QByteArray percentEncode(QByteArrayView utf8);

// name=value pairs percent-encoded once and joined with '&', in the map's order: the form body of
// a POST, or the query of a GET.
QByteArray encodeParameters(const Parameters &parameters);

} // namespace LegacySigner
