#include "createform.h"
#include "ui_createform.h"

#include "failuretext.h"
#include "randomkey.h"
#include "themeicons.h"
#include "uistyle.h"

#include <QLocale>

namespace {

// Line breaks and tabs at the ends of a field come from a paste (a copied line with its newline),
// never from typing, so they are trimmed at once; a space typed at the end of a name is kept
// until the user leaves the field, or typing "my key" would be impossible.
bool hasPastedEdges(QStringView text)
{
    const auto isPasted = [](QChar c) { return c.isSpace() && c != u' '; };
    return !text.isEmpty() && (isPasted(text.front()) || isPasted(text.back()));
}

// Until its window first shows, a widget that was never hidden on purpose shows with it; asking
// setVisible(true) of it then would only lay its parent out at once, for nothing: half a
// millisecond of start-up while the form is built.
void setShown(QWidget *widget, bool shown)
{
    if (shown && !widget->window()->isVisible() &&
        !widget->testAttribute(Qt::WA_WState_ExplicitShowHide))
        return;
    widget->setVisible(shown);
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

CreateForm::CreateForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::CreateForm>())
{
    m_ui->setupUi(this);
    m_ui->showSecretButton->setIcon(ThemeIcons::action(QStringLiteral("view-visible")));
    m_ui->openSettingsButton->setIcon(ThemeIcons::action(QStringLiteral("preferences-system")));
    m_ui->cancelButton->setIcon(ThemeIcons::action(QStringLiteral("process-stop")));
    m_ui->createButton->setIcon(ThemeIcons::action(QStringLiteral("document-new")));

    for (QLabel *label :
         {m_ui->nameMessageLabel, m_ui->keyIdMessageLabel, m_ui->keySecretMessageLabel}) {
        UiStyle::makeProblemLabel(label);
        // A field's message comes and goes as the user types; its line is kept even while it is
        // empty, so that the fields below never jump under the pointer.
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
        label->setMinimumHeight(label->fontMetrics().lineSpacing());
        label->hide();
    }
    m_ui->typeHelpLabel->setForegroundRole(QPalette::PlaceholderText);

    // When shown, the secret is mirrored into a label that cannot be selected: a line edit in
    // normal echo mode would copy any selection into the X11 PRIMARY selection, unmarked.
    m_ui->keySecretRevealLabel->setTextFormat(Qt::PlainText);
    m_ui->keySecretRevealLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_ui->keySecretRevealLabel->setAccessibleName(tr("Key secret, shown"));
    m_ui->keySecretRevealLabel->hide();
    m_ui->showSecretButton->setAccessibleName(tr("Show key secret"));

    m_ui->busyBar->setRange(0, 0);
    m_ui->busyBar->setAccessibleName(tr("Creating the key"));
    m_ui->busyWidget->hide();

    m_ui->hintLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->manualTypeRadio, &QRadioButton::toggled, this, &CreateForm::onTypeToggled);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &CreateForm::onNameEdited);
    connect(m_ui->nameEdit, &QLineEdit::editingFinished, this, &CreateForm::onNameEditingFinished);
    connect(m_ui->keyIdEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { onKeyEdited(Field::KeyId, text); });
    connect(m_ui->keySecretEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { onKeyEdited(Field::KeySecret, text); });
    connect(m_ui->keyIdEdit, &QLineEdit::editingFinished, this,
            [this] { markTouched(Field::KeyId); });
    connect(m_ui->keySecretEdit, &QLineEdit::editingFinished, this,
            [this] { markTouched(Field::KeySecret); });
    // textChanged as well as textEdited: setText() from reset() or Generate must revalidate.
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->keyIdEdit, m_ui->keySecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateForm::updateState);
    connect(m_ui->keySecretEdit, &QLineEdit::textChanged, this, &CreateForm::updateSecretReveal);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, &CreateForm::updateSecretReveal);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &CreateForm::generate);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->keyIdEdit, m_ui->keySecretEdit})
        connect(edit, &QLineEdit::returnPressed, this, &CreateForm::requestCreate);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateForm::requestCreate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        // One cancel is enough; the owner ends the busy state once the call has stopped.
        m_ui->cancelButton->setEnabled(false);
        m_ui->busyLabel->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    connect(m_ui->openSettingsButton, &QPushButton::clicked, this, &CreateForm::settingsRequested);

    updateNameRequirement();
    onTypeToggled();
}

