#include "tc3signer.h"

#include "secretstring.h"

#include <QCryptographicHash>
#include <QDate>
#include <QMessageAuthenticationCode>
#include <cstdio>

namespace {

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key.toByteArray());
    mac.addData(message.data(), message.size());
    return mac.result();
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray credentialScope(QByteArrayView date, QByteArrayView service)
{
    QByteArray scope;
    scope.reserve(date.size() + service.size() + 13);
    scope.append(date).append('/').append(service).append("/tc3_request");
    return scope;
}

// The signing steps take the date and the scope from the caller, so that one authorization
// derives them once rather than once per step.
QByteArray stringToSignWithScope(const Tc3Signer::Input &input, QByteArrayView scope)
{
    const QByteArray timestamp = QByteArray::number(input.timestamp);
    QByteArray result;
    result.reserve(16 + timestamp.size() + 1 + scope.size() + 1 + 64);
    result.append("TC3-HMAC-SHA256\n").append(timestamp).append('\n').append(scope).append('\n');
    result.append(sha256Hex(Tc3Signer::canonicalRequest(input)));
    return result;
}

QByteArray signatureWithScope(const Tc3Signer::Input &input, QByteArrayView date,
                              QByteArrayView scope)
{
    QByteArray key = Tc3Signer::signingKey(input.secretKey, date, input.service);
    const QByteArray result = hmacSha256(key, stringToSignWithScope(input, scope)).toHex();
    wipeBytes(key);
    return result;
}

} // namespace

QByteArray Tc3Signer::utcDate(qint64 timestamp)
{
    // Whole days since 1970-01-01, rounded down for times before it.
    constexpr qint64 secondsPerDay = 86400;
    const qint64 days =
        (timestamp >= 0 ? timestamp : timestamp - (secondsPerDay - 1)) / secondsPerDay;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    // Formatted by hand: QDate::toString() goes through QString and a printf of its own, which
    // was a measurable share of signing one request.
    char text[48];
    const int length =
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QByteArray(text, length);
}

QByteArray Tc3Signer::canonicalRequest(const Input &input)
{
    QByteArray request;
    request.reserve(input.method.size() + input.path.size() + input.query.size() +
                    input.contentType.size() + input.host.size() + 128);
    request.append(input.method).append('\n');
    request.append(input.path).append('\n');
    request.append(input.query).append('\n');
    request.append("content-type:").append(input.contentType).append('\n');
    request.append("host:").append(input.host).append('\n');
    request.append('\n');
    request.append("content-type;host\n");
    request.append(sha256Hex(input.payload));
    return request;
}

QByteArray Tc3Signer::stringToSign(const Input &input)
{
    return stringToSignWithScope(input, credentialScope(utcDate(input.timestamp), input.service));
}

QByteArray Tc3Signer::signingKey(QByteArrayView secretKey, QByteArrayView date,
                                 QByteArrayView service)
{
    QByteArray seed = "TC3" + secretKey.toByteArray();
    QByteArray dateKey = hmacSha256(seed, date);
    QByteArray serviceKey = hmacSha256(dateKey, service);
    QByteArray key = hmacSha256(serviceKey, "tc3_request");
    wipeBytes(seed);
    wipeBytes(dateKey);
    wipeBytes(serviceKey);
    return key;
}

QByteArray Tc3Signer::signature(const Input &input)
{
    const QByteArray date = utcDate(input.timestamp);
    return signatureWithScope(input, date, credentialScope(date, input.service));
}

QByteArray Tc3Signer::authorization(const Input &input)
{
    const QByteArray date = utcDate(input.timestamp);
    const QByteArray scope = credentialScope(date, input.service);
    const QByteArray signature = signatureWithScope(input, date, scope);
    QByteArray result;
    result.reserve(128 + input.secretId.size() + scope.size() + signature.size());
    result.append("TC3-HMAC-SHA256 Credential=").append(input.secretId).append('/').append(scope);
    result.append(", SignedHeaders=content-type;host, Signature=").append(signature);
    return result;
}
