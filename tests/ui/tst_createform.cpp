#include "createform.h"
#include "failuretext.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FieldProblem)
Q_DECLARE_METATYPE(ApiGeneration)

namespace {

enum class Field { Name, KeyId, KeySecret };

} // namespace

Q_DECLARE_METATYPE(Field)

class TestCreateForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_form.reset(); }

    void startsAutomaticWithManualFieldsHidden();
    void typeSwitchShowsAndHidesIdAndSecret();
    void fieldMessageAppearsAndClears_data();
    void fieldMessageAppearsAndClears();
    void noMessageBeforeAFieldIsTouched();
    void fieldsStayPutWhileMessagesComeAndGo();
    void nameIsRequiredUnderApi3Only();
    void generateFillsValidRandomValues();
    void pasteIsTrimmed_data();
    void pasteIsTrimmed();
    void spaceTypedInANameIsKeptUntilEditingFinishes();
    void createEnabledExactlyWhenItShould_data();
    void createEnabledExactlyWhenItShould();
    void hintSaysWhatIsMissingAndOffersSettings();
    void createEmitsNormalisedSpecOnce();
    void doubleClickAndEnterEmitOnceWhileBusy();
    void busyStateLocksInputsAndOffersCancel();
    void showSecretRevealsInAnUnselectableLabel();
    void resetForgetsEverything();

private:
    QLineEdit *edit(Field field) const;
    QLabel *message(Field field) const;
    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_form->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void makeValid();

    std::unique_ptr<CreateForm> m_form;
};

void TestCreateForm::init()
{
    m_form = std::make_unique<CreateForm>();
    m_form->resize(520, 420);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

QLineEdit *TestCreateForm::edit(Field field) const
{
    switch (field) {
    case Field::Name:
        return child<QLineEdit>("nameEdit");
    case Field::KeyId:
        return child<QLineEdit>("keyIdEdit");
    case Field::KeySecret:
        return child<QLineEdit>("keySecretEdit");
    }
    return nullptr;
}

QLabel *TestCreateForm::message(Field field) const
{
    switch (field) {
    case Field::Name:
        return child<QLabel>("nameMessageLabel");
    case Field::KeyId:
        return child<QLabel>("keyIdMessageLabel");
    case Field::KeySecret:
        return child<QLabel>("keySecretMessageLabel");
    }
    return nullptr;
}

void TestCreateForm::makeValid()
{
    m_form->setCredentialsAvailable(true);
    QTest::keyClicks(edit(Field::Name), u"orders-service"_s);
}

void TestCreateForm::startsAutomaticWithManualFieldsHidden()
{
    QVERIFY(child<QRadioButton>("autoTypeRadio")->isChecked());
    QVERIFY(!edit(Field::KeyId)->isVisible());
    QVERIFY(!edit(Field::KeySecret)->isVisible());
    QVERIFY(!child<QPushButton>("generateButton")->isVisible());
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QVERIFY(!child<QWidget>("busyWidget")->isVisible());
    QCOMPARE(edit(Field::KeySecret)->echoMode(), QLineEdit::Password);
}

void TestCreateForm::typeSwitchShowsAndHidesIdAndSecret()
{
    auto *form = child<QFormLayout>("formLayout");
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QVERIFY(edit(Field::KeyId)->isVisible());
    QVERIFY(edit(Field::KeySecret)->isVisible());
    QVERIFY(child<QPushButton>("generateButton")->isVisible());
    QVERIFY(form->isRowVisible(child<QLabel>("keyIdLabel")));
    QCOMPARE(m_form->keySpec().type, KeyType::Manual);

    QTest::mouseClick(child<QRadioButton>("autoTypeRadio"), Qt::LeftButton);
    QVERIFY(!edit(Field::KeyId)->isVisible());
    QVERIFY(!edit(Field::KeySecret)->isVisible());
    QVERIFY(!form->isRowVisible(child<QLabel>("keySecretLabel")));
    QCOMPARE(m_form->keySpec().type, KeyType::Auto);
}

void TestCreateForm::fieldMessageAppearsAndClears_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<FieldProblem>("problem");
    QTest::addColumn<QString>("fixed");

    const QString validId = u"my_key_01"_s;
    const QString validSecret = u"abcdefghij0123456789"_s;
    // Required: typed, then erased (see the test body).
    QTest::newRow("name required")
        << Field::Name << QString() << FieldProblem::Required << u"orders"_s;
    QTest::newRow("name tab inside") << Field::Name << u"orders\tservice"_s
                                     << FieldProblem::ControlCharacter << u"orders service"_s;
    QTest::newRow("name line separator")
        << Field::Name << u"a\u2028b"_s << FieldProblem::ControlCharacter << u"ab"_s;
    QTest::newRow("name too long")
        << Field::Name << QString(61, u'n') << FieldProblem::TooLong << QString(60, u'n');
    QTest::newRow("id required") << Field::KeyId << QString() << FieldProblem::Required << validId;
    QTest::newRow("id too short") << Field::KeyId << u"abcd"_s << FieldProblem::TooShort
                                  << u"abcde"_s;
    QTest::newRow("id too long") << Field::KeyId << QString(51, u'i') << FieldProblem::TooLong
                                 << QString(50, u'i');
    QTest::newRow("id hyphen") << Field::KeyId << u"my-key-01"_s << FieldProblem::InvalidCharacter
                               << validId;
    QTest::newRow("id inner space")
        << Field::KeyId << u"my key 01"_s << FieldProblem::InvalidCharacter << validId;
    QTest::newRow("id non-ascii") << Field::KeyId << u"schl\u00fcssel"_s
                                  << FieldProblem::InvalidCharacter << validId;
    QTest::newRow("secret required")
        << Field::KeySecret << QString() << FieldProblem::Required << validSecret;
    QTest::newRow("secret too short")
        << Field::KeySecret << u"abcdefghi"_s << FieldProblem::TooShort << u"abcdefghij"_s;
    QTest::newRow("secret too long")
        << Field::KeySecret << QString(51, u's') << FieldProblem::TooLong << QString(50, u's');
    QTest::newRow("secret punctuation")
        << Field::KeySecret << u"abcdefghij!"_s << FieldProblem::InvalidCharacter << validSecret;
}

