#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QStringDecoder>
#include <QUrl>

QList<QByteArray> SecretScan::encodingsOf(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return {secret,
            utf16,
            secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding),
            secret.toHex(),
            QUrl::toPercentEncoding(text)};
}

SecretScan::Findings SecretScan::scan(const QString &root, const QList<QByteArray> &secrets,
                                      qint64 maxFileSize)
{
    Findings findings;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets, files that vanished meanwhile
        const QByteArray content = file.read(maxFileSize);
        ++findings.filesScanned;
        findings.files << path;
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            const QList<QByteArray> forms = encodingsOf(secrets.at(i));
            for (qsizetype form = 0; form < forms.size(); ++form) {
                if (!forms.at(form).isEmpty() && content.contains(forms.at(form)))
                    findings.hits << QStringLiteral("%1: secret #%2, encoding #%3")
                                         .arg(path)
                                         .arg(i)
                                         .arg(form);
            }
        }
    }
    return findings;
}
