#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <chrono>

class QTcpSocket;

// A loopback HTTP/1.1 server that answers every request the same scripted way and keeps each
// request exactly as it arrived. Only for what the emulator cannot do on demand: look at the
// bytes on the wire, or misbehave in ways a real gateway would not.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Answer,             // send answer() once the whole request arrived
        CloseWithoutAnswer, // close the connection once the whole request arrived
        Silent,             // accept the request, never answer, keep the socket
        Trickle,            // send answer()'s head, then one body byte every trickle interval
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl baseUrl() const;
    quint16 port() const { return m_server.serverPort(); }

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setAnswer(const QByteArray &rawAnswer) { m_answer = rawAnswer; }
    void setTrickleInterval(std::chrono::milliseconds interval) { m_trickleInterval = interval; }

    int connectionCount() const { return m_connectionCount; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    // Each request's bytes: head and body.
    QList<QByteArray> requests() const { return m_requests; }

    // "HTTP/1.1 <status>" with the body and a correct Content-Length.
    static QByteArray answer(int status, const QByteArray &body,
                             const QByteArray &extraHeaders = {});

signals:
    void requestReceived();

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    Behaviour m_behaviour = Behaviour::Answer;
    QByteArray m_answer;
    std::chrono::milliseconds m_trickleInterval{100};
    QList<QByteArray> m_requests;
    int m_connectionCount = 0;
};
