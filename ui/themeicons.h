#pragma once

#include <QIcon>

// Icons from the desktop's icon theme, so that the application looks like its neighbours, with
// the ones bundled in the resources (resources/icons) when the theme has none.
namespace ThemeIcons {

// The window's icon: "apigw-keys", the name the desktop entry gives and the package installs.
QIcon application();

// An action's icon by its freedesktop name ("edit-copy"): the theme's, else the bundled
// :/icons/actions/<name>.png. Set in code rather than in the .ui files, because the icon uic makes
// from an <iconset> reads its file through QIcon::addFile, and that asks every image-format plugin
// installed (SVG, JPEG, GIF ...) whether it reads PNG, loading each with its libraries: a tenth of
// the window's start-up time, for nothing.
QIcon action(const QString &name);

// An icon made of the given PNG files (several sizes of one picture), read as PNG without asking
// the image-format plugins, as action() reads the bundled ones. Null if none could be read.
QIcon fromPngFiles(const QStringList &paths);

// The same, decoded when first drawn; null at once if a file is missing.
QIcon fromPngFilesWhenDrawn(const QStringList &paths);

} // namespace ThemeIcons
