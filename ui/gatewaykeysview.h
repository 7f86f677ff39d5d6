#pragma once

#include "apitypes.h"
#include "failure.h"
#include "gatewaykey.h"

#include <QWidget>
#include <memory>

class ErrorPanel;
class GatewayKeys;
class GatewayKeysModel;
class QAction;
class QClipboard;
class QSortFilterProxyModel;
class QTimer;
class SensitiveClipboard;

namespace Ui {
class GatewayKeysView;
}

// The "Keys on the gateway" page: the account's keys as a table that fetches page by page as it
// scrolls (GatewayKeysModel), searched by name or id and filtered by status on the gateway's side,
// sorted by a header click among the keys loaded; and the actions on the selected keys as buttons,
// a context menu and shortcuts. It shows and asks; GatewayKeysController does the work, and tells
// it what goes on (setBusy, showFailure, showStatus).
class GatewayKeysView : public QWidget
{
    Q_OBJECT
public:
    enum class Action { CopyId, Enable, Disable, Delete, Rotate, Plans, ShowSecret, Refresh };

    // The secret-free key id goes through `clipboard`, which clears it again; `systemClipboard`
    // takes the error panel's details.
    GatewayKeysView(GatewayKeys &keys, SensitiveClipboard &clipboard, QClipboard *systemClipboard,
                    QWidget *parent = nullptr);
    ~GatewayKeysView() override;

    GatewayKeysModel &model() const { return *m_model; }
    ErrorPanel &errorPanel() const { return *m_errorPanel; }
    QAction *action(Action action) const;

    // Whether the gateway can be asked: without credentials the page says why instead.
    void setReady(bool ready, const QString &whyNot = {});
    bool isReady() const { return m_ready; }
    // The generation in use: what API 2.0 lacks is disabled, saying it needs API 3.0.
    void setGeneration(ApiGeneration generation);
    // Lists the first page again with the search and status filter shown.
    void reload();

    // The selected keys, in the order of the table.
    QList<GatewayKey> selectedKeys() const;
    bool selectKey(const QString &keyId);

    // One action under way: its words, a busy bar and Cancel; the actions wait meanwhile. An
    // empty text ends it.
    void setBusy(const QString &text);
    bool isBusy() const { return m_busy; }
    void setProgress(int done, int total);
    void showFailure(const Failure &failure, const QList<SecretString> &secretsToMask = {});
    void hideFailure();
    // The outcome of an action, under the table.
    void showStatus(const QString &text, bool problem);
    QString statusText() const;

public slots:
    void copySelectedKeyId();

signals:
    void actionRequested(GatewayKeysView::Action action);
    void cancelRequested();

private:
    QAction *makeAction(Action action, const QString &icon, const QString &text,
                        const QKeySequence &shortcut, const QString &toolTip);
    void applyQuery();
    void fitColumns();
    void updateState();
    void updateActions();
    void showClipboardCountdown(int secondsLeft);

    std::unique_ptr<Ui::GatewayKeysView> m_ui;
    SensitiveClipboard &m_clipboard;
    GatewayKeysModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ErrorPanel *m_errorPanel;
    QTimer *m_searchDelay;
    QHash<Action, QAction *> m_actions;
    ApiGeneration m_generation = ApiGeneration::Api3;
    bool m_ready = false;
    bool m_statusFilterAvailable = true;
    QString m_whyNotReady;
    bool m_busy = false;
    bool m_copiedHere = false;
    bool m_copyingHere = false;
};
