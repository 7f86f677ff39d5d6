// A broken installation: the services module (the network and keychain parts, loaded once the
// window is up) cannot be loaded. The window still comes up and says so where those parts are
// needed, in words that point at the installation, and loses nothing: the keychain banner when
// the credentials are read, the error panel when Create is pressed, with the input kept and
// nothing sent. (apigw-keys --demo, which needs them before its window, refuses to start instead:
// tests/e2e/check_services_module.sh.) A fake Services, because the real loader fails only on a
// damaged install.

#include "apptestdriver.h"
#include "createform.h"
#include "credentialscontroller.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "services.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString Problem = u"apigw-keys-services.so: cannot open shared object file"_s;

class MissingServices final : public Services
{
public:
    std::unique_ptr<SecretStore> makeSecretStore(const QString &, QString *error) override
    {
        return unavailable<SecretStore>(error);
    }
    std::unique_ptr<GatewayConnection> makeGatewayConnection(QString *error) override
    {
        return unavailable<GatewayConnection>(error);
    }
    std::unique_ptr<DemoGateway> makeDemoGateway(QString *error) override
    {
        return unavailable<DemoGateway>(error);
    }

    int asked = 0;

private:
    template <typename T> std::unique_ptr<T> unavailable(QString *error)
    {
        ++asked;
        *error = Problem;
        return nullptr;
    }
};

AppTestDriver::Setup setupWith(Services &services, bool demo)
{
    AppTestDriver::Setup setup;
    setup.demo = demo;
    setup.services = &services;
    return setup;
}

} // namespace

class TestMissingServices : public QObject
{
    Q_OBJECT

private slots:
    void windowSaysWhatIsMissingAndKeepsTheInput();
    void demoDoesNotStart();
};

void TestMissingServices::windowSaysWhatIsMissingAndKeepsTheInput()
{
    MissingServices services;
    AppTestDriver app(setupWith(services, false));
    QCOMPARE(services.asked, 0); // nothing is loaded to build the window
    QVERIFY(app.start());

    // Reading the credentials after the first idle is the first use of the keychain.
    auto *banner = app.find<QLabel>("credentialsBannerLabel");
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"part of apigw-keys is missing"_s),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(Problem), qPrintable(banner->text()));

    // With credentials in memory the form can send: the first create asks for the client.
    app.root().credentials().setInMemory(OperatorCredentials::fromInput(
        u"AKIDmissingPartsOperator000000000000"_s, u"missingPartsSecretKey0000000000"_s));
    app.typeName(u"orders-service"_s);
    app.clickCreate();
    QVERIFY(app.waitUntilNotCreating());
    auto *errorPanel = app.find<QWidget>("errorPanel");
    QVERIFY(errorPanel);
    QTRY_VERIFY(errorPanel->isVisible());
    auto *title = app.find<QLabel>(errorPanel, "titleLabel");
    auto *detail = app.find<QLabel>(errorPanel, "detailValueLabel");
    QVERIFY(title && detail);
    QCOMPARE(title->text(), u"Part of apigw-keys is missing"_s);
    QVERIFY2(detail->text().contains(Problem), qPrintable(detail->text()));
    QCOMPARE(app.find<QLineEdit>("nameEdit")->text(), u"orders-service"_s);

    // Asked once each: a part that cannot be loaded is not retried behind the user's back.
    const int asked = services.asked;
    app.clickCreate();
    QVERIFY(app.waitUntilNotCreating());
    QCOMPARE(services.asked, asked);
}

void TestMissingServices::demoDoesNotStart()
{
    MissingServices services;
    AppTestDriver app(setupWith(services, true));
    QString error;
    QVERIFY(!app.root().start(&error));
    QCOMPARE(error, Problem);
}

QTEST_MAIN(TestMissingServices)
#include "tst_missingservices.moc"
