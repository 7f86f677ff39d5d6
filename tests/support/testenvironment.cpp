#include "testenvironment.h"

#include <QDir>
#include <QFile>

bool TestEnvironment::isCi()
{
    return qEnvironmentVariable("CI").compare(u"true", Qt::CaseInsensitive) == 0;
}

bool TestEnvironment::mustNotSkip()
{
    return isCi() || qEnvironmentVariable("APIGW_UNDER_SCRIPTS_TEST") == u"1";
}

QString TestEnvironment::dataPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("APIGW_TEST_DATA")).filePath(relative);
}

QByteArray TestEnvironment::readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
