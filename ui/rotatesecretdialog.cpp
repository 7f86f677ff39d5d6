#include "rotatesecretdialog.h"

#include "failuretext.h"
#include "keyspec.h"
#include "randomkey.h"
#include "themeicons.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RotateSecretDialog::RotateSecretDialog(const GatewayKey &key, QWidget *parent)
    : QDialog(parent)
    , m_manual(key.type == KeyType::Manual)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Rotate the key's secret"));
    auto *layout = new QVBoxLayout(this);
    const QString name = key.name.isEmpty() ? key.keyId : key.name;
    auto *question =
        new QLabel(tr("Give \u201c%1\u201d (key id %2) a new secret?").arg(name, key.keyId));
    question->setObjectName(QStringLiteral("rotateQuestionLabel"));
    UiStyle::makeTitleLabel(question);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto *explanation = new QLabel(
        m_manual ? tr("The old secret stops working at once: every application that uses it "
                      "needs the new one. This is a manual key, so you choose its new secret "
                      "(10 to 50 letters, digits and underscores), or generate one.")
                 : tr("The old secret stops working at once: every application that uses it "
                      "needs the new one. The gateway draws the new secret and shows it once."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    if (m_manual) {
        auto *form = new QFormLayout;
        auto *row = new QHBoxLayout;
        m_secretEdit = new QLineEdit;
        m_secretEdit->setObjectName(QStringLiteral("newSecretEdit"));
        m_secretEdit->setEchoMode(QLineEdit::Password);
        m_secretEdit->setAccessibleName(tr("New key secret"));
        UiStyle::useFixedPitchFont(m_secretEdit);
        row->addWidget(m_secretEdit, 1);
        auto *generate =
            new QPushButton(ThemeIcons::action(QStringLiteral("roll")), tr("&Generate"));
        generate->setObjectName(QStringLiteral("generateSecretButton"));
        generate->setToolTip(tr("Fill in a strong random secret"));
        generate->setAutoDefault(false);
        row->addWidget(generate);
        auto *label = new QLabel(tr("&New secret:"));
        label->setBuddy(m_secretEdit);
        form->addRow(label, row);
        layout->addLayout(form);
        m_problemLabel = new QLabel;
        m_problemLabel->setObjectName(QStringLiteral("newSecretProblemLabel"));
        UiStyle::makeProblemLabel(m_problemLabel);
        layout->addWidget(m_problemLabel);
        connect(generate, &QPushButton::clicked, this, [this] {
            SecretString secret = RandomKey::keySecret();
            m_secretEdit->setText(secret.toString());
            secret.wipe();
        });
        connect(m_secretEdit, &QLineEdit::textChanged, this, &RotateSecretDialog::updateOk);
    }

    QPushButton *rotate = m_buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole);
    rotate->setObjectName(QStringLiteral("rotateButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    UiStyle::makePlainText(this); // the name is the gateway's echo
    updateOk();
    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

RotateSecretDialog::~RotateSecretDialog()
{
    if (m_secretEdit)
        m_secretEdit->clear();
}

SecretString RotateSecretDialog::takeNewSecret()
{
    if (!m_secretEdit)
        return {};
    SecretString secret(m_secretEdit->text());
    m_secretEdit->clear();
    return secret;
}

void RotateSecretDialog::updateOk()
{
    bool ok = true;
    if (m_secretEdit) {
        const QString text = m_secretEdit->text();
        const FieldProblem problem = KeySpecRules::checkKeySecret(text);
        ok = problem == FieldProblem::None;
        m_problemLabel->setText(text.isEmpty() ? QString()
                                               : FailureText::keySecret(problem, text.length()));
        m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
    }
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok);
    }
}
