#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

// Lays its widgets out in a row, wrapping to further rows when the width runs out, so that a
// row of buttons stays whole in a narrow window or at a large text scale instead of forcing the
// window wider.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    int spacingOr(QStyle::PixelMetric metric, Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
