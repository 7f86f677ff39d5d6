#include "httpmessage.h"

#include "httprequest.h"
#include "secretstring.h"

ReceivedRequest::~ReceivedRequest()
{
    wipeBytes(query);
    wipeBytes(body);
}

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

bool ReceivedRequest::hasHeader(QByteArrayView name) const
{
    return headerCount(name) > 0;
}

qsizetype ReceivedRequest::headerCount(QByteArrayView name) const
{
    qsizetype count = 0;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

bool ReceivedRequest::keepsAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpResponse::~HttpResponse()
{
    wipeBytes(body);
}

HttpResponse HttpResponse::json(QByteArray body)
{
    HttpResponse response;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    response.body = text + '\n';
    return response;
}

QByteArray HttpResponse::head(bool keepAlive) const
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head.append(keepAlive ? QByteArrayView("Connection: keep-alive\r\n")
                          : QByteArrayView("Connection: close\r\n"));
    head += "\r\n";
    return head;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}
