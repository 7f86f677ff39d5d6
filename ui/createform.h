#pragma once

#include "apitypes.h"
#include "keyspec.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CreateForm;
}

// The form in which the user describes the key to create: name, type, and for a manual key its
// id and secret. Every field says while typing what is wrong with it, by the same KeySpecRules
// that the request builder applies. Create is offered only when the form is valid and the
// operator's credentials are present; otherwise a hint says what is missing.
//
// Pressing Create emits createRequested() once and puts the form in its busy state: inputs
// locked, a busy indicator and Cancel shown, no second createRequested() until the owner calls
// setBusy(false) when the create has finished, whichever way.
class CreateForm : public QWidget
{
    Q_OBJECT
public:
    explicit CreateForm(QWidget *parent = nullptr);
    ~CreateForm() override;

    void setApiGeneration(ApiGeneration generation);
    ApiGeneration apiGeneration() const { return m_generation; }

    void setCredentialsAvailable(bool available);
    bool credentialsAvailable() const { return m_credentialsAvailable; }

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // The input, normalised: trimmed, and without id and secret for an automatic key.
    KeySpec keySpec() const;
    KeySpecProblems problems() const;
    // Whether Create would emit createRequested() now.
    bool canCreate() const;

    // Empties every field and forgets which were touched, e.g. after a key was created, so the
    // form keeps no copy of its secret.
    void reset();

public slots:
    // What the Create button and Enter do; a no-op unless canCreate().
    void requestCreate();

signals:
    void createRequested(const KeySpec &spec);
    void cancelRequested();
    void settingsRequested();

private:
    enum class Field { Name, KeyId, KeySecret };

    void onTypeToggled();
    void onNameEdited(const QString &text);
    void onKeyEdited(Field field, const QString &text);
    void onNameEditingFinished();
    void generate();
    void markTouched(Field field);
    void updateNameRequirement();
    void updateSecretReveal();
    void updateState();
    KeyType keyType() const;

    std::unique_ptr<Ui::CreateForm> m_ui;
    ApiGeneration m_generation = ApiGeneration::Api3;
    bool m_credentialsAvailable = false;
    bool m_busy = false;
    // A field's message appears once the user has worked on it, not on a form never touched.
    bool m_nameTouched = false;
    bool m_keyIdTouched = false;
    bool m_keySecretTouched = false;
    bool m_fixedPitchApplied = false;
};
