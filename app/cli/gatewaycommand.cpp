#include "gatewaycommand.h"

#include "console.h"
#include "entryname.h"
#include "failurereport.h"
#include "failuretext.h"
#include "gatewayclient.h"
#include "keychainsecretstore.h"
#include "keyindex.h"
#include "randomkey.h"
#include "savedkeys.h"
#include "secretfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <unistd.h>

namespace {

using namespace Qt::StringLiterals;

constexpr int MaxPageSize = 100;

struct ActionName
{
    const char16_t *name;
    GatewayCommand::Action action;
};

constexpr ActionName actionNames[] = {
    {u"list", GatewayCommand::Action::List},     {u"show", GatewayCommand::Action::Show},
    {u"enable", GatewayCommand::Action::Enable}, {u"disable", GatewayCommand::Action::Disable},
    {u"delete", GatewayCommand::Action::Delete}, {u"rotate", GatewayCommand::Action::Rotate},
    {u"plans", GatewayCommand::Action::Plans},   {u"bind", GatewayCommand::Action::Bind},
    {u"unbind", GatewayCommand::Action::Unbind},
};

QString overview()
{
    return GatewayCommand::tr(
        "Usage: apigw-keys-cli gateway SUBCOMMAND [options]\n"
        "\n"
        "Manages the account's keys and usage plans on the gateway.\n"
        "\n"
        "Subcommands:\n"
        "  list     list the keys (never their secrets)\n"
        "  show     show one key; its secret only with --show-secret\n"
        "  enable   enable a key\n"
        "  disable  disable a key\n"
        "  delete   delete a disabled key that no usage plan holds\n"
        "  rotate   give a key a new secret\n"
        "  plans    list the usage plans and how many keys each holds\n"
        "  bind     bind a key to a usage plan\n"
        "  unbind   unbind a key from a usage plan\n"
        "\n"
        "'apigw-keys-cli gateway SUBCOMMAND --help' describes a subcommand.\n");
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString typeName(const GatewayKey &key)
{
    return key.type ? keyTypeName(*key.type) : u"unknown"_s;
}

QString statusName(bool enabled)
{
    return enabled ? u"enabled"_s : u"disabled"_s;
}

QJsonObject toJson(const GatewayKey &key)
{
    return {
        {u"keyId"_s, key.keyId},
        {u"name"_s, key.name},
        {u"type"_s, typeName(key)},
        {u"status"_s, statusName(key.enabled)},
        {u"createdTime"_s, isoUtc(key.createdUtc)},
        {u"modifiedTime"_s, isoUtc(key.modifiedUtc)},
    };
}

// The columns a terminal gives the text: East Asian wide characters (key names are often
// Chinese) take two, so that the columns after a name still line up.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Columns padded to their widest cell, for people reading a terminal.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += QString(widths[i] - displayWidth(row[i]) + 2, u' ');
        }
        text += line + u'\n';
    }
    return text;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

GatewayCommand::GatewayCommand(QObject *parent) : Command(parent)
{}

GatewayCommand::~GatewayCommand()
{
    m_newSecret.wipe();
    for (GatewayKey &key : m_keys)
        key.secret.wipe();
}

std::optional<ExitCode> GatewayCommand::parse(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        Console::out(overview());
        return name.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    for (const ActionName &entry : actionNames) {
        if (name == QStringView(entry.name)) {
            m_action = entry.action;
            m_name = name;
            // QCommandLineParser takes the first argument for the program's name; this one names
            // the subcommand in its hints.
            return parseAction(QStringList{u"gateway "_s + name} + arguments.mid(2));
        }
    }
    Console::err(tr("apigw-keys-cli gateway: unknown subcommand '%1'\n").arg(name) + overview());
    return ExitCode::Usage;
}

