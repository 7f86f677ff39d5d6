#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QUrl>

QList<QByteArray> SecretScan::encodingsOf(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    QByteArray utf16le;
    for (const QChar c : text) {
        utf16le.append(static_cast<char>(c.unicode() & 0xff));
        utf16le.append(static_cast<char>(c.unicode() >> 8));
    }
    return {secret,
            utf16le,
            secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding),
            secret.toHex(),
            QUrl::toPercentEncoding(text)};
}

QStringList SecretScan::encodingNames()
{
    return {QStringLiteral("utf-8"),     QStringLiteral("utf-16le"), QStringLiteral("base64"),
            QStringLiteral("base64url"), QStringLiteral("hex"),      QStringLiteral("percent")};
}

QStringList SecretScan::findIn(const QByteArray &content, const QString &label,
                               const QList<QByteArray> &secrets)
{
    QStringList hits;
    const QStringList names = encodingNames();
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        const QList<QByteArray> forms = encodingsOf(secrets.at(i));
        for (qsizetype form = 0; form < forms.size(); ++form) {
            if (!forms.at(form).isEmpty() && content.contains(forms.at(form)))
                hits << QStringLiteral("%1: secret #%2, %3").arg(label).arg(i).arg(names.at(form));
        }
    }
    return hits;
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
        findings.hits << findIn(content, path, secrets);
    }
    return findings;
}
