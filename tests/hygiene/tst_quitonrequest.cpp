// What a quit signal does to a created key that exists nowhere else yet, in-process against the
// real composition root: a real SIGTERM raised at this process goes through QuitSignals to
// CompositionRoot::quitOnRequest(). (tst_quitsignal checks the executable from outside; the
// cases here need a create held in flight or a dialog with "Save" unticked.)

#include "apptestdriver.h"
#include "copyoncedialog.h"
#include "gatewayemulator.h"
#include "keyindex.h"
#include "mainwindow.h"
#include "quitsignals.h"
#include "wrappinglabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestQuitOnRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createInFlightIsAwaitedAndItsKeySaved();
    void unsavedKeyKeepsTheWindowUntilASecondSignal();

private:
    std::unique_ptr<AppTestDriver> startApp(QuitSignals &quitSignals);
};

void TestQuitOnRequest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The window closing is what we watch; the test's own application must outlive it.
    QGuiApplication::setQuitOnLastWindowClosed(false);
}

std::unique_ptr<AppTestDriver> TestQuitOnRequest::startApp(QuitSignals &quitSignals)
{
    auto app = std::make_unique<AppTestDriver>(AppTestDriver::Setup{});
    if (!app->start())
        return nullptr;
    QString problem;
    if (!quitSignals.install(&problem)) {
        qWarning("%s", qPrintable(problem));
        return nullptr;
    }
    CompositionRoot *root = &app->root();
    connect(&quitSignals, &QuitSignals::received, root->mainWindow().window(),
            [root] { root->quitOnRequest(); });
    return app;
}

void TestQuitOnRequest::createInFlightIsAwaitedAndItsKeySaved()
{
    QuitSignals quitSignals;
    const auto app = startApp(quitSignals);
    QVERIFY(app);
    app->emulator()->setFault(GatewayEmulator::Fault::Delay, std::chrono::milliseconds(500));
    app->typeName(u"in flight at quit"_s);
    app->chooseAutomatic();
    app->clickCreate();
    QVERIFY(app->isCreating());

    QSignalSpy received(&quitSignals, &QuitSignals::received);
    QCOMPARE(::raise(SIGTERM), 0);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toInt(), int(SIGTERM));
    QVERIFY(app->window().isVisible()); // the answer is not in yet

    // The answer opens the dialog, the key goes to the keychain, then the window closes.
    QTRY_VERIFY_WITH_TIMEOUT(!app->window().isVisible(), 20000);
    QCOMPARE(app->root().keyIndex().records().size(), 1);
    QVERIFY(app->root().keyIndex().records().first().secretInKeychain);
    QCOMPARE(app->emulator()->createdKeyCount(), 1);
}

void TestQuitOnRequest::unsavedKeyKeepsTheWindowUntilASecondSignal()
{
    QuitSignals quitSignals;
    const auto app = startApp(quitSignals);
    QVERIFY(app);
    app->typeName(u"not to be saved"_s);
    app->chooseAutomatic();
    app->clickCreate();
    CopyOnceDialog *dialog = app->waitForCopyOnceDialog();
    QVERIFY(dialog);
    AppTestDriver::tick(app->find<QCheckBox>(dialog, "saveToKeychainCheck"), false);

    QSignalSpy received(&quitSignals, &QuitSignals::received);
    QCOMPARE(::raise(SIGTERM), 0);
    QVERIFY(received.wait(5000));
    // Closing now would lose the key: the dialog and the window stay, and say why.
    QVERIFY(dialog->isVisible());
    QVERIFY(app->window().isVisible());
    auto *notice = app->find<WrappingLabel>("noticeLabel");
    QVERIFY(notice && notice->text().contains(u"asked to quit"_s));
    QVERIFY(app->root().keyIndex().records().isEmpty());

    // Asked again, it ends: the application's loop is left with 0.
    QEventLoop loop;
    QTimer::singleShot(0, [] { ::raise(SIGINT); });
    QTimer::singleShot(10000, &loop, [&loop] { loop.exit(1); });
    QCOMPARE(loop.exec(), 0);
}

QTEST_MAIN(TestQuitOnRequest)
#include "tst_quitonrequest.moc"