std::optional<ExitCode> GatewayCommand::parseAction(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(u"status"_s, tr("Only keys with this status."),
                                    u"enabled|disabled"_s);
    const QCommandLineOption search(u"search"_s, tr("Only keys whose name or id contains TEXT."),
                                    u"TEXT"_s);
    const QCommandLineOption limit(u"limit"_s, tr("Keys a page, 1 to 100 (default 20)."), u"N"_s);
    const QCommandLineOption all(u"all"_s, tr("Fetch every page, to the last."));
    const QCommandLineOption showSecret(u"show-secret"_s,
                                        tr("Print the key's secret too, on standard output."));
    const QCommandLineOption yes(u"yes"_s, tr("Delete without asking."));
    const QCommandLineOption keySecret(
        u"key-secret"_s, tr("Read the new manual secret from standard input (give -)."), u"-"_s);
    const QCommandLineOption keySecretFile(
        u"key-secret-file"_s, tr("Read the new manual secret from the first line of this file."),
        u"PATH"_s);
    const QCommandLineOption generate(u"generate"_s,
                                      tr("A strong random new secret (for a manual key)."));
    const QCommandLineOption save(
        u"save"_s, tr("Save the new secret in this computer's keychain and key list (a key the "
                      "keychain already holds is always replaced there)."));
    const QCommandLineOption usagePlan(u"usage-plan"_s, tr("The usage plan's id."), u"PLAN"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));

    QString usage;
    bool takesKeyId = true;
    switch (m_action) {
    case Action::List:
        parser.setApplicationDescription(tr("Lists the account's keys on the gateway, a page at a "
                                            "time (DescribeApiKeysStatus); never their secrets."));
        parser.addOptions({status, search, limit, all});
        usage = u"apigw-keys-cli gateway list [--status enabled|disabled] [--search TEXT] "
                "[--limit N] [--all] [options]"_s;
        takesKeyId = false;
        break;
    case Action::Show:
        parser.setApplicationDescription(tr("Shows one key (DescribeApiKey). Its secret is printed "
                                            "only with --show-secret."));
        parser.addOption(showSecret);
        usage = u"apigw-keys-cli gateway show ID [--show-secret] [options]"_s;
        break;
    case Action::Enable:
        parser.setApplicationDescription(tr("Enables a key (EnableApiKey)."));
        usage = u"apigw-keys-cli gateway enable ID [options]"_s;
        break;
    case Action::Disable:
        parser.setApplicationDescription(tr("Disables a key (DisableApiKey)."));
        usage = u"apigw-keys-cli gateway disable ID [options]"_s;
        break;
    case Action::Delete:
        parser.setApplicationDescription(
            tr("Deletes a key from the gateway (DeleteApiKey); it cannot be undone. The gateway "
               "deletes only a disabled key that no usage plan holds. Asks first on a terminal; "
               "elsewhere it needs --yes."));
        parser.addOption(yes);
        usage = u"apigw-keys-cli gateway delete ID [--yes] [options]"_s;
        break;
    case Action::Rotate:
        parser.setApplicationDescription(
            tr("Gives a key a new secret (UpdateApiKey) and prints it once. A manual key takes "
               "the new secret from --key-secret -, --key-secret-file or --generate; without "
               "them the gateway draws one."));
        parser.addOptions({keySecret, keySecretFile, generate, save});
        usage = u"apigw-keys-cli gateway rotate ID [--key-secret - | --key-secret-file PATH | "
                "--generate] [--save] [options]"_s;
        break;
    case Action::Plans:
        parser.setApplicationDescription(
            tr("Lists the usage plans and how many keys each holds (DescribeUsagePlansStatus, "
               "DescribeUsagePlanSecretIds)."));
        usage = u"apigw-keys-cli gateway plans [options]"_s;
        takesKeyId = false;
        break;
    case Action::Bind:
    case Action::Unbind:
        parser.setApplicationDescription(m_action == Action::Bind
                                             ? tr("Binds a key to a usage plan (BindSecretIds).")
                                             : tr("Unbinds a key from a usage plan "
                                                  "(UnBindSecretIds)."));
        parser.addOption(usagePlan);
        usage = u"apigw-keys-cli gateway %1 ID --usage-plan PLAN [options]"_s.arg(m_name);
        break;
    }
    if (takesKeyId)
        parser.addPositionalArgument(u"ID"_s, tr("The key's id (AccessKeyId)."));
    m_options.addTo(parser);
    parser.addOption(json);
    if (auto stop = parseWith(parser, arguments, usage))
        return stop;

    const auto refuse = [&](const QString &message) {
        Console::err(tr("apigw-keys-cli gateway %1: %2\nTry 'apigw-keys-cli gateway %1 --help'.\n")
                         .arg(m_name, message));
        return ExitCode::Usage;
    };
    setJsonOutput(parser.isSet(json));
    const QStringList positional = parser.positionalArguments();
    if (takesKeyId) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty())
            return refuse(tr("give exactly one key id"));
        m_keyId = positional.first().trimmed();
    } else if (!positional.isEmpty()) {
        return refuse(tr("unexpected argument '%1'").arg(positional.first()));
    }
    if (const QString problem = m_options.read(parser); !problem.isEmpty())
        return refuse(problem);

    switch (m_action) {
    case Action::List:
        if (parser.isSet(status)) {
            const QString wanted = parser.value(status);
            if (wanted == u"enabled")
                m_query.status = KeyStatusFilter::Enabled;
            else if (wanted == u"disabled")
                m_query.status = KeyStatusFilter::Disabled;
            else
                return refuse(tr("--status takes enabled or disabled"));
        }
        m_query.search = parser.value(search).trimmed();
        if (parser.isSet(limit)) {
            bool ok = false;
            m_query.limit = parser.value(limit).toInt(&ok);
            if (!ok || m_query.limit < 1 || m_query.limit > MaxPageSize)
                return refuse(tr("--limit takes a number from 1 to 100"));
        }
        m_all = parser.isSet(all);
        break;
    case Action::Show:
        m_showSecret = parser.isSet(showSecret);
        break;
    case Action::Delete:
        m_yes = parser.isSet(yes);
        break;
    case Action::Rotate: {
        m_save = parser.isSet(save);
        const int sources = int(parser.isSet(keySecret)) + int(parser.isSet(keySecretFile)) +
                            int(parser.isSet(generate));
        if (sources > 1)
            return refuse(tr("give one of --key-secret -, --key-secret-file and --generate"));
        QString secret;
        if (parser.isSet(keySecret)) {
            // A secret typed as an argument would already be in the process list and the shell's
            // history; only standard input is taken.
            if (parser.value(keySecret) != u"-")
                return refuse(tr("--key-secret takes only - (read the secret from standard "
                                 "input); a secret given as an argument is visible to every "
                                 "user of this machine. Use --key-secret-file PATH otherwise."));
            if (!Console::readSecretLine(tr("New key secret: "), &secret))
                return refuse(tr("no key secret on standard input"));
            if (secret.isEmpty())
                return refuse(tr("the key secret read from standard input is empty"));
        } else if (parser.isSet(keySecretFile)) {
            QString problem;
            if (!SecretFile::readFirstLine(parser.value(keySecretFile), &secret, &problem))
                return refuse(tr("cannot read the key secret from %1: %2")
                                  .arg(parser.value(keySecretFile), problem));
            if (secret.isEmpty())
                return refuse(tr("the first line of %1 is empty").arg(parser.value(keySecretFile)));
        }
        m_newSecret = parser.isSet(generate) ? RandomKey::keySecret() : SecretString(secret);
        wipeString(secret);
        break;
    }
    case Action::Bind:
    case Action::Unbind:
        m_planId = parser.value(usagePlan).trimmed();
        if (m_planId.isEmpty())
            return refuse(tr("give the usage plan with --usage-plan PLAN"));
        break;
    case Action::Enable:
    case Action::Disable:
    case Action::Plans:
        break;
    }
    return std::nullopt;
}

