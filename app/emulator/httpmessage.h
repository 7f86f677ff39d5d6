#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QList>
#include <utility>

// One HTTP/1.x request exactly as it arrived: the signature checks need the target and the
// header values byte for byte, so nothing here is decoded or normalised.
struct ReceivedRequest
{
    QByteArray method; // "POST", case as sent
    QByteArray path;   // the target before '?', still percent-encoded
    QByteArray query;  // the target after '?', without it, still percent-encoded
    bool hasQuery = false;
    QByteArray version;  // "HTTP/1.1"
    HttpHeaders headers; // values without surrounding blanks
    QByteArray body;

    ReceivedRequest() = default;
    ReceivedRequest(const ReceivedRequest &) = default;
    ReceivedRequest(ReceivedRequest &&) noexcept = default;
    ReceivedRequest &operator=(const ReceivedRequest &) = default;
    ReceivedRequest &operator=(ReceivedRequest &&) noexcept = default;
    // The query or the body may carry a manual key secret.
    ~ReceivedRequest();

    // The first value of a header, matched case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    qsizetype headerCount(QByteArrayView name) const;
    // HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.
    bool keepsAlive() const;
};

// An answer to serialise; the body of a success carries a created secret, so it is wiped.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    HttpResponse() = default;
    HttpResponse(const HttpResponse &) = default;
    HttpResponse(HttpResponse &&) noexcept = default;
    HttpResponse &operator=(const HttpResponse &) = default;
    HttpResponse &operator=(HttpResponse &&) noexcept = default;
    ~HttpResponse();

    static HttpResponse json(QByteArray body);
    static HttpResponse text(int status, const QByteArray &text);

    // Status line and headers, Content-Length included, up to and with the empty line.
    QByteArray head(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};