CreateForm::~CreateForm()
{
    // ~QWidget closes the window, which takes the focus out of a line edit; its editingFinished
    // would then call into this form after its own destructor has run (UBSan: invalid downcast).
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->keyIdEdit, m_ui->keySecretEdit})
        disconnect(edit, nullptr, this, nullptr);
}

void CreateForm::setApiGeneration(ApiGeneration generation)
{
    if (m_generation == generation)
        return;
    m_generation = generation;
    updateNameRequirement();
    updateState();
}

void CreateForm::setCredentialsAvailable(bool available)
{
    m_credentialsAvailable = available;
    updateState();
}

void CreateForm::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->fieldsWidget->setEnabled(!busy);
    m_ui->busyWidget->setVisible(busy);
    m_ui->cancelButton->setEnabled(true);
    m_ui->busyLabel->setText(tr("Creating the key…"));
    if (busy && m_ui->showSecretButton->isChecked())
        m_ui->showSecretButton->setChecked(false);
    updateState();
}

KeySpec CreateForm::keySpec() const
{
    KeySpec spec;
    spec.name = m_ui->nameEdit->text();
    spec.type = keyType();
    if (spec.type == KeyType::Manual) {
        spec.keyId = m_ui->keyIdEdit->text();
        spec.keySecret = SecretString(m_ui->keySecretEdit->text());
    }
    return spec.normalized();
}

KeySpecProblems CreateForm::problems() const
{
    return validateKeySpec(keySpec(), m_generation);
}

bool CreateForm::canCreate() const
{
    return !m_busy && m_credentialsAvailable && problems().isValid();
}

void CreateForm::reset()
{
    m_ui->showSecretButton->setChecked(false);
    m_ui->nameEdit->clear();
    m_ui->keyIdEdit->clear();
    m_ui->keySecretEdit->clear();
    m_ui->autoTypeRadio->setChecked(true);
    m_nameTouched = m_keyIdTouched = m_keySecretTouched = false;
    updateState();
}

void CreateForm::requestCreate()
{
    // The state is the guard, not the disabled button: Enter in a field, a queued second click or
    // a direct call must not send a second create while the first is under way.
    if (!canCreate())
        return;
    const KeySpec spec = keySpec();
    setBusy(true);
    emit createRequested(spec);
}

void CreateForm::onTypeToggled()
{
    const bool manual = keyType() == KeyType::Manual;
    if (manual && !m_fixedPitchApplied) {
        // Ids and secrets in fixed pitch, where O/0 and l/1 differ. Set when the fields first
        // show rather than in the constructor: loading a second font face is start-up time that
        // a user creating an automatic key never needs.
        m_fixedPitchApplied = true;
        UiStyle::useFixedPitchFont(m_ui->keyIdEdit);
        UiStyle::useFixedPitchFont(m_ui->keySecretEdit);
        UiStyle::useFixedPitchFont(m_ui->keySecretRevealLabel);
    }
    m_ui->formLayout->setRowVisible(m_ui->keyIdLabel, manual);
    m_ui->formLayout->setRowVisible(m_ui->keySecretLabel, manual);
    m_ui->formLayout->setRowVisible(m_ui->generateButton, manual);
    m_ui->typeHelpLabel->setText(manual ? tr("You choose the key id and key secret, or generate "
                                             "them.")
                                        : tr("The gateway makes up the key id and key secret."));
    if (!manual)
        m_ui->showSecretButton->setChecked(false);
    updateState();
}

void CreateForm::onNameEdited(const QString &text)
{
    m_nameTouched = true;
    if (hasPastedEdges(text))
        m_ui->nameEdit->setText(text.trimmed());
    updateState();
}

void CreateForm::onNameEditingFinished()
{
    m_nameTouched = true;
    const QString text = m_ui->nameEdit->text();
    if (text != text.trimmed())
        m_ui->nameEdit->setText(text.trimmed());
    updateState();
}

void CreateForm::onKeyEdited(Field field, const QString &text)
{
    // Ids and secrets never contain white space, so a space or newline at either end can only be
    // pasted along; it is dropped at once rather than reported.
    QLineEdit *edit = field == Field::KeyId ? m_ui->keyIdEdit : m_ui->keySecretEdit;
    if (text.size() != QStringView(text).trimmed().size())
        edit->setText(QStringView(text).trimmed().toString());
    markTouched(field);
}

