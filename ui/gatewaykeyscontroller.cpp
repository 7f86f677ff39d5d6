#include "gatewaykeyscontroller.h"

#include "copyoncedialog.h"
#include "credentialscontroller.h"
#include "errorpanel.h"
#include "failuretext.h"
#include "gatewaykeysmodel.h"
#include "mainwindow.h"
#include "planchooserdialog.h"
#include "profilesession.h"
#include "rotatesecretdialog.h"
#include "savedkeys.h"
#include "uistyle.h"

#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace {

QString displayName(const GatewayKey &key)
{
    return key.name.isEmpty() ? key.keyId : key.name;
}

// The listing's facts where the answer of DescribeApiKey or UpdateApiKey leaves them out.
GatewayKey completed(GatewayKey answer, const GatewayKey &listed)
{
    if (answer.keyId.isEmpty())
        answer.keyId = listed.keyId;
    if (answer.name.isEmpty())
        answer.name = listed.name;
    if (!answer.type)
        answer.type = listed.type;
    if (!answer.createdUtc.isValid())
        answer.createdUtc = listed.createdUtc;
    return answer;
}

// At most this many ids in one check of the saved keys: one page of the listing.
constexpr int CheckChunk = 100;

} // namespace

GatewayKeysController::GatewayKeysController(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_keys(parts.sender, parts.clock, parts.nonces)
{
    connect(&m_parts.window, &MainWindow::gatewayKeysPageShown, this,
            &GatewayKeysController::pageShown);
    connect(this, &GatewayKeysController::savedKeysChecked, &m_parts.window,
            &MainWindow::setSavedKeysMissingOnGateway);
    connect(&m_parts.profile, &ProfileSession::settingsChanged, this,
            &GatewayKeysController::updateAccount);
    connect(&m_parts.credentials, &CredentialsController::stateChanged, this,
            &GatewayKeysController::updateAccount);
    // Credentials saved over present ones change no state, yet they are another account.
    connect(&m_parts.credentials, &CredentialsController::saved, this,
            &GatewayKeysController::updateAccount);
    connect(&m_parts.savedKeys.index(), &KeyIndex::changed, this,
            &GatewayKeysController::updateSavedKeyIds);
    updateAccount();
}

GatewayKeysController::~GatewayKeysController() = default;

GatewayKeysView &GatewayKeysController::view()
{
    if (!m_view) {
        auto *made =
            new GatewayKeysView(m_keys, m_parts.clipboard, m_parts.systemClipboard, nullptr);
        made->setObjectName(QStringLiteral("gatewayKeysView"));
        m_view = made;
        m_parts.window.installGatewayKeysView(made);
        connect(made, &GatewayKeysView::actionRequested, this, &GatewayKeysController::onAction);
        connect(made, &GatewayKeysView::cancelRequested, this, [this] {
            if (GatewayOperation *operation = m_operation.data())
                operation->cancel();
        });
        // Refresh is the view's own (the listing); the plans are listed again with it.
        connect(made->action(GatewayKeysView::Action::Refresh), &QAction::triggered, this,
                [this] { loadPlans(); });
        connect(&made->model(), &GatewayKeysModel::pageLoaded, this, [this] {
            if (view().model().pagesRequested() == 1)
                checkSavedKeys();
        });
        updateAccount();
    }
    return *m_view;
}

bool GatewayKeysController::mayClose()
{
    CopyOnceDialog *dialog = m_dialog.data();
    // A shown secret can be asked for again; a rotated one exists nowhere else yet.
    if (!dialog || !m_dialogHoldsRotatedSecret)
        return true;
    dialog->raise();
    dialog->activateWindow();
    return false;
}

void GatewayKeysController::pageShown()
{
    view();
    const bool first = !m_shown;
    m_shown = true;
    GatewayKeysModel &model = view().model();
    if (view().isReady() && (first || (!model.hasLoaded() && !model.isLoading())))
        refresh();
}

void GatewayKeysController::updateAccount()
{
    const ProfileSettings settings = m_parts.profile.settings();
    const OperatorCredentials &credentials = m_parts.credentials.credentials();
    m_keys.setAccount(credentials, settings.endpoint);
    if (!m_view)
        return;
    const bool ready = m_parts.credentials.isAvailable();
    QString whyNot;
    switch (m_parts.credentials.state()) {
    case CredentialsController::State::NotLoaded:
    case CredentialsController::State::Loading:
        whyNot = tr("Reading your cloud API credentials from the keychain…");
        break;
    default:
        whyNot = tr("The keys on the gateway are listed with your cloud API credentials. Enter "
                    "them in Settings.");
        break;
    }
    const QString account =
        QStringList{credentials.secretId, settings.endpoint.url.toString(),
                    settings.endpoint.region, apiGenerationName(settings.endpoint.generation)}
            .join(u'\n');
    const bool changed = account != m_accountKey;
    const bool wasReady = view().isReady();
    m_accountKey = account;
    view().setGeneration(settings.endpoint.generation);
    if (changed && wasReady) {
        // Another account or gateway: nothing of the old one may stay on screen.
        view().setReady(false);
        view().hideFailure();
        view().showStatus({}, false);
    }
    view().setReady(ready, whyNot);
    updateSavedKeyIds();
    if (ready && m_shown && (changed || !wasReady))
        refresh();
}

void GatewayKeysController::refresh()
{
    view().reload();
    loadPlans();
}

void GatewayKeysController::loadPlans(std::function<void()> then)
{
    if (!m_view || !view().isReady())
        return;
    if (!KeyActions::isAvailable(KeyAction::ListPlans,
                                 m_parts.profile.settings().endpoint.generation))
        return;
    if (GatewayOperation *previous = m_plansOperation.data()) {
        m_plansOperation.clear();
        previous->cancel();
    }
    GatewayOperation *operation = m_keys.planBindings();
    m_plansOperation = operation;
    connect(operation, &GatewayOperation::finished, this,
            [this, operation, then](const GatewayOutcome &outcome) {
                operation->deleteLater();
                if (m_plansOperation != operation)
                    return;
                m_plansOperation.clear();
                if (const auto *bindings = std::get_if<UsagePlanBindings>(&outcome)) {
                    view().model().setPlanBindings(*bindings);
                    if (then)
                        then();
                } else if (const auto *failure = std::get_if<Failure>(&outcome)) {
                    view().showStatus(tr("The usage plans could not be listed: %1")
                                          .arg(FailureText::describe(*failure).title),
                                      true);
                }
            });
}

QSet<QString> GatewayKeysController::savedKeyIds() const
{
    const ProfileSettings settings = m_parts.profile.settings();
    const QString account = m_parts.credentials.credentials().secretId;
    QSet<QString> ids;
    for (const KeyRecord &record : m_parts.savedKeys.index().records()) {
        if (record.secretInKeychain && record.account == account &&
            record.endpoint == settings.endpoint.url)
            ids.insert(record.keyId);
    }
    return ids;
}

void GatewayKeysController::updateSavedKeyIds()
{
    if (m_view)
        view().model().setSavedKeyIds(savedKeyIds());
}

// Asks the gateway for exactly the keys saved here for this account and gateway, a page of ids at
// a time; those it no longer lists are marked in the saved keys' list. An answer that lists keys
// not asked for (a gateway that ignores the filter) proves nothing, and the check stops.
void GatewayKeysController::checkSavedKeys()
{
    const ProfileSettings settings = m_parts.profile.settings();
    const QString account = m_parts.credentials.credentials().secretId;
    QHash<QString, QStringList> recordIdsByKeyId;
    for (const KeyRecord &record : m_parts.savedKeys.index().records()) {
        if (record.account == account && record.endpoint == settings.endpoint.url)
            recordIdsByKeyId[record.keyId].append(record.id());
    }
    if (GatewayOperation *previous = m_checkOperation.data()) {
        m_checkOperation.clear();
        previous->cancel();
    }
    if (recordIdsByKeyId.isEmpty()) {
        emit savedKeysChecked({});
        return;
    }
    auto remaining = std::make_shared<QStringList>(recordIdsByKeyId.keys());
    auto missing = std::make_shared<QSet<QString>>();
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, remaining, missing, recordIdsByKeyId, step] {
        if (remaining->isEmpty()) {
            emit savedKeysChecked(*missing);
            *step = nullptr; // ends the cycle of the shared pointers
            return;
        }
        KeyQuery query;
        query.keyIds = remaining->mid(0, CheckChunk);
        query.limit = CheckChunk;
        remaining->remove(0, query.keyIds.size());
        GatewayOperation *operation = m_keys.listKeys(query);
        m_checkOperation = operation;
        connect(operation, &GatewayOperation::finished, this,
                [this, operation, query, missing, recordIdsByKeyId,
                 step](const GatewayOutcome &outcome) {
                    operation->deleteLater();
                    const auto *page = std::get_if<KeyPage>(&outcome);
                    if (m_checkOperation != operation || !page) {
                        *step = nullptr;
                        return;
                    }
                    m_checkOperation.clear();
                    QSet<QString> found;
                    for (const GatewayKey &key : page->keys)
                        found.insert(key.keyId);
                    const QSet<QString> asked(query.keyIds.cbegin(), query.keyIds.cend());
                    if (!asked.contains(found) || page->totalCount > page->keys.size()) {
                        *step = nullptr;
                        return;
                    }
                    for (const QString &keyId : query.keyIds) {
                        if (!found.contains(keyId)) {
                            for (const QString &recordId : recordIdsByKeyId.value(keyId))
                                missing->insert(recordId);
                        }
                    }
                    (*step)();
                });
    };
    (*step)();
}

