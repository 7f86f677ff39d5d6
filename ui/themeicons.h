#pragma once

#include <QIcon>

// Icons from the desktop's icon theme, so that the application looks like its neighbours, with
// the ones bundled in the resources (resources/icons) when the theme has none. The action icons
// are asked for in the .ui files (<iconset theme=...>), which uic turns into the same choice.
namespace ThemeIcons {

// The window's icon: "apigw-keys", the name the desktop entry gives and the package installs.
QIcon application();

} // namespace ThemeIcons
