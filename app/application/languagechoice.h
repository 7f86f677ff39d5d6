#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QSettings;

// Which language the application speaks. `--lang` wins over the setting, the setting over the
// system's locale. QtCore only: it is decided before the first widget exists, since widgets take
// their words when they are made.
namespace LanguageChoice {

struct Decision
{
    QString language; // a translation's name ("zh_CN", "en"), or empty for the system's locale
    QString error;    // --lang names no translation: a usage error, nothing should start
    QString warning;  // the setting names none (a hand-edited file): passed over
};

// The translation a user means by `requested` ("zh_CN", "zh-CN", "zh_CN.UTF-8", "zh", "en_GB",
// "C"), if this application has one: same language and script, so zh_TW (Traditional) does not
// get the Simplified Chinese one.
std::optional<QString> translationFor(const QString &requested);

// The value of --lang in `arguments` ("--lang X" or "--lang=X"), looked for before the command
// line is parsed, because the parser's own help text must already be in that language.
std::optional<QString> commandLineValue(const QStringList &arguments);

Decision decide(const std::optional<QString> &commandLine, const QString &setting);

// The languages to offer, by translation name, and each one's name in itself ("English",
// "简体中文"), so that a user who cannot read the current language still finds their own.
QStringList languages();
QString nativeName(const QString &language);

// The application-wide setting (not per profile) in the settings file; empty means the system's
// locale.
QString load(const QSettings &settings);
// False when the settings file cannot be written (or could not be read: writing would replace
// what QSettings did not understand).
bool save(QSettings &settings, const QString &language);

} // namespace LanguageChoice
