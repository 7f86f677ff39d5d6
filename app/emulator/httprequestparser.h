#pragma once

#include "httpmessage.h"

// Cuts HTTP/1.x requests out of a byte stream. Only what API clients send is understood: a
// request line, headers, and a body framed by Content-Length. Chunked bodies are refused with
// 411, which QNetworkAccessManager never triggers for a known-size body.
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeadSize = 64 * 1024;
    static constexpr qsizetype MaxBodySize = 1024 * 1024;

    enum class Status {
        NeedMore, // no complete request yet
        Complete, // a request was taken out of the stream
        Failed,   // the stream cannot be read on; answer the error and close
    };

    struct Failure
    {
        int httpStatus = 400;
        QByteArray reason; // for the answer's text, never containing request bytes
        QByteArray path;   // the path of the failed request, when the request line was read
    };

    HttpRequestParser() = default;
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;
    // Requests in the buffer may carry secrets.
    ~HttpRequestParser();

    void append(const QByteArray &bytes);
    // Takes the next complete request out of the buffer into *request.
    Status next(ReceivedRequest *request);
    const Failure &failure() const { return m_failure; }
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

private:
    Status fail(int httpStatus, QByteArray reason, QByteArray path = {});

    QByteArray m_buffer;
    Failure m_failure;
    bool m_failed = false;
};
