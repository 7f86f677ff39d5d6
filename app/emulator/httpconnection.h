#pragma once

#include "httpconnectionlimits.h"
#include "httprequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

class QTcpSocket;

// One client connection: cuts requests out of the stream and writes answers, or deliberately
// fails to. Requests are handled one at a time; bytes of a pipelined next request wait until
// the current one is answered, in the socket rather than in memory.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Called for every complete request; the handler answers now or later through the connection.
    using RequestHandler =
        std::function<void(HttpConnection &connection, ReceivedRequest &request)>;
    // Called for a request that could not be read; the connection answers it and closes.
    using FailureHandler =
        std::function<void(HttpConnection &connection, const HttpRequestParser::Failure &failure)>;

    // Bytes taken from the socket at a time, and what Qt may buffer for it unread.
    static constexpr qint64 ReadChunkSize = 64 * 1024;

    HttpConnection(QTcpSocket *socket, RequestHandler onRequest, FailureHandler onFailure,
                   const HttpConnectionLimits &limits = {}, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Writes a whole answer. Keeps the connection for the next request if both sides want to.
    void respond(const HttpResponse &response);
    // Writes the head (with the full Content-Length) and the first `bodyBytes` bytes of the body,
    // then never writes again: the client sees a stalled transfer.
    void respondPartially(const HttpResponse &response, qsizetype bodyBytes);
    // Writes the head (with the full Content-Length), then one byte of the body every `interval`,
    // and closes after the last: a server that is slow without ever going quiet.
    void respondTrickling(const HttpResponse &response, std::chrono::milliseconds interval);
    // Closes without writing anything.
    void closeWithoutAnswer();

    bool isWaitingForAnswer() const { return m_state == State::Answering; }
    // Waiting on the client (for a request, or to take an answer), not on the emulator itself:
    // such a connection may be closed to make room.
    bool isWaitingForClient() const;
    qint64 idleMilliseconds() const { return m_lastActivity.elapsed(); }
    // Closed, and only waiting to be deleted: no longer counts as open.
    bool isClosed() const { return m_closedReported; }

signals:
    void closed();

private:
    enum class State { Reading, Answering, Stalled, Closing };

    void readAvailable();
    void processBuffered();
    void onIdleTimeout();
    void noteActivity();
    void markClosed();

    QTcpSocket *m_socket; // owned through the QObject tree
    RequestHandler m_onRequest;
    FailureHandler m_onFailure;
    HttpConnectionLimits m_limits;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    QElapsedTimer m_lastActivity;
    State m_state = State::Reading;
    bool m_keepAlive = true;
    bool m_closedReported = false;
};
