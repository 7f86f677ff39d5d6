#include "manualticker.h"
#include "sensitiveclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSensitiveClipboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void copySetsValueAndMarker();
    void clearsAfterTheTimeout();
    void countsDownEverySecond();
    void leavesAReplacedClipboardAlone();
    void leavesAClipboardChangedBehindItsBackAlone();
    void clearNowClearsOnlyOurs();
    void aSecondCopyRestartsTheCountdown();
    void destructionClearsOurValue();
    void realTimerClearsToo();

private:
    QClipboard *clipboard() const { return QGuiApplication::clipboard(); }
    ManualTicker *m_ticker = nullptr;
    std::unique_ptr<SensitiveClipboard> m_sensitive;
};

void TestSensitiveClipboard::init()
{
    clipboard()->clear();
    auto ticker = std::make_unique<ManualTicker>();
    m_ticker = ticker.get();
    m_sensitive = std::make_unique<SensitiveClipboard>(clipboard(), std::move(ticker));
    m_sensitive->setClearAfterSeconds(5);
}

void TestSensitiveClipboard::cleanup()
{
    m_sensitive.reset();
    m_ticker = nullptr;
    clipboard()->clear();
}

void TestSensitiveClipboard::copySetsValueAndMarker()
{
    QSignalSpy copied(m_sensitive.get(), &SensitiveClipboard::copied);
    m_sensitive->copy(SecretString(u"TopSecret_0123456789"_s));
    QCOMPARE(copied.size(), 1);

    const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
    QVERIFY(mime);
    QCOMPARE(mime->text(), u"TopSecret_0123456789"_s);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QVERIFY(m_sensitive->holdsOurValue());
    QCOMPARE(m_sensitive->secondsLeft(), 5);
    QVERIFY(m_ticker->isActive());
    // Never the X11 selection, where middle-click pastes would pick it up unmarked.
    if (clipboard()->supportsSelection())
        QVERIFY(clipboard()->text(QClipboard::Selection) != u"TopSecret_0123456789"_s);
}

void TestSensitiveClipboard::clearsAfterTheTimeout()
{
    QSignalSpy cleared(m_sensitive.get(), &SensitiveClipboard::cleared);
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    m_ticker->tick(4);
    QCOMPARE(clipboard()->text(), u"TopSecret_0123456789"_s);
    QCOMPARE(cleared.size(), 0);

    m_ticker->tick();
    QVERIFY(clipboard()->text().isEmpty());
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!m_ticker->isActive());
    QVERIFY(!m_sensitive->holdsOurValue());
}

void TestSensitiveClipboard::countsDownEverySecond()
{
    QSignalSpy seconds(m_sensitive.get(), &SensitiveClipboard::secondsLeftChanged);
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    m_ticker->tick(5);
    QList<int> values;
    for (const auto &arguments : seconds)
        values.append(arguments.first().toInt());
    QCOMPARE(values, QList<int>({5, 4, 3, 2, 1, 0}));
}

void TestSensitiveClipboard::leavesAReplacedClipboardAlone()
{
    QSignalSpy superseded(m_sensitive.get(), &SensitiveClipboard::superseded);
    QSignalSpy cleared(m_sensitive.get(), &SensitiveClipboard::cleared);
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    m_ticker->tick(2);
    clipboard()->setText(u"something the user copied since"_s);
    QCOMPARE(superseded.size(), 1);
    QVERIFY(!m_ticker->isActive());
    QCOMPARE(m_sensitive->secondsLeft(), 0);

    m_ticker->start(); // even if a tick still came
    m_ticker->tick(10);
    m_sensitive->clearNow();
    QCOMPARE(clipboard()->text(), u"something the user copied since"_s);
    QCOMPARE(cleared.size(), 0);
}

void TestSensitiveClipboard::leavesAClipboardChangedBehindItsBackAlone()
{
    // A platform that reports no change (or reports it late) must not make us clear what the
    // user copied: the check is on the content, at the moment of clearing.
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    {
        const QSignalBlocker blocker(clipboard());
        clipboard()->setText(u"copied elsewhere"_s);
    }
    m_ticker->tick(5);
    QCOMPARE(clipboard()->text(), u"copied elsewhere"_s);
}

void TestSensitiveClipboard::clearNowClearsOnlyOurs()
{
    QSignalSpy cleared(m_sensitive.get(), &SensitiveClipboard::cleared);
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    m_sensitive->clearNow();
    QVERIFY(clipboard()->text().isEmpty());
    QCOMPARE(cleared.size(), 1);
    QVERIFY(!m_ticker->isActive());

    clipboard()->setText(u"not ours"_s);
    m_sensitive->clearNow();
    QCOMPARE(clipboard()->text(), u"not ours"_s);
    QCOMPARE(cleared.size(), 1);
}

void TestSensitiveClipboard::aSecondCopyRestartsTheCountdown()
{
    m_sensitive->copy(u"KeyId_0123"_s);
    m_ticker->tick(3);
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    QCOMPARE(m_sensitive->secondsLeft(), 5);
    m_ticker->tick(4);
    QCOMPARE(clipboard()->text(), u"TopSecret_0123456789"_s);
    m_ticker->tick();
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSensitiveClipboard::destructionClearsOurValue()
{
    m_sensitive->copy(u"TopSecret_0123456789"_s);
    m_sensitive.reset();
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSensitiveClipboard::realTimerClearsToo()
{
    // The production ticker, with a short interval so that the test takes a fraction of a second.
    SensitiveClipboard real(clipboard(),
                            std::make_unique<IntervalTicker>(std::chrono::milliseconds(20)));
    real.setClearAfterSeconds(2);
    QSignalSpy cleared(&real, &SensitiveClipboard::cleared);
    real.copy(u"TopSecret_0123456789"_s);
    QCOMPARE(clipboard()->text(), u"TopSecret_0123456789"_s);
    QVERIFY(cleared.wait(2000));
    QVERIFY(clipboard()->text().isEmpty());
}

QTEST_MAIN(TestSensitiveClipboard)
#include "tst_sensitiveclipboard.moc"