void CreateForm::generate()
{
    m_ui->keyIdEdit->setText(RandomKey::keyId());
    const SecretString secret = RandomKey::keySecret();
    m_ui->keySecretEdit->setText(secret.toString());
    m_keyIdTouched = m_keySecretTouched = true;
    updateState();
}

void CreateForm::markTouched(Field field)
{
    switch (field) {
    case Field::Name:
        m_nameTouched = true;
        break;
    case Field::KeyId:
        m_keyIdTouched = true;
        break;
    case Field::KeySecret:
        m_keySecretTouched = true;
        break;
    }
    updateState();
}

void CreateForm::updateNameRequirement()
{
    const bool required = KeySpecRules::nameIsRequired(m_generation);
    m_ui->nameLabel->setText(required ? tr("&Name (required):") : tr("&Name:"));
    m_ui->nameEdit->setPlaceholderText(required ? tr("Required, for example orders-service")
                                                : tr("Optional, for example orders-service"));
    m_ui->nameEdit->setAccessibleDescription(required ? tr("Required") : tr("Optional"));
}

void CreateForm::updateSecretReveal()
{
    const bool reveal = m_ui->showSecretButton->isChecked() && keyType() == KeyType::Manual;
    // The text stays "Show" (the button's pressed look says it is on): "Hide" would need a
    // mnemonic of its own, and every letter of it is taken in this window.
    m_ui->showSecretButton->setAccessibleName(reveal ? tr("Hide key secret")
                                                     : tr("Show key secret"));
    if (reveal)
        m_ui->keySecretRevealLabel->setText(m_ui->keySecretEdit->text());
    else
        m_ui->keySecretRevealLabel->clear();
    m_ui->keySecretRevealLabel->setVisible(reveal && !m_ui->keySecretEdit->text().isEmpty());
}

void CreateForm::updateState()
{
    const bool manual = keyType() == KeyType::Manual;
    const QString name = m_ui->nameEdit->text();
    const QString keyId = m_ui->keyIdEdit->text();
    const FieldProblem nameProblem = KeySpecRules::checkName(name, m_generation);
    FieldProblem keyIdProblem = FieldProblem::None;
    FieldProblem keySecretProblem = FieldProblem::None;
    qsizetype secretLength = 0;
    if (manual) {
        keyIdProblem = KeySpecRules::checkKeyId(keyId);
        // Implicitly shared with the line edit: no second copy of the secret's characters.
        const QString secret = m_ui->keySecretEdit->text();
        keySecretProblem = KeySpecRules::checkKeySecret(secret);
        secretLength = QStringView(secret).trimmed().size();
    }

    showMessage(m_ui->nameMessageLabel,
                m_nameTouched ? FailureText::keyName(nameProblem, name) : QString());
    showMessage(m_ui->keyIdMessageLabel,
                manual && m_keyIdTouched ? FailureText::keyId(keyIdProblem, keyId) : QString());
    showMessage(m_ui->keySecretMessageLabel,
                manual && m_keySecretTouched
                    ? FailureText::keySecret(keySecretProblem, secretLength)
                    : QString());

    QStringList missing;
    if (nameProblem != FieldProblem::None)
        missing.append(nameProblem == FieldProblem::Required ? tr("a name") : tr("a valid name"));
    if (keyIdProblem != FieldProblem::None)
        missing.append(keyIdProblem == FieldProblem::Required ? tr("a key id")
                                                              : tr("a valid key id"));
    if (keySecretProblem != FieldProblem::None)
        missing.append(keySecretProblem == FieldProblem::Required ? tr("a key secret")
                                                                  : tr("a valid key secret"));
    if (!m_credentialsAvailable)
        missing.append(tr("your cloud API credentials (see Settings)"));

    const bool valid = missing.isEmpty();
    m_ui->createButton->setEnabled(valid && !m_busy);
    setShown(m_ui->hintWidget, !valid && !m_busy);
    setShown(m_ui->openSettingsButton, !m_credentialsAvailable);
    m_ui->hintLabel->setText(
        valid
            ? QString()
            : tr("Still needed to create a key: %1.").arg(QLocale().createSeparatedList(missing)));
}

KeyType CreateForm::keyType() const
{
    return m_ui->manualTypeRadio->isChecked() ? KeyType::Manual : KeyType::Auto;
}
