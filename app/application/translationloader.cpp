#include "translationloader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

TranslationLoader::TranslationLoader(const QString &language)
    : m_locale(language.isEmpty() ? QLocale::system() : QLocale(language))
    , m_chosen(!language.isEmpty())
{}

TranslationLoader::~TranslationLoader()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

bool TranslationLoader::install()
{
    // A language chosen by --lang or the setting also gives dates and numbers their form
    // (the saved keys' times); the system's locale is QLocale's default already.
    if (m_chosen)
        QLocale::setDefault(m_locale);
    // QTranslator::load(locale, ...) tries the locale's UI languages in order (zh_Hans_CN, zh_CN,
    // zh ...), so a system locale of zh_CN.UTF-8 or zh_SG still finds the Chinese translation.
    auto own = std::make_unique<QTranslator>();
    const bool found = own->load(m_locale, u"apigw-keys"_s, u"_"_s, u":/i18n"_s);
    // Any language without a translation (C, POSIX, fr ...) gets the English words, and English
    // needs its own file for its plural forms ("1 second", "30 seconds"): the source strings
    // say "%n second(s)".
    if (found || own->load(u":/i18n/apigw-keys_en.qm"_s)) {
        QCoreApplication::installTranslator(own.get());
        m_translators.push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(m_locale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    return found;
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    QDirIterator it(u":/i18n"_s, {u"apigw-keys_*.qm"_s});
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).completeBaseName();
        languages.append(name.mid(name.indexOf(u'_') + 1));
    }
    languages.sort();
    return languages;
}
