#pragma once

#include "httprequestparser.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <memory>

class QTcpSocket;

// One client connection: cuts requests out of the stream and writes answers, or deliberately
// fails to. Requests are handled one at a time; bytes of a pipelined next request wait until
// the current one is answered.
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

    HttpConnection(QTcpSocket *socket, RequestHandler onRequest, FailureHandler onFailure,
                   QObject *parent = nullptr);
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

signals:
    void closed();

private:
    enum class State { Reading, Answering, Stalled, Closing };

    void readAvailable();
    void processBuffered();
    void markClosed();

    QTcpSocket *m_socket; // owned through the QObject tree
    RequestHandler m_onRequest;
    FailureHandler m_onFailure;
    HttpRequestParser m_parser;
    State m_state = State::Reading;
    bool m_keepAlive = true;
    bool m_closedReported = false;
};