QList<KeyAction> GatewayCommand::actionsSent() const
{
    switch (m_action) {
    case Action::List:
        return {KeyAction::ListKeys};
    case Action::Show:
        return {KeyAction::DescribeKey};
    case Action::Enable:
        return {KeyAction::EnableKey};
    case Action::Disable:
        return {KeyAction::DisableKey};
    case Action::Delete:
        return m_yes ? QList<KeyAction>{KeyAction::DeleteKey}
                     : QList<KeyAction>{KeyAction::ListKeys, KeyAction::ListPlans,
                                        KeyAction::ListPlanKeys, KeyAction::DeleteKey};
    case Action::Rotate:
        return {KeyAction::RotateKey};
    case Action::Plans:
        return {KeyAction::ListPlans, KeyAction::ListPlanKeys};
    case Action::Bind:
        return {KeyAction::BindKeys};
    case Action::Unbind:
        return {KeyAction::UnbindKeys};
    }
    return {};
}

void GatewayCommand::start()
{
    const ApiGeneration generation = m_options.settings().endpoint.generation;
    for (KeyAction action : actionsSent()) {
        if (!KeyActions::isAvailable(action, generation)) {
            const QString actionName = QString::fromLatin1(KeyActions::actionName(action));
            fail(ExitCode::NeedsApi3,
                 tr("'gateway %1' needs API 3.0: API 2.0 has no %2 action. Run it with --api 3.")
                     .arg(m_name, actionName),
                 {{u"action"_s, actionName}});
            return;
        }
    }
    if (m_action == Action::List && !KeyActions::isQueryAvailable(m_query, generation)) {
        fail(ExitCode::NeedsApi3,
             tr("'gateway list --status' needs API 3.0: API 2.0 cannot filter keys by status. Run "
                "it with --api 3."),
             {{u"action"_s, QString::fromLatin1(KeyActions::actionName(KeyAction::ListKeys))}});
        return;
    }
    // Asking needs a person at a terminal; a script that meant to delete says so with --yes.
    if (m_action == Action::Delete && !m_yes && !isatty(STDIN_FILENO)) {
        fail(ExitCode::Usage,
             tr("refusing to delete %1 without confirmation: standard input is not a terminal. "
                "Add --yes to delete it.")
                 .arg(m_keyId));
        return;
    }
    QString problem;
    m_client = m_options.makeClient(&problem);
    if (!m_client) {
        fail(ExitCode::Validation, problem);
        return;
    }
    resolveCredentials(m_options.profile(), [this](OperatorCredentials credentials) {
        connected(std::move(credentials));
    });
}

