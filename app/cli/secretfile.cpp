#include "secretfile.h"

#include <QFile>

bool SecretFile::readFirstLine(const QString &path, QString *secret, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    // A secret is at most 50 characters; a large file is a wrong path, not a secret.
    constexpr qint64 limit = 4096;
    QByteArray bytes = file.read(limit + 1);
    const bool tooLarge = bytes.size() > limit;
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    if (!tooLarge)
        *secret = QString::fromUtf8(bytes.constData(), end);
    bytes.fill('\0');
    if (tooLarge) {
        *problem = tr("the file is larger than a key secret can be");
        return false;
    }
    return true;
}
