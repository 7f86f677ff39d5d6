#pragma once

#include <QCoreApplication>
#include <QString>

// A key secret kept in a file (--key-secret-file): create's manual secret and rotate's new one.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    // The first line of `path`, without its line end, or false and why not in `problem`. The
    // bytes read are overwritten once the line is taken from them.
    static bool readFirstLine(const QString &path, QString *secret, QString *problem);
};
