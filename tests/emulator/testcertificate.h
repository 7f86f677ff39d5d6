#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

// A self-signed certificate for 127.0.0.1, made by the openssl command line into a temporary
// directory for the duration of one test: nothing of it is committed.
class TestCertificate
{
public:
    // Runs openssl; isValid() says whether it worked, errorString() why not.
    TestCertificate();

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    QString errorString() const { return m_error; }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey key() const { return m_key; }
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};
