#include "signedrequests.h"

#include <QJsonDocument>

namespace SignedRequests {

QByteArray hostOf(const QUrl &url)
{
    return url.host().toLatin1() + ':' + QByteArray::number(url.port());
}

Tc3Call tc3Call(const QJsonObject &body, qint64 timestamp)
{
    Tc3Call call;
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.timestamp = QByteArray::number(timestamp);
    return call;
}

ReferenceSigner::Tc3Request tc3Signing(const Tc3Call &call, const QUrl &base,
                                       QByteArrayView secretId, QByteArrayView secretKey)
{
    ReferenceSigner::Tc3Request signing;
    signing.secretId = secretId.toByteArray();
    signing.secretKey = secretKey.toByteArray();
    signing.host = hostOf(base);
    signing.contentType = call.contentType;
    signing.body = call.body;
    signing.timestamp = call.timestamp.toLongLong();
    signing.method = call.method;
    signing.path = call.path;
    return signing;
}

void signTc3(Tc3Call &call, const QUrl &base, QByteArrayView secretId, QByteArrayView secretKey)
{
    call.authorization =
        ReferenceSigner::tc3Authorization(tc3Signing(call, base, secretId, secretKey));
}

EmulatorReply send(EmulatorTestClient &client, const QUrl &base, const Tc3Call &call, int timeoutMs)
{
    Headers headers;
    auto add = [&headers](const char *name, const QByteArray &value) {
        if (!value.isEmpty())
            headers.append({QByteArray(name), value});
    };
    add("Content-Type", call.contentType);
    add("X-TC-Action", call.action);
    add("X-TC-Version", call.version);
    add("X-TC-Timestamp", call.timestamp);
    add("X-TC-Region", call.region);
    add("Authorization", call.authorization);
    headers.append(call.extraHeaders);
    QUrl url = base;
    url.setPath(QString::fromLatin1(call.path));
    return client.send(call.method, url, headers, call.body, timeoutMs);
}

LegacyCall legacyCall(QByteArrayView method, qint64 timestamp, quint32 nonce,
                      QByteArrayView signatureMethod, const ReferenceSigner::Parameters &business,
                      QByteArrayView secretId)
{
    LegacyCall call;
    call.method = method.toByteArray();
    call.parameters = {
        {"Timestamp", QByteArray::number(timestamp)},
        {"Action", "CreateApiKey"},
        {"SecretId", secretId.toByteArray()},
        {"Nonce", QByteArray::number(nonce)},
        {"Region", "ap-guangzhou"},
    };
    if (!signatureMethod.isEmpty())
        call.parameters.append({"SignatureMethod", signatureMethod.toByteArray()});
    call.parameters.append(business);
    return call;
}

QByteArray legacySignature(QByteArrayView method, QByteArrayView host, QByteArrayView path,
                           const ReferenceSigner::Parameters &parameters, QByteArrayView secretKey)
{
    const QByteArray toSign = ReferenceSigner::legacyStringToSign(method, host, path, parameters);
    return ReferenceSigner::legacySignature(parameter(parameters, "SignatureMethod"), secretKey,
                                            toSign);
}

void signLegacy(LegacyCall &call, const QUrl &base, QByteArrayView secretKey)
{
    call.parameters.append({"Signature", legacySignature(call.method, hostOf(base), call.path,
                                                         call.parameters, secretKey)});
}

QByteArray parameter(const ReferenceSigner::Parameters &parameters, QByteArrayView name)
{
    for (const auto &[parameterName, value] : parameters) {
        if (parameterName == name)
            return value;
    }
    return {};
}

void setParameter(ReferenceSigner::Parameters &parameters, QByteArrayView name,
                  const QByteArray &value)
{
    for (auto &[parameterName, parameterValue] : parameters) {
        if (parameterName == name) {
            parameterValue = value;
            return;
        }
    }
    parameters.append({name.toByteArray(), value});
}

void removeParameter(ReferenceSigner::Parameters &parameters, QByteArrayView name)
{
    parameters.removeIf([name](const auto &pair) { return pair.first == name; });
}

EmulatorReply send(EmulatorTestClient &client, const QUrl &base, const LegacyCall &call)
{
    const QByteArray encoded = call.encodedOverride.isEmpty()
                                   ? ReferenceSigner::encodeParameters(call.parameters)
                                   : call.encodedOverride;
    QByteArray target = call.path;
    QByteArray body;
    Headers headers;
    if (call.method == "GET") {
        target += '?' + encoded;
    } else {
        body = encoded;
        if (!call.contentType.isEmpty())
            headers.append({"Content-Type", call.contentType});
    }
    const QUrl url = QUrl::fromEncoded(base.toEncoded(QUrl::RemovePath) + target, QUrl::StrictMode);
    return client.send(call.method, url, headers, body);
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    if (bytes.isEmpty())
        return "x";
    if (index < 0)
        index = bytes.size() - 1;
    // Toggling the lowest bit always gives another byte, and keeps a digit a digit.
    bytes[index] = char(bytes.at(index) ^ 0x01);
    return bytes;
}

} // namespace SignedRequests
