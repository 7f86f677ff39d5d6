#include "copyoncedialog.h"
#include "manualticker.h"
#include "sensitiveclipboard.h"
#include "translationloader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"qYSyjRxWvE0123456789abcdefGHIJ_kLmNoPq"_s;

// On the indicator: a check box that spans the dialog takes clicks on its box and text only.
void tick(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

CreatedKey sampleKey()
{
    CreatedKey key;
    key.generation = ApiGeneration::Api3;
    key.name = u"orders-service"_s;
    key.type = KeyType::Auto;
    key.keyId = u"AKIDexample0123456789"_s;
    key.keySecret = SecretString(Secret);
    key.createdUtc = QDateTime(QDate(2020, 2, 26), QTime(6, 10, 1), Qt::UTC);
    key.requestId = u"ad5218b4-edc3-4195-ba4d-a0ef176783ba"_s;
    return key;
}

} // namespace

class TestCopyOnceDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void showsTheKeyWithTheSecretMasked();
    void showRevealsTheSecretUnselectably();
    void copyGoesThroughTheSensitiveClipboard();
    void countdownIsVisible();
    void countdownSpeaksEnglishPlurals_data();
    void countdownSpeaksEnglishPlurals();
    void sizedToItsContent();
    void escapeAndCloseDoNotCloseBeforeAcknowledgement();
    void confirmingLeaveCloses();
    void goingBackKeepsTheDialog();
    void acknowledgedDoneSavesThenCloses();
    void saveFailureShowsReasonAndRetry();
    void leavingWithoutSavingAfterAFailure();
    void closeKeepingKeySavesThenClosesUnacknowledged();
    void closeKeepingKeyStaysWhenTheKeyWouldBeLost();
    void closingClearsTheClipboardAndWipesTheSecret();
    void closingLeavesOtherClipboardContentAlone();

private:
    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QMessageBox *leaveConfirmation() const
    {
        return m_dialog->findChild<QMessageBox *>(u"leaveConfirmation"_s);
    }
    QPushButton *doneButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    bool widgetsShow(const QString &text) const;

    ManualTicker *m_ticker = nullptr;
    std::unique_ptr<SensitiveClipboard> m_clipboard;
    std::unique_ptr<CopyOnceDialog> m_dialog;
};

void TestCopyOnceDialog::init()
{
    QGuiApplication::clipboard()->clear();
    auto ticker = std::make_unique<ManualTicker>();
    m_ticker = ticker.get();
    m_clipboard =
        std::make_unique<SensitiveClipboard>(QGuiApplication::clipboard(), std::move(ticker));
    m_dialog = std::make_unique<CopyOnceDialog>(sampleKey(), *m_clipboard);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCopyOnceDialog::cleanup()
{
    m_dialog.reset();
    m_clipboard.reset();
    QGuiApplication::clipboard()->clear();
}

bool TestCopyOnceDialog::widgetsShow(const QString &text) const
{
    const auto labels = m_dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(text))
            return true;
    }
    const auto edits = m_dialog->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        if (edit->text().contains(text) || edit->displayText().contains(text))
            return true;
    }
    return false;
}

void TestCopyOnceDialog::showsTheKeyWithTheSecretMasked()
{
    QCOMPARE(child<QLabel>("nameValueLabel")->text(), u"orders-service"_s);
    QCOMPARE(child<QLineEdit>("keyIdEdit")->text(), u"AKIDexample0123456789"_s);
    QVERIFY(child<QLineEdit>("keyIdEdit")->isReadOnly());
    const QString created = child<QLabel>("createdValueLabel")->text();
    QVERIFY2(created.contains(u"2020-02-26 06:10:01"_s), qPrintable(created));
    QVERIFY(created.contains(u"UTC"_s));
    QVERIFY(!child<QLabel>("onceWarningLabel")->text().isEmpty());

    auto *secret = child<QLineEdit>("keySecretEdit");
    QVERIFY(secret->isVisible());
    QVERIFY(secret->isReadOnly());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(secret->text().size(), Secret.size());
    QVERIFY(!widgetsShow(Secret)); // not even inside the masked field
    QVERIFY(child<QCheckBox>("saveToKeychainCheck")->isChecked());
    QVERIFY(!child<QCheckBox>("acknowledgeCheck")->isChecked());
    QTRY_COMPARE(QApplication::focusWidget(), child<QPushButton>("copySecretButton"));
}

void TestCopyOnceDialog::showRevealsTheSecretUnselectably()
{
    auto *show = child<QPushButton>("showSecretButton");
    auto *reveal = child<QLabel>("keySecretRevealLabel");
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(reveal->isVisible());
    QCOMPARE(child<QLineEdit>("keySecretEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(reveal->text(), Secret);
    QCOMPARE(reveal->textInteractionFlags(), Qt::NoTextInteraction);
    QCOMPARE(reveal->textFormat(), Qt::PlainText);
    QVERIFY(!reveal->hasSelectedText());

    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(!reveal->isVisible());
    QVERIFY(reveal->text().isEmpty());
    QVERIFY(!widgetsShow(Secret));
}

void TestCopyOnceDialog::copyGoesThroughTheSensitiveClipboard()
{
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), Secret);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));

    QTest::mouseClick(child<QPushButton>("copyKeyIdButton"), Qt::LeftButton);
    mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text(), u"AKIDexample0123456789"_s);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
}

