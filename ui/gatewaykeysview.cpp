#include "gatewaykeysview.h"
#include "ui_gatewaykeysview.h"

#include "errorpanel.h"
#include "flowlayout.h"
#include "gatewaykeysmodel.h"
#include "keyactions.h"
#include "sensitiveclipboard.h"
#include "themeicons.h"
#include "uistyle.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace {

// Typing pauses this long before the gateway is asked: one request per search, not per letter.
constexpr auto SearchDelay = std::chrono::milliseconds(400);

// The gateway's action behind each of the page's actions; copying an id asks nothing.
std::optional<KeyAction> keyActionOf(GatewayKeysView::Action action)
{
    switch (action) {
    case GatewayKeysView::Action::Enable:
        return KeyAction::EnableKey;
    case GatewayKeysView::Action::Disable:
        return KeyAction::DisableKey;
    case GatewayKeysView::Action::Delete:
        return KeyAction::DeleteKey;
    case GatewayKeysView::Action::Rotate:
        return KeyAction::RotateKey;
    case GatewayKeysView::Action::Plans:
        return KeyAction::BindKeys;
    case GatewayKeysView::Action::ShowSecret:
        return KeyAction::DescribeKey;
    case GatewayKeysView::Action::Refresh:
        return KeyAction::ListKeys;
    case GatewayKeysView::Action::CopyId:
        break;
    }
    return std::nullopt;
}

} // namespace

