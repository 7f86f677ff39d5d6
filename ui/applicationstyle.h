#pragma once

#include <QProxyStyle>

// The desktop's style (or the one -style names), with one change that only start-up time sees:
// the menu bar's overflow button. QMenuBar's constructor asks the style for that icon, and Qt's
// own styles make it with QIcon::addFile, which asks every image-format plugin installed whether
// it reads PNG, loading each (SVG, JPEG, GIF ... with their libraries) before the window can show.
// Here the same pictures are read as PNG outright. Other styles keep their own icon.
class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ApplicationStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    mutable QIcon m_extensionLeftToRight;
    mutable QIcon m_extensionRightToLeft;
};
