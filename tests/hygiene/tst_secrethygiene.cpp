// Secret hygiene, end to end: the application in demo mode and apigw-keys-cli run as processes,
// with every Qt logging category on, in their own fresh HOME, XDG directories and TMPDIR. The
// operator SecretKey, the session token and every created secret must appear nowhere in what
// they print, in no settings file and in no file under those directories, in any of the
// encodings a careless writer might use.

#include "gatewayemulator.h"
#include "randomkey.h"
#include "secretscan.h"
#include "testenvironment.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    QString label;
    QString command; // the CLI's command, or "app"
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The only output allowed to hold a secret, because printing it is the command's job: standard
// output of `apigw-keys-cli secret` and of a `create` that succeeded. Their standard error, and
// everything of every other run, is searched.
Run named(const QString &label, const QString &command)
{
    Run run;
    run.label = label;
    run.command = command;
    return run;
}

bool printsSecretByDesign(const Run &run)
{
    return run.command == u"secret" || (run.command == u"create" && run.exitCode == 0);
}

// Letters, digits and '_' from the system's CSPRNG: never found by chance in anything else.
QString randomText(int length)
{
    QString text;
    while (text.size() < length)
        text += RandomKey::keySecret().toString();
    return text.left(length);
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scannerFindsAPlantedSecretInEveryForm();
    void flowsLeaveNoSecretBehind();

private:
    void runApplicationFlow();
    void runCliFlow();
    void learnSavedSecrets();
    Run runCli(const QStringList &arguments, const QByteArray &input = {});
    Run finish(QProcess &process, Run run, int timeoutMs);
    QProcessEnvironment environment() const;

    QString m_app;
    QString m_screenshots; // the shipped window with the documentation's flows on top
    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_root; // home, config, data, cache, state, runtime, tmp
    GatewayEmulator m_emulator;
    OperatorCredentials m_cliOperator;
    QList<Run> m_runs;
    QList<QByteArray> m_createdSecrets;
    QList<QByteArray> m_sentOnlySecrets; // sent in a create the gateway refused
};

void TestSecretHygiene::initTestCase()
{
    m_app = qEnvironmentVariable("APIGW_KEYS_EXECUTABLE");
    m_screenshots = qEnvironmentVariable("APIGW_SCREENSHOTS_EXECUTABLE");
    m_cli = qEnvironmentVariable("APIGW_CLI_EXECUTABLE");
    QVERIFY2(QFileInfo(m_app).isExecutable(), qPrintable(m_app));
    QVERIFY2(QFileInfo(m_screenshots).isExecutable(), qPrintable(m_screenshots));
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    APIGW_REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                  u"a session bus with a Secret Service (run through scripts/test)"_s);
}

void TestSecretHygiene::scannerFindsAPlantedSecretInEveryForm()
{
    // '+', '/', '=' and a non-ASCII letter make every form differ from the raw one.
    const QByteArray secret = u"pl4nted+Secret/κ=1"_s.toUtf8();
    const QByteArray other = "an0ther-secret-never-planted"_ba;
    const QList<QByteArray> forms = SecretScan::encodingsOf(secret);
    const QStringList names = SecretScan::encodingNames();
    QCOMPARE(forms.size(), names.size());
    QVERIFY(names.contains(u"utf-16le"_s) && names.contains(u"base64"_s) &&
            names.contains(u"percent"_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (qsizetype i = 0; i < forms.size(); ++i) {
        QVERIFY2(!forms.at(i).contains(secret) || i == 0, qPrintable(names.at(i)));
        const QByteArray content = "prefix\n"_ba + forms.at(i) + "\nsuffix"_ba;
        QFile file(dir.filePath(u"sub/"_s + names.at(i)));
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        const QStringList inBuffer = SecretScan::findIn(content, u"buffer"_s, {other, secret});
        QVERIFY2(inBuffer.contains(u"buffer: secret #1, "_s + names.at(i)),
                 qPrintable(inBuffer.join(u'\n')));
        QVERIFY(SecretScan::findIn(content, u"buffer"_s, {other}).isEmpty());
    }
    const SecretScan::Findings findings = SecretScan::scan(dir.path(), {other, secret});
    QCOMPARE(findings.filesScanned, forms.size());
    for (const QString &name : names) {
        const QString expected = dir.filePath(u"sub/"_s + name) + u": secret #1, "_s + name;
        QVERIFY2(findings.hits.contains(expected), qPrintable(findings.hits.join(u'\n')));
    }
    QVERIFY(SecretScan::scan(dir.path(), {other}).hits.isEmpty());
}

QProcessEnvironment TestSecretHygiene::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir root(m_root->path());
    env.insert(u"HOME"_s, root.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, root.filePath(u"state"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"runtime"_s));
    env.insert(u"TMPDIR"_s, root.filePath(u"tmp"_s));
    // Everything every library may say, and on standard error where we capture it (not the
    // journal).
    env.insert(u"QT_LOGGING_RULES"_s, u"*=true"_s);
    env.insert(u"QT_DEBUG_PLUGINS"_s, u"1"_s);
    env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (const QString &name : {u"TENCENTCLOUD_SECRET_ID"_s, u"TENCENTCLOUD_SECRET_KEY"_s,
                                u"TENCENTCLOUD_SESSION_TOKEN"_s, u"TENCENTCLOUD_REGION"_s,
                                u"QT_MESSAGE_PATTERN"_s, u"QT_LOGGING_CONF"_s})
        env.remove(name);
    return env;
}

Run TestSecretHygiene::finish(QProcess &process, Run run, int timeoutMs)
{
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    m_runs.append(run);
    return run;
}

Run TestSecretHygiene::runCli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_cli, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return finish(process, named(u"apigw-keys-cli "_s + arguments.join(u' '), arguments.value(0)),
                  60000);
}

