#pragma once

#include <QHash>
#include <QLabel>

// A word-wrapped label that remembers its height for each width it was asked about. Layouts ask
// a wrapped label for heightForWidth() dozens of times while a window first settles (every box
// and form layout above it, at several trial widths), and QLabel shapes its whole text anew each
// time; in a scroll area this was a tenth of the application's start-up.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The text the heights were measured for: QLabel::setText() is not virtual, so a change of
    // text is noticed here rather than announced.
    mutable QString m_measuredText;
    mutable QHash<int, int> m_heights;
};
