#pragma once

#include "clock.h"
#include "command.h"
#include "gatewaykeys.h"
#include "gatewayoptions.h"
#include "noncesource.h"

#include <QElapsedTimer>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

class GatewayClient;
class KeyIndex;
class SavedKeys;

// apigw-keys-cli gateway SUBCOMMAND: the account's keys and usage plans on the gateway, through
// GatewayKeys. Each change is sent once; an answer lost on the way is reported as a change that
// may have been applied, never sent again.
class GatewayCommand final : public Command
{
    Q_OBJECT
public:
    enum class Action { List, Show, Enable, Disable, Delete, Rotate, Plans, Bind, Unbind };

    // Between the starts of two pages of `list --all`: 19 a second at most, under the gateway's
    // 20 listings a second per account.
    static constexpr std::chrono::milliseconds MinPageInterval{55};

    explicit GatewayCommand(QObject *parent = nullptr);
    ~GatewayCommand() override;

    // `arguments`: "gateway", then the subcommand and its arguments.
    std::optional<ExitCode> parse(const QStringList &arguments) override;
    void start() override;

private:
    std::optional<ExitCode> parseAction(const QStringList &arguments);
    // The actions the subcommand sends, for the API 2.0 check.
    QList<KeyAction> actionsSent() const;
    void connected(OperatorCredentials credentials);
    // Runs `operation`; a failure is reported (`change`: the request may have changed something),
    // anything else goes to `next`.
    void await(GatewayOperation *operation, bool change,
               std::function<void(const GatewayOutcome &)> next,
               std::function<void(const Failure &)> onFailure = {});
    // `advice`: what to do about this failure of this subcommand, beyond FailureText's words.
    void failed(const Failure &failure, bool change, const QString &advice);

    void listFrom(qint64 offset);
    void printKeys(qint64 totalCount);
    void show();
    void switchKey(bool enable);
    void confirmDelete();
    void askThenDelete(const QString &named);
    void deleteKey();
    void explainKeyInUse(const Failure &failure);
    // What to do about a key bound to usage plans: unbind it from them (named when known).
    QString boundAdvice(const UsagePlanBindings *bindings) const;
    void rotate();
    void rotated(GatewayKey key);
    void printRotated(const GatewayKey &key, const QString &saveProblem, bool saved,
                      bool heldBefore);
    void plans();
    void bind(bool bind);

    Action m_action = Action::List;
    QString m_name; // of the subcommand
    GatewayOptions m_options;
    QString m_keyId;
    QString m_account; // the operator SecretId, which names this computer's keychain entries
    QString m_planId;
    KeyQuery m_query;
    bool m_all = false;
    bool m_showSecret = false;
    bool m_yes = false;
    bool m_save = false;
    SecretString m_newSecret;
    QList<GatewayKey> m_keys;
    QSet<QString> m_listedIds; // of m_keys
    // Started as each page of --all is asked for: the next waits for MinPageInterval.
    QElapsedTimer m_pageClock;

    SystemClock m_clock;
    SystemNonceSource m_nonces;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<GatewayKeys> m_gateway;
    std::unique_ptr<KeyIndex> m_index;
    std::unique_ptr<SavedKeys> m_savedKeys;
};