void GatewayKeysController::onAction(GatewayKeysView::Action action)
{
    const QList<GatewayKey> keys = view().selectedKeys();
    if (keys.isEmpty() || isBusy())
        return;
    view().hideFailure();
    switch (action) {
    case GatewayKeysView::Action::Enable:
    case GatewayKeysView::Action::Disable: {
        const bool enable = action == GatewayKeysView::Action::Enable;
        QList<GatewayKey> toChange;
        for (const GatewayKey &key : keys) {
            if (key.enabled != enable)
                toChange.append(key);
        }
        if (!toChange.isEmpty())
            setEnabled(toChange, enable, 0);
        break;
    }
    case GatewayKeysView::Action::Delete:
        confirmDelete(keys.constFirst());
        break;
    case GatewayKeysView::Action::Rotate:
        confirmRotate(keys.constFirst());
        break;
    case GatewayKeysView::Action::ShowSecret:
        showSecret(keys.constFirst());
        break;
    case GatewayKeysView::Action::Plans:
        choosePlan(keys);
        break;
    case GatewayKeysView::Action::CopyId:
    case GatewayKeysView::Action::Refresh:
        break; // the view's own
    }
}

void GatewayKeysController::run(GatewayOperation *operation, const QString &busyText, Done done,
                                const QList<SecretString> &secretsToMask)
{
    m_operation = operation;
    view().setBusy(busyText);
    view().showStatus({}, false);
    connect(operation, &GatewayOperation::progressed, &view(), &GatewayKeysView::setProgress);
    connect(operation, &GatewayOperation::finished, this,
            [this, operation, done, secretsToMask](const GatewayOutcome &outcome) {
                operation->deleteLater();
                if (m_operation == operation)
                    m_operation.clear();
                view().setBusy({});
                if (const auto *failure = std::get_if<Failure>(&outcome))
                    showFailure(*failure, secretsToMask);
                else
                    done(outcome);
                if (!isBusy())
                    emit actionFinished();
            });
}

