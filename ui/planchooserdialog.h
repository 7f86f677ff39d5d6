#pragma once

#include "gatewaykeys.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Chooses a usage plan to bind the selected keys to, or to unbind them from: every plan of the
// account, each marked with how many of the keys it holds already.
class PlanChooserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Bind, Unbind };

    // API 2.0 documents no unbinding: Unbind is off there, saying it needs API 3.0.
    PlanChooserDialog(const UsagePlanBindings &bindings, const QList<GatewayKey> &keys,
                      ApiGeneration generation, QWidget *parent = nullptr);
    ~PlanChooserDialog() override;

    QString planId() const;
    QString planName() const;

signals:
    void chosen(PlanChooserDialog::Choice choice, const QString &planId);

private:
    void updateButtons();
    int boundCount(const QString &planId) const;

    UsagePlanBindings m_bindings;
    QStringList m_keyIds;
    bool m_canUnbind;
    QComboBox *m_planCombo;
    QLabel *m_stateLabel;
    QPushButton *m_bindButton;
    QPushButton *m_unbindButton;
};
