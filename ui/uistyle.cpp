#include "uistyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>

namespace {

bool isDarkPalette(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

void setTextColor(QLabel *label, const QColor &light, const QColor &dark)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, isDarkPalette(label) ? dark : light);
    label->setPalette(palette);
}

} // namespace

void UiStyle::makeProblemLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTextColor(label, QColor(0xb0, 0x1c, 0x1c), QColor(0xff, 0x8a, 0x80));
}

void UiStyle::makeWarningLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTextColor(label, QColor(0x8a, 0x4b, 0x00), QColor(0xff, 0xc8, 0x60));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
}

void UiStyle::useFixedPitchFont(QWidget *widget)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(widget->font().pointSizeF());
    widget->setFont(font);
}

void UiStyle::makeTitleLabel(QLabel *label)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
}

void UiStyle::makePlainText(QWidget *root)
{
    if (auto *label = qobject_cast<QLabel *>(root))
        label->setTextFormat(Qt::PlainText);
    for (QLabel *label : root->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

void UiStyle::makePlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    makePlainText(static_cast<QWidget *>(box));
}