void GatewayKeysController::showFailure(const Failure &failure,
                                        const QList<SecretString> &secretsToMask)
{
    view().showFailure(failure, secretsToMask);
    if (failure.mayHaveBeenProcessed()) {
        view().showStatus(tr("The gateway's answer was lost, so the change may have been applied "
                             "anyway. Press Refresh to see the keys as the gateway has them now; "
                             "nothing is sent again by itself."),
                          true);
        if (auto *refresh = view().findChild<QToolButton *>(QStringLiteral("refreshButton")))
            refresh->setFocus();
    }
}

void GatewayKeysController::setEnabled(QList<GatewayKey> keys, bool enable, int done)
{
    const GatewayKey key = keys.at(done);
    const QString name = displayName(key);
    GatewayOperation *operation =
        enable ? m_keys.enableKey(key.keyId) : m_keys.disableKey(key.keyId);
    run(operation,
        enable ? tr("Enabling \u201c%1\u201d…").arg(name)
               : tr("Disabling \u201c%1\u201d…").arg(name),
        [this, keys, enable, done](const GatewayOutcome &) {
            view().model().setKeyEnabled(keys.at(done).keyId, enable);
            if (done + 1 < keys.size()) {
                setEnabled(keys, enable, done + 1);
                return;
            }
            if (keys.size() == 1) {
                const QString keyName = displayName(keys.constFirst());
                view().showStatus(enable ? tr("\u201c%1\u201d is enabled.").arg(keyName)
                                         : tr("\u201c%1\u201d is disabled.").arg(keyName),
                                  false);
            } else {
                view().showStatus(enable ? tr("%n key(s) enabled.", nullptr, int(keys.size()))
                                         : tr("%n key(s) disabled.", nullptr, int(keys.size())),
                                  false);
            }
        });
    if (keys.size() > 1)
        view().setProgress(done, int(keys.size()));
}