void TestCreateForm::fieldMessageAppearsAndClears()
{
    QFETCH(Field, field);
    QFETCH(QString, input);
    QFETCH(FieldProblem, problem);
    QFETCH(QString, fixed);

    m_form->setCredentialsAvailable(true);
    if (field != Field::Name) {
        QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("generateButton"), Qt::LeftButton);
        QTest::keyClicks(edit(Field::Name), u"orders"_s);
        edit(field)->clear();
    }
    QLineEdit *lineEdit = edit(field);
    QLabel *label = message(field);
    auto *createButton = child<QPushButton>("createButton");

    if (input.isEmpty()) {
        QTest::keyClicks(lineEdit, u"x"_s);
        QTest::keyClick(lineEdit, Qt::Key_Backspace);
    } else {
        // insert() goes through the same path as typing (textEdited) and, unlike keyClicks,
        // carries a tab into the field instead of moving the focus.
        lineEdit->insert(input);
    }

    QVERIFY2(label->isVisible(), qPrintable(lineEdit->text()));
    QVERIFY(!label->text().isEmpty());
    const QString expected = field == Field::Name ? FailureText::keyName(problem, input)
                             : field == Field::KeyId
                                 ? FailureText::keyId(problem, input)
                                 : FailureText::keySecret(problem, input.size());
    QCOMPARE(label->text(), expected);
    if (field == Field::KeySecret && !input.isEmpty())
        QVERIFY2(!label->text().contains(input), "a message must never quote the secret");
    QVERIFY(!createButton->isEnabled());

    lineEdit->selectAll();
    QTest::keyClicks(lineEdit, fixed);
    QVERIFY(!label->isVisible());
    QVERIFY(label->text().isEmpty());
    QVERIFY(createButton->isEnabled());
}

void TestCreateForm::noMessageBeforeAFieldIsTouched()
{
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QVERIFY(!message(Field::Name)->isVisible());
    QVERIFY(!message(Field::KeyId)->isVisible());
    QVERIFY(!message(Field::KeySecret)->isVisible());
    // ...but the hint already says what Create still needs.
    QVERIFY(child<QLabel>("hintLabel")->isVisible());
}

