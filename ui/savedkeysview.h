#pragma once

#include "keyrecord.h"

#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QMessageBox;
class QSortFilterProxyModel;
class SavedKeys;
class SavedKeysModel;
class SensitiveClipboard;

namespace Ui {
class SavedKeysView;
}

// The keys saved on this machine, as a sortable table: copy a secret again from the keychain
// (through the SensitiveClipboard, its countdown shown), or remove a key from this machine after
// a confirmation that says the key stays on the gateway. A key index that cannot be read as
// written is reported in a banner; it is never overwritten from here.
class SavedKeysView : public QWidget
{
    Q_OBJECT
public:
    SavedKeysView(SavedKeys &savedKeys, SensitiveClipboard &clipboard, QWidget *parent = nullptr);
    ~SavedKeysView() override;

    // The record id (KeyRecord::id()) of the selected row; empty when none.
    QString selectedRecordId() const;
    bool selectRecord(const QString &recordId);
    // Marks the records whose key the gateway no longer lists.
    void setMissingOnGateway(const QSet<QString> &recordIds);

public slots:
    void copySelectedSecret();
    void copySelectedKeyId();
    // Asks first; the answer starts the removal.
    void removeSelected();

signals:
    void secretCopied(const QString &recordId);
    void removed(const QString &recordId);
    // Either half failed; the status line says which.
    void removeFailed(const QString &recordId);

private:
    void remove(const QString &recordId);
    void setBusy(const QString &recordId, const QString &status);
    void showStatus(const QString &text, bool problem);
    void showClipboardCountdown(int secondsLeft);
    void updateIndexProblem();
    void updateButtons();
    void setAsideIndex();
    std::optional<KeyRecord> selectedRecord() const;

    std::unique_ptr<Ui::SavedKeysView> m_ui;
    SavedKeys &m_savedKeys;
    SensitiveClipboard &m_clipboard;
    SavedKeysModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_busyRecordId; // a read or removal under way
    QString m_selectionBeforeReset;
    // Whether the clipboard's countdown is about a value copied from this view (the copy-once
    // dialog shares the clipboard), and whose.
    bool m_copiedHere = false;
    bool m_copyingHere = false;
    QString m_copiedWhat;
    QPointer<QMessageBox> m_confirmation;
};
