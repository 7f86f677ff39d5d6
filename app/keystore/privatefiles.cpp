#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr QFileDevice::Permissions GroupAndOther =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

namespace PrivateFiles {

bool tighten(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const QFileDevice::Permissions now = info.permissions();
    if (!(now & GroupAndOther))
        return true;
    // QFileInfo reports each permission twice (user and owner); keep only what QFile sets.
    const QFileDevice::Permissions owner =
        now & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QFile::setPermissions(path, owner);
}

bool prepare(const QString &filePath, bool createFile, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(QStringLiteral("cannot create the folder %1").arg(folder));
        if (!QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner))
            return fail(QStringLiteral("cannot restrict the folder %1").arg(folder));
    } else if (!tighten(folder)) {
        return fail(QStringLiteral("cannot restrict the folder %1").arg(folder));
    }

    if (QFileInfo::exists(filePath)) {
        if (!tighten(filePath))
            return fail(QStringLiteral("cannot restrict %1").arg(filePath));
        return true;
    }
    if (!createFile)
        return true;
    QFile file(filePath);
    // NewOnly: never truncate a file that another process created meanwhile.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        !QFileInfo::exists(filePath))
        return fail(QStringLiteral("cannot create %1").arg(filePath));
    return true;
}

} // namespace PrivateFiles