void TestCreateForm::fieldsStayPutWhileMessagesComeAndGo()
{
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    auto *createButton = child<QPushButton>("createButton");
    const auto positions = [&] {
        QApplication::processEvents(); // the layout settles from a posted event
        return QList<int>{edit(Field::KeyId)->mapTo(m_form.get(), QPoint()).y(),
                          edit(Field::KeySecret)->mapTo(m_form.get(), QPoint()).y(),
                          createButton->mapTo(m_form.get(), QPoint()).y()};
    };
    const QList<int> before = positions();

    QTest::keyClicks(edit(Field::Name), u"x"_s);
    QTest::keyClick(edit(Field::Name), Qt::Key_Backspace); // empty: "a name is required"
    QTest::keyClicks(edit(Field::KeyId), u"ab"_s);         // too short
    QVERIFY(message(Field::Name)->isVisible());
    QVERIFY(message(Field::KeyId)->isVisible());
    QCOMPARE(positions(), before);

    QTest::keyClicks(edit(Field::Name), u"orders"_s);
    QTest::keyClicks(edit(Field::KeyId), u"cdef"_s);
    QVERIFY(!message(Field::Name)->isVisible());
    QVERIFY(!message(Field::KeyId)->isVisible());
    QCOMPARE(positions(), before);
}

void TestCreateForm::nameIsRequiredUnderApi3Only()
{
    m_form->setCredentialsAvailable(true);
    auto *label = child<QLabel>("nameLabel");
    auto *createButton = child<QPushButton>("createButton");

    QCOMPARE(m_form->apiGeneration(), ApiGeneration::Api3);
    const QString requiredLabel = label->text();
    const QString requiredPlaceholder = edit(Field::Name)->placeholderText();
    QVERIFY(!createButton->isEnabled());

    m_form->setApiGeneration(ApiGeneration::Api2);
    QVERIFY(label->text() != requiredLabel);
    QVERIFY(edit(Field::Name)->placeholderText() != requiredPlaceholder);
    QVERIFY(createButton->isEnabled());
    QTest::keyClicks(edit(Field::Name), u"x"_s);
    QTest::keyClick(edit(Field::Name), Qt::Key_Backspace);
    QVERIFY(!message(Field::Name)->isVisible());

    m_form->setApiGeneration(ApiGeneration::Api3);
    QCOMPARE(label->text(), requiredLabel);
    QVERIFY(message(Field::Name)->isVisible()); // touched, so it speaks at once
    QVERIFY(!createButton->isEnabled());
}

void TestCreateForm::generateFillsValidRandomValues()
{
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    auto *generate = child<QPushButton>("generateButton");
    QTest::mouseClick(generate, Qt::LeftButton);
    const QString firstId = edit(Field::KeyId)->text();
    const QString firstSecret = edit(Field::KeySecret)->text();
    QCOMPARE(firstId.size(), 20);
    QCOMPARE(firstSecret.size(), 40);
    for (const QChar c : firstId + firstSecret)
        QVERIFY2(KeySpecRules::isKeyCharacter(c), qPrintable(QString(c)));
    const KeySpecProblems problems = m_form->problems();
    QCOMPARE(problems.keyId, FieldProblem::None);
    QCOMPARE(problems.keySecret, FieldProblem::None);
    QVERIFY(!message(Field::KeyId)->isVisible());
    QVERIFY(!message(Field::KeySecret)->isVisible());

    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(edit(Field::KeyId)->text() != firstId);
    QVERIFY(edit(Field::KeySecret)->text() != firstSecret);
}

void TestCreateForm::pasteIsTrimmed_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name newline") << Field::Name << u"orders service\n"_s << u"orders service"_s;
    QTest::newRow("name crlf and spaces")
        << Field::Name << u"  orders service \r\n"_s << u"orders service"_s;
    QTest::newRow("id newline") << Field::KeyId << u"my_key_01\n"_s << u"my_key_01"_s;
    QTest::newRow("id spaces") << Field::KeyId << u"  my_key_01  "_s << u"my_key_01"_s;
    QTest::newRow("secret tab and newline")
        << Field::KeySecret << u"\tabcdefghij0123\n"_s << u"abcdefghij0123"_s;
}

void TestCreateForm::pasteIsTrimmed()
{
    QFETCH(Field, field);
    QFETCH(QString, pasted);
    QFETCH(QString, expected);

    m_form->setCredentialsAvailable(true);
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("generateButton"), Qt::LeftButton);
    if (field != Field::Name)
        QTest::keyClicks(edit(Field::Name), u"orders"_s);
    QLineEdit *lineEdit = edit(field);
    lineEdit->clear();
    lineEdit->setFocus();

    QGuiApplication::clipboard()->setText(pasted);
    lineEdit->paste();

    QCOMPARE(lineEdit->text(), expected);
    QVERIFY(!message(field)->isVisible());
    const KeySpec spec = m_form->keySpec();
    switch (field) {
    case Field::Name:
        QCOMPARE(spec.name, expected);
        break;
    case Field::KeyId:
        QCOMPARE(spec.keyId, expected);
        break;
    case Field::KeySecret:
        QCOMPARE(spec.keySecret.toString(), expected);
        break;
    }
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
    QGuiApplication::clipboard()->clear();
}