void GatewayCommand::connected(OperatorCredentials credentials)
{
    m_gateway = std::make_unique<GatewayKeys>(*m_client, m_clock, m_nonces);
    m_gateway->setAccount(credentials, m_options.settings().endpoint);
    m_account = credentials.secretId.trimmed();
    credentials.secretKey.wipe();
    switch (m_action) {
    case Action::List:
        listFrom(0);
        return;
    case Action::Show:
        show();
        return;
    case Action::Enable:
    case Action::Disable:
        switchKey(m_action == Action::Enable);
        return;
    case Action::Delete:
        if (m_yes)
            deleteKey();
        else
            confirmDelete();
        return;
    case Action::Rotate:
        rotate();
        return;
    case Action::Plans:
        plans();
        return;
    case Action::Bind:
    case Action::Unbind:
        bind(m_action == Action::Bind);
        return;
    }
}

void GatewayCommand::await(GatewayOperation *operation, bool change,
                           std::function<void(const GatewayOutcome &)> next,
                           std::function<void(const Failure &)> onFailure)
{
    connect(operation, &GatewayOperation::finished, this,
            [this, operation, change, next = std::move(next),
             onFailure = std::move(onFailure)](const GatewayOutcome &outcome) {
                operation->deleteLater();
                if (const auto *failure = std::get_if<Failure>(&outcome)) {
                    if (onFailure)
                        onFailure(*failure);
                    else
                        failed(*failure, change, {});
                    return;
                }
                next(outcome);
            });
}

