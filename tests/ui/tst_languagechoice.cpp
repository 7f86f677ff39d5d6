// Which language the application speaks (--lang > setting > system locale), and that the chosen
// translation covers Qt's own words (standard buttons) too.

#include "languagechoice.h"
#include "testenvironment.h"
#include "translationloader.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestLanguageChoice : public QObject
{
    Q_OBJECT

private slots:
    void bothTranslationsAreBuiltIn();
    void translationFor_data();
    void translationFor();
    void commandLineValue_data();
    void commandLineValue();
    void precedence_data();
    void precedence();
    void languagesAreNamedInThemselves();
    void settingRoundTrip();
    void damagedSettingsFileIsNotRewritten();
    void qtsOwnButtonsSpeakTheChosenLanguage_data();
    void qtsOwnButtonsSpeakTheChosenLanguage();
};

void TestLanguageChoice::bothTranslationsAreBuiltIn()
{
    QCOMPARE(LanguageChoice::languages(), (QStringList{u"en"_s, u"zh_CN"_s}));
}

void TestLanguageChoice::translationFor_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("translation"); // empty: none
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("BCP 47") << u"zh-CN"_s << u"zh_CN"_s;
    QTest::newRow("POSIX with encoding") << u"zh_CN.UTF-8"_s << u"zh_CN"_s;
    QTest::newRow("language only") << u"zh"_s << u"zh_CN"_s;
    QTest::newRow("Singapore, simplified too") << u"zh_SG"_s << u"zh_CN"_s;
    QTest::newRow("Taiwan is traditional") << u"zh_TW"_s << QString();
    QTest::newRow("en") << u"en"_s << u"en"_s;
    QTest::newRow("en_GB") << u"en_GB.UTF-8"_s << u"en"_s;
    QTest::newRow("C") << u"C"_s << u"en"_s;
    QTest::newRow("untranslated language") << u"fr_FR"_s << QString();
    QTest::newRow("nonsense") << u"klingon"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLanguageChoice::translationFor()
{
    QFETCH(QString, requested);
    QFETCH(QString, translation);
    QCOMPARE(LanguageChoice::translationFor(requested).value_or(QString()), translation);
}

void TestLanguageChoice::commandLineValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("value"); // "-" for none
    QTest::newRow("none") << QStringList{u"apigw-keys"_s, u"--demo"_s} << u"-"_s;
    QTest::newRow("separate") << QStringList{u"apigw-keys"_s, u"--lang"_s, u"en"_s} << u"en"_s;
    QTest::newRow("joined") << QStringList{u"apigw-keys"_s, u"--lang=zh_CN"_s} << u"zh_CN"_s;
    QTest::newRow("last wins") << QStringList{u"apigw-keys"_s, u"--lang=en"_s, u"--lang"_s,
                                              u"zh_CN"_s}
                               << u"zh_CN"_s;
    QTest::newRow("the program's name is no option")
        << QStringList{u"--lang=en"_s, u"--demo"_s} << u"-"_s;
    QTest::newRow("missing value is the parser's to report")
        << QStringList{u"apigw-keys"_s, u"--lang"_s} << u"-"_s;
    QTest::newRow("after --") << QStringList{u"apigw-keys"_s, u"--"_s, u"--lang=en"_s} << u"-"_s;
}

void TestLanguageChoice::commandLineValue()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, value);
    QCOMPARE(LanguageChoice::commandLineValue(arguments).value_or(u"-"_s), value);
}

void TestLanguageChoice::precedence_data()
{
    QTest::addColumn<QString>("commandLine"); // "-" for none
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("warning");
    QTest::newRow("nothing: the system's") << u"-"_s << QString() << QString() << false << false;
    QTest::newRow("setting") << u"-"_s << u"zh_CN"_s << u"zh_CN"_s << false << false;
    QTest::newRow("--lang over setting") << u"en"_s << u"zh_CN"_s << u"en"_s << false << false;
    QTest::newRow("--lang alone") << u"zh-CN"_s << QString() << u"zh_CN"_s << false << false;
    QTest::newRow("unknown --lang is an error")
        << u"fr"_s << u"zh_CN"_s << QString() << true << false;
    QTest::newRow("empty --lang is an error")
        << QString() << QString() << QString() << true << false;
    QTest::newRow("unknown setting: system's, with a warning")
        << u"-"_s << u"xx_YY"_s << QString() << false << true;
    QTest::newRow("--lang spares the unknown setting's warning")
        << u"en"_s << u"xx_YY"_s << u"en"_s << false << false;
}

