// Renders every widget of ui/ in its interesting states to PNG files, for a look by eye:
//   xvfb-run -s '-screen 0 1280x800x24' apigw_ui_gallery OUTPUT_DIR
// Also run at a narrow width, since the widgets must hold in a small window.

#include "copyoncedialog.h"
#include "createform.h"
#include "errorcatalog.h"
#include "errorpanel.h"
#include "manualticker.h"
#include "planchooserdialog.h"
#include "rotatesecretdialog.h"
#include "sensitiveclipboard.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QString g_outputDir;

void save(QWidget *widget, const QString &name, int width)
{
    widget->show();
    QTest::qWait(50);
    // The height the layout needs at this width: word-wrapped labels grow when narrow.
    const int height =
        widget->hasHeightForWidth() ? widget->heightForWidth(width) : widget->sizeHint().height();
    widget->resize(width, qMax(height, widget->minimumSizeHint().height()));
    QTest::qWait(50);
    const QString path = QDir(g_outputDir).filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        qWarning("could not write %s", qPrintable(path));
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

CreatedKey sampleKey()
{
    CreatedKey key;
    key.name = u"orders-service"_s;
    key.keyId = u"AKIDb3x0c2Uf9VhR1kLmN0pQ"_s;
    key.keySecret = SecretString(u"qYSyjRxWvE0123456789abcdefGHIJ_kLmNoPq"_s);
    key.createdUtc = QDateTime(QDate(2020, 2, 26), QTime(6, 10, 1), Qt::UTC);
    return key;
}

GatewayError apiError(ApiGeneration generation, const QString &code)
{
    GatewayError error;
    error.generation = generation;
    error.code = code;
    error.category = ErrorCatalog::classify(generation, code).category;
    error.message = u"The provided credentials could not be validated. Please check your "
                    u"signature is correct."_s;
    if (generation == ApiGeneration::Api3)
        error.requestId = u"ad5218b4-edc3-4195-ba4d-a0ef176783ba"_s;
    return error;
}

void createForms(int width, const QString &suffix)
{
    CreateForm empty;
    save(&empty, u"createform-empty"_s + suffix, width);

    CreateForm manual;
    manual.setCredentialsAvailable(true);
    child<QLineEdit>(&manual, "nameEdit")->insert(u"orders\tservice"_s);
    QTest::mouseClick(child<QRadioButton>(&manual, "manualTypeRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&manual, "keyIdEdit"), u"my-key"_s);
    QTest::keyClicks(child<QLineEdit>(&manual, "keySecretEdit"), u"short"_s);
    QTest::mouseClick(child<QToolButton>(&manual, "showSecretButton"), Qt::LeftButton);
    save(&manual, u"createform-manual-problems"_s + suffix, width);

    CreateForm generated;
    generated.setCredentialsAvailable(true);
    QTest::keyClicks(child<QLineEdit>(&generated, "nameEdit"), u"orders-service"_s);
    QTest::mouseClick(child<QRadioButton>(&generated, "manualTypeRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&generated, "generateButton"), Qt::LeftButton);
    save(&generated, u"createform-manual-generated"_s + suffix, width);

    CreateForm busy;
    busy.setCredentialsAvailable(true);
    QTest::keyClicks(child<QLineEdit>(&busy, "nameEdit"), u"orders-service"_s);
    busy.requestCreate();
    save(&busy, u"createform-busy"_s + suffix, width);
}

void errorPanels(int width, const QString &suffix)
{
    ErrorPanel auth(QApplication::clipboard());
    auth.showFailure(
        Failure::fromGateway(apiError(ApiGeneration::Api3, u"AuthFailure.SignatureFailure"_s)));
    save(&auth, u"errorpanel-api3-signature"_s + suffix, width);

    ErrorPanel legacy(QApplication::clipboard());
    GatewayError legacyError = apiError(ApiGeneration::Api2, u"4100"_s);
    legacyError.description = u"AuthFailure"_s;
    legacy.showFailure(Failure::fromGateway(legacyError));
    save(&legacy, u"errorpanel-api2-auth"_s + suffix, width);

    ErrorPanel timeout(QApplication::clipboard());
    GatewayError timeoutError;
    timeoutError.kind = GatewayError::Kind::Timeout;
    timeoutError.detail = u"Operation canceled (no data for 30 s)"_s;
    timeoutError.mayHaveBeenProcessed = true;
    timeout.showFailure(Failure::fromGateway(timeoutError));
    save(&timeout, u"errorpanel-timeout"_s + suffix, width);
}

void copyOnceDialogs(int width, const QString &suffix)
{
    SensitiveClipboard clipboard(QApplication::clipboard(), std::make_unique<ManualTicker>());

    CopyOnceDialog fresh(sampleKey(), clipboard);
    save(&fresh, u"copyoncedialog-fresh"_s + suffix, width);

    CreatedKey longNamed = sampleKey();
    longNamed.name = u"payments-reconciliation-service for the eu-frankfurt region"_s;
    CopyOnceDialog failed(std::move(longNamed), clipboard);
    QTest::mouseClick(child<QPushButton>(&failed, "copySecretButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&failed, "showSecretButton"), Qt::LeftButton);
    child<QCheckBox>(&failed, "acknowledgeCheck")->setChecked(true);
    failed.accept();
    failed.setSaveResult(false, u"The keychain is locked (AccessDenied)."_s);
    save(&failed, u"copyoncedialog-save-failed"_s + suffix, width);
    clipboard.clearNow();
}

void gatewayKeyDialogs(int width, const QString &suffix)
{
    SensitiveClipboard clipboard(QApplication::clipboard(), std::make_unique<ManualTicker>());
    CopyOnceDialog rotated(sampleKey(), clipboard);
    rotated.setPurpose(CopyOnceDialog::Purpose::Rotated);
    save(&rotated, u"copyoncedialog-rotated"_s + suffix, width);

    GatewayKey manual;
    manual.keyId = u"partner_feed_key_0001"_s;
    manual.name = u"partner-feed acme"_s;
    manual.type = KeyType::Manual;
    RotateSecretDialog rotate(manual);
    QTest::keyClicks(child<QLineEdit>(&rotate, "newSecretEdit"), u"short"_s);
    save(&rotate, u"rotatesecretdialog-manual"_s + suffix, width);

    UsagePlanBindings bindings;
    bindings.plans = {{u"usagePlan-standard1"_s, u"standard"_s, {}, 100, {}, {}},
                      {u"usagePlan-restrict2"_s, u"restricted"_s, {}, 5, {}, {}}};
    bindings.planIdsByKeyId.insert(manual.keyId, {u"usagePlan-standard1"_s});
    PlanChooserDialog chooser(bindings, {manual}, ApiGeneration::Api3);
    save(&chooser, u"planchooserdialog"_s + suffix, width);
}

void settingsDialogs(int width, const QString &suffix)
{
    SettingsDialog defaults;
    save(&defaults, u"settingsdialog-defaults"_s + suffix, width);

    SettingsDialog legacy;
    auto *generation = child<QComboBox>(&legacy, "apiGenerationCombo");
    generation->setCurrentIndex(generation->findData(u"2.0"_s));
    child<QLineEdit>(&legacy, "endpointEdit")->setText(u"http://apigateway.example.com/"_s);
    QTest::keyClicks(child<QLineEdit>(&legacy, "secretIdEdit"), u"AKIDexample"_s);
    save(&legacy, u"settingsdialog-api2-problems"_s + suffix, width);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    g_outputDir = app.arguments().value(1, u"."_s);
    QDir().mkpath(g_outputDir);

    for (const auto &[width, suffix] : {std::pair{560, u""_s}, std::pair{340, u"-narrow"_s}}) {
        createForms(width, suffix);
        errorPanels(width, suffix);
        copyOnceDialogs(width, suffix);
        gatewayKeyDialogs(width, suffix);
        settingsDialogs(width, suffix);
    }
    return 0;
}
