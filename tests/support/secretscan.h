#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Looks for secrets in files and captured output: the raw UTF-8, and the encodings a careless
// writer might use (UTF-16, Base64, hex, percent-encoding, QSettings' escapes all reduce to these).
namespace SecretScan {

QList<QByteArray> encodingsOf(const QByteArray &secret);
// What each of encodingsOf()'s forms is, in the same order ("utf-8", "utf-16le", ...).
QStringList encodingNames();

struct Findings
{
    int filesScanned = 0;
    QStringList files;
    QStringList hits; // "path: which secret / encoding"; never the secret itself
};

// Every regular file below `root`, read up to `maxFileSize` bytes each.
Findings scan(const QString &root, const QList<QByteArray> &secrets,
              qint64 maxFileSize = 64 * 1024 * 1024);

// The same search in bytes that are not a file (a process's output), named `label` in the hits.
QStringList findIn(const QByteArray &content, const QString &label,
                   const QList<QByteArray> &secrets);

} // namespace SecretScan
