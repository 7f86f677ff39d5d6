#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <utility>

// Header names and values in the order they go on the wire.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The first value of a header, matched case-insensitively as HTTP names are; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

// A request exactly as it must go on the wire: the builders sign it, a client sends it as it is.
// Nothing may re-encode the URL or add to the signed headers on the way.
struct HttpRequest
{
    QByteArray method; // "POST" or "GET"
    QUrl url;          // fully percent-encoded already
    HttpHeaders headers;
    QByteArray body;

    HttpRequest() = default;
    HttpRequest(const HttpRequest &) = default;
    HttpRequest(HttpRequest &&) noexcept = default;
    // Assignments wipe the body they replace, which may carry a manual key secret.
    HttpRequest &operator=(const HttpRequest &other);
    HttpRequest &operator=(HttpRequest &&other) noexcept;
    // The body may carry a manual key secret.
    ~HttpRequest();

    // The value of a header, matched case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
};