void TestCopyOnceDialog::countdownIsVisible()
{
    m_clipboard->setClearAfterSeconds(3);
    auto *status = child<QLabel>("clipboardStatusLabel");
    QVERIFY(!status->isVisible());
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u'3'), qPrintable(status->text()));
    m_ticker->tick();
    QVERIFY2(status->text().contains(u'2'), qPrintable(status->text()));
    m_ticker->tick(2);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(status->isVisible());
    QVERIFY(!status->text().contains(u'1'));
}

void TestCopyOnceDialog::countdownSpeaksEnglishPlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("en_GB") << u"en_GB"_s;
    // Languages without a translation speak English, plurals included.
    QTest::newRow("C") << u"C"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestCopyOnceDialog::countdownSpeaksEnglishPlurals()
{
    QFETCH(QString, language);
    const QLocale before;
    TranslationLoader translations(language);
    translations.install();
    m_clipboard->setClearAfterSeconds(2);
    auto *status = child<QLabel>("clipboardStatusLabel");
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    const QString two = status->text();
    m_ticker->tick();
    const QString one = status->text();
    QLocale::setDefault(before);
    QVERIFY2(two.endsWith(u"cleared in 2 seconds."_s), qPrintable(two));
    QVERIFY2(one.endsWith(u"cleared in 1 second."_s), qPrintable(one));
}

void TestCopyOnceDialog::sizedToItsContent()
{
    // No empty band between the last line of content and the buttons.
    const QWidget *lastContent = child<QCheckBox>("acknowledgeCheck");
    const QWidget *buttons = child<QDialogButtonBox>("buttonBox");
    const int gap = buttons->mapTo(m_dialog.get(), QPoint()).y() -
                    lastContent->mapTo(m_dialog.get(), QPoint(0, lastContent->height())).y();
    const int spacing = m_dialog->layout()->spacing();
    QVERIFY2(gap <= 2 * std::max(spacing, 6), qPrintable(QString::number(gap)));
    QVERIFY(m_dialog->height() >= m_dialog->minimumSizeHint().height());
    // ...and no line cut off (the two-line created time, say), even once a status line has
    // appeared below.
    const auto noLineCutOff = [this] {
        QApplication::processEvents();
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() &&
                label->height() < label->heightForWidth(label->width())) {
                qWarning("%s is cut off", qPrintable(label->objectName()));
                return false;
            }
        }
        return true;
    };
    QVERIFY(noLineCutOff());
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("clipboardStatusLabel")->isVisible());
    QVERIFY(noLineCutOff());
}