QMessageBox *GatewayKeysController::question(const QString &objectName, const QString &title,
                                             const QString &text, const QString &informative)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, &m_parts.window);
    box->setObjectName(objectName);
    box->setInformativeText(informative);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

void GatewayKeysController::confirmDelete(const GatewayKey &key)
{
    const QString name = displayName(key);
    const QStringList plans = view().model().planNamesOf(key.keyId);
    if (!plans.isEmpty()) {
        QMessageBox *box = question(
            QStringLiteral("deleteRefusedBound"), tr("Unbind the key first"),
            tr("\u201c%1\u201d (key id %2) is bound to usage plans, so the gateway does not "
               "delete it.")
                .arg(name, key.keyId),
            tr("It is bound to: %1. Unbind it from these plans first (Usage plans…), then "
               "delete it.")
                .arg(plans.join(QStringLiteral(", "))));
        box->setIcon(QMessageBox::Information);
        QPushButton *plansButton = box->addButton(tr("Usage pl&ans…"), QMessageBox::AcceptRole);
        plansButton->setObjectName(QStringLiteral("openPlansButton"));
        QPushButton *close = box->addButton(QMessageBox::Close);
        box->setDefaultButton(close);
        box->setEscapeButton(close);
        UiStyle::makePlainText(box);
        connect(box, &QMessageBox::buttonClicked, this, [this, key, plansButton](auto *button) {
            if (button == plansButton)
                choosePlan({key});
        });
        box->open();
        return;
    }
    QMessageBox *box = question(
        QStringLiteral("deleteConfirmation"), tr("Delete the key on the gateway?"),
        tr("Delete \u201c%1\u201d (key id %2) on the gateway?").arg(name, key.keyId),
        key.enabled
            ? tr("The key is enabled, and the gateway deletes only disabled keys: it is "
                 "disabled first, then deleted. Applications that use it stop working at once. "
                 "This cannot be undone.")
            : tr("Applications that use it can no longer call APIs. This cannot be undone. A "
                 "secret saved on this computer stays until you remove it under Saved keys."));
    box->setIcon(QMessageBox::Warning);
    QPushButton *deleteButton = box->addButton(
        key.enabled ? tr("Disable, then &delete") : tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *keep = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    UiStyle::makePlainText(box); // the name is the gateway's echo
    connect(box, &QMessageBox::buttonClicked, this, [this, key, deleteButton](auto *button) {
        if (button == deleteButton)
            deleteKey(key, key.enabled);
    });
    box->open();
}

void GatewayKeysController::deleteKey(const GatewayKey &key, bool disableFirst)
{
    const QString name = displayName(key);
    run(m_keys.deleteKey(key.keyId, disableFirst), tr("Deleting \u201c%1\u201d…").arg(name),
        [this, key, name](const GatewayOutcome &) {
            view().model().removeKey(key.keyId);
            view().showStatus(tr("\u201c%1\u201d was deleted on the gateway.").arg(name), false);
            checkSavedKeys();
        });
    if (disableFirst)
        view().setProgress(0, 2);
}

void GatewayKeysController::confirmRotate(const GatewayKey &key)
{
    auto *dialog = new RotateSecretDialog(key, &m_parts.window);
    dialog->setObjectName(QStringLiteral("rotateSecretDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, key] { rotate(key, dialog->takeNewSecret()); });
    dialog->open();
}

void GatewayKeysController::rotate(const GatewayKey &key, SecretString newSecret)
{
    run(m_keys.rotateKey(key.keyId, newSecret),
        tr("Giving \u201c%1\u201d a new secret…").arg(displayName(key)),
        [this, key, newSecret](const GatewayOutcome &outcome) mutable {
            GatewayKey rotated = completed(std::get<GatewayKey>(outcome), key);
            // A manual key's new secret is the one sent, whether or not the answer repeats it.
            if (rotated.secret.isEmpty())
                rotated.secret = newSecret;
            newSecret.wipe();
            rotated.enabled = key.enabled;
            openSecretDialog(rotated, true);
            rotated.secret.wipe();
        },
        {newSecret});
}

void GatewayKeysController::showSecret(const GatewayKey &key)
{
    run(m_keys.showKey(key.keyId),
        tr("Asking the gateway for the secret of \u201c%1\u201d…").arg(displayName(key)),
        [this, key](const GatewayOutcome &outcome) {
            GatewayKey shown = completed(std::get<GatewayKey>(outcome), key);
            openSecretDialog(shown, false);
            shown.secret.wipe();
        });
}

void GatewayKeysController::openSecretDialog(const GatewayKey &key, bool rotated)
{
    CreatedKey shown;
    shown.generation = m_parts.profile.settings().endpoint.generation;
    shown.name = key.name;
    shown.type = key.type.value_or(KeyType::Auto);
    shown.keyId = key.keyId;
    shown.keySecret = key.secret;
    shown.createdUtc = key.createdUtc;
    shown.status = key.enabled ? 1 : 0;

    auto *dialog = new CopyOnceDialog(shown, m_parts.clipboard, &m_parts.window);
    shown.keySecret.wipe();
    dialog->setObjectName(QStringLiteral("gatewaySecretDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPurpose(rotated ? CopyOnceDialog::Purpose::Rotated : CopyOnceDialog::Purpose::Shown);
    m_dialog = dialog;
    m_dialogHoldsRotatedSecret = rotated;
    GatewayKey withoutSecret = key;
    withoutSecret.secret = {};
    connect(dialog, &CopyOnceDialog::saveRequested, this,
            [this, dialog, withoutSecret](const CreatedKey &toSave) {
                GatewayKey saving = withoutSecret;
                saving.secret = toSave.keySecret;
                // Only now, after the gateway confirmed the new secret: a failed save leaves the
                // keychain's entry as it was, and the secret stays in the dialog.
                SavedKeyJob *job = m_keys.saveRotatedSecret(m_parts.savedKeys, saving, true);
                saving.secret.wipe();
                if (!job) {
                    dialog->setSaveResult(true, {});
                    return;
                }
                connect(job, &SavedKeyJob::finished, dialog, [dialog](SavedKeyJob *done) {
                    const Failure failure =
                        Failure::fromStore(done->keychainError(), done->indexError());
                    dialog->setSaveResult(done->succeeded(),
                                          FailureText::storeProblems(failure).join(u' '));
                });
            });
    connect(dialog, &QDialog::finished, this, [this] { m_dialog.clear(); });
    dialog->open();
    emit copyOnceDialogOpened(dialog);
}

void GatewayKeysController::choosePlan(const QList<GatewayKey> &keys)
{
    const auto open = [this, keys] {
        auto *dialog =
            new PlanChooserDialog(view().model().planBindings(), keys,
                                  m_parts.profile.settings().endpoint.generation, &m_parts.window);
        dialog->setObjectName(QStringLiteral("planChooser"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        QStringList ids;
        for (const GatewayKey &key : keys)
            ids.append(key.keyId);
        connect(dialog, &PlanChooserDialog::chosen, this,
                [this, dialog, ids](PlanChooserDialog::Choice choice, const QString &planId) {
                    bindOrUnbind(choice == PlanChooserDialog::Choice::Bind, planId,
                                 dialog->planName(), ids);
                });
        dialog->open();
    };
    if (view().model().hasPlanBindings()) {
        open();
        return;
    }
    run(m_keys.planBindings(), tr("Listing the usage plans…"),
        [this, open](const GatewayOutcome &outcome) {
            view().model().setPlanBindings(std::get<UsagePlanBindings>(outcome));
            open();
        });
}

void GatewayKeysController::bindOrUnbind(bool bind, const QString &planId, const QString &planName,
                                         const QStringList &keyIds)
{
    GatewayOperation *operation =
        bind ? m_keys.bindKeys(planId, keyIds) : m_keys.unbindKeys(planId, keyIds);
    run(operation,
        bind ? tr("Binding to \u201c%1\u201d…").arg(planName)
             : tr("Unbinding from \u201c%1\u201d…").arg(planName),
        [this, bind, planId, planName, keyIds](const GatewayOutcome &) {
            UsagePlanBindings bindings = view().model().planBindings();
            for (const QString &keyId : keyIds) {
                QStringList &plans = bindings.planIdsByKeyId[keyId];
                plans.removeAll(planId);
                if (bind)
                    plans.append(planId);
            }
            view().model().setPlanBindings(bindings);
            view().showStatus(
                bind ? tr("%n key(s) bound to \u201c%1\u201d.", nullptr, int(keyIds.size()))
                           .arg(planName)
                     : tr("%n key(s) unbound from \u201c%1\u201d.", nullptr, int(keyIds.size()))
                           .arg(planName),
                false);
        });
}
