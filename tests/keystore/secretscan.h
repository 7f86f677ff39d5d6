#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Looks for secrets in files: the raw UTF-8, and the encodings a careless writer might use
// (UTF-16, Base64, hex, percent-encoding, QSettings' escapes all reduce to these).
namespace SecretScan {

QList<QByteArray> encodingsOf(const QByteArray &secret);

struct Findings
{
    int filesScanned = 0;
    QStringList files;
    QStringList hits; // "path: which secret / encoding"; never the secret itself
};

// Every regular file below `root`, read up to `maxFileSize` bytes each.
Findings scan(const QString &root, const QList<QByteArray> &secrets,
              qint64 maxFileSize = 64 * 1024 * 1024);

} // namespace SecretScan
