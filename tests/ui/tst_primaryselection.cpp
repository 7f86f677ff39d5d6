// X11 copies whatever is selected in a normal-echo field or a selectable label to the PRIMARY
// selection, unmarked, where a stray middle click pastes it. The offscreen platform has no
// selection, so these run on Xvfb only (tests/ui/CMakeLists.txt), where they would see a secret
// land there.

#include "copyoncedialog.h"
#include "createdkey.h"
#include "createform.h"
#include "manualticker.h"
#include "sensitiveclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"qYSyjRxWvE0123456789abcdefGHIJ_kLmNoPq"_s;

template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// Drags across a label and double-clicks it: what selects text where text can be selected.
void selectAcross(QLabel *label)
{
    const int y = label->height() / 2;
    QTest::mousePress(label, Qt::LeftButton, {}, QPoint(2, y));
    QTest::mouseMove(label, QPoint(label->width() - 2, y));
    QTest::mouseRelease(label, Qt::LeftButton, {}, QPoint(label->width() - 2, y));
    QTest::mouseDClick(label, Qt::LeftButton);
    QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
}

} // namespace

class TestPrimarySelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createFormSecretNeverReachesTheSelection();
    void copyOnceDialogSecretNeverReachesTheSelection();

private:
    QClipboard *clipboard() const { return QGuiApplication::clipboard(); }
};

void TestPrimarySelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Registered on Xvfb only: a platform without a selection here is a broken set-up.
    QVERIFY2(clipboard()->supportsSelection(),
             qPrintable(u"no selection clipboard on "_s + QGuiApplication::platformName()));
}

void TestPrimarySelection::init()
{
    clipboard()->setText(u"before"_s, QClipboard::Selection);
}

void TestPrimarySelection::createFormSecretNeverReachesTheSelection()
{
    CreateForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QTest::mouseClick(child<QRadioButton>(form, "manualTypeRadio"), Qt::LeftButton);
    auto *secret = child<QLineEdit>(form, "keySecretEdit");
    QTest::keyClicks(secret, Secret);
    QTest::keyClick(secret, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(secret, Qt::Key_Home, Qt::ShiftModifier);
    QTest::mouseDClick(secret, Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(form, "showSecretButton"), Qt::LeftButton);
    selectAcross(child<QLabel>(form, "keySecretRevealLabel"));
    QCoreApplication::processEvents();
    QCOMPARE(clipboard()->text(QClipboard::Selection), u"before"_s);
}

void TestPrimarySelection::copyOnceDialogSecretNeverReachesTheSelection()
{
    SensitiveClipboard sensitive(clipboard(), std::make_unique<ManualTicker>());
    CreatedKey key;
    key.generation = ApiGeneration::Api3;
    key.name = u"orders-service"_s;
    key.keyId = u"AKIDexample0123456789"_s;
    key.keySecret = SecretString(Secret);
    CopyOnceDialog dialog(key, sensitive);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *masked = child<QLineEdit>(dialog, "keySecretEdit");
    masked->setFocus();
    QTest::keyClick(masked, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(masked, Qt::Key_End, Qt::ShiftModifier);
    QTest::mouseDClick(masked, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "showSecretButton"), Qt::LeftButton);
    selectAcross(child<QLabel>(dialog, "keySecretRevealLabel"));

    QCoreApplication::processEvents();
    QCOMPARE(clipboard()->text(QClipboard::Selection), u"before"_s);
    QVERIFY(!clipboard()->text(QClipboard::Clipboard).contains(Secret));
}

QTEST_MAIN(TestPrimarySelection)
#include "tst_primaryselection.moc"
