#include "scriptedhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connectionCount;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray ScriptedHttpServer::answer(int status, const QByteArray &body,
                                      const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Scripted\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
           extraHeaders + "\r\n" + body;
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    // Requests are small: wait until the head and the announced body are all there.
    QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
    const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        socket->setProperty("buffered", buffered);
        return;
    }
    qsizetype bodyLength = 0;
    for (const QByteArray &line : buffered.first(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            bodyLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffered.size() < headEnd + 4 + bodyLength) {
        socket->setProperty("buffered", buffered);
        return;
    }
    socket->setProperty("buffered", QByteArray());
    m_requests.append(buffered.first(headEnd + 4 + bodyLength));
    emit requestReceived();

    switch (m_behaviour) {
    case Behaviour::Answer:
        socket->write(m_answer);
        socket->disconnectFromHost();
        break;
    case Behaviour::CloseWithoutAnswer:
        socket->close();
        break;
    case Behaviour::Silent:
        break;
    case Behaviour::Trickle: {
        auto *timer = new QTimer(socket);
        timer->setInterval(m_trickleInterval);
        // The head at once: a client that has not seen a status line has seen no progress.
        const qsizetype answerHeadEnd = m_answer.indexOf("\r\n\r\n");
        qsizetype sent = answerHeadEnd < 0 ? 0 : answerHeadEnd + 4;
        socket->write(m_answer.first(sent));
        connect(timer, &QTimer::timeout, socket, [socket, answer = m_answer, sent]() mutable {
            if (sent < answer.size())
                socket->write(answer.mid(sent++, 1));
            else
                socket->disconnectFromHost();
        });
        timer->start();
        break;
    }
    }
}
