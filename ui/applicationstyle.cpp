#include "applicationstyle.h"

#include "themeicons.h"

#include <QGuiApplication>
#include <QStyleOption>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// Where QCommonStyle, which Fusion and Windows build on, finds the overflow arrows (Qt 6.4).
const QString ExtensionImages = u":/qt-project.org/styles/commonstyle/images/"_s;

bool drawsWithQtCommonImages(const QStyle *style)
{
    const QString name = style->name();
    return name.compare(u"fusion", Qt::CaseInsensitive) == 0 ||
           name.compare(u"windows", Qt::CaseInsensitive) == 0;
}

} // namespace

// No base style: QProxyStyle then makes the one the desktop or -style asks for.
ApplicationStyle::ApplicationStyle() = default;

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                     const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton &&
        drawsWithQtCommonImages(baseStyle())) {
        const Qt::LayoutDirection direction = option   ? option->direction
                                              : widget ? widget->layoutDirection()
                                                       : QGuiApplication::layoutDirection();
        const bool rightToLeft = direction == Qt::RightToLeft;
        QIcon &icon = rightToLeft ? m_extensionRightToLeft : m_extensionLeftToRight;
        if (icon.isNull()) {
            const QString stem =
                ExtensionImages + (rightToLeft ? u"toolbar-ext-h-rtl-"_s : u"toolbar-ext-h-"_s);
            // Drawn only when the menus overflow the window: decoded then.
            icon = ThemeIcons::fromPngFilesWhenDrawn({stem + u"16.png"_s, stem + u"32.png"_s});
        }
        if (!icon.isNull()) // a later Qt that moved its images still gets its own icon
            return icon;
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}
