#include "createcommand.h"

#include "console.h"
#include "createkey.h"
#include "failurereport.h"
#include "failuretext.h"
#include "gatewayclient.h"
#include "keychainsecretstore.h"
#include "keyindex.h"
#include "randomkey.h"
#include "savedkeys.h"
#include "secretfile.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

using namespace Qt::StringLiterals;

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

CreateCommand::CreateCommand(QObject *parent) : Command(parent)
{}

CreateCommand::~CreateCommand()
{
    m_spec.keySecret.wipe();
}

std::optional<ExitCode> CreateCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates an API key pair on Tencent Cloud API Gateway (CreateApiKey) and prints it.\n"
           "Operator credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and "
           "TENCENTCLOUD_SESSION_TOKEN, or else from the profile's keychain entry "
           "(see 'apigw-keys-cli login'). TENCENTCLOUD_REGION sets the default region."));
    const QCommandLineOption name(u"name"_s, tr("Key name (required for API 3.0)."), u"NAME"_s);
    const QCommandLineOption type(u"type"_s, tr("auto (default) or manual."), u"TYPE"_s);
    const QCommandLineOption keyId(u"key-id"_s, tr("Manual key id: 5-50 of A-Z a-z 0-9 _."),
                                   u"ID"_s);
    const QCommandLineOption keySecret(
        u"key-secret"_s,
        tr("Manual key secret: 10-50 of A-Z a-z 0-9 _. Give - to read it from standard input; a "
           "value given here is visible to other users in the process list."),
        u"SECRET"_s);
    const QCommandLineOption keySecretFile(
        u"key-secret-file"_s, tr("Read the manual key secret from the first line of this file."),
        u"PATH"_s);
    const QCommandLineOption generate(u"generate"_s,
                                      tr("Manual key with a strong random id and secret."));
    const QCommandLineOption save(u"save"_s, tr("Save the key in the keychain and the key list, "
                                                "as the application does."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({name, type, keyId, keySecret, keySecretFile, generate});
    m_options.addTo(parser);
    parser.addOptions({save, json});
    if (auto stop = parseWith(
            parser, arguments,
            u"apigw-keys-cli create --name NAME [--type auto|manual] "
            "[--key-id ID --key-secret-file PATH | --key-secret - | --generate] [options]"_s))
        return stop;

    const auto usage = [&](const QString &message) {
        Console::err(tr("apigw-keys-cli create: %1\n").arg(message));
        return ExitCode::Usage;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    setJsonOutput(parser.isSet(json));
    m_save = parser.isSet(save);
    if (const QString problem = m_options.read(parser); !problem.isEmpty())
        return usage(problem);

    m_spec.name = parser.value(name);
    if (parser.isSet(type)) {
        const auto keyType = keyTypeFromName(parser.value(type));
        if (!keyType)
            return usage(tr("--type takes auto or manual"));
        m_spec.type = *keyType;
    }
    if (parser.isSet(keySecret) && parser.isSet(keySecretFile))
        return usage(tr("give --key-secret or --key-secret-file, not both"));
    const bool givenPair =
        parser.isSet(keyId) || parser.isSet(keySecret) || parser.isSet(keySecretFile);
    if (parser.isSet(generate)) {
        if (givenPair)
            return usage(tr("--generate draws the id and secret; do not give them as well"));
        if (parser.isSet(type) && m_spec.type != KeyType::Manual)
            return usage(tr("--generate makes a manual key"));
        m_spec.type = KeyType::Manual;
        m_spec.keyId = RandomKey::keyId();
        m_spec.keySecret = RandomKey::keySecret();
    } else if (givenPair) {
        if (parser.isSet(type) && m_spec.type != KeyType::Manual)
            return usage(tr("--key-id and --key-secret are for manual keys"));
        m_spec.type = KeyType::Manual;
        m_spec.keyId = parser.value(keyId);
        QString secret;
        if (parser.isSet(keySecretFile)) {
            QString problem;
            if (!SecretFile::readFirstLine(parser.value(keySecretFile), &secret, &problem))
                return usage(tr("cannot read the key secret from %1: %2")
                                 .arg(parser.value(keySecretFile), problem));
        } else if (parser.isSet(keySecret)) {
            secret = parser.value(keySecret);
            if (secret == u"-") {
                if (!Console::readSecretLine(tr("Key secret: "), &secret))
                    return usage(tr("no key secret on standard input"));
            } else {
                // The value itself is never repeated: it is already where it should not be.
                Console::err(tr("apigw-keys-cli create: warning: a key secret given as an argument "
                                "is visible to every user of this machine in the process list and "
                                "stays in the shell history; use --key-secret-file PATH or "
                                "--key-secret - instead.\n"));
            }
        }
        m_spec.keySecret = SecretString(secret);
        wipeString(secret);
    }
    return std::nullopt;
}

void CreateCommand::start()
{
    // Everything that can be checked without the network is checked first: nothing is sent
    // unless the request can be built. Said before the keychain is asked for credentials.
    if (const std::optional<Failure> refused =
            CreateKey::check(m_spec, m_options.settings().endpoint)) {
        fail(ExitCode::Validation, FailureText::inputProblems(*refused).join(u'\n'));
        return;
    }

    QString problem;
    m_client = m_options.makeClient(&problem);
    if (!m_client) {
        fail(ExitCode::Validation, problem);
        return;
    }
    resolveCredentials(m_options.profile(),
                       [this](OperatorCredentials credentials) { send(std::move(credentials)); });
}

void CreateCommand::send(OperatorCredentials credentials)
{
    m_credentials = std::move(credentials);
    m_create = std::make_unique<CreateKey>(*m_client, m_clock, m_nonces);
    connect(m_create.get(), &CreateKey::created, this, &CreateCommand::created);
    connect(m_create.get(), &CreateKey::failed, this, &CreateCommand::failed);
    if (const std::optional<Failure> refused =
            m_create->start(m_spec, m_credentials, m_options.settings().endpoint))
        fail(ExitCode::Validation, FailureText::inputProblems(*refused).join(u'\n'));
}

void CreateCommand::failed(const Failure &failure)
{
    // CreateKey has masked the manual secret wherever the server might echo it.
    QJsonObject json = FailureReport::json(failure);
    json.insert(u"mayHaveBeenCreated"_s, failure.mayHaveBeenProcessed());
    fail(FailureReport::exitCode(failure), FailureReport::message(failure, true), json);
}

void CreateCommand::created(const CreatedKey &key)
{
    m_create->keyKept(); // printed below, whatever happens to the saving
    if (!m_save) {
        report(key, {});
        return;
    }
    m_index = std::make_unique<KeyIndex>(KeyIndex::defaultSettingsPath());
    m_savedKeys = std::make_unique<SavedKeys>(*m_index, keychain());
    SavedKeyJob *job = m_create->save(*m_savedKeys, key);
    connect(job, &SavedKeyJob::finished, this, [this, key](SavedKeyJob *finishedJob) {
        const Failure failure =
            Failure::fromStore(finishedJob->keychainError(), finishedJob->indexError());
        report(key, FailureText::storeProblems(failure).join(u'\n'));
    });
}

void CreateCommand::report(const CreatedKey &key, const QString &saveProblem)
{
    // The key exists on the gateway now: it is printed whatever happened to the saving, so it is
    // never lost.
    if (jsonOutput()) {
        QJsonObject object{
            {u"ok"_s, true},
            {u"keyId"_s, key.keyId},
            {u"keySecret"_s, key.keySecret.toString()},
            {u"name"_s, key.name},
            {u"type"_s, keyTypeName(key.type)},
            {u"createdTime"_s, isoUtc(key.createdUtc)},
            {u"requestId"_s, key.requestId},
            {u"apiVersion"_s, apiGenerationName(key.generation)},
            {u"endpoint"_s, m_options.settings().endpoint.url.toString()},
            {u"region"_s, m_options.settings().endpoint.region},
        };
        if (m_save) {
            object.insert(u"saved"_s, saveProblem.isEmpty());
            if (!saveProblem.isEmpty())
                object.insert(u"saveError"_s, saveProblem);
        }
        Console::json(object);
    } else {
        QString text = tr("Created API key (the gateway will not show its secret again)\n");
        text += tr("  Key ID:      %1\n").arg(key.keyId);
        text += tr("  Key secret:  %1\n").arg(key.keySecret.toString());
        text += tr("  Name:        %1\n").arg(key.name);
        text += tr("  Type:        %1\n").arg(keyTypeName(key.type));
        text += tr("  Created:     %1\n").arg(isoUtc(key.createdUtc));
        if (!key.requestId.isEmpty())
            text += tr("  RequestId:   %1\n").arg(key.requestId);
        if (m_save && saveProblem.isEmpty())
            text += tr("  Saved:       in the keychain and the key list\n");
        Console::out(text);
    }
    if (!saveProblem.isEmpty()) {
        Console::err(
            tr("apigw-keys-cli: the key was created but not saved: %1\n").arg(saveProblem));
        finishLater(ExitCode::Keychain);
        return;
    }
    finishLater(ExitCode::Ok);
}