void TestCreateForm::spaceTypedInANameIsKeptUntilEditingFinishes()
{
    QLineEdit *name = edit(Field::Name);
    QTest::keyClicks(name, u"my "_s);
    QCOMPARE(name->text(), u"my "_s);
    QTest::keyClicks(name, u"key "_s);
    QCOMPARE(name->text(), u"my key "_s);
    QCOMPARE(m_form->keySpec().name, u"my key"_s);
    emit name->editingFinished();
    QCOMPARE(name->text(), u"my key"_s);
}

void TestCreateForm::createEnabledExactlyWhenItShould_data()
{
    QTest::addColumn<ApiGeneration>("generation");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("manual");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("keySecret");
    QTest::addColumn<bool>("enabled");

    const auto api3 = ApiGeneration::Api3;
    const auto api2 = ApiGeneration::Api2;
    const QString id = u"my_key_01"_s;
    const QString secret = u"abcdefghij0123"_s;
    QTest::newRow("auto, all there")
        << api3 << true << u"n"_s << false << QString() << QString() << true;
    QTest::newRow("no credentials")
        << api3 << false << u"n"_s << false << QString() << QString() << false;
    QTest::newRow("3.0 without name")
        << api3 << true << QString() << false << QString() << QString() << false;
    QTest::newRow("2.0 without name")
        << api2 << true << QString() << false << QString() << QString() << true;
    QTest::newRow("2.0 without credentials")
        << api2 << false << QString() << false << QString() << QString() << false;
    QTest::newRow("manual, all there") << api3 << true << u"n"_s << true << id << secret << true;
    QTest::newRow("manual, no id")
        << api3 << true << u"n"_s << true << QString() << secret << false;
    QTest::newRow("manual, no secret")
        << api3 << true << u"n"_s << true << id << QString() << false;
    QTest::newRow("manual, short secret")
        << api3 << true << u"n"_s << true << id << u"short"_s << false;
    QTest::newRow("auto ignores a bad id")
        << api3 << true << u"n"_s << false << u"bad id"_s << QString() << true;
}

void TestCreateForm::createEnabledExactlyWhenItShould()
{
    QFETCH(ApiGeneration, generation);
    QFETCH(bool, credentials);
    QFETCH(QString, name);
    QFETCH(bool, manual);
    QFETCH(QString, keyId);
    QFETCH(QString, keySecret);
    QFETCH(bool, enabled);

    m_form->setApiGeneration(generation);
    m_form->setCredentialsAvailable(credentials);
    QTest::keyClicks(edit(Field::Name), name);
    // The id is typed under manual even for the auto row, to show that auto ignores it.
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QTest::keyClicks(edit(Field::KeyId), keyId);
    QTest::keyClicks(edit(Field::KeySecret), keySecret);
    if (!manual)
        QTest::mouseClick(child<QRadioButton>("autoTypeRadio"), Qt::LeftButton);

    QCOMPARE(child<QPushButton>("createButton")->isEnabled(), enabled);
    QCOMPARE(m_form->canCreate(), enabled);
    QCOMPARE(child<QWidget>("hintWidget")->isVisible(), !enabled);
}

void TestCreateForm::hintSaysWhatIsMissingAndOffersSettings()
{
    auto *hint = child<QLabel>("hintLabel");
    auto *openSettings = child<QPushButton>("openSettingsButton");
    QVERIFY(hint->isVisible());
    QVERIFY(openSettings->isVisible());
    const QString both = hint->text();

    QSignalSpy settingsRequested(m_form.get(), &CreateForm::settingsRequested);
    QTest::mouseClick(openSettings, Qt::LeftButton);
    QCOMPARE(settingsRequested.size(), 1);

    m_form->setCredentialsAvailable(true);
    QVERIFY(!openSettings->isVisible());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text() != both); // only the name is missing now

    QTest::keyClicks(edit(Field::Name), u"orders"_s);
    QVERIFY(!hint->isVisible());
    m_form->setCredentialsAvailable(false);
    QVERIFY(hint->isVisible());
    QVERIFY(openSettings->isVisible());
}

