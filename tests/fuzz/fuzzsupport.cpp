#include "fuzzsupport.h"

#include "gatewayendpoint.h"

QByteArray FuzzSupport::wireBytes(const HttpRequest &request)
{
    QByteArray target = request.url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (request.url.hasQuery())
        target += '?' + request.url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray wire = request.method + ' ' + target + " HTTP/1.1\r\n";
    wire += "Host: " + signedHost(request.url) + "\r\n";
    for (const auto &[name, value] : request.headers)
        wire += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST")
        wire += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    wire += "\r\n";
    wire += request.body;
    return wire;
}
