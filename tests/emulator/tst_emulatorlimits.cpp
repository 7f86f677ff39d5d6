// The emulator as a server anyone on the machine can reach: a client that floods it with
// connections, pipelines requests without reading the answers, or goes silent must not keep it
// from answering everyone else, nor make it hold memory without bound.

#include "gatewayemulator.h"
#include "signedrequests.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SignedRequests;

namespace {

// Spins the event loop (the emulator runs on it) until `done` holds or `ms` have passed.
template <typename Condition> bool spinUntil(Condition done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// A loopback connection whose receive buffer is made small before the handshake, so that the
// kernel cannot soak up megabytes of answers the test never reads.
std::unique_ptr<QTcpSocket> connectWithSmallReceiveBuffer(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return nullptr;
    const int size = 16 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Loopback completes the handshake in the kernel, before the emulator accepts.
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return nullptr;
    }
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->setSocketDescriptor(fd)) {
        ::close(fd);
        return nullptr;
    }
    return socket;
}

} // namespace

class TestEmulatorLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hundredsOfConnectionsLeaveRoomForOthers();
    void pipeliningWithoutReadingIsHeldBack();
    void idleConnectionsAreClosed_data();
    void idleConnectionsAreClosed();

private:
    // A valid create, signed now; fails the test unless it succeeds within `ms`.
    void expectPromptCreate(int ms);

    std::unique_ptr<GatewayEmulator> m_emulator;
    int m_creates = 0;
};

void TestEmulatorLimits::initTestCase()
{
    // Thousands of refused requests would each log a line.
    QLoggingCategory::setFilterRules(u"apigw.emulator.debug=false"_s);
}

void TestEmulatorLimits::init()
{
    m_emulator = std::make_unique<GatewayEmulator>();
    m_emulator->addCredentials(QString::fromLatin1(SecretId), SecretKey.toByteArray());
    QVERIFY(m_emulator->listen());
}

void TestEmulatorLimits::cleanup()
{
    m_emulator.reset();
}

void TestEmulatorLimits::expectPromptCreate(int ms)
{
    EmulatorTestClient client;
    const QUrl base = m_emulator->baseUrl();
    Tc3Call call = tc3Call(QJsonObject{{u"SecretName"_s, u"meanwhile %1"_s.arg(++m_creates)}},
                           QDateTime::currentSecsSinceEpoch());
    signTc3(call, base);
    QElapsedTimer timer;
    timer.start();
    const EmulatorReply reply = send(client, base, call, ms);
    QVERIFY2(reply.finished, "no answer in time");
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.api3Code().isEmpty(), reply.body.constData());
    QVERIFY(!reply.api3Result().value(u"AccessKeyId"_s).toString().isEmpty());
    QVERIFY2(timer.elapsed() < ms, qPrintable(QString::number(timer.elapsed())));
}

void TestEmulatorLimits::hundredsOfConnectionsLeaveRoomForOthers()
{
    const int cap = m_emulator->connectionLimits().maxConnections;
    constexpr int Flood = 300;
    QVERIFY(cap < Flood);
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    // In batches the listen backlog holds, so that the kernel drops no handshake: the test is
    // about what the emulator does with the connections, not about SYN retries.
    constexpr int Batch = 25;
    for (int first = 0; first < Flood; first += Batch) {
        for (int i = 0; i < Batch; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, m_emulator->port());
        }
        QVERIFY(spinUntil(
            [&flood] {
                return std::none_of(flood.begin(), flood.end(), [](const auto &socket) {
                    return socket->state() == QAbstractSocket::ConnectingState ||
                           socket->state() == QAbstractSocket::HostLookupState;
                });
            },
            10000));
    }
    auto closedByServer = [&flood] {
        int closed = 0;
        for (const auto &socket : flood)
            closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        return closed;
    };
    // Every connection is accepted in turn; all but the cap's worth are closed to make room.
    QVERIFY2(spinUntil([&] { return closedByServer() >= Flood - cap; }, 10000),
             qPrintable(u"%1 closed, %2 open at the emulator"_s.arg(closedByServer())
                            .arg(m_emulator->connectionCount())));
    QVERIFY(m_emulator->connectionCount() <= cap);

    expectPromptCreate(3000);
    QVERIFY(m_emulator->connectionCount() <= cap);
}

void TestEmulatorLimits::pipeliningWithoutReadingIsHeldBack()
{
    // Each request is refused quickly (no signature), each answer is a few hundred bytes: far
    // more answers than the kernel's buffers and the emulator's cap on unsent output hold.
    constexpr int Pipelined = 6000;
    const QByteArray request =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_emulator->port()) +
        "\r\nContent-Length: 0\r\n\r\n";
    std::unique_ptr<QTcpSocket> greedy = connectWithSmallReceiveBuffer(m_emulator->port());
    QVERIFY(greedy);
    greedy->setReadBufferSize(1); // Qt must not read on the test's behalf either.
    greedy->write(request.repeated(Pipelined));

    // Until the emulator stops taking requests from it.
    int last = -1;
    QElapsedTimer settled;
    settled.start();
    QVERIFY(spinUntil(
        [&] {
            if (m_emulator->requestCount() != last) {
                last = m_emulator->requestCount();
                settled.restart();
            }
            return last == Pipelined || settled.elapsed() > 500;
        },
        20000));
    const int held = m_emulator->requestCount();
    QVERIFY2(held < Pipelined,
             "every pipelined request was answered though none of the answers was read");

    // Everyone else is still served at once.
    expectPromptCreate(2000);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_emulator->requestCount(), held + 1);

    // Once the client reads, the held-back requests are answered, every one.
    greedy->setReadBufferSize(0);
    QByteArray answers;
    QVERIFY2(spinUntil(
                 [&] {
                     answers += greedy->readAll();
                     return answers.count("HTTP/1.1 200 OK\r\n") >= Pipelined;
                 },
                 30000),
             qPrintable(u"%1 answers"_s.arg(answers.count("HTTP/1.1 200 OK\r\n"))));
    QCOMPARE(m_emulator->requestCount(), Pipelined + 1);
}

void TestEmulatorLimits::idleConnectionsAreClosed_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("nothing sent") << QByteArray();
    QTest::newRow("half a request line") << QByteArray("POST / HT");
    QTest::newRow("head without its end") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("body shorter than announced")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{}");
}

void TestEmulatorLimits::idleConnectionsAreClosed()
{
    QFETCH(QByteArray, sent);
    HttpConnectionLimits limits = m_emulator->connectionLimits();
    limits.idleTimeout = std::chrono::milliseconds(300);
    m_emulator->setConnectionLimits(limits);

    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    QVERIFY(spinUntil([&] { return slow.state() == QAbstractSocket::ConnectedState; }, 5000));
    slow.write(sent);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(spinUntil([&] { return slow.state() == QAbstractSocket::UnconnectedState; }, 5000),
             "the emulator kept a silent connection open");
    QVERIFY2(timer.elapsed() >= 200, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_emulator->createdKeyCount(), 0);
    expectPromptCreate(2000);
}

QTEST_GUILESS_MAIN(TestEmulatorLimits)
#include "tst_emulatorlimits.moc"
