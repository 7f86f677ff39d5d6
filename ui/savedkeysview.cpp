#include "savedkeysview.h"
#include "ui_savedkeysview.h"

#include "failuretext.h"
#include "keyindex.h"
#include "savedkeys.h"
#include "savedkeysmodel.h"
#include "sensitiveclipboard.h"
#include "themeicons.h"
#include "uistyle.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace {

QString displayName(const KeyRecord &record)
{
    return record.name.isEmpty() ? record.keyId : record.name;
}

} // namespace

SavedKeysView::SavedKeysView(SavedKeys &savedKeys, SensitiveClipboard &clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SavedKeysView>())
    , m_savedKeys(savedKeys)
    , m_clipboard(clipboard)
    , m_model(new SavedKeysModel(savedKeys.index(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->reloadIndexButton->setIcon(ThemeIcons::action(QStringLiteral("view-refresh")));
    m_ui->copySecretButton->setIcon(ThemeIcons::action(QStringLiteral("edit-copy")));
    m_ui->copyKeyIdButton->setIcon(ThemeIcons::action(QStringLiteral("edit-copy")));
    m_ui->removeButton->setIcon(ThemeIcons::action(QStringLiteral("edit-delete")));
    UiStyle::makeWarningLabel(m_ui->indexProblemLabel);
    for (QLabel *label :
         {m_ui->introLabel, m_ui->emptyLabel, m_ui->clipboardStatusLabel, m_ui->statusLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->clipboardStatusLabel->hide();
    m_ui->statusLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SavedKeysModel::SortRole);
    m_ui->keysTable->setModel(m_proxy);
    m_ui->keysTable->verticalHeader()->hide();
    m_ui->keysTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->keysTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->keysTable->sortByColumn(SavedKeysModel::Created, Qt::DescendingOrder);

    connect(m_ui->keysTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SavedKeysView::updateButtons);
    // Enter or a double click on a row copies its secret, the usual reason to come here.
    connect(m_ui->keysTable, &QTableView::activated, this, &SavedKeysView::copySelectedSecret);
    // A change of the index resets the model; the selection follows its record, not its row.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeReset = selectedRecordId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectionBeforeReset.isEmpty())
            selectRecord(m_selectionBeforeReset);
        m_ui->keysTable->resizeColumnsToContents();
        updateIndexProblem();
        updateButtons();
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this,
            &SavedKeysView::copySelectedSecret);
    connect(m_ui->copyKeyIdButton, &QPushButton::clicked, this, &SavedKeysView::copySelectedKeyId);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SavedKeysView::removeSelected);
    connect(m_ui->reloadIndexButton, &QPushButton::clicked, this,
            [this] { m_savedKeys.index().reload(); });
    connect(m_ui->setAsideIndexButton, &QPushButton::clicked, this, &SavedKeysView::setAsideIndex);

    connect(&m_clipboard, &SensitiveClipboard::copied, this,
            [this] { m_copiedHere = m_copyingHere; });
    connect(&m_clipboard, &SensitiveClipboard::secondsLeftChanged, this,
            &SavedKeysView::showClipboardCountdown);
    connect(&m_clipboard, &SensitiveClipboard::cleared, this, [this] {
        if (m_copiedHere)
            m_ui->clipboardStatusLabel->setText(tr("The clipboard has been cleared."));
        m_copiedHere = false;
    });
    connect(&m_clipboard, &SensitiveClipboard::superseded, this, [this] {
        m_ui->clipboardStatusLabel->hide();
        m_copiedHere = false;
    });

    m_ui->keysTable->resizeColumnsToContents();
    updateIndexProblem();
    updateButtons();
}

SavedKeysView::~SavedKeysView() = default;

QString SavedKeysView::selectedRecordId() const
{
    const QModelIndexList rows = m_ui->keysTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.constFirst().data(SavedKeysModel::RecordIdRole).toString();
}

bool SavedKeysView::selectRecord(const QString &recordId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(SavedKeysModel::RecordIdRole).toString() == recordId) {
            m_ui->keysTable->selectRow(row);
            m_ui->keysTable->scrollTo(index);
            return true;
        }
    }
    return false;
}

void SavedKeysView::setMissingOnGateway(const QSet<QString> &recordIds)
{
    m_model->setMissingOnGateway(recordIds);
}

std::optional<KeyRecord> SavedKeysView::selectedRecord() const
{
    const QString id = selectedRecordId();
    return id.isEmpty() ? std::nullopt : m_savedKeys.index().find(id);
}

void SavedKeysView::copySelectedSecret()
{
    const std::optional<KeyRecord> record = selectedRecord();
    if (!record || !m_busyRecordId.isEmpty())
        return;
    // Tried even when the list says the secret is not there: the list may be out of date, and
    // the keychain's answer corrects it.
    const QString id = record->id();
    const QString name = displayName(*record);
    setBusy(id, tr("Reading the secret of \u201c%1\u201d from the keychain…").arg(name));
    SecretStoreJob *job = m_savedKeys.readSecret(id);
    connect(job, &SecretStoreJob::finished, this, [this, id, name](SecretStoreJob *done) {
        setBusy({}, {});
        if (!done->succeeded()) {
            showStatus(tr("Could not copy the secret of \u201c%1\u201d: %2")
                           .arg(name, FailureText::keychain(done->error())),
                       true);
            return;
        }
        SecretString secret = done->takeSecret();
        m_copiedWhat = tr("The secret of \u201c%1\u201d").arg(name);
        m_copyingHere = true;
        m_clipboard.copy(secret);
        m_copyingHere = false;
        secret.wipe();
        showStatus({}, false);
        emit secretCopied(id);
    });
}

