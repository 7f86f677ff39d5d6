#include "tc3signer.h"

#include "secretstring.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

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

QByteArray credentialScope(const Tc3Signer::Input &input)
{
    return Tc3Signer::utcDate(input.timestamp) + '/' + input.service + "/tc3_request";
}

} // namespace

QByteArray Tc3Signer::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC)
        .date()
        .toString(Qt::ISODate)
        .toLatin1();
}

QByteArray Tc3Signer::canonicalRequest(const Input &input)
{
    QByteArray request;
    request.reserve(256);
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
    return "TC3-HMAC-SHA256\n" + QByteArray::number(input.timestamp) + '\n'
           + credentialScope(input) + '\n' + sha256Hex(canonicalRequest(input));
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
    QByteArray key = signingKey(input.secretKey, utcDate(input.timestamp), input.service);
    const QByteArray result = hmacSha256(key, stringToSign(input)).toHex();
    wipeBytes(key);
    return result;
}

QByteArray Tc3Signer::authorization(const Input &input)
{
    return "TC3-HMAC-SHA256 Credential=" + input.secretId + '/' + credentialScope(input)
           + ", SignedHeaders=content-type;host, Signature=" + signature(input);
}