GatewayKeysView::GatewayKeysView(GatewayKeys &keys, SensitiveClipboard &clipboard,
                                 QClipboard *systemClipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GatewayKeysView>())
    , m_clipboard(clipboard)
    , m_model(new GatewayKeysModel(keys, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_errorPanel(new ErrorPanel(systemClipboard))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_errorPanel->setObjectName(QStringLiteral("gatewayErrorPanel"));
    m_ui->errorLayout->addWidget(m_errorPanel);
    m_errorPanel->hide();
    for (QLabel *label : {m_ui->introLabel, m_ui->stateLabel, m_ui->countLabel,
                          m_ui->clipboardStatusLabel, m_ui->statusLabel, m_ui->progressLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->stateLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->clipboardStatusLabel->hide();
    m_ui->statusLabel->hide();
    m_ui->progressRow->hide();
    m_ui->cancelButton->setIcon(ThemeIcons::action(QStringLiteral("process-stop")));

    m_ui->statusFilterCombo->addItem(tr("All"), int(KeyStatusFilter::Any));
    m_ui->statusFilterCombo->addItem(tr("Enabled"), int(KeyStatusFilter::Enabled));
    m_ui->statusFilterCombo->addItem(tr("Disabled"), int(KeyStatusFilter::Disabled));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GatewayKeysModel::SortRole);
    m_ui->keysTable->setModel(m_proxy);
    m_ui->keysTable->verticalHeader()->hide();
    m_ui->keysTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->keysTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->keysTable->horizontalHeader()->setToolTip(
        tr("Click a column to sort the keys loaded so far. The gateway lists the keys in its own "
           "order; scrolling down loads more."));
    // The gateway's order until the user picks one.
    m_ui->keysTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    makeAction(Action::CopyId, QStringLiteral("edit-copy"), tr("Copy &id"), QKeySequence::Copy,
               tr("Copy the selected key's id; the clipboard is cleared again after a while"));
    makeAction(Action::Enable, QStringLiteral("media-playback-start"), tr("&Enable"),
               QKeySequence(Qt::CTRL | Qt::Key_E), tr("Let the selected keys call APIs again"));
    makeAction(Action::Disable, QStringLiteral("media-playback-pause"), tr("Disa&ble"),
               QKeySequence(Qt::CTRL | Qt::Key_D),
               tr("Stop the selected keys from calling APIs, without deleting them"));
    makeAction(Action::Plans, QStringLiteral("view-list-details"), tr("Usage pl&ans…"),
               QKeySequence(Qt::CTRL | Qt::Key_U),
               tr("Bind the selected keys to a usage plan, or unbind them"));
    makeAction(Action::ShowSecret, QStringLiteral("view-visible"), tr("Sho&w secret…"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
               tr("Ask the gateway for the selected key's secret and show it in the copy-once "
                  "dialog"));
    makeAction(Action::Rotate, QStringLiteral("view-refresh"), tr("Rotate se&cret…"),
               QKeySequence(Qt::CTRL | Qt::Key_R),
               tr("Give the selected key a new secret; the old one stops working"));
    makeAction(Action::Delete, QStringLiteral("edit-delete"), tr("De&lete…"), QKeySequence::Delete,
               tr("Delete the selected key on the gateway"));
    makeAction(Action::Refresh, QStringLiteral("view-refresh"), tr("&Refresh"),
               QKeySequence::Refresh, tr("List the keys again as the gateway has them now"));
    // The buttons wrap to a second row rather than widen a narrow window.
    auto *actionLayout = new FlowLayout(m_ui->actionRow);
    for (QToolButton *button :
         {m_ui->copyIdButton, m_ui->enableButton, m_ui->disableButton, m_ui->plansButton,
          m_ui->showSecretButton, m_ui->rotateButton, m_ui->deleteButton})
        actionLayout->addWidget(button);
    m_ui->copyIdButton->setDefaultAction(action(Action::CopyId));
    m_ui->enableButton->setDefaultAction(action(Action::Enable));
    m_ui->disableButton->setDefaultAction(action(Action::Disable));
    m_ui->plansButton->setDefaultAction(action(Action::Plans));
    m_ui->showSecretButton->setDefaultAction(action(Action::ShowSecret));
    m_ui->rotateButton->setDefaultAction(action(Action::Rotate));
    m_ui->deleteButton->setDefaultAction(action(Action::Delete));
    m_ui->refreshButton->setDefaultAction(action(Action::Refresh));
    for (QToolButton *button :
         {m_ui->copyIdButton, m_ui->enableButton, m_ui->disableButton, m_ui->plansButton,
          m_ui->showSecretButton, m_ui->rotateButton, m_ui->deleteButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_ui->refreshButton->setFocusPolicy(Qt::StrongFocus);
    // The context menu: the selection's actions, Refresh apart.
    for (Action each : {Action::CopyId, Action::Enable, Action::Disable, Action::Plans,
                        Action::ShowSecret, Action::Rotate, Action::Delete})
        m_ui->keysTable->addAction(action(each));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->keysTable->addAction(separator);
    m_ui->keysTable->addAction(action(Action::Refresh));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelay);
    connect(m_searchDelay, &QTimer::timeout, this, &GatewayKeysView::applyQuery);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    // The clear button and Enter ask at once.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_model->search().isEmpty())
            applyQuery();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &GatewayKeysView::applyQuery);
    connect(m_ui->statusFilterCombo, &QComboBox::activated, this, &GatewayKeysView::applyQuery);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_model->isLoading())
            m_model->cancel();
        emit cancelRequested();
    });

    connect(m_ui->keysTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GatewayKeysView::updateActions);
    connect(m_model, &GatewayKeysModel::loadingChanged, this, &GatewayKeysView::updateState);
    connect(m_model, &GatewayKeysModel::modelReset, this, &GatewayKeysView::updateState);
    connect(m_model, &GatewayKeysModel::rowsRemoved, this, &GatewayKeysView::updateState);
    connect(m_model, &GatewayKeysModel::dataChanged, this, &GatewayKeysView::updateActions);
    connect(m_model, &GatewayKeysModel::pageLoaded, this, [this] {
        if (m_model->pagesRequested() == 1)
            fitColumns();
        updateState();
    });
    // The plans arrive after the first page: their column is sized again then.
    connect(m_model, &GatewayKeysModel::planBindingsChanged, this, &GatewayKeysView::fitColumns);
    connect(m_model, &GatewayKeysModel::pageFailed, this,
            [this](const Failure &failure) { showFailure(failure); });

    connect(&m_clipboard, &SensitiveClipboard::copied, this,
            [this] { m_copiedHere = m_copyingHere; });
    connect(&m_clipboard, &SensitiveClipboard::secondsLeftChanged, this,
            &GatewayKeysView::showClipboardCountdown);
    connect(&m_clipboard, &SensitiveClipboard::cleared, this, [this] {
        if (m_copiedHere)
            m_ui->clipboardStatusLabel->setText(tr("The clipboard has been cleared."));
        m_copiedHere = false;
    });
    connect(&m_clipboard, &SensitiveClipboard::superseded, this, [this] {
        m_ui->clipboardStatusLabel->hide();
        m_copiedHere = false;
    });

    setFocusProxy(m_ui->keysTable);
    updateState();
}