void SavedKeysView::copySelectedKeyId()
{
    const std::optional<KeyRecord> record = selectedRecord();
    if (!record)
        return;
    m_copiedWhat = tr("The key id of \u201c%1\u201d").arg(displayName(*record));
    m_copyingHere = true;
    m_clipboard.copy(record->keyId);
    m_copyingHere = false;
    showStatus({}, false);
}

void SavedKeysView::removeSelected()
{
    const std::optional<KeyRecord> record = selectedRecord();
    if (!record || !m_busyRecordId.isEmpty() || m_confirmation)
        return;
    const QString id = record->id();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove the key from this computer?"),
                                tr("Remove \u201c%1\u201d (key id %2) from this computer?")
                                    .arg(displayName(*record), record->keyId),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(
        tr("Its secret is deleted from the system keychain and it leaves this list. This does "
           "not delete the key on the gateway: it keeps working until you delete it there, for "
           "example in the API Gateway console."));
    QPushButton *removeButton = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *keepButton = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    keepButton->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(keepButton);
    box->setEscapeButton(keepButton);
    UiStyle::makePlainText(box); // the key's name is the gateway's echo
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, id, removeButton](QAbstractButton *button) {
                m_confirmation.clear();
                if (button == removeButton)
                    remove(id);
            });
    m_confirmation = box;
    box->open();
}

void SavedKeysView::remove(const QString &recordId)
{
    const std::optional<KeyRecord> record = m_savedKeys.index().find(recordId);
    if (!record)
        return;
    const QString name = displayName(*record);
    setBusy(recordId, tr("Removing \u201c%1\u201d…").arg(name));
    SavedKeyJob *job = m_savedKeys.remove(recordId);
    connect(job, &SavedKeyJob::finished, this, [this, recordId, name](SavedKeyJob *done) {
        setBusy({}, {});
        if (done->keychainError().isError()) {
            showStatus(tr("The secret of \u201c%1\u201d could not be deleted from the keychain, so "
                          "the key stays in the list; nothing was removed. %2")
                           .arg(name, FailureText::keychain(done->keychainError())),
                       true);
            emit removeFailed(recordId);
        } else if (done->indexError().isError()) {
            showStatus(tr("The secret of \u201c%1\u201d was deleted from the keychain, but the "
                          "key could not be taken off the list. %2")
                           .arg(name, FailureText::keyIndex(done->indexError())),
                       true);
            emit removeFailed(recordId);
        } else {
            showStatus(tr("\u201c%1\u201d was removed from this computer. The key still exists "
                          "on the gateway.")
                           .arg(name),
                       false);
            emit removed(recordId);
        }
    });
}

void SavedKeysView::setAsideIndex()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Start a new list of saved keys?"),
        tr("The damaged file is kept under a new name beside the old one, and a new list starts "
           "with the keys that could be read. Keys it could not read will no longer be listed, "
           "but their secrets stay in the keychain."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("setAsideConfirmation"));
    QPushButton *setAsideButton = box->addButton(tr("&Start a new list"), QMessageBox::AcceptRole);
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    UiStyle::makePlainText(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, setAsideButton](QAbstractButton *b) {
        if (b != setAsideButton)
            return;
        QString backup;
        const KeyIndexError error = m_savedKeys.index().setAsideDamagedFile(&backup);
        if (error.isError())
            showStatus(tr("The list could not be set aside. %1").arg(FailureText::keyIndex(error)),
                       true);
        else
            showStatus(tr("The damaged list was kept as %1; a new list was started.").arg(backup),
                       false);
    });
    box->open();
}

// One read or removal at a time: the buttons wait for it, and the status line says what it does.
// An empty `recordId` ends it; the caller then says how it went.
void SavedKeysView::setBusy(const QString &recordId, const QString &status)
{
    m_busyRecordId = recordId;
    updateButtons();
    if (!recordId.isEmpty())
        showStatus(status, false);
}

void SavedKeysView::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    if (problem)
        UiStyle::makeProblemLabel(m_ui->statusLabel);
    else
        m_ui->statusLabel->setPalette(QPalette());
}

void SavedKeysView::showClipboardCountdown(int secondsLeft)
{
    if (!m_copiedHere || secondsLeft <= 0)
        return; // cleared() or superseded() says how it ended
    m_ui->clipboardStatusLabel->setText(
        tr("%1 is on the clipboard. It will be cleared in %n second(s).", nullptr, secondsLeft)
            .arg(m_copiedWhat));
    m_ui->clipboardStatusLabel->show();
}

void SavedKeysView::updateIndexProblem()
{
    const KeyIndexError &problem = m_savedKeys.index().loadProblem();
    m_ui->indexProblemBanner->setVisible(problem.isError());
    m_ui->setAsideIndexButton->setVisible(problem.kind == KeyIndexError::Kind::Damaged);
    m_ui->indexProblemLabel->setText(
        problem.isError()
            ? tr("%1 The keys that could be read are listed, and nothing is written to the list "
                 "until it is repaired or set aside.")
                  .arg(FailureText::keyIndex(problem))
            : QString());
}

void SavedKeysView::updateButtons()
{
    const bool selected = !selectedRecordId().isEmpty();
    const bool idle = m_busyRecordId.isEmpty();
    m_ui->copySecretButton->setEnabled(selected && idle);
    m_ui->copyKeyIdButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected && idle);
    const bool empty = m_model->rowCount() == 0;
    m_ui->emptyLabel->setVisible(empty);
}
