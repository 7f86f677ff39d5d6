#include "planchooserdialog.h"

#include "uistyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PlanChooserDialog::PlanChooserDialog(const UsagePlanBindings &bindings,
                                     const QList<GatewayKey> &keys, ApiGeneration generation,
                                     QWidget *parent)
    : QDialog(parent)
    , m_bindings(bindings)
    , m_canUnbind(KeyActions::isAvailable(KeyAction::UnbindKeys, generation))
    , m_planCombo(new QComboBox)
    , m_stateLabel(new QLabel)
    , m_bindButton(new QPushButton(tr("&Bind")))
    , m_unbindButton(new QPushButton(tr("&Unbind")))
{
    setWindowTitle(tr("Usage plans"));
    for (const GatewayKey &key : keys)
        m_keyIds.append(key.keyId);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(keys.size() == 1
                       ? tr("Bind \u201c%1\u201d to a usage plan, or unbind it from one.")
                             .arg(keys.constFirst().name.isEmpty() ? keys.constFirst().keyId
                                                                   : keys.constFirst().name)
                       : tr("Bind the %n selected key(s) to a usage plan, or unbind them from one.",
                            nullptr, int(keys.size())));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setAccessibleName(tr("Usage plan"));
    for (const UsagePlan &plan : bindings.plans) {
        const QString name = plan.name.isEmpty() ? plan.id : plan.name;
        m_planCombo->addItem(tr("%1 (%2)").arg(name, plan.id), plan.id);
    }
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Usage &plan:"));
    label->setBuddy(m_planCombo);
    form->addRow(label, m_planCombo);
    layout->addLayout(form);
    m_stateLabel->setObjectName(QStringLiteral("planStateLabel"));
    m_stateLabel->setWordWrap(true);
    layout->addWidget(m_stateLabel);
    if (bindings.plans.isEmpty()) {
        m_stateLabel->setText(tr("This account has no usage plans. Create one in the API Gateway "
                                 "console first."));
        m_planCombo->setEnabled(false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_bindButton->setObjectName(QStringLiteral("bindButton"));
    m_unbindButton->setObjectName(QStringLiteral("unbindButton"));
    if (!m_canUnbind)
        m_unbindButton->setToolTip(tr("Unbinding needs API 3.0"));
    buttons->addButton(m_bindButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_unbindButton, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &PlanChooserDialog::updateButtons);
    connect(m_bindButton, &QPushButton::clicked, this, [this] {
        emit chosen(Choice::Bind, planId());
        accept();
    });
    connect(m_unbindButton, &QPushButton::clicked, this, [this] {
        emit chosen(Choice::Unbind, planId());
        accept();
    });
    UiStyle::makePlainText(this);
    updateButtons();
    resize(qMax(440, sizeHint().width()), sizeHint().height());
}

PlanChooserDialog::~PlanChooserDialog() = default;

QString PlanChooserDialog::planId() const
{
    return m_planCombo->currentData().toString();
}

QString PlanChooserDialog::planName() const
{
    for (const UsagePlan &plan : m_bindings.plans) {
        if (plan.id == planId())
            return plan.name.isEmpty() ? plan.id : plan.name;
    }
    return planId();
}

int PlanChooserDialog::boundCount(const QString &planId) const
{
    int count = 0;
    for (const QString &keyId : m_keyIds) {
        if (m_bindings.planIdsByKeyId.value(keyId).contains(planId))
            ++count;
    }
    return count;
}

void PlanChooserDialog::updateButtons()
{
    const QString id = planId();
    if (id.isEmpty()) {
        m_bindButton->setEnabled(false);
        m_unbindButton->setEnabled(false);
        return;
    }
    const int bound = boundCount(id);
    const int total = int(m_keyIds.size());
    m_bindButton->setEnabled(bound < total);
    m_unbindButton->setEnabled(bound > 0 && m_canUnbind);
    m_stateLabel->setText(
        total == 1 ? (bound ? tr("The key is bound to this plan.")
                            : tr("The key is not bound to this plan."))
                   : tr("%1 of the %n selected key(s) are bound to this plan.", nullptr, total)
                         .arg(bound));
}
