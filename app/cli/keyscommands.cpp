#include "keyscommands.h"

#include "console.h"
#include "failuretext.h"
#include "keychainsecretstore.h"
#include "keyindex.h"
#include "savedkeys.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;

QJsonObject toJson(const KeyRecord &record)
{
    return {
        {u"id"_s, record.id()},
        {u"keyId"_s, record.keyId},
        {u"name"_s, record.name},
        {u"type"_s, keyTypeName(record.type)},
        {u"createdTime"_s,
         record.createdUtc.isValid() ? record.createdUtc.toString(Qt::ISODate) : QString()},
        {u"endpoint"_s, record.endpoint.toString()},
        {u"region"_s, record.region},
        {u"apiVersion"_s, apiGenerationName(record.generation)},
        {u"account"_s, record.account},
        {u"secretInKeychain"_s, record.secretInKeychain},
    };
}

} // namespace

SavedKeysCommand::SavedKeysCommand(Action action, QObject *parent)
    : Command(parent), m_action(action)
{}

SavedKeysCommand::~SavedKeysCommand() = default;

std::optional<ExitCode> SavedKeysCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    QString usage;
    switch (m_action) {
    case Action::List:
        parser.setApplicationDescription(
            tr("Lists the keys saved on this machine (never their secrets)."));
        parser.addOption(json);
        usage = u"apigw-keys-cli list [--json]"_s;
        break;
    case Action::Secret:
        parser.setApplicationDescription(
            tr("Prints the secret of a saved key, from the keychain, to standard output."));
        parser.addPositionalArgument(u"ID"_s, tr("The key id (or the full id that 'list' shows)."));
        usage = u"apigw-keys-cli secret ID"_s;
        break;
    case Action::Remove:
        parser.setApplicationDescription(
            tr("Removes a saved key from this machine: its keychain entry and its entry in the key "
               "list. The key itself stays on the gateway; delete it there in the console."));
        parser.addPositionalArgument(u"ID"_s, tr("The key id (or the full id that 'list' shows)."));
        parser.addOption(json);
        usage = u"apigw-keys-cli remove ID [--json]"_s;
        break;
    }
    if (auto stop = parseWith(parser, arguments, usage))
        return stop;
    setJsonOutput(m_action != Action::Secret && parser.isSet(json));
    const QStringList positional = parser.positionalArguments();
    const qsizetype expected = m_action == Action::List ? 0 : 1;
    if (positional.size() != expected) {
        Console::err(tr("apigw-keys-cli: %1\nTry '%2 --help'.\n")
                         .arg(expected == 0
                                  ? tr("unexpected argument '%1'").arg(positional.value(0))
                                  : tr("give exactly one key id"),
                              arguments.value(0)));
        return ExitCode::Usage;
    }
    m_wanted = positional.value(0);
    return std::nullopt;
}

void SavedKeysCommand::start()
{
    m_index = std::make_unique<KeyIndex>(KeyIndex::defaultSettingsPath());
    if (m_index->loadProblem().isError())
        Console::err(
            tr("apigw-keys-cli: warning: %1\n").arg(FailureText::keyIndex(m_index->loadProblem())));
    if (m_action == Action::List) {
        list();
        return;
    }
    const KeyRecord *record = findRecord();
    if (!record)
        return;
    m_savedKeys = std::make_unique<SavedKeys>(*m_index, keychain());
    if (m_action == Action::Secret)
        printSecret(*record);
    else
        remove(*record);
}

void SavedKeysCommand::list()
{
    if (jsonOutput()) {
        QJsonArray keys;
        for (const KeyRecord &record : m_index->records())
            keys.append(toJson(record));
        Console::json(QJsonObject{{u"keys"_s, keys}});
    } else if (m_index->records().isEmpty()) {
        Console::err(tr("No keys are saved on this machine.\n"));
    } else {
        QString text;
        for (const KeyRecord &record : m_index->records()) {
            text += tr("%1  %2  %3  %4  API %5  %6 %7  %8\n")
                        .arg(record.keyId, record.name.isEmpty() ? u"-"_s : record.name,
                             keyTypeName(record.type),
                             record.createdUtc.isValid() ? record.createdUtc.toString(Qt::ISODate)
                                                         : u"-"_s,
                             apiGenerationName(record.generation), record.endpoint.host(),
                             record.region,
                             record.secretInKeychain ? tr("in keychain") : tr("not in keychain"));
        }
        Console::out(text);
    }
    finishLater(ExitCode::Ok);
}

const KeyRecord *SavedKeysCommand::findRecord()
{
    QList<const KeyRecord *> matches;
    for (const KeyRecord &record : m_index->records()) {
        if (record.id() == m_wanted)
            return &record;
        if (record.keyId == m_wanted)
            matches.append(&record);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        fail(ExitCode::Keychain, tr("no key with id '%1' is saved on this machine").arg(m_wanted));
    } else {
        QStringList ids;
        for (const KeyRecord *record : matches)
            ids.append(record->id());
        fail(ExitCode::Usage, tr("several saved keys have the id '%1'; give one of:\n  %2")
                                  .arg(m_wanted, ids.join(u"\n  "_s)));
    }
    return nullptr;
}

void SavedKeysCommand::printSecret(const KeyRecord &record)
{
    SecretStoreJob *job = m_savedKeys->readSecret(record.id());
    connect(job, &SecretStoreJob::finished, this, [this](SecretStoreJob *finishedJob) {
        if (!finishedJob->succeeded()) {
            fail(ExitCode::Keychain, FailureText::keychain(finishedJob->error()));
            return;
        }
        SecretString secret = finishedJob->takeSecret();
        Console::out(secret.toString() + u'\n');
        secret.wipe();
        finishLater(ExitCode::Ok);
    });
}

void SavedKeysCommand::remove(const KeyRecord &record)
{
    SavedKeyJob *job = m_savedKeys->remove(record.id());
    connect(job, &SavedKeyJob::finished, this, [this, keyId = record.keyId](SavedKeyJob *removal) {
        QStringList problems;
        if (removal->keychainError().isError())
            problems.append(
                tr("keychain: %1").arg(FailureText::keychain(removal->keychainError())));
        if (removal->indexError().isError())
            problems.append(tr("key list: %1").arg(FailureText::keyIndex(removal->indexError())));
        if (!problems.isEmpty()) {
            fail(ExitCode::Keychain, problems.join(u'\n'));
            return;
        }
        if (jsonOutput())
            Console::json(QJsonObject{{u"ok"_s, true}, {u"removed"_s, keyId}});
        else
            Console::out(tr("Removed %1 from this machine. The key still exists on the gateway.\n")
                             .arg(keyId));
        finishLater(ExitCode::Ok);
    });
}
