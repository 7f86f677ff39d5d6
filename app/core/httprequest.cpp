#include "httprequest.h"

#include "secretstring.h"

HttpRequest &HttpRequest::operator=(const HttpRequest &other)
{
    if (this != &other) {
        wipeBytes(body);
        method = other.method;
        url = other.url;
        headers = other.headers;
        body = other.body;
    }
    return *this;
}

HttpRequest &HttpRequest::operator=(HttpRequest &&other) noexcept
{
    if (this != &other) {
        wipeBytes(body);
        method = std::move(other.method);
        url = std::move(other.url);
        headers = std::move(other.headers);
        body = std::move(other.body);
    }
    return *this;
}

HttpRequest::~HttpRequest()
{
    wipeBytes(body);
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}
