#include "themeicons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <optional>

using namespace Qt::StringLiterals;

namespace ThemeIcons {

namespace {

// A bundled PNG decoded when it is first drawn rather than when the widget is made: most action
// icons (menus, pages not shown yet, buttons that appear later) are not on screen at start-up,
// and decoding them all cost a millisecond before the window could show.
class DeferredPngIconEngine final : public QIconEngine
{
public:
    explicit DeferredPngIconEngine(QStringList paths) : m_paths(std::move(paths)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        decoded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return decoded().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return decoded().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return decoded().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return decoded().availableSizes(mode, state);
    }
    // Asked by layouts and QIcon::isNull() before anything is drawn: answered without decoding.
    // fromPngFilesWhenDrawn() made this engine only for files that exist.
    bool isNull() override { return false; }
    QString key() const override { return u"DeferredPngIconEngine"_s; }
    QIconEngine *clone() const override { return new DeferredPngIconEngine(*this); }

private:
    const QIcon &decoded()
    {
        if (!m_decoded) {
            m_decoded = fromPngFiles(m_paths);
            if (m_decoded->isNull())
                qWarning("icon %s cannot be read", qPrintable(m_paths.join(u", ")));
        }
        return *m_decoded;
    }

    QStringList m_paths;
    std::optional<QIcon> m_decoded;
};

} // namespace

QIcon application()
{
    QIcon bundled;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        bundled.addFile(u":/icons/hicolor/%1x%1/apps/apigw-keys.png"_s.arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(u"apigw-keys"_s, bundled);
}

QIcon action(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    // Several buttons share an icon (edit-copy is on five): one engine each, so each file is
    // decoded once. Widgets live in the GUI thread only, so the cache needs no lock.
    static QHash<QString, QIcon> bundled;
    auto found = bundled.constFind(name);
    if (found == bundled.constEnd()) {
        const QString path = u":/icons/actions/%1.png"_s.arg(name);
        const QIcon icon = fromPngFilesWhenDrawn({path});
        if (icon.isNull())
            qWarning("no bundled icon %s", qPrintable(path));
        found = bundled.insert(name, icon);
    }
    return *found;
}

QIcon fromPngFilesWhenDrawn(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!QFile::exists(path))
            return {};
    }
    return paths.isEmpty() ? QIcon() : QIcon(new DeferredPngIconEngine(paths));
}

QIcon fromPngFiles(const QStringList &paths)
{
    QIcon icon;
    for (const QString &path : paths) {
        // With the format named and detection off, QImageReader goes straight to the PNG reader
        // built into QtGui.
        QImageReader reader(path, "png");
        reader.setAutoDetectImageFormat(false);
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace ThemeIcons