GatewayKeysView::~GatewayKeysView() = default;

QAction *GatewayKeysView::makeAction(Action which, const QString &icon, const QString &text,
                                     const QKeySequence &shortcut, const QString &toolTip)
{
    auto *action = new QAction(ThemeIcons::action(icon), text, this);
    action->setShortcut(shortcut);
    // Only while the page has the focus: Ctrl+C and Delete mean other things elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    action->setProperty("baseToolTip", toolTip);
    action->setObjectName(QStringLiteral("gatewayAction%1").arg(int(which)));
    addAction(action);
    m_actions.insert(which, action);
    connect(action, &QAction::triggered, this, [this, which] {
        if (which == Action::CopyId)
            copySelectedKeyId();
        else if (which == Action::Refresh)
            reload();
        else
            emit actionRequested(which);
    });
    return action;
}

QAction *GatewayKeysView::action(Action which) const
{
    return m_actions.value(which);
}

void GatewayKeysView::setReady(bool ready, const QString &whyNot)
{
    m_ready = ready;
    m_whyNotReady = whyNot;
    if (!ready)
        m_model->clear();
    updateState();
}

void GatewayKeysView::setGeneration(ApiGeneration generation)
{
    m_generation = generation;
    KeyQuery byStatus;
    byStatus.status = KeyStatusFilter::Enabled;
    m_statusFilterAvailable = KeyActions::isQueryAvailable(byStatus, generation);
    if (!m_statusFilterAvailable)
        m_ui->statusFilterCombo->setCurrentIndex(0);
    m_ui->statusFilterCombo->setToolTip(
        m_statusFilterAvailable ? QString() : tr("Filtering by status needs API 3.0"));
    updateState();
}

void GatewayKeysView::reload()
{
    if (!m_ready)
        return;
    m_searchDelay->stop();
    hideFailure();
    m_model->setQuery(KeyStatusFilter(m_ui->statusFilterCombo->currentData().toInt()),
                      m_ui->searchEdit->text());
    m_model->reload();
    updateState();
}

void GatewayKeysView::applyQuery()
{
    reload();
}

QList<GatewayKey> GatewayKeysView::selectedKeys() const
{
    QList<GatewayKey> keys;
    QModelIndexList rows = m_ui->keysTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        const int sourceRow = m_proxy->mapToSource(row).row();
        if (sourceRow >= 0 && sourceRow < m_model->rowCount())
            keys.append(m_model->key(sourceRow));
    }
    return keys;
}

bool GatewayKeysView::selectKey(const QString &keyId)
{
    const int row = m_model->rowOf(keyId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->keysTable->selectRow(index.row());
    m_ui->keysTable->scrollTo(index);
    return true;
}

void GatewayKeysView::setBusy(const QString &text)
{
    m_busy = !text.isEmpty();
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setRange(0, 0);
    updateState();
}

void GatewayKeysView::setProgress(int done, int total)
{
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
}

void GatewayKeysView::showFailure(const Failure &failure, const QList<SecretString> &secretsToMask)
{
    m_errorPanel->showFailure(failure, secretsToMask);
}

void GatewayKeysView::hideFailure()
{
    m_errorPanel->hide();
}

void GatewayKeysView::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    if (problem)
        UiStyle::makeProblemLabel(m_ui->statusLabel);
    else
        m_ui->statusLabel->setPalette(QPalette());
}

QString GatewayKeysView::statusText() const
{
    return m_ui->statusLabel->text();
}

