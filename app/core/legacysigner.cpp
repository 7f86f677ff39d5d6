#include "legacysigner.h"

#include <QMessageAuthenticationCode>
#include <algorithm>
#include <vector>

QByteArray LegacySigner::signedName(QByteArray name)
{
    name.replace('_', '.');
    return name;
}

QByteArray LegacySigner::stringToSign(QByteArrayView method, QByteArrayView host,
                                      QByteArrayView path, const Parameters &parameters)
{
    // The map is ordered by the names as sent; the signature orders by the names as signed.
    std::vector<std::pair<QByteArray, const QByteArray *>> pairs;
    pairs.reserve(parameters.size());
    for (const auto &[name, value] : parameters) {
        if (name != "Signature")
            pairs.emplace_back(signedName(name), &value);
    }
    // QByteArray's operator< compares bytes as unsigned: byte (ASCII) order.
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray result;
    result.reserve(256);
    result.append(method).append(host).append(path).append('?');
    bool first = true;
    for (const auto &[name, value] : pairs) {
        if (!first)
            result.append('&');
        first = false;
        result.append(name).append('=').append(*value);
    }
    return result;
}

QByteArray LegacySigner::sign(LegacySignatureMethod method, QByteArrayView secretKey,
                              QByteArrayView stringToSign)
{
    const auto algorithm = method == LegacySignatureMethod::HmacSHA256 ? QCryptographicHash::Sha256
                                                                       : QCryptographicHash::Sha1;
    QMessageAuthenticationCode mac(algorithm, secretKey.toByteArray());
    mac.addData(stringToSign.data(), stringToSign.size());
    return mac.result().toBase64();
}

QByteArray LegacySigner::percentEncode(QByteArrayView utf8)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(utf8.size() * 3);
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                                c == '~';
        if (unreserved) {
            encoded.append(byte);
        } else {
            encoded.append('%');
            encoded.append(hexDigits[c >> 4]);
            encoded.append(hexDigits[c & 0x0f]);
        }
    }
    return encoded;
}

QByteArray LegacySigner::encodeParameters(const Parameters &parameters)
{
    QByteArray encoded;
    for (const auto &[name, value] : parameters) {
        if (!encoded.isEmpty())
            encoded.append('&');
        encoded.append(percentEncode(name)).append('=').append(percentEncode(value));
    }
    return encoded;
}
