// The emulator's HTTP/1.1 request reader: whatever way the bytes arrive, a request comes out whole
// and byte-exact, and a request it cannot serve gets the right status.

#include "httprequestparser.h"

#include <QtTest>

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void wholeRequestInAnyChunks_data();
    void wholeRequestInAnyChunks();
    void pipelinedRequests();
    void targetIsKeptAsSent();
    void refusals_data();
    void refusals();
    void keepAlive_data();
    void keepAlive();
};

namespace {

const QByteArray postRequest = "POST /v2/index.php HTTP/1.1\r\n"
                               "Host: 127.0.0.1:8080\r\n"
                               "Content-Type:  application/x-www-form-urlencoded \r\n"
                               "Content-Length: 11\r\n"
                               "\r\n"
                               "a=1&b=%2B+c";

} // namespace

void TestHttpRequestParser::wholeRequestInAnyChunks_data()
{
    QTest::addColumn<int>("chunkSize");
    for (int size : {1, 2, 7, 64, 4096})
        QTest::addRow("chunks of %d", size) << size;
}

void TestHttpRequestParser::wholeRequestInAnyChunks()
{
    QFETCH(int, chunkSize);
    HttpRequestParser parser;
    ReceivedRequest request;
    for (qsizetype at = 0; at < postRequest.size(); at += chunkSize) {
        QCOMPARE(parser.next(&request), HttpRequestParser::Status::NeedMore);
        parser.append(postRequest.mid(at, chunkSize));
    }
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Complete);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v2/index.php"));
    QVERIFY(!request.hasQuery);
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
    QCOMPARE(request.header("host"), QByteArray("127.0.0.1:8080"));
    // Surrounding blanks are not part of a header value; inner ones are.
    QCOMPARE(request.header("CONTENT-TYPE"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(request.body, QByteArray("a=1&b=%2B+c"));
    QVERIFY(!parser.hasBufferedBytes());
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::NeedMore);
}

void TestHttpRequestParser::pipelinedRequests()
{
    HttpRequestParser parser;
    parser.append(postRequest + "GET /?x=1 HTTP/1.1\r\nHost: h\r\n\r\n" + postRequest.left(20));
    ReceivedRequest first;
    ReceivedRequest second;
    ReceivedRequest third;
    QCOMPARE(parser.next(&first), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.next(&second), HttpRequestParser::Status::Complete);
    QCOMPARE(parser.next(&third), HttpRequestParser::Status::NeedMore);
    QCOMPARE(first.body, QByteArray("a=1&b=%2B+c"));
    QCOMPARE(second.method, QByteArray("GET"));
    QCOMPARE(second.query, QByteArray("x=1"));
    QVERIFY(second.body.isEmpty());
    parser.append(postRequest.mid(20));
    QCOMPARE(parser.next(&third), HttpRequestParser::Status::Complete);
    QCOMPARE(third.body, first.body);
}

void TestHttpRequestParser::targetIsKeptAsSent()
{
    HttpRequestParser parser;
    parser.append("GET /v2/index.php?a=%2b%2B&b=+%7E~&&c HTTP/1.0\r\n\r\n");
    ReceivedRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Complete);
    QCOMPARE(request.path, QByteArray("/v2/index.php"));
    QVERIFY(request.hasQuery);
    QCOMPARE(request.query, QByteArray("a=%2b%2B&b=+%7E~&&c"));
}

void TestHttpRequestParser::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("path");

    QTest::newRow("no Host in HTTP/1.1")
        << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << QByteArray("/");
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400
                               << QByteArray("/");
    QTest::newRow("chunked body")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 411 << QByteArray("/");
    QTest::newRow("body too large")
        << QByteArray("POST /v2/index.php HTTP/1.1\r\nHost: a\r\nContent-Length: ") +
               QByteArray::number(HttpRequestParser::MaxBodySize + 1) + "\r\n\r\n"
        << 413 << QByteArray("/v2/index.php");
    QTest::newRow("negative length")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400
        << QByteArray("/");
    QTest::newRow("two lengths")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n"
                      "\r\nx")
        << 400 << QByteArray("/");
    QTest::newRow("HTTP/2 preface")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << QByteArray();
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << QByteArray();
    QTest::newRow("absolute target")
        << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << QByteArray();
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 400 << QByteArray("/");
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n") << 400 << QByteArray("/");
    QTest::newRow("head too large")
        << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(HttpRequestParser::MaxHeadSize, 'a')
        << 431 << QByteArray();
}

void TestHttpRequestParser::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, path);
    HttpRequestParser parser;
    parser.append(bytes);
    ReceivedRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Failed);
    QCOMPARE(parser.failure().httpStatus, status);
    QCOMPARE(parser.failure().path, path);
    QVERIFY(!parser.failure().reason.isEmpty());
    // A failed stream stays failed: nothing after the bad request is trusted.
    parser.append(postRequest);
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Failed);
}

void TestHttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepsAlive");
    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray(
                                      "GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
}

void TestHttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepsAlive);
    HttpRequestParser parser;
    parser.append(head);
    ReceivedRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Complete);
    QCOMPARE(request.keepsAlive(), keepsAlive);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
