#pragma once

#include "gatewaykey.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks before a key's secret is replaced: the old one stops working at once. A manual key needs
// its new secret from the user (typed, or generated here); an automatic key's is drawn by the
// gateway. The typed secret lives in the masked field only until newSecret() takes it.
class RotateSecretDialog : public QDialog
{
    Q_OBJECT
public:
    RotateSecretDialog(const GatewayKey &key, QWidget *parent = nullptr);
    ~RotateSecretDialog() override;

    // The secret for the gateway: empty for an automatic key. Clears the field.
    SecretString takeNewSecret();

private:
    void updateOk();

    bool m_manual;
    QLineEdit *m_secretEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons;
};