void TestSecretHygiene::flowsLeaveNoSecretBehind()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    for (const QString &dir :
         {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"state"_s, u"runtime"_s, u"tmp"_s})
        QVERIFY(QDir(m_root->path()).mkpath(dir));
    QVERIFY(QFile::setPermissions(QDir(m_root->path()).filePath(u"runtime"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner));

    runApplicationFlow();
    if (QTest::currentTestFailed())
        return;
    runCliFlow();
    if (QTest::currentTestFailed())
        return;
    learnSavedSecrets();
    if (QTest::currentTestFailed())
        return;

    const OperatorCredentials demo = GatewayEmulator::demoCredentials();
    QList<QByteArray> secrets = {demo.secretKey.utf8(), m_cliOperator.secretKey.utf8(),
                                 m_cliOperator.sessionToken.utf8()};
    secrets += m_createdSecrets;
    secrets += m_sentOnlySecrets;
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY(secret.size() >= 16);

    // The flows happened, loudly: keys of both generations and both types, and debug notes of
    // Qt's own categories and of ours.
    QCOMPARE(m_createdSecrets.size(), 10);
    QByteArray everything;
    QStringList hits;
    int searched = 0;
    for (const Run &run : std::as_const(m_runs)) {
        everything += run.err;
        hits += SecretScan::findIn(run.err, run.label + u" (stderr)"_s, secrets);
        if (printsSecretByDesign(run))
            continue;
        everything += run.out;
        hits += SecretScan::findIn(run.out, run.label + u" (stdout)"_s, secrets);
        ++searched;
    }
    QVERIFY(searched >= 8);
    const QRegularExpression ourDebug(u"^apigw\\.(gateway|emulator|keystore[.a-z]*): "_s,
                                      QRegularExpression::MultilineOption);
    const QRegularExpression qtDebug(u"^qt\\.[a-z.]+: "_s, QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(everything);
    QVERIFY2(text.contains(ourDebug), "no debug notes of apigw.*: is logging really on?");
    QVERIFY2(text.contains(qtDebug), "no debug notes of qt.*: is logging really on?");
    QVERIFY(everything.size() > 10000);

    // The excluded output does carry secrets: the capture and the search work on real output.
    QByteArray byDesign;
    for (const Run &run : std::as_const(m_runs)) {
        if (printsSecretByDesign(run))
            byDesign += run.out;
    }
    for (const QByteArray &secret : std::as_const(m_createdSecrets))
        QVERIFY(!SecretScan::findIn(byDesign, u"by design"_s, {secret}).isEmpty());

    const SecretScan::Findings files = SecretScan::scan(m_root->path(), secrets);
    const auto scanned = [&](const QString &relative) {
        return files.files.contains(QDir(m_root->path()).filePath(relative));
    };
    QVERIFY2(scanned(u"config/apigw-keys/keys.ini"_s), qPrintable(files.files.join(u'\n')));
    QVERIFY2(scanned(u"config/apigw-keys/settings.ini"_s), qPrintable(files.files.join(u'\n')));
    hits += files.hits;
    qInfo("%d secrets; %d runs (standard error of all, standard output of %d), %lld bytes; "
          "%d files searched",
          int(secrets.size()), int(m_runs.size()), searched, qint64(everything.size()),
          files.filesScanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // Leave the shared keychain as we found it.
    const Run list = runCli({u"list"_s, u"--json"_s});
    for (const QJsonValue key : QJsonDocument::fromJson(list.out)[u"keys"_s].toArray())
        runCli({u"remove"_s, key[u"id"_s].toString()});
}

void TestSecretHygiene::runApplicationFlow()
{
    const QDir tmp(QDir(m_root->path()).filePath(u"tmp"_s));
    // The shipped program itself, up and down again.
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(m_app, {u"--demo"_s, u"--screenshot"_s, tmp.filePath(u"window.png"_s),
                          u"--quit-after-screenshot"_s});
        QVERIFY(app.waitForStarted(10000));
        const Run run = finish(app, named(u"apigw-keys window"_s, u"app"_s), 60000);
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    }
    // Three keys made and saved through the window (API 3.0 automatic and manual, API 2.0
    // automatic), one secret copied again from the saved keys.
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(m_screenshots, {u"saved-keys"_s, tmp.filePath(u"saved-keys.png"_s)});
        QVERIFY(app.waitForStarted(10000));
        const Run run = finish(app, named(u"apigw-keys saved-keys"_s, u"app"_s), 120000);
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    }
    // A key copied in its copy-once dialog, then SIGTERM: it is saved on the way out.
    {
        QProcess app;
        app.setProcessEnvironment(environment());
        app.start(m_screenshots, {u"--keep-running"_s, u"dialog"_s, tmp.filePath(u"dialog.png"_s)});
        QVERIFY(app.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += app.readAllStandardError()).contains("apigw-keys-screenshots: wrote"), 60000);
        QVERIFY(::kill(static_cast<pid_t>(app.processId()), SIGTERM) == 0);
        Run run = named(u"apigw-keys dialog + SIGTERM"_s, u"app"_s);
        run.err = err;
        run = finish(app, run, 60000);
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    }
}