void GatewayKeysView::copySelectedKeyId()
{
    const QList<GatewayKey> keys = selectedKeys();
    if (keys.isEmpty())
        return;
    QStringList ids;
    for (const GatewayKey &key : keys)
        ids.append(key.keyId);
    m_copyingHere = true;
    m_clipboard.copy(ids.join(u'\n'));
    m_copyingHere = false;
}

void GatewayKeysView::showClipboardCountdown(int secondsLeft)
{
    if (!m_copiedHere || secondsLeft <= 0)
        return;
    m_ui->clipboardStatusLabel->setText(
        tr("The key id is on the clipboard. It will be cleared in %n second(s).", nullptr,
           secondsLeft));
    m_ui->clipboardStatusLabel->show();
}

void GatewayKeysView::fitColumns()
{
    // To the content of the first page, yet no name or list of plans so wide that the others
    // leave the view: they show in full in their tooltip. Ids are always shown whole.
    QTableView *table = m_ui->keysTable;
    table->resizeColumnsToContents();
    const int widest = qMax(160, table->fontMetrics().horizontalAdvance(u'x') * 32);
    for (int column : {GatewayKeysModel::Name, GatewayKeysModel::UsagePlans}) {
        if (table->columnWidth(column) > widest)
            table->setColumnWidth(column, widest);
    }
}

void GatewayKeysView::updateState()
{
    const bool loading = m_model->isLoading();
    const bool empty = m_model->rowCount() == 0;
    QString state;
    if (!m_ready)
        state = m_whyNotReady;
    else if (loading && empty)
        state = tr("Loading the keys from the gateway…");
    else if (m_model->hasLoaded() && empty)
        state = m_model->search().isEmpty() && m_model->statusFilter() == KeyStatusFilter::Any
                    ? tr("This account has no keys on the gateway yet. Keys you create appear "
                         "here.")
                    : tr("No key matches the search and the status chosen.");
    m_ui->stateLabel->setText(state);
    m_ui->stateLabel->setVisible(!state.isEmpty());

    QString count;
    if (m_model->hasLoaded() && !empty) {
        count = m_model->isComplete() ? tr("%n key(s).", nullptr, m_model->rowCount())
                                      : tr("%1 of %2 keys loaded; scroll down for more.")
                                            .arg(m_model->rowCount())
                                            .arg(m_model->totalCount());
    }
    m_ui->countLabel->setText(count);
    m_ui->countLabel->setVisible(!count.isEmpty());

    // Loading a page is slow work too: the same bar and Cancel.
    const bool showProgress = m_busy || loading;
    if (loading && !m_busy) {
        m_ui->progressLabel->setText(tr("Loading the keys…"));
        m_ui->progressBar->setRange(0, 0);
    }
    m_ui->progressRow->setVisible(showProgress);
    m_ui->searchEdit->setEnabled(m_ready);
    m_ui->statusFilterCombo->setEnabled(m_ready && m_statusFilterAvailable);
    updateActions();
}

void GatewayKeysView::updateActions()
{
    const QList<GatewayKey> keys = selectedKeys();
    const bool one = keys.size() == 1;
    const bool some = !keys.isEmpty();
    const bool idle = !m_busy;
    bool anyEnabled = false;
    bool anyDisabled = false;
    for (const GatewayKey &key : keys)
        (key.enabled ? anyEnabled : anyDisabled) = true;

    const auto set = [this](Action which, bool enabled) {
        QAction *act = action(which);
        const std::optional<KeyAction> keyAction = keyActionOf(which);
        const bool available = !keyAction || KeyActions::isAvailable(*keyAction, m_generation);
        act->setEnabled(enabled && available);
        const QString base = act->property("baseToolTip").toString();
        act->setToolTip(available ? base : tr("%1 (needs API 3.0)").arg(base));
    };
    set(Action::CopyId, some);
    set(Action::Enable, some && idle && anyDisabled && m_ready);
    set(Action::Disable, some && idle && anyEnabled && m_ready);
    set(Action::Plans, some && idle && m_ready);
    set(Action::ShowSecret, one && idle && m_ready);
    set(Action::Rotate, one && idle && m_ready);
    set(Action::Delete, one && idle && m_ready);
    set(Action::Refresh, idle && m_ready);
}
