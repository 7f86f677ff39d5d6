#include "themeicons.h"

using namespace Qt::StringLiterals;

namespace ThemeIcons {

QIcon application()
{
    QIcon bundled;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        bundled.addFile(u":/icons/hicolor/%1x%1/apps/apigw-keys.png"_s.arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(u"apigw-keys"_s, bundled);
}

} // namespace ThemeIcons
