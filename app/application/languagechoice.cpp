#include "languagechoice.h"

#include "privatefiles.h"
#include "translationloader.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString SettingKey = u"application/language"_s;
const QString Option = u"--lang"_s;

QString availableList()
{
    return TranslationLoader::availableLanguages().join(u", "_s);
}

} // namespace

namespace LanguageChoice {

std::optional<QString> translationFor(const QString &requested)
{
    // A POSIX locale name may carry an encoding and a modifier (zh_CN.UTF-8@pinyin).
    QString name = requested.trimmed();
    name.truncate(name.indexOf(u'.') >= 0 ? name.indexOf(u'.') : name.size());
    name.truncate(name.indexOf(u'@') >= 0 ? name.indexOf(u'@') : name.size());
    if (name == u"C"_s || name == u"POSIX"_s)
        name = u"en"_s; // the untranslated program
    const QLocale wanted(name);
    if (name.isEmpty() || wanted.language() == QLocale::C)
        return std::nullopt; // QLocale's answer to a name it does not know
    for (const QString &translation : TranslationLoader::availableLanguages()) {
        const QLocale offered(translation);
        if (offered.language() == wanted.language() && offered.script() == wanted.script())
            return translation;
    }
    return std::nullopt;
}

std::optional<QString> commandLineValue(const QStringList &arguments)
{
    std::optional<QString> value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument == Option && i + 1 < arguments.size())
            value = arguments.at(++i); // the last one wins, as with QCommandLineParser::value()
        else if (argument.startsWith(Option + u'='))
            value = argument.mid(Option.size() + 1);
    }
    return value;
}

Decision decide(const std::optional<QString> &commandLine, const QString &setting)
{
    Decision decision;
    if (commandLine) {
        if (const auto translation = translationFor(*commandLine))
            decision.language = *translation;
        else
            decision.error = u"no translation for --lang '%1' (available: %2)"_s.arg(
                *commandLine, availableList());
        return decision;
    }
    if (setting.isEmpty())
        return decision;
    if (const auto translation = translationFor(setting))
        decision.language = *translation;
    else
        decision.warning =
            u"the language '%1' in the settings has no translation (available: %2); using the "
            "system's language"_s.arg(setting, availableList());
    return decision;
}

QStringList languages()
{
    return TranslationLoader::availableLanguages();
}

QString nativeName(const QString &language)
{
    // QLocale names "en" American English; the English translation is for every English reader.
    if (QLocale(language).language() == QLocale::English)
        return u"English"_s;
    return QLocale(language).nativeLanguageName();
}

QString load(const QSettings &settings)
{
    return settings.value(SettingKey).toString().trimmed();
}

bool save(QSettings &settings, const QString &language)
{
    if (settings.status() != QSettings::NoError)
        return false;
    PrivateFiles::prepare(settings.fileName(), true);
    if (language.isEmpty())
        settings.remove(SettingKey);
    else
        settings.setValue(SettingKey, language);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace LanguageChoice