void GatewayCommand::failed(const Failure &failure, bool change, const QString &advice)
{
    QString message = FailureReport::message(failure, false);
    if (!advice.isEmpty())
        message += u'\n' + advice;
    QJsonObject json = FailureReport::json(failure);
    if (change) {
        // The request left and its answer did not come back: the gateway may well have acted.
        // Sending it again could act twice (or fail confusingly), so the user looks first.
        json.insert(u"mayHaveBeenApplied"_s, failure.mayHaveBeenProcessed());
        if (failure.mayHaveBeenProcessed() && m_action == Action::Rotate)
            // A rotation that went through left a secret nobody has seen; the gateway shows it.
            message +=
                u'\n' + tr("The gateway may have applied the change before the answer was lost. "
                           "It was not sent again; check with 'apigw-keys-cli gateway show %1 "
                           "--show-secret' whether the key has a new secret before trying again. "
                           "This computer's keychain was not changed.")
                            .arg(m_keyId);
        else if (failure.mayHaveBeenProcessed())
            message +=
                u'\n' + tr("The gateway may have applied the change before the answer was lost. "
                           "It was not sent again; check with 'apigw-keys-cli gateway show %1' "
                           "or 'gateway list' before trying again.")
                            .arg(m_keyId);
    }
    if (!advice.isEmpty())
        json.insert(u"advice"_s, advice);
    fail(FailureReport::exitCode(failure), message, json);
}

void GatewayCommand::listFrom(qint64 offset)
{
    KeyQuery query = m_query;
    query.offset = offset;
    m_pageClock.start();
    await(m_gateway->listKeys(query), false, [this, offset](const GatewayOutcome &outcome) {
        const auto *page = std::get_if<KeyPage>(&outcome);
        if (!page) {
            fail(ExitCode::Failure, tr("Unexpected answer to the key listing."));
            return;
        }
        // A key listed again (one created meanwhile shifts the pages) is printed once.
        bool anyNew = false;
        for (const GatewayKey &key : page->keys) {
            if (m_listedIds.contains(key.keyId))
                continue;
            m_listedIds.insert(key.keyId);
            m_keys.append(key);
            anyNew = true;
        }
        const qint64 next = offset + page->keys.size();
        // An empty page ends the listing even if the count promised more: the keys may have gone
        // while the pages were fetched, and a count that never drops must not loop for ever.
        if (m_all && !page->keys.isEmpty() && next < page->totalCount) {
            // A server that ignores Offset repeats its page for every offset up to a count of
            // millions: a page with nothing new is not progress.
            if (!anyNew) {
                Failure failure = Failure::fromGateway(GatewayError::malformed(
                    m_options.settings().endpoint.generation,
                    u"the list of keys does not end: a page repeats keys already listed"_s,
                    page->requestId));
                failure.keyAction = KeyAction::ListKeys;
                failed(failure, false, {});
                return;
            }
            // The gateway admits 20 listings a second per account and refuses the rest
            // (RequestLimitExceeded): pages asked for back to back would end a large listing
            // half-way, so they keep to MinPageInterval, the answer's own time included.
            const auto waited = std::chrono::milliseconds(m_pageClock.elapsed());
            const auto wait = std::max(MinPageInterval - waited, std::chrono::milliseconds(0));
            QTimer::singleShot(wait, this, [this, next] { listFrom(next); });
            return;
        }
        printKeys(page->totalCount);
    });
}

void GatewayCommand::printKeys(qint64 totalCount)
{
    if (jsonOutput()) {
        QJsonArray keys;
        for (const GatewayKey &key : std::as_const(m_keys))
            keys.append(toJson(key));
        Console::json(
            QJsonObject{{u"ok"_s, true}, {u"totalCount"_s, totalCount}, {u"keys"_s, keys}});
    } else if (m_keys.isEmpty()) {
        Console::err(tr("No keys on the gateway match.\n"));
    } else {
        QList<QStringList> rows{
            {tr("NAME"), tr("KEY ID"), tr("TYPE"), tr("STATUS"), tr("CREATED"), tr("MODIFIED")}};
        for (const GatewayKey &key : std::as_const(m_keys))
            rows.append({orDash(key.name), key.keyId, typeName(key), statusName(key.enabled),
                         orDash(isoUtc(key.createdUtc)), orDash(isoUtc(key.modifiedUtc))});
        Console::out(table(rows));
        if (m_keys.size() < totalCount)
            Console::err(tr("Showing %1 of %2 keys; --all lists them all.\n")
                             .arg(m_keys.size())
                             .arg(totalCount));
    }
    finishLater(ExitCode::Ok);
}