void TestCreateForm::createEmitsNormalisedSpecOnce()
{
    m_form->setCredentialsAvailable(true);
    QTest::keyClicks(edit(Field::Name), u"  orders "_s);
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QTest::keyClicks(edit(Field::KeyId), u"my_key_01"_s);
    QTest::keyClicks(edit(Field::KeySecret), u"abcdefghij0123"_s);

    QSignalSpy created(m_form.get(), &CreateForm::createRequested);
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    QCOMPARE(created.size(), 1);
    const auto spec = created.first().first().value<KeySpec>();
    QCOMPARE(spec.name, u"orders"_s);
    QCOMPARE(spec.type, KeyType::Manual);
    QCOMPARE(spec.keyId, u"my_key_01"_s);
    QCOMPARE(spec.keySecret.toString(), u"abcdefghij0123"_s);
    QVERIFY(m_form->isBusy());
}

void TestCreateForm::doubleClickAndEnterEmitOnceWhileBusy()
{
    makeValid();
    QSignalSpy created(m_form.get(), &CreateForm::createRequested);
    auto *createButton = child<QPushButton>("createButton");

    QTest::mouseDClick(createButton, Qt::LeftButton);
    QTest::mouseClick(createButton, Qt::LeftButton);
    QTest::keyClick(edit(Field::Name), Qt::Key_Return);
    QTest::keyClick(edit(Field::Name), Qt::Key_Enter);
    // The state is the guard, not the disabled widgets: even a direct call or a signal that
    // slipped through does nothing while busy.
    m_form->requestCreate();
    emit createButton->clicked();
    emit edit(Field::Name)->returnPressed();
    QCOMPARE(created.size(), 1);

    m_form->setBusy(false);
    QTest::keyClick(edit(Field::Name), Qt::Key_Return);
    QCOMPARE(created.size(), 2);
    QTest::keyClick(edit(Field::Name), Qt::Key_Return);
    QCOMPARE(created.size(), 2);
}

void TestCreateForm::busyStateLocksInputsAndOffersCancel()
{
    makeValid();
    QTest::keyClick(edit(Field::Name), Qt::Key_Return);
    QVERIFY(m_form->isBusy());

    auto *busyBar = child<QProgressBar>("busyBar");
    auto *cancel = child<QPushButton>("cancelButton");
    QVERIFY(busyBar->isVisible());
    QCOMPARE(busyBar->maximum(), 0); // indeterminate
    QVERIFY(cancel->isVisible());
    QVERIFY(!edit(Field::Name)->isEnabled());
    QVERIFY(!child<QRadioButton>("manualTypeRadio")->isEnabled());
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QVERIFY(!child<QWidget>("hintWidget")->isVisible());

    QSignalSpy cancelled(m_form.get(), &CreateForm::cancelRequested);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(m_form->isBusy()); // until the owner says the call has stopped

    m_form->setBusy(false);
    QVERIFY(!busyBar->isVisible());
    QVERIFY(edit(Field::Name)->isEnabled());
    QCOMPARE(edit(Field::Name)->text(), u"orders-service"_s); // the input is kept
    QVERIFY(child<QPushButton>("createButton")->isEnabled());

    m_form->setBusy(true);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 2);
}

void TestCreateForm::showSecretRevealsInAnUnselectableLabel()
{
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QTest::keyClicks(edit(Field::KeySecret), u"abcdefghij0123"_s);
    auto *show = child<QToolButton>("showSecretButton");
    auto *reveal = child<QLabel>("keySecretRevealLabel");
    QVERIFY(!reveal->isVisible());

    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(reveal->isVisible());
    QCOMPARE(reveal->text(), u"abcdefghij0123"_s);
    QCOMPARE(reveal->textInteractionFlags(), Qt::NoTextInteraction);
    QCOMPARE(edit(Field::KeySecret)->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit(Field::KeySecret), u"X"_s);
    QCOMPARE(reveal->text(), u"abcdefghij0123X"_s);

    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(!reveal->isVisible());
    QVERIFY(reveal->text().isEmpty());
}

void TestCreateForm::resetForgetsEverything()
{
    makeValid();
    QTest::mouseClick(child<QRadioButton>("manualTypeRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("generateButton"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>("showSecretButton"), Qt::LeftButton);
    m_form->reset();
    QVERIFY(edit(Field::Name)->text().isEmpty());
    QVERIFY(edit(Field::KeyId)->text().isEmpty());
    QVERIFY(edit(Field::KeySecret)->text().isEmpty());
    QVERIFY(child<QLabel>("keySecretRevealLabel")->text().isEmpty());
    QVERIFY(child<QRadioButton>("autoTypeRadio")->isChecked());
    QVERIFY(!message(Field::Name)->isVisible());
}

QTEST_MAIN(TestCreateForm)
#include "tst_createform.moc"
