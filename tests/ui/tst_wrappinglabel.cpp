#include "wrappinglabel.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

// WrappingLabel answers heightForWidth() from a cache: it must never answer for a text, font or
// margin it no longer has.
class TestWrappingLabel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void answersAsQLabelDoes_data();
    void answersAsQLabelDoes();
    void forgetsOnNewText();
    void forgetsOnNewFontAndMargins();
};

namespace {

const QString Long = u"A sentence long enough to wrap onto several lines in a narrow label, and "
                     u"then some more words so that it certainly does."_s;

} // namespace

void TestWrappingLabel::answersAsQLabelDoes_data()
{
    QTest::addColumn<int>("width");
    for (int width : {40, 120, 300, 1000})
        QTest::addRow("%d", width) << width;
}

void TestWrappingLabel::answersAsQLabelDoes()
{
    QFETCH(int, width);
    WrappingLabel cached;
    QLabel plain;
    plain.setWordWrap(true);
    cached.setText(Long);
    plain.setText(Long);
    QVERIFY(cached.wordWrap());
    QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
    QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width)); // from the cache
}

void TestWrappingLabel::forgetsOnNewText()
{
    WrappingLabel label;
    label.setText(u"short"_s);
    const int shortHeight = label.heightForWidth(100);
    label.setText(Long);
    QVERIFY(label.heightForWidth(100) > shortHeight);
    label.setText(u"short"_s);
    QCOMPARE(label.heightForWidth(100), shortHeight);
}

void TestWrappingLabel::forgetsOnNewFontAndMargins()
{
    WrappingLabel label;
    label.setText(Long);
    const int before = label.heightForWidth(200);
    QFont bigger = label.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    label.setFont(bigger);
    QVERIFY(label.heightForWidth(200) > before);

    const int withoutMargins = label.heightForWidth(200);
    label.setContentsMargins(0, 30, 0, 30);
    QCOMPARE(label.heightForWidth(200), withoutMargins + 60);
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
