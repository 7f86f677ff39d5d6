// SIGTERM, SIGINT and SIGHUP end apigw-keys through its ordinary quit path, checked from outside
// as a desktop would see it: the application runs on a private X server (Xvfb), copies a secret,
// and this test reads the X11 CLIPBOARD as another client, keeps a clipboard manager (which takes
// over whatever a program leaves on the clipboard when it exits), sends the signal, and then
// finds the secret neither on the clipboard nor with the manager, the process ended with 0, and
// a key that waited in its copy-once dialog saved in the keychain.

#include "testenvironment.h"
#include "x11clipboardmanager.h"
#include "xvfbdisplay.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

XvfbDisplay *display = nullptr;

QByteArray clipboardText()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->hasText() ? mime->text().toUtf8() : QByteArray();
}

bool clipboardMarkedSecret()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return mime && mime->data(u"x-kde-passwordManagerHint"_s) == "secret";
}

} // namespace

class TestQuitSignal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clipboardManagerKeepsWhatAProgramLeaves();
    void signalQuitsAndClearsTheClipboard_data();
    void signalQuitsAndClearsTheClipboard();

private:
    QProcessEnvironment environment(const QTemporaryDir &home) const;
    QByteArray runCli(const QProcessEnvironment &env, const QStringList &arguments);

    std::unique_ptr<X11ClipboardManager> m_manager;
};

void TestQuitSignal::initTestCase()
{
    APIGW_REQUIRE(display && display->isRunning(),
                  u"a private X server: "_s + (display ? display->problem() : QString()));
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    APIGW_REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                  u"a session bus with a Secret Service (run through scripts/test)"_s);
    m_manager = std::make_unique<X11ClipboardManager>();
    QVERIFY(m_manager->start());
}

QProcessEnvironment TestQuitSignal::environment(const QTemporaryDir &home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"DISPLAY"_s, QString::fromLatin1(display->name()));
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    return env;
}

QByteArray TestQuitSignal::runCli(const QProcessEnvironment &env, const QStringList &arguments)
{
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("APIGW_CLI_EXECUTABLE"), arguments);
    if (!cli.waitForFinished(30000) || cli.exitCode() != 0)
        return {};
    return cli.readAllStandardOutput();
}

void TestQuitSignal::clipboardManagerKeepsWhatAProgramLeaves()
{
    // Without this, a secret left on the clipboard would vanish with its owner anyway, and the
    // test below could not fail.
    const QByteArray value =
        "left-behind-" + QByteArray::number(QCoreApplication::applicationPid());
    QTemporaryDir home;
    QProcess holder;
    holder.setProcessEnvironment(environment(home));
    QSignalSpy finished(&holder, &QProcess::finished);
    holder.start(qEnvironmentVariable("APIGW_CLIPBOARD_HOLDER"), {QString::fromLatin1(value)});
    // Not waitForFinished(): the manager answers from this event loop.
    QVERIFY(finished.wait(30000));
    QCOMPARE(holder.exitCode(), 0);
    QTRY_VERIFY(m_manager->saved().contains(value));
}

void TestQuitSignal::signalQuitsAndClearsTheClipboard_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("signalNumber");
    // In the copy-once dialog the key exists nowhere else: the signal must not lose it.
    QTest::newRow("copy-once dialog, SIGTERM") << u"dialog"_s << int(SIGTERM);
    QTest::newRow("saved keys, SIGTERM") << u"saved-keys"_s << int(SIGTERM);
    QTest::newRow("saved keys, SIGINT") << u"saved-keys"_s << int(SIGINT);
    QTest::newRow("saved keys, SIGHUP") << u"saved-keys"_s << int(SIGHUP);
}

void TestQuitSignal::signalQuitsAndClearsTheClipboard()
{
    QFETCH(QString, state);
    QFETCH(int, signalNumber);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = environment(home);
    QProcess app;
    app.setProcessEnvironment(env);
    // The shipped window as app/main.cpp starts it, quit signals included, brought to `state` by
    // the screenshot tool.
    app.start(qEnvironmentVariable("APIGW_SCREENSHOTS_EXECUTABLE"),
              {u"--keep-running"_s, state, home.filePath(u"shot.png"_s)});
    QVERIFY(app.waitForStarted(10000));
    // The director says "wrote" once the secret is copied and the picture taken.
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (err += app.readAllStandardError()).contains("apigw-keys-screenshots: wrote"),
        err.right(2000).constData(), 60000);

    // Another X client sees the secret, marked as one.
    QByteArray secret;
    QTRY_VERIFY_WITH_TIMEOUT(!(secret = clipboardText()).isEmpty(), 10000);
    QVERIFY(secret.size() >= 16);
    QVERIFY(clipboardMarkedSecret());

    const int handOversBefore = m_manager->handOvers();
    QSignalSpy finished(&app, &QProcess::finished);
    QVERIFY(::kill(static_cast<pid_t>(app.processId()), signalNumber) == 0);
    QVERIFY2(finished.wait(60000), "the application did not quit on the signal");
    err += app.readAllStandardError();
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, err.right(2000).constData());

    QTRY_VERIFY(clipboardText() != secret);
    for (const QByteArray &kept : m_manager->saved())
        QVERIFY2(!kept.contains(secret), "the secret was left on the clipboard at exit");
    // Either nothing was handed over, or the manager found an empty clipboard.
    QVERIFY(m_manager->handOvers() - handOversBefore <= 1);
    qInfo("clipboard manager: %d hand-over(s) at exit, %d value(s) kept in all",
          m_manager->handOvers() - handOversBefore, int(m_manager->saved().size()));

    // The key is in the keychain, with the secret the clipboard held.
    const QJsonArray keys =
        QJsonDocument::fromJson(runCli(env, {u"list"_s, u"--json"_s}))[u"keys"_s].toArray();
    QCOMPARE(keys.size(), state == u"dialog" ? 1 : 3);
    bool found = false;
    for (const QJsonValue key : keys) {
        QVERIFY(key[u"secretInKeychain"_s].toBool());
        const QString id = key[u"id"_s].toString();
        found = found || runCli(env, {u"secret"_s, id}).trimmed() == secret;
        runCli(env, {u"remove"_s, id});
    }
    QVERIFY2(found, "the copied secret is not in the keychain");
}

int main(int argc, char *argv[])
{
    // The X server first: the test's own clipboard is an X client of it.
    XvfbDisplay xvfb;
    display = &xvfb;
    if (xvfb.start()) {
        qputenv("DISPLAY", xvfb.name());
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
    QGuiApplication app(argc, argv);
    TestQuitSignal test;
    const int status = QTest::qExec(&test, argc, argv);
    display = nullptr;
    return status;
}

#include "tst_quitsignal.moc"
