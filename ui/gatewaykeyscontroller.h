#pragma once

#include "gatewaykeys.h"
#include "gatewaykeysview.h"

#include <QObject>
#include <QPointer>
#include <functional>

class Clock;
class CopyOnceDialog;
class CredentialsController;
class GatewaySender;
class MainWindow;
class NonceSource;
class ProfileSession;
class QClipboard;
class QMessageBox;
class SavedKeys;
class SensitiveClipboard;

// Adapts the gateway's key administration (GatewayKeys) to the "Keys on the gateway" page: the
// account and endpoint of the current profile, the listing and the plans when the page is first
// shown, and every action on the selected keys with its confirmation, its progress and Cancel,
// and its outcome (the page's error panel, or a status line). Nothing is retried by itself; an
// answer lost after a change was sent says the change may have been applied and points at Refresh.
// A secret (shown, or new after a rotation) goes through the same CopyOnceDialog as a new key.
class GatewayKeysController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        MainWindow &window;
        GatewaySender &sender;
        const Clock &clock;
        NonceSource &nonces;
        const ProfileSession &profile;
        const CredentialsController &credentials;
        SavedKeys &savedKeys;
        SensitiveClipboard &clipboard;
        QClipboard *systemClipboard;
    };

    explicit GatewayKeysController(const Parts &parts, QObject *parent = nullptr);
    ~GatewayKeysController() override;

    // Made, and placed in the window's page, when the page is first shown (or asked for here).
    GatewayKeysView &view();
    GatewayKeys &gatewayKeys() { return m_keys; }

    bool isBusy() const { return !m_operation.isNull(); }
    CopyOnceDialog *openDialog() const { return m_dialog.data(); }
    // Not while a rotated key's new secret waits in its dialog: it is brought to the front
    // instead.
    bool mayClose();

    // The key ids of the records saved here for the current account and gateway.
    QSet<QString> savedKeyIds() const;

signals:
    void copyOnceDialogOpened(CopyOnceDialog *dialog);
    // An action (not a page of the listing) ended, whichever way.
    void actionFinished();
    // The check of the saved keys against the gateway ended: the record ids it no longer has.
    void savedKeysChecked(const QSet<QString> &missingRecordIds);

private:
    using Done = std::function<void(const GatewayOutcome &)>;

    void pageShown();
    void updateAccount();
    void refresh();
    void loadPlans(std::function<void()> then = {});
    void updateSavedKeyIds();
    void checkSavedKeys();
    void onAction(GatewayKeysView::Action action);
    void run(GatewayOperation *operation, const QString &busyText, Done done,
             const QList<SecretString> &secretsToMask = {});
    void showFailure(const Failure &failure, const QList<SecretString> &secretsToMask = {});

    void setEnabled(QList<GatewayKey> keys, bool enable, int done);
    void confirmDelete(const GatewayKey &key);
    void deleteKey(const GatewayKey &key, bool disableFirst);
    void confirmRotate(const GatewayKey &key);
    void rotate(const GatewayKey &key, SecretString newSecret);
    void showSecret(const GatewayKey &key);
    void choosePlan(const QList<GatewayKey> &keys);
    void bindOrUnbind(bool bind, const QString &planId, const QString &planName,
                      const QStringList &keyIds);
    void openSecretDialog(const GatewayKey &key, bool rotated);
    QMessageBox *question(const QString &objectName, const QString &title, const QString &text,
                          const QString &informative);

    const Parts m_parts;
    GatewayKeys m_keys;
    GatewayKeysView *m_view = nullptr; // owned by the window, which outlives this
    QPointer<GatewayOperation> m_operation;
    QPointer<GatewayOperation> m_plansOperation;
    QPointer<GatewayOperation> m_checkOperation;
    QPointer<CopyOnceDialog> m_dialog;
    bool m_dialogHoldsRotatedSecret = false;
    QString m_accountKey; // who and where the page shows, to notice a change
    bool m_shown = false;
};