void GatewayCommand::show()
{
    await(m_gateway->showKey(m_keyId), false, [this](const GatewayOutcome &outcome) {
        const auto *found = std::get_if<GatewayKey>(&outcome);
        if (!found) {
            fail(ExitCode::Failure, tr("Unexpected answer to the key's description."));
            return;
        }
        GatewayKey key = *found;
        if (!m_showSecret)
            key.secret.wipe();
        if (jsonOutput()) {
            QJsonObject object = toJson(key);
            object.insert(u"ok"_s, true);
            if (m_showSecret)
                object.insert(u"keySecret"_s, key.secret.toString());
            Console::json(object);
        } else {
            QString text;
            text += tr("  Key ID:      %1\n").arg(key.keyId);
            text += tr("  Name:        %1\n").arg(orDash(key.name));
            text += tr("  Type:        %1\n").arg(typeName(key));
            text += tr("  Status:      %1\n").arg(statusName(key.enabled));
            text += tr("  Created:     %1\n").arg(orDash(isoUtc(key.createdUtc)));
            text += tr("  Modified:    %1\n").arg(orDash(isoUtc(key.modifiedUtc)));
            if (m_showSecret)
                text += tr("  Key secret:  %1\n").arg(key.secret.toString());
            Console::out(text);
        }
        key.secret.wipe();
        finishLater(ExitCode::Ok);
    });
}

void GatewayCommand::switchKey(bool enable)
{
    GatewayOperation *operation =
        enable ? m_gateway->enableKey(m_keyId) : m_gateway->disableKey(m_keyId);
    await(operation, true, [this, enable](const GatewayOutcome &) {
        if (jsonOutput())
            Console::json(QJsonObject{
                {u"ok"_s, true}, {u"keyId"_s, m_keyId}, {u"status"_s, statusName(enable)}});
        else
            Console::out(enable ? tr("Enabled key %1.\n").arg(m_keyId)
                                : tr("Disabled key %1.\n").arg(m_keyId));
        finishLater(ExitCode::Ok);
    });
}

void GatewayCommand::confirmDelete()
{
    // The question names the key, so the listing asks for exactly this one.
    KeyQuery query;
    query.keyIds = {m_keyId};
    query.limit = 1;
    await(m_gateway->listKeys(query), false, [this](const GatewayOutcome &outcome) {
        const auto *page = std::get_if<KeyPage>(&outcome);
        const GatewayKey *key = nullptr;
        if (page) {
            for (const GatewayKey &candidate : page->keys) {
                if (candidate.keyId == m_keyId)
                    key = &candidate;
            }
        }
        if (!key) {
            fail(ExitCode::Gateway, tr("The gateway has no key with the id %1.").arg(m_keyId));
            return;
        }
        const QString named =
            key->name.isEmpty() ? m_keyId : tr("'%1' (%2)").arg(key->name, m_keyId);
        if (key->enabled) {
            fail(ExitCode::Gateway,
                 tr("Key %1 is enabled, and the gateway deletes only disabled keys. Disable it "
                    "first, then delete it:\n  apigw-keys-cli gateway disable %2\n  "
                    "apigw-keys-cli gateway delete %2")
                     .arg(named, m_keyId));
            return;
        }
        // A bound key is named with its plans before anyone is asked to confirm what the gateway
        // would refuse. If the plans cannot be read, the question is asked all the same.
        await(
            m_gateway->planBindings(), false,
            [this, named](const GatewayOutcome &plans) {
                const auto *bindings = std::get_if<UsagePlanBindings>(&plans);
                if (bindings && bindings->planIdsByKeyId.contains(m_keyId)) {
                    const QString advice = boundAdvice(bindings);
                    fail(ExitCode::Gateway, advice, {{u"advice"_s, advice}});
                    return;
                }
                askThenDelete(named);
            },
            [this, named](const Failure &) { askThenDelete(named); });
    });
}

void GatewayCommand::askThenDelete(const QString &named)
{
    QString answer;
    if (!Console::readLine(
            tr("Delete key %1 from the gateway? This cannot be undone. [y/N] ").arg(named),
            &answer) ||
        !QStringList{u"y"_s, u"yes"_s}.contains(answer.trimmed().toLower())) {
        fail(ExitCode::Failure, tr("Not deleted: the deletion was not confirmed."));
        return;
    }
    deleteKey();
}

