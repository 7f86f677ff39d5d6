#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

// Certificates made for one test run with the openssl command line, in a temporary folder that
// goes with this object: nothing of it is committed, and no real CA is involved.
class TestCertificates
{
public:
    struct Leaf
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    // Runs openssl; false (with the reason) if it is missing or fails.
    bool generate(QString *why);

    // The test CA, as a PEM file for GatewayClient::setExtraCaBundle().
    QString caBundlePath() const;
    // Signed by the test CA, for 127.0.0.1 and localhost.
    const Leaf &loopback() const { return m_loopback; }
    // Signed by the test CA, for another host name only.
    const Leaf &otherHost() const { return m_otherHost; }
    // Signed by the test CA, for 127.0.0.1, and expired yesterday.
    const Leaf &expired() const { return m_expired; }
    // For 127.0.0.1, signed by itself.
    const Leaf &selfSigned() const { return m_selfSigned; }

    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    bool run(const QStringList &arguments, QString *why);
    bool makeLeaf(const QString &name, const QString &subjectAltName, int days, Leaf *leaf,
                  QString *why);
    bool load(const QString &name, Leaf *leaf, QString *why);

    QTemporaryDir m_dir;
    QString m_openssl;
    Leaf m_loopback;
    Leaf m_otherHost;
    Leaf m_expired;
    Leaf m_selfSigned;
};
