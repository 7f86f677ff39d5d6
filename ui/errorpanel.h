#pragma once

#include "failure.h"
#include "failuretext.h"
#include "secretstring.h"

#include <QFrame>
#include <QList>
#include <memory>

class QClipboard;
class QLabel;

namespace Ui {
class ErrorPanel;
}

// Shows why a create failed: a title, what happened and what to do (FailureText's words), the
// warning that the key may exist anyway, and the facts support asks for (the gateway's code and
// message, the RequestId, the transport detail) as selectable text with a Copy details button.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    // Copy details writes to the clipboard given (the application's, normally).
    explicit ErrorPanel(QClipboard *clipboard, QWidget *parent = nullptr);
    ~ErrorPanel() override;

    // The secrets of the create that failed (a manual key secret) are masked wherever the
    // server's text might echo them.
    void showFailure(const Failure &failure, const QList<SecretString> &secretsToMask = {});
    const Failure &failure() const { return m_failure; }
    FailureWords description() const { return m_description; }

    // The text that Copy details puts on the clipboard.
    QString detailsText() const;

public slots:
    void copyDetails();

signals:
    void dismissed();
    void detailsCopied();

private:
    void setDetailRow(QLabel *title, QLabel *value, const QString &text);

    std::unique_ptr<Ui::ErrorPanel> m_ui;
    QClipboard *m_clipboard;
    Failure m_failure;
    FailureWords m_description;
};
