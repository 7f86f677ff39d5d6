#include "createcommand.h"

#include "applicationidentity.h"
#include "console.h"
#include "createkey.h"
#include "credentialsource.h"
#include "failuretext.h"
#include "gatewayclient.h"
#include "keychainsecretstore.h"
#include "keyindex.h"
#include "profilesettingsstore.h"
#include "randomkey.h"
#include "savedkeys.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QSettings>

namespace {

using namespace Qt::StringLiterals;

ExitCode exitCodeFor(const Failure &failure)
{
    switch (failure.origin) {
    case Failure::Origin::Gateway:
        return ExitCode::Gateway;
    case Failure::Origin::Input:
        return ExitCode::Validation;
    case Failure::Origin::Transport:
        return ExitCode::Network;
    case Failure::Origin::Keychain:
        return ExitCode::Keychain;
    case Failure::Origin::Installation:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

// The first line of `path`, without its line end. The file's bytes are overwritten once the line
// is taken from them.
bool readSecretFile(const QString &path, QString *secret, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    // A secret is at most 50 characters; a large file is a wrong path, not a secret.
    constexpr qint64 limit = 4096;
    QByteArray bytes = file.read(limit + 1);
    const bool tooLarge = bytes.size() > limit;
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    if (!tooLarge)
        *secret = QString::fromUtf8(bytes.constData(), end);
    bytes.fill('\0');
    if (tooLarge) {
        *problem = CreateCommand::tr("the file is larger than a key secret can be");
        return false;
    }
    return true;
}

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
    const QCommandLineOption api(u"api"_s, tr("API generation: 3 (default) or 2 (legacy)."),
                                 u"3|2"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, tr("Gateway endpoint URL."), u"URL"_s);
    const QCommandLineOption region(
        u"region"_s,
        tr("Region (default ap-guangzhou), one of those API Gateway is offered in: %1. The "
           "finance regions (-fsi) are served from their own endpoint, chosen with them.")
            .arg(GatewayEndpoint::knownRegions().join(u", "_s)),
        u"REGION"_s);
    const QCommandLineOption signatureMethod(u"signature-method"_s,
                                             tr("API 2.0 signature: HmacSHA256 (default) or "
                                                "HmacSHA1."),
                                             u"METHOD"_s);
    const QCommandLineOption httpMethod(
        u"http-method"_s, tr("API 2.0 HTTP method: POST (default) or GET."), u"METHOD"_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Idle timeout in seconds (default 30)."),
                                     u"SECONDS"_s);
    const QCommandLineOption deadline(u"deadline"_s,
                                      tr("Time limit for the whole create in seconds (default "
                                         "4 times the timeout)."),
                                      u"SECONDS"_s);
    const QCommandLineOption caBundle(
        u"ca-bundle"_s, tr("Also trust the CA certificates of this PEM file."), u"PEM"_s);
    const QCommandLineOption profile(u"profile"_s, tr("Settings and credentials profile."),
                                     u"NAME"_s, ProfileSettingsStore::defaultProfileName());
    const QCommandLineOption save(u"save"_s, tr("Save the key in the keychain and the key list, "
                                                "as the application does."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({name, type, keyId, keySecret, keySecretFile, generate, api, endpoint, region,
                       signatureMethod, httpMethod, timeout, deadline, caBundle, profile, save,
                       json});
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
    m_json = parser.isSet(json);
    m_save = parser.isSet(save);

    m_profile = parser.value(profile);
    if (!ProfileSettingsStore::isValidProfileName(m_profile))
        return usage(tr("invalid profile name '%1'").arg(m_profile));
    QSettings settings(ApplicationIdentity::settingsFilePath(), QSettings::IniFormat);
    m_settings = ProfileSettingsStore(settings).load(m_profile);
    GatewayEndpoint &target = m_settings.endpoint;
    QString wantedRegion = target.region;
    const QString environmentRegion =
        qEnvironmentVariable(CredentialSource::environmentRegion().toLatin1().constData())
            .trimmed();
    if (!environmentRegion.isEmpty())
        wantedRegion = environmentRegion;
    if (parser.isSet(region))
        wantedRegion = parser.value(region).trimmed();
    // A region asked for here, rather than one kept in the profile, must be one the vendor
    // offers: a typing mistake is told now, not by the gateway after signing.
    if ((!environmentRegion.isEmpty() || parser.isSet(region)) &&
        !GatewayEndpoint::isKnownRegion(wantedRegion))
        return usage(tr("unknown region '%1'; API Gateway is offered in: %2")
                         .arg(wantedRegion, GatewayEndpoint::knownRegions().join(u", "_s)));

    if (parser.isSet(api)) {
        const auto generation = apiGenerationFromName(parser.value(api));
        if (!generation)
            return usage(tr("--api takes 3 or 2"));
        if (*generation != target.generation) {
            // The other generation's endpoint, custom or not, cannot serve this one.
            target.generation = *generation;
            target.url = GatewayEndpoint::defaultUrl(*generation, target.region);
        }
    }
    // A default endpoint follows the region (a finance region has its own host).
    target.retarget(target.generation, wantedRegion);
    if (parser.isSet(endpoint))
        target.url = QUrl(parser.value(endpoint), QUrl::StrictMode);
    if (parser.isSet(signatureMethod)) {
        const auto method = legacySignatureMethodFromName(parser.value(signatureMethod));
        if (!method)
            return usage(tr("--signature-method takes HmacSHA256 or HmacSHA1"));
        target.signatureMethod = *method;
    }
    if (parser.isSet(httpMethod)) {
        const auto method = legacyHttpMethodFromName(parser.value(httpMethod));
        if (!method)
            return usage(tr("--http-method takes POST or GET"));
        target.httpMethod = *method;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return usage(tr("--timeout takes a number of seconds from 1 to 3600"));
        m_settings.timeoutSeconds = seconds;
    }
    if (parser.isSet(deadline)) {
        bool ok = false;
        const int seconds = parser.value(deadline).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usage(tr("--deadline takes a number of seconds from 1 to 86400"));
        m_settings.deadlineSeconds = seconds;
    }
    if (parser.isSet(caBundle))
        m_settings.caBundlePath = parser.value(caBundle);

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
            if (!readSecretFile(parser.value(keySecretFile), &secret, &problem))
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
    if (const std::optional<Failure> refused = CreateKey::check(m_spec, m_settings.endpoint)) {
        fail(ExitCode::Validation, FailureText::inputProblems(*refused).join(u'\n'));
        return;
    }

    m_client = std::make_unique<GatewayClient>();
    m_client->setIdleTimeout(std::chrono::seconds(m_settings.timeoutSeconds));
    m_client->setDeadline(std::chrono::seconds(m_settings.effectiveDeadlineSeconds()));
    if (!m_settings.caBundlePath.isEmpty()) {
        const CaBundle bundle = m_client->setExtraCaBundle(m_settings.caBundlePath);
        if (!bundle.isValid()) {
            fail(ExitCode::Validation, tr("Cannot use the CA bundle: %1").arg(bundle.detail));
            return;
        }
    }

    if (std::optional<CredentialSource::Outcome> outcome = CredentialSource::fromEnvironment()) {
        credentialsResolved(std::move(*outcome));
        return;
    }
    CredentialSource::fromKeychain(
        keychain(), m_profile, this,
        [this](CredentialSource::Outcome outcome) { credentialsResolved(std::move(outcome)); });
}

void CreateCommand::credentialsResolved(CredentialSource::Outcome outcome)
{
    if (outcome.keychainError.isError()) {
        fail(ExitCode::Keychain, tr("Cannot read the operator credentials: %1")
                                     .arg(FailureText::keychain(outcome.keychainError)));
        return;
    }
    if (!outcome.problem.isEmpty()) {
        fail(ExitCode::Validation, outcome.problem);
        return;
    }
    send(std::move(outcome.credentials));
}

void CreateCommand::send(OperatorCredentials credentials)
{
    m_credentials = std::move(credentials);
    m_create = std::make_unique<CreateKey>(*m_client, m_clock, m_nonces);
    connect(m_create.get(), &CreateKey::created, this, &CreateCommand::created);
    connect(m_create.get(), &CreateKey::failed, this, &CreateCommand::failed);
    if (const std::optional<Failure> refused =
            m_create->start(m_spec, m_credentials, m_settings.endpoint))
        fail(ExitCode::Validation, FailureText::inputProblems(*refused).join(u'\n'));
}

void CreateCommand::failed(const Failure &failure)
{
    // CreateKey has masked the manual secret wherever the server might echo it.
    const GatewayError &error = failure.gateway;
    const FailureWords description = FailureText::describe(failure);
    QString message = description.title;
    if (!description.whatHappened.isEmpty())
        message += u'\n' + description.whatHappened;
    const QString details = FailureText::details(failure);
    if (!details.isEmpty())
        message += u'\n' + details;
    if (!description.whatToDo.isEmpty())
        message += u'\n' + tr("Hint: %1").arg(description.whatToDo);
    if (!description.mayHaveBeenProcessedWarning.isEmpty())
        message += u'\n' + description.mayHaveBeenProcessedWarning;

    QJsonObject json{
        {u"code"_s, error.code},
        {u"message"_s, error.message},
        {u"requestId"_s, error.requestId},
        {u"apiVersion"_s, apiGenerationName(error.generation)},
        {u"title"_s, description.title},
        {u"hint"_s, description.whatToDo},
        {u"mayHaveBeenCreated"_s, error.mayHaveBeenProcessed},
    };
    if (error.httpStatus != 0)
        json.insert(u"httpStatus"_s, error.httpStatus);
    fail(exitCodeFor(failure), message, json);
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
    if (m_json) {
        QJsonObject object{
            {u"ok"_s, true},
            {u"keyId"_s, key.keyId},
            {u"keySecret"_s, key.keySecret.toString()},
            {u"name"_s, key.name},
            {u"type"_s, keyTypeName(key.type)},
            {u"createdTime"_s, isoUtc(key.createdUtc)},
            {u"requestId"_s, key.requestId},
            {u"apiVersion"_s, apiGenerationName(key.generation)},
            {u"endpoint"_s, m_settings.endpoint.url.toString()},
            {u"region"_s, m_settings.endpoint.region},
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

void CreateCommand::fail(ExitCode code, const QString &message, const QJsonObject &details)
{
    Console::err(tr("apigw-keys-cli: %1\n").arg(message));
    if (m_json) {
        QJsonObject error = details;
        error.insert(u"summary"_s, message);
        error.insert(u"exitCode"_s, toInt(code));
        Console::json(QJsonObject{{u"ok"_s, false}, {u"error"_s, error}});
    }
    finishLater(code);
}
