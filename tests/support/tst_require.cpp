// APIGW_REQUIRE: a missing precondition fails a test under scripts/test and in CI, and skips it
// only when a test binary is run by hand. Checked on this very binary, run as a child with each
// environment: its probe requires something that is never there.

#include "testenvironment.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

class RequireProbe : public QObject
{
    Q_OBJECT
private slots:
    void requiresWhatIsMissing() { APIGW_REQUIRE(false, u"a precondition that is missing"_s); }
};

class TestRequire : public QObject
{
    Q_OBJECT
private slots:
    void missingPreconditionFailsOrSkips_data();
    void missingPreconditionFailsOrSkips();
    void scriptsTestMakesItStrict();
};

void TestRequire::missingPreconditionFailsOrSkips_data()
{
    QTest::addColumn<QString>("ci");
    QTest::addColumn<QString>("underScriptsTest");
    QTest::addColumn<bool>("fails");
    QTest::newRow("run by hand") << QString() << QString() << false;
    QTest::newRow("CI=false, by hand") << u"false"_s << QString() << false;
    QTest::newRow("under scripts/test") << QString() << u"1"_s << true;
    QTest::newRow("under scripts/test, CI=false") << u"false"_s << u"1"_s << true;
    QTest::newRow("CI") << u"true"_s << QString() << true;
}

void TestRequire::missingPreconditionFailsOrSkips()
{
    QFETCH(QString, ci);
    QFETCH(QString, underScriptsTest);
    QFETCH(bool, fails);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CI"_s);
    env.remove(u"APIGW_UNDER_SCRIPTS_TEST"_s);
    if (!ci.isEmpty())
        env.insert(u"CI"_s, ci);
    if (!underScriptsTest.isEmpty())
        env.insert(u"APIGW_UNDER_SCRIPTS_TEST"_s, underScriptsTest);
    env.insert(u"APIGW_REQUIRE_PROBE"_s, u"1"_s);
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(probe.waitForFinished(30000));
    const QString output = QString::fromUtf8(probe.readAll());
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    if (fails) {
        QVERIFY2(probe.exitCode() != 0 && output.contains(u"FAIL!"_s), qPrintable(output));
    } else {
        QVERIFY2(probe.exitCode() == 0 && output.contains(u"SKIP"_s), qPrintable(output));
    }
}

void TestRequire::scriptsTestMakesItStrict()
{
    // APIGW_TEST_SANDBOX is the throw-away home that only scripts/test makes: a test that sees it
    // runs under scripts/test, where nothing may be skipped.
    if (qEnvironmentVariableIsSet("APIGW_TEST_SANDBOX"))
        QVERIFY2(TestEnvironment::mustNotSkip(), "scripts/test does not make APIGW_REQUIRE strict");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("APIGW_REQUIRE_PROBE") == u"1") {
        RequireProbe probe;
        return QTest::qExec(&probe, argc, argv);
    }
    TestRequire test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_require.moc"
