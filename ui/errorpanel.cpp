#include "errorpanel.h"
#include "ui_errorpanel.h"

#include "themeicons.h"
#include "uistyle.h"

#include <QClipboard>
#include <QStyle>

ErrorPanel::ErrorPanel(QClipboard *clipboard, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::ErrorPanel>()), m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    m_ui->dismissButton->setIcon(ThemeIcons::action(QStringLiteral("window-close")));
    m_ui->copyDetailsButton->setIcon(ThemeIcons::action(QStringLiteral("edit-copy")));
    UiStyle::makeTitleLabel(m_ui->titleLabel);
    UiStyle::makeWarningLabel(m_ui->processedWarningLabel);
    // Nearly everything here quotes the gateway, or an HTML error page on the way to it.
    UiStyle::makePlainText(this);
    // The facts are there to be quoted: selectable with the mouse and the keyboard. They never
    // hold a secret, so selection (and X11 PRIMARY) is harmless here.
    for (QLabel *label : {m_ui->codeValueLabel, m_ui->messageValueLabel, m_ui->requestIdValueLabel,
                          m_ui->detailValueLabel}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    UiStyle::useFixedPitchFont(m_ui->codeValueLabel);
    UiStyle::useFixedPitchFont(m_ui->requestIdValueLabel);
    m_ui->codeValueLabel->setAccessibleName(tr("Error code"));
    m_ui->messageValueLabel->setAccessibleName(tr("Gateway's message"));
    m_ui->requestIdValueLabel->setAccessibleName(tr("Request ID"));
    m_ui->detailValueLabel->setAccessibleName(tr("Detail"));
    m_ui->dismissButton->setAccessibleName(tr("Dismiss the error"));

    // The icon is chosen by showError(), when the panel first appears: not at start-up.
    m_ui->copyStatusLabel->clear();

    connect(m_ui->copyDetailsButton, &QPushButton::clicked, this, &ErrorPanel::copyDetails);
    connect(m_ui->dismissButton, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
}

ErrorPanel::~ErrorPanel() = default;

void ErrorPanel::showFailure(const Failure &failure, const QList<SecretString> &secretsToMask)
{
    m_failure = FailureText::redacted(failure, secretsToMask);
    m_description = FailureText::describe(m_failure);

    m_ui->titleLabel->setText(m_description.title);
    m_ui->whatHappenedLabel->setText(m_description.whatHappened);
    m_ui->whatToDoLabel->setText(m_description.whatToDo);
    m_ui->processedWarningLabel->setText(m_description.mayHaveBeenProcessedWarning);
    m_ui->processedWarningLabel->setVisible(!m_description.mayHaveBeenProcessedWarning.isEmpty());

    const FailureFacts facts = FailureText::facts(m_failure);
    QString code = facts.code;
    if (!facts.codeName.isEmpty())
        code = tr("%1 (%2)").arg(facts.code, facts.codeName);
    setDetailRow(m_ui->codeTitleLabel, m_ui->codeValueLabel, code);
    setDetailRow(m_ui->messageTitleLabel, m_ui->messageValueLabel, facts.message);
    setDetailRow(m_ui->requestIdTitleLabel, m_ui->requestIdValueLabel, facts.requestId);
    setDetailRow(m_ui->detailTitleLabel, m_ui->detailValueLabel, facts.detail);

    const bool cancelled = m_failure.origin == Failure::Origin::Transport &&
                           m_failure.gateway.kind == GatewayError::Kind::Cancelled;
    const QStyle::StandardPixmap icon =
        cancelled ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxCritical;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize));
    m_ui->copyStatusLabel->clear();
    setAccessibleName(m_description.title);
    show();
}

QString ErrorPanel::detailsText() const
{
    return FailureText::details(m_failure);
}

void ErrorPanel::copyDetails()
{
    if (m_clipboard)
        m_clipboard->setText(detailsText(), QClipboard::Clipboard);
    m_ui->copyStatusLabel->setText(tr("Details copied."));
    emit detailsCopied();
}

void ErrorPanel::setDetailRow(QLabel *title, QLabel *value, const QString &text)
{
    value->setText(text);
    m_ui->detailsLayout->setRowVisible(title, !text.isEmpty());
}