void GatewayCommand::deleteKey()
{
    await(
        m_gateway->deleteKey(m_keyId), true,
        [this](const GatewayOutcome &) {
            if (jsonOutput())
                Console::json(QJsonObject{{u"ok"_s, true}, {u"deleted"_s, m_keyId}});
            else
                Console::out(tr("Deleted key %1 from the gateway.\n").arg(m_keyId));
            finishLater(ExitCode::Ok);
        },
        [this](const Failure &failure) {
            const KeyRefusal refusal = failure.origin == Failure::Origin::Gateway
                                           ? failure.gateway.refusal
                                           : KeyRefusal::None;
            if (refusal == KeyRefusal::KeyBoundToUsagePlan) {
                explainKeyInUse(failure);
                return;
            }
            QString advice;
            if (refusal == KeyRefusal::KeyStatusForbids)
                advice = tr("Disable the key first, then delete it:\n  apigw-keys-cli gateway "
                            "disable %1\n  apigw-keys-cli gateway delete %1")
                             .arg(m_keyId);
            failed(failure, true, advice);
        });
}

void GatewayCommand::explainKeyInUse(const Failure &failure)
{
    // The refusal names no plan; the plans' keys do. If they cannot be read, the refusal stands
    // with the general advice.
    await(
        m_gateway->planBindings(), false,
        [this, failure](const GatewayOutcome &outcome) {
            failed(failure, true, boundAdvice(std::get_if<UsagePlanBindings>(&outcome)));
        },
        [this, failure](const Failure &) { failed(failure, true, boundAdvice(nullptr)); });
}

QString GatewayCommand::boundAdvice(const UsagePlanBindings *bindings) const
{
    QStringList named;
    QString firstPlan;
    if (bindings) {
        const QStringList planIds = bindings->planIdsByKeyId.value(m_keyId);
        for (const UsagePlan &plan : bindings->plans) {
            if (!planIds.contains(plan.id))
                continue;
            named.append(plan.name.isEmpty() ? plan.id : tr("'%1' (%2)").arg(plan.name, plan.id));
            if (firstPlan.isEmpty())
                firstPlan = plan.id;
        }
    }
    if (named.isEmpty())
        return tr("Key %1 is bound to a usage plan. Unbind it ('apigw-keys-cli gateway plans' "
                  "lists them), then delete it.")
            .arg(m_keyId);
    return tr("Key %1 is bound to these usage plans: %2. Unbind it from each, then delete it:\n"
              "  apigw-keys-cli gateway unbind %1 --usage-plan %3")
        .arg(m_keyId, named.join(u", "_s), firstPlan);
}

void GatewayCommand::rotate()
{
    await(m_gateway->rotateKey(m_keyId, m_newSecret), true, [this](const GatewayOutcome &outcome) {
        const auto *key = std::get_if<GatewayKey>(&outcome);
        if (!key) {
            fail(ExitCode::Failure, tr("Unexpected answer to the rotation."));
            return;
        }
        rotated(*key);
    });
}

void GatewayCommand::rotated(GatewayKey key)
{
    m_newSecret.wipe();
    if (key.keyId.isEmpty())
        key.keyId = m_keyId;
    m_index = std::make_unique<KeyIndex>(KeyIndex::defaultSettingsPath());
    m_savedKeys = std::make_unique<SavedKeys>(*m_index, keychain());
    // Whether this computer kept the key before: a failed save then leaves the old secret there.
    const bool heldBefore =
        m_index->find(EntryName::keySecret(m_options.settings().endpoint.url, m_account, key.keyId))
            .has_value();
    SavedKeyJob *job = m_gateway->saveRotatedSecret(*m_savedKeys, key, m_save);
    if (!job) {
        printRotated(key, {}, false, heldBefore);
        return;
    }
    connect(job, &SavedKeyJob::finished, this, [this, key, heldBefore](SavedKeyJob *finishedJob) {
        const Failure failure =
            Failure::fromStore(finishedJob->keychainError(), finishedJob->indexError());
        printRotated(key, FailureText::storeProblems(failure).join(u'\n'), finishedJob->succeeded(),
                     heldBefore);
    });
}