void TestCopyOnceDialog::escapeAndCloseDoNotCloseBeforeAcknowledgement()
{
    QSignalSpy saveRequested(m_dialog.get(), &CopyOnceDialog::saveRequested);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QTRY_VERIFY(leaveConfirmation() && leaveConfirmation()->isVisible());
    // Escape on the question means "go back".
    QTest::keyClick(leaveConfirmation(), Qt::Key_Escape);
    QTRY_VERIFY(!leaveConfirmation());
    QVERIFY(m_dialog->isVisible());

    QVERIFY(!m_dialog->close()); // the window's close button
    QVERIFY(m_dialog->isVisible());
    QTRY_VERIFY(leaveConfirmation());
    QTest::mouseClick(leaveConfirmation()->findChild<QPushButton *>(u"stayButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!leaveConfirmation());

    QTest::mouseClick(doneButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QTRY_VERIFY(leaveConfirmation());
    QCOMPARE(saveRequested.size(), 0);
}

void TestCopyOnceDialog::confirmingLeaveCloses()
{
    child<QCheckBox>("saveToKeychainCheck")->setChecked(false);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QTRY_VERIFY(leaveConfirmation());
    QTest::mouseClick(leaveConfirmation()->findChild<QPushButton *>(u"leaveButton"_s),
                      Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
}

void TestCopyOnceDialog::goingBackKeepsTheDialog()
{
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    QTRY_VERIFY(leaveConfirmation());
    QTest::mouseClick(leaveConfirmation()->findChild<QPushButton *>(u"stayButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!leaveConfirmation());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!widgetsShow(Secret));
    // The secret is still there to copy.
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), Secret);
}

void TestCopyOnceDialog::acknowledgedDoneSavesThenCloses()
{
    QSignalSpy saveRequested(m_dialog.get(), &CopyOnceDialog::saveRequested);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    tick(child<QCheckBox>("acknowledgeCheck"));
    QTest::mouseClick(doneButton(), Qt::LeftButton);

    QCOMPARE(saveRequested.size(), 1);
    const auto key = saveRequested.first().first().value<CreatedKey>();
    QCOMPARE(key.keyId, u"AKIDexample0123456789"_s);
    QCOMPARE(key.keySecret.toString(), Secret);
    QCOMPARE(m_dialog->saveState(), CopyOnceDialog::SaveState::Saving);
    QVERIFY(!leaveConfirmation());
    // While the keychain works, neither Done nor Escape closes or saves again.
    QVERIFY(!doneButton()->isEnabled() || !child<QDialogButtonBox>("buttonBox")->isEnabled());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(saveRequested.size(), 1);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QLabel>("saveStatusLabel")->isVisible());

    m_dialog->setSaveResult(true, QString());
    QCOMPARE(m_dialog->saveState(), CopyOnceDialog::SaveState::Saved);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
}

void TestCopyOnceDialog::saveFailureShowsReasonAndRetry()
{
    QSignalSpy saveRequested(m_dialog.get(), &CopyOnceDialog::saveRequested);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    tick(child<QCheckBox>("acknowledgeCheck"));
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    QCOMPARE(saveRequested.size(), 1);

    m_dialog->setSaveResult(false, u"The keychain is locked."_s);
    QCOMPARE(m_dialog->saveState(), CopyOnceDialog::SaveState::Failed);
    QVERIFY(m_dialog->isVisible());
    auto *status = child<QLabel>("saveStatusLabel");
    auto *retry = child<QPushButton>("retrySaveButton");
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"The keychain is locked."_s));
    QVERIFY(retry->isVisible());
    // The key stays on screen and can still be copied.
    QCOMPARE(child<QLineEdit>("keyIdEdit")->text(), u"AKIDexample0123456789"_s);
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), Secret);

    // Done again does not silently drop the save the user asked for.
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(saveRequested.size(), 1);
    QCOMPARE(finished.size(), 0);

    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(saveRequested.size(), 2);
    QVERIFY(!retry->isVisible());
    m_dialog->setSaveResult(true, QString());
    QCOMPARE(finished.size(), 1);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestCopyOnceDialog::leavingWithoutSavingAfterAFailure()
{
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    tick(child<QCheckBox>("acknowledgeCheck"));
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    m_dialog->setSaveResult(false, u"No keychain."_s);
    tick(child<QCheckBox>("saveToKeychainCheck"));
    QVERIFY(!child<QPushButton>("retrySaveButton")->isVisible());
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
}

void TestCopyOnceDialog::closeKeepingKeySavesThenClosesUnacknowledged()
{
    // A signal ends the application while the leave question is open, nobody there to answer.
    QSignalSpy saveRequested(m_dialog.get(), &CopyOnceDialog::saveRequested);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(leaveConfirmation());

    QVERIFY(m_dialog->closeKeepingKey());
    QCOMPARE(saveRequested.size(), 1);
    QCOMPARE(saveRequested.first().first().value<CreatedKey>().keySecret.toString(), Secret);
    QCOMPARE(finished.size(), 0); // not before the keychain has it
    m_dialog->setSaveResult(true, QString());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestCopyOnceDialog::closeKeepingKeyStaysWhenTheKeyWouldBeLost()
{
    QSignalSpy saveRequested(m_dialog.get(), &CopyOnceDialog::saveRequested);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    // A failed save stays, with its reason and Retry.
    QVERIFY(m_dialog->closeKeepingKey());
    m_dialog->setSaveResult(false, u"The keychain is locked."_s);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QPushButton>("retrySaveButton")->isVisible());
    QCOMPARE(finished.size(), 0);

    // "Save" unticked: the dialog holds the only copy, so it stays.
    tick(child<QCheckBox>("saveToKeychainCheck"));
    QVERIFY(!m_dialog->closeKeepingKey());
    QCOMPARE(saveRequested.size(), 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(finished.size(), 0);
    // Still the whole key, to copy by hand.
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), Secret);
}

void TestCopyOnceDialog::closingClearsTheClipboardAndWipesTheSecret()
{
    QTest::mouseClick(child<QPushButton>("showSecretButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), Secret);
    child<QCheckBox>("saveToKeychainCheck")->setChecked(false);
    tick(child<QCheckBox>("acknowledgeCheck"));
    QTest::mouseClick(doneButton(), Qt::LeftButton);

    QVERIFY(!m_dialog->isVisible());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!widgetsShow(Secret));
    QVERIFY(child<QLineEdit>("keySecretEdit")->text().isEmpty());
    QVERIFY(child<QLabel>("keySecretRevealLabel")->text().isEmpty());
}

void TestCopyOnceDialog::closingLeavesOtherClipboardContentAlone()
{
    QTest::mouseClick(child<QPushButton>("copySecretButton"), Qt::LeftButton);
    QGuiApplication::clipboard()->setText(u"the user's own"_s);
    child<QCheckBox>("saveToKeychainCheck")->setChecked(false);
    tick(child<QCheckBox>("acknowledgeCheck"));
    QTest::mouseClick(doneButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"the user's own"_s);
}

QTEST_MAIN(TestCopyOnceDialog)
#include "tst_copyoncedialog.moc"