void TestSecretHygiene::runCliFlow()
{
    QVERIFY(m_emulator.listen());
    m_cliOperator =
        OperatorCredentials::fromInput(u"AKID"_s + randomText(32), randomText(32), randomText(48));
    m_emulator.addCredentials(m_cliOperator);

    const Run login =
        runCli({u"login"_s, u"--secret-id"_s, m_cliOperator.secretId, u"--session-token"_s},
               m_cliOperator.secretKey.utf8() + "\n" + m_cliOperator.sessionToken.utf8() + "\n");
    QVERIFY2(login.exitCode == 0, login.err.constData());

    const QString manualSecret = randomText(32);
    for (const QString &api : {u"3"_s, u"2"_s}) {
        const QStringList endpoint = {
            u"--api"_s, api, u"--endpoint"_s,
            m_emulator.endpointUrl(api == u"3" ? ApiGeneration::Api3 : ApiGeneration::Api2)
                .toString()};
        const QString manualId = u"hygiene_manual_"_s + api;
        const QList<std::pair<QStringList, QByteArray>> creates = {
            {{u"--name"_s, u"hygiene auto "_s + api}, {}},
            {{u"--name"_s, u"hygiene generated "_s + api, u"--generate"_s}, {}},
        };
        for (const auto &[arguments, input] : creates) {
            const Run run = runCli(QStringList{u"create"_s} + arguments + endpoint +
                                       QStringList{u"--save"_s, u"--json"_s},
                                   input);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject created = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(created[u"saved"_s].toBool(), true);
            QVERIFY(!created[u"keySecret"_s].toString().isEmpty());
        }
        // A manual secret from standard input, as scripts pass it; its text output.
        const QByteArray secret = (manualSecret + api).toUtf8();
        Run manual = runCli(QStringList{u"create"_s, u"--name"_s, u"hygiene manual"_s,
                                        u"--key-id"_s, manualId, u"--key-secret"_s, u"-"_s} +
                                endpoint + QStringList{u"--save"_s},
                            secret + "\n");
        QVERIFY2(manual.exitCode == 0, manual.err.constData());
        // The same id again: the gateway refuses, and the refusal must not echo the secret sent.
        const QByteArray refused = randomText(32).toUtf8();
        m_sentOnlySecrets.append(refused);
        for (const bool json : {false, true}) {
            const Run duplicate =
                runCli(QStringList{u"create"_s, u"--name"_s, u"dup"_s, u"--key-id"_s, manualId,
                                   u"--key-secret"_s, u"-"_s} +
                           endpoint + (json ? QStringList{u"--json"_s} : QStringList{}),
                       refused + "\n");
            QCOMPARE(duplicate.exitCode, 4);
        }
    }
    QCOMPARE(m_emulator.createdKeyCount(), 6);
}

void TestSecretHygiene::learnSavedSecrets()
{
    // What the keychain holds is what was created: the window's keys and the command line's.
    runCli({u"list"_s});
    const Run list = runCli({u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray keys = QJsonDocument::fromJson(list.out)[u"keys"_s].toArray();
    QCOMPARE(keys.size(), 10);
    QSet<QString> generations, types;
    for (const QJsonValue key : keys) {
        QVERIFY(key[u"secretInKeychain"_s].toBool());
        generations.insert(key[u"apiVersion"_s].toString());
        types.insert(key[u"type"_s].toString());
        const Run secret = runCli({u"secret"_s, key[u"id"_s].toString()});
        QCOMPARE(secret.exitCode, 0);
        const QByteArray value = secret.out.trimmed();
        QVERIFY(value.size() >= 16);
        m_createdSecrets.append(value);
    }
    QCOMPARE(generations.size(), 2);
    QCOMPARE(types.size(), 2);
    const Run removed = runCli({u"remove"_s, keys.first()[u"id"_s].toString(), u"--json"_s});
    QCOMPARE(removed.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
