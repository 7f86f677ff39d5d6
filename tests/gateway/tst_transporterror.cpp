// What the user reads about a transport failure: short, plain, and never a secret.

#include "transporterror.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Kind = GatewayError::Kind;

Q_DECLARE_METATYPE(GatewayError::Kind)

class tst_TransportError : public QObject
{
    Q_OBJECT

private slots:
    void bodyExcerpt_data();
    void bodyExcerpt();
    void redactsQueries_data();
    void redactsQueries();
    void classifies_data();
    void classifies();
    void describesSslErrors();
};

void tst_TransportError::bodyExcerpt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("plain") << QByteArray("Service Unavailable") << u"Service Unavailable"_s;
    QTest::newRow("html")
        << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                      "<style>body{color:red}</style><script>var a = '<b>';</script></head>"
                      "<body><h1>502   Bad\nGateway</h1></body></html>")
        << u"502 Bad Gateway 502 Bad Gateway"_s;
    QTest::newRow("control characters") << QByteArray("a\x01\x02"
                                                      "b\tc\r\nd\x7f")
                                        << u"a b c d"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("ok \xff\xfe end") << u"ok \uFFFD\uFFFD end"_s;
    QTest::newRow("long") << QByteArray(1000, 'x') << QString(200, u'x') + u'…';
}

void tst_TransportError::bodyExcerpt()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, excerpt);
    QCOMPARE(TransportError::bodyExcerpt(body), excerpt);
}

void tst_TransportError::redactsQueries_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("redacted");

    const QByteArray get = "https://apigateway.api.qcloud.com/v2/"
                           "index.php?Action=CreateApiKey&secretKey=Top%2BSecret_1";
    QTest::newRow("Qt's error text with the whole URL")
        << get << u"Error transferring %1 - server replied: Bad"_s.arg(QString::fromLatin1(get))
        << u"Error transferring https://apigateway.api.qcloud.com/v2/index.php - server replied: Bad"_s;
    QTest::newRow("decoded query")
        << get << u"sent Action=CreateApiKey&secretKey=Top+Secret_1"_s << u"sent …"_s;
    QTest::newRow("no query, nothing to do")
        << QByteArray("https://apigateway.tencentcloudapi.com/") << u"Connection refused"_s
        << u"Connection refused"_s;
}

void tst_TransportError::redactsQueries()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, text);
    QFETCH(QString, redacted);
    const QString result = TransportError::redactUrl(text, QUrl::fromEncoded(url));
    QCOMPARE(result, redacted);
    QVERIFY(!result.contains(u"Secret"));
}

void tst_TransportError::classifies_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("beforeSending");

    using E = QNetworkReply::NetworkError;
    QTest::newRow("refused") << E::ConnectionRefusedError << Kind::Network << true;
    QTest::newRow("no such host") << E::HostNotFoundError << Kind::Network << true;
    QTest::newRow("TLS handshake") << E::SslHandshakeFailedError << Kind::Tls << true;
    QTest::newRow("proxy refused") << E::ProxyConnectionRefusedError << Kind::Network << true;
    QTest::newRow("closed") << E::RemoteHostClosedError << Kind::Network << false;
    QTest::newRow("resend refused") << E::ContentReSendError << Kind::Network << false;
    QTest::newRow("socket timeout") << E::TimeoutError << Kind::Timeout << false;
    QTest::newRow("garbled") << E::ProtocolFailure << Kind::MalformedResponse << false;
    QTest::newRow("redirects") << E::TooManyRedirectsError << Kind::Redirect << false;
    QTest::newRow("unknown scheme") << E::ProtocolUnknownError << Kind::InvalidRequest << true;
    QTest::newRow("server error") << E::InternalServerError << Kind::HttpStatus << false;
}

void tst_TransportError::classifies()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Kind, kind);
    QFETCH(bool, beforeSending);
    const TransportError::Mapping mapping = TransportError::classify(error);
    QCOMPARE(mapping.kind, kind);
    QCOMPARE(mapping.beforeSending, beforeSending);
}

void tst_TransportError::describesSslErrors()
{
    const QList<QSslError> errors{QSslError(QSslError::CertificateExpired),
                                  QSslError(QSslError::HostNameMismatch),
                                  QSslError(QSslError::CertificateExpired)};
    QCOMPARE(TransportError::describeSslErrors(errors),
             QSslError(QSslError::CertificateExpired).errorString() + u"; "_s +
                 QSslError(QSslError::HostNameMismatch).errorString());
}

QTEST_GUILESS_MAIN(tst_TransportError)
#include "tst_transporterror.moc"
