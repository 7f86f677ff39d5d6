#include "wrappinglabel.h"

#include <QEvent>

WrappingLabel::WrappingLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    if (text() != m_measuredText) {
        m_heights.clear();
        m_measuredText = text();
    }
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend())
        return *known;
    const int height = QLabel::heightForWidth(width);
    // A handful of widths occur in practice; a label resized by hand through every width would
    // otherwise collect them all.
    if (m_heights.size() > 64)
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}
