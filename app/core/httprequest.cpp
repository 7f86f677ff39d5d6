#include "httprequest.h"

#include "secretstring.h"

HttpRequest::~HttpRequest()
{
    wipeBytes(body);
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
