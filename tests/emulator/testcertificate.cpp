#include "testcertificate.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

TestCertificate::TestCertificate()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return;
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        m_error = u"openssl is not installed"_s;
        return;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   keyPath(), u"-out"_s, certificatePath(), u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    // A blocking wait is fine here: no server runs yet.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"openssl failed: "_s + QString::fromLocal8Bit(process.readAll());
        return;
    }
    QFile certificateFile(certificatePath());
    QFile keyFile(keyPath());
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"openssl wrote no certificate"_s;
        return;
    }
    m_certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (!isValid())
        m_error = u"the certificate or key cannot be read"_s;
}