void TestLanguageChoice::precedence()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, setting);
    QFETCH(QString, language);
    QFETCH(bool, error);
    QFETCH(bool, warning);
    const auto given = commandLine == u"-"_s ? std::nullopt : std::optional<QString>(commandLine);
    const LanguageChoice::Decision decision = LanguageChoice::decide(given, setting);
    QCOMPARE(decision.language, language);
    QCOMPARE(!decision.error.isEmpty(), error);
    QCOMPARE(!decision.warning.isEmpty(), warning);
    // What went wrong names what was asked for and what there is.
    for (const QString &message : {decision.error, decision.warning}) {
        if (!message.isEmpty()) {
            QVERIFY2(message.contains(u"zh_CN"_s) && message.contains(u"en"_s),
                     qPrintable(message));
            QVERIFY2(message.contains(error ? commandLine : setting), qPrintable(message));
        }
    }
}

void TestLanguageChoice::languagesAreNamedInThemselves()
{
    QCOMPARE(LanguageChoice::nativeName(u"en"_s), u"English"_s);
    QCOMPARE(LanguageChoice::nativeName(u"zh_CN"_s), u"简体中文"_s);
}

void TestLanguageChoice::settingRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(LanguageChoice::load(settings), QString());
        QVERIFY(LanguageChoice::save(settings, u"zh_CN"_s));
    }
    {
        // Beside the profiles, not inside one: the language is the same for every profile.
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.value(u"application/language"_s).toString(), u"zh_CN"_s);
        QCOMPARE(LanguageChoice::load(settings), u"zh_CN"_s);
        QVERIFY(LanguageChoice::save(settings, QString()));
    }
    QSettings settings(path, QSettings::IniFormat);
    QVERIFY(!settings.contains(u"application/language"_s));
}

void TestLanguageChoice::damagedSettingsFileIsNotRewritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    const QByteArray damaged = "[profiles\n\x01garbage=\"unterminated\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    QSettings settings(path, QSettings::IniFormat);
    settings.allKeys(); // reads the file
    APIGW_REQUIRE(settings.status() == QSettings::FormatError,
                  u"QSettings accepts this damage; the guard cannot be shown"_s);
    QVERIFY(!LanguageChoice::save(settings, u"en"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
}

void TestLanguageChoice::qtsOwnButtonsSpeakTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("yes");
    QTest::addColumn<QString>("no");
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"取消"_s << u"是"_s << u"否"_s;
    QTest::newRow("en") << u"en"_s << u"Cancel"_s << u"Yes"_s << u"No"_s;
}

void TestLanguageChoice::qtsOwnButtonsSpeakTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QFETCH(QString, yes);
    QFETCH(QString, no);
    // qt6-translations-l10n on Debian; scripts/bootstrap installs it.
    APIGW_REQUIRE(
        QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s),
        u"Qt's own translations are not installed (qt6-translations-l10n)"_s);
    const QLocale before;
    {
        TranslationLoader translations(language);
        QVERIFY(translations.install());
        QCOMPARE(QLocale().name(), QLocale(language).name()); // dates and numbers follow

        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
        QMessageBox question(QMessageBox::Question, u"t"_s, u"q"_s,
                             QMessageBox::Yes | QMessageBox::No);
        // Chinese keeps the mnemonic after the word: 是(&Y).
        QVERIFY2(question.button(QMessageBox::Yes)->text().remove(u'&').startsWith(yes),
                 qPrintable(question.button(QMessageBox::Yes)->text()));
        QVERIFY2(question.button(QMessageBox::No)->text().remove(u'&').startsWith(no),
                 qPrintable(question.button(QMessageBox::No)->text()));
    }
    QLocale::setDefault(before);
    // Gone with the loader: English again.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);
}

QTEST_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
