#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

using namespace Qt::StringLiterals;

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

const QByteArray Config = R"(
[req]
distinguished_name = dn
prompt = no
[dn]
CN = apigw-keys test CA
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[self_signed]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
)";

} // namespace

bool TestCertificates::generate(QString *why)
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty()) {
        *why = u"the openssl command is not installed"_s;
        return false;
    }
    if (!m_dir.isValid() || !writeFile(filePath(u"openssl.cnf"_s), Config)) {
        *why = u"cannot write to a temporary folder"_s;
        return false;
    }
    const QStringList newEcKey{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                               u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    if (!run(QStringList{u"req"_s, u"-x509"_s, u"-config"_s, filePath(u"openssl.cnf"_s),
                         u"-extensions"_s, u"ca"_s, u"-days"_s, u"2"_s, u"-keyout"_s,
                         filePath(u"ca.key"_s), u"-out"_s, caBundlePath()} +
                 newEcKey,
             why))
        return false;
    if (!run(QStringList{u"req"_s, u"-x509"_s, u"-config"_s, filePath(u"openssl.cnf"_s),
                         u"-extensions"_s, u"self_signed"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                         u"-days"_s, u"2"_s, u"-keyout"_s, filePath(u"self.key"_s), u"-out"_s,
                         filePath(u"self.pem"_s)} +
                 newEcKey,
             why) ||
        !load(u"self"_s, &m_selfSigned, why))
        return false;
    // -days -1 puts the end of validity a day before its start: expired from birth, which
    // openssl 3.0 (no -not_before yet) allows without faking the clock.
    return makeLeaf(u"loopback"_s, u"IP:127.0.0.1,DNS:localhost"_s, 2, &m_loopback, why) &&
           makeLeaf(u"other"_s, u"DNS:gateway.other.example"_s, 2, &m_otherHost, why) &&
           makeLeaf(u"expired"_s, u"IP:127.0.0.1,DNS:localhost"_s, -1, &m_expired, why);
}

QString TestCertificates::caBundlePath() const
{
    return filePath(u"ca.pem"_s);
}

bool TestCertificates::makeLeaf(const QString &name, const QString &subjectAltName, int days,
                                Leaf *leaf, QString *why)
{
    const QString extensions = filePath(name + u".ext"_s);
    const QByteArray lines = "basicConstraints = critical,CA:FALSE\n"
                             "keyUsage = critical,digitalSignature\n"
                             "extendedKeyUsage = serverAuth\n"
                             "authorityKeyIdentifier = keyid\n"
                             "subjectAltName = " +
                             subjectAltName.toLatin1() + '\n';
    if (!writeFile(extensions, lines)) {
        *why = u"cannot write %1"_s.arg(extensions);
        return false;
    }
    return run({u"req"_s, u"-new"_s, u"-config"_s, filePath(u"openssl.cnf"_s), u"-subj"_s,
                u"/CN="_s + name, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                filePath(name + u".key"_s), u"-out"_s, filePath(name + u".csr"_s)},
               why) &&
           run({u"x509"_s, u"-req"_s, u"-in"_s, filePath(name + u".csr"_s), u"-CA"_s,
                caBundlePath(), u"-CAkey"_s, filePath(u"ca.key"_s), u"-CAcreateserial"_s,
                u"-days"_s, QString::number(days), u"-extfile"_s, extensions, u"-out"_s,
                filePath(name + u".pem"_s)},
               why) &&
           load(name, leaf, why);
}

bool TestCertificates::load(const QString &name, Leaf *leaf, QString *why)
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(filePath(name + u".pem"_s), QSsl::Pem);
    QFile keyFile(filePath(name + u".key"_s));
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        *why = u"openssl wrote no usable %1 certificate"_s.arg(name);
        return false;
    }
    leaf->certificate = certificates.constFirst();
    leaf->key = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (leaf->key.isNull()) {
        *why = u"the %1 key does not load"_s.arg(name);
        return false;
    }
    return true;
}

bool TestCertificates::run(const QStringList &arguments, QString *why)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(m_openssl, arguments);
    // Nothing in this process needs the event loop while the certificates are being made.
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *why = u"openssl %1 failed: %2"_s.arg(arguments.first(),
                                              QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}