void GatewayCommand::printRotated(const GatewayKey &key, const QString &saveProblem, bool saved,
                                  bool heldBefore)
{
    // The gateway holds the new secret now and will not show it again unasked: it is printed
    // whatever happened to the saving, so it is never lost.
    if (jsonOutput()) {
        QJsonObject object{
            {u"ok"_s, true},
            {u"keyId"_s, key.keyId},
            {u"keySecret"_s, key.secret.toString()},
            {u"saved"_s, saved},
        };
        if (!saveProblem.isEmpty())
            object.insert(u"saveError"_s, saveProblem);
        Console::json(object);
    } else {
        QString text = tr("Rotated the secret of key %1 (shown once)\n").arg(key.keyId);
        text += tr("  Key secret:  %1\n").arg(key.secret.toString());
        if (saved)
            text += tr("  Saved:       in this computer's keychain\n");
        Console::out(text);
    }
    if (!saveProblem.isEmpty()) {
        QString text = tr("apigw-keys-cli: the secret was rotated on the gateway but not saved in "
                          "the keychain: %1\n")
                           .arg(saveProblem);
        if (heldBefore)
            text += tr("This computer's keychain still holds the OLD secret, which the gateway no "
                       "longer accepts.\n");
        text += tr("The secret printed above is the only copy of the one the gateway accepts: "
                   "save it now, or once the keychain works again run 'apigw-keys-cli gateway "
                   "rotate %1 --save' (which sets another new secret and saves it).\n")
                    .arg(key.keyId);
        Console::err(text);
        finishLater(ExitCode::Keychain);
        return;
    }
    finishLater(ExitCode::Ok);
}

void GatewayCommand::plans()
{
    await(m_gateway->planBindings(), false, [this](const GatewayOutcome &outcome) {
        const auto *bindings = std::get_if<UsagePlanBindings>(&outcome);
        if (!bindings) {
            fail(ExitCode::Failure, tr("Unexpected answer to the usage plans."));
            return;
        }
        QHash<QString, QStringList> keysByPlan;
        for (auto it = bindings->planIdsByKeyId.cbegin(); it != bindings->planIdsByKeyId.cend();
             ++it) {
            for (const QString &planId : it.value())
                keysByPlan[planId].append(it.key());
        }
        if (jsonOutput()) {
            QJsonArray plans;
            for (const UsagePlan &plan : bindings->plans) {
                QStringList keyIds = keysByPlan.value(plan.id);
                keyIds.sort();
                plans.append(QJsonObject{{u"id"_s, plan.id},
                                         {u"name"_s, plan.name},
                                         {u"description"_s, plan.description},
                                         {u"keyCount"_s, keyIds.size()},
                                         {u"keyIds"_s, QJsonArray::fromStringList(keyIds)}});
            }
            Console::json(QJsonObject{{u"ok"_s, true}, {u"plans"_s, plans}});
        } else if (bindings->plans.isEmpty()) {
            Console::err(tr("The account has no usage plans.\n"));
        } else {
            QList<QStringList> rows{{tr("PLAN ID"), tr("NAME"), tr("KEYS")}};
            for (const UsagePlan &plan : bindings->plans)
                rows.append({plan.id, orDash(plan.name),
                             QString::number(keysByPlan.value(plan.id).size())});
            Console::out(table(rows));
        }
        finishLater(ExitCode::Ok);
    });
}

void GatewayCommand::bind(bool bind)
{
    GatewayOperation *operation = bind ? m_gateway->bindKeys(m_planId, {m_keyId})
                                       : m_gateway->unbindKeys(m_planId, {m_keyId});
    await(operation, true, [this, bind](const GatewayOutcome &) {
        if (jsonOutput())
            Console::json(QJsonObject{{u"ok"_s, true},
                                      {u"keyId"_s, m_keyId},
                                      {u"usagePlanId"_s, m_planId},
                                      {u"bound"_s, bind}});
        else
            Console::out(bind ? tr("Bound key %1 to usage plan %2.\n").arg(m_keyId, m_planId)
                              : tr("Unbound key %1 from usage plan %2.\n").arg(m_keyId, m_planId));
        finishLater(ExitCode::Ok);
    });
}
