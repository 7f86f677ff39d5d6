#pragma once

#include <QLocale>
#include <QString>
#include <memory>
#include <vector>

class QTranslator;

// Installs this application's translation and Qt's own (standard buttons and dialogs) for one
// language. QtCore only: the window and the CLI use it alike. The application's translations are
// embedded (:/i18n); Qt's come from the Qt installation (qt6-translations-l10n on Debian).
class TranslationLoader
{
public:
    // `language` is a locale name such as "zh_CN" or "en", which install() also makes QLocale's
    // default; empty means the system's locale.
    explicit TranslationLoader(const QString &language = {});
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // False when the language has no translation of this application (English is then shown).
    bool install();

    QLocale locale() const { return m_locale; }
    // The languages this application is translated into, as locale names.
    static QStringList availableLanguages();

private:
    QLocale m_locale;
    bool m_chosen;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
