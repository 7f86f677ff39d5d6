#include "referencesigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Byte order with bytes as unsigned values, so UTF-8 sorts after ASCII.
bool byteLess(const QByteArray &a, const QByteArray &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const auto x = static_cast<unsigned char>(a.at(i));
        const auto y = static_cast<unsigned char>(b.at(i));
        if (x != y)
            return x < y;
    }
    return a.size() < b.size();
}

QByteArray hmac(QCryptographicHash::Algorithm algorithm, QByteArrayView key, QByteArrayView message)
{
    QMessageAuthenticationCode mac(algorithm, key.toByteArray());
    mac.addData(message.data(), message.size());
    return mac.result();
}

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray ReferenceSigner::percentEncode(QByteArrayView bytes)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (isUnreserved(c)) {
            out += byte;
        } else {
            out += '%';
            out += digits[c / 16];
            out += digits[c % 16];
        }
    }
    return out;
}

QByteArray ReferenceSigner::encodeParameters(const Parameters &parameters)
{
    QList<QByteArray> pairs;
    for (const auto &[name, value] : parameters)
        pairs.append(percentEncode(name) + '=' + percentEncode(value));
    return pairs.join('&');
}

QByteArray ReferenceSigner::legacyStringToSign(QByteArrayView method, QByteArrayView host,
                                               QByteArrayView path, const Parameters &parameters)
{
    QList<std::pair<QByteArray, QByteArray>> signedPairs;
    for (const auto &[name, value] : parameters) {
        if (name == "Signature")
            continue;
        QByteArray signedName = name;
        for (char &c : signedName) {
            if (c == '_')
                c = '.';
        }
        signedPairs.append({signedName, value});
    }
    std::stable_sort(signedPairs.begin(), signedPairs.end(),
                     [](const auto &a, const auto &b) { return byteLess(a.first, b.first); });
    QByteArray text = method.toByteArray() + host.toByteArray() + path.toByteArray() + '?';
    for (qsizetype i = 0; i < signedPairs.size(); ++i) {
        if (i > 0)
            text += '&';
        text += signedPairs.at(i).first + '=' + signedPairs.at(i).second;
    }
    return text;
}

QByteArray ReferenceSigner::legacySignature(QByteArrayView signatureMethod,
                                            QByteArrayView secretKey, QByteArrayView stringToSign)
{
    const auto algorithm =
        signatureMethod == "HmacSHA256" ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    return hmac(algorithm, secretKey, stringToSign).toBase64();
}

QByteArray ReferenceSigner::utcDate(qint64 timestamp)
{
    // Days since 1970-01-01, rounded towards minus infinity, then the proleptic Gregorian date
    // (H. Hinnant's civil_from_days).
    qint64 days = timestamp / 86400;
    if (timestamp % 86400 < 0)
        --days;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    auto padded = [](qint64 value, int width) {
        return QByteArray::number(value).rightJustified(width, '0');
    };
    return padded(year, 4) + '-' + padded(month, 2) + '-' + padded(day, 2);
}

QByteArray ReferenceSigner::tc3CanonicalRequest(const Tc3Request &request)
{
    auto value = [&request](const QByteArray &sent) {
        return request.canonicalHeaderValues ? sent.trimmed().toLower() : sent;
    };
    QList<QByteArray> lines;
    lines << request.method << request.path << request.query
          << "content-type:" + value(request.contentType) << "host:" + value(request.host)
          << QByteArray() << QByteArray("content-type;host") << sha256Hex(request.body);
    return lines.join('\n');
}

QByteArray ReferenceSigner::tc3StringToSign(const Tc3Request &request)
{
    const QByteArray scope = utcDate(request.timestamp) + '/' + request.service + "/tc3_request";
    return QByteArray("TC3-HMAC-SHA256") + '\n' + QByteArray::number(request.timestamp) + '\n' +
           scope + '\n' + sha256Hex(tc3CanonicalRequest(request));
}

QByteArray ReferenceSigner::tc3SigningKey(QByteArrayView secretKey, QByteArrayView date,
                                          QByteArrayView service)
{
    const QByteArray kDate =
        hmac(QCryptographicHash::Sha256, QByteArray("TC3") + secretKey.toByteArray(), date);
    const QByteArray kService = hmac(QCryptographicHash::Sha256, kDate, service);
    return hmac(QCryptographicHash::Sha256, kService, "tc3_request");
}

QByteArray ReferenceSigner::tc3Signature(const Tc3Request &request)
{
    const QByteArray key =
        tc3SigningKey(request.secretKey, utcDate(request.timestamp), request.service);
    return hmac(QCryptographicHash::Sha256, key, tc3StringToSign(request)).toHex();
}

QByteArray ReferenceSigner::tc3Authorization(const Tc3Request &request)
{
    return "TC3-HMAC-SHA256 Credential=" + request.secretId + '/' + utcDate(request.timestamp) +
           '/' + request.service +
           "/tc3_request, SignedHeaders=content-type;host, Signature=" + tc3Signature(request);
}
