#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace clickar {

bool installTranslations(const QString &language)
{
    static QTranslator *clickarTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    for (QTranslator **t : {&clickarTranslator, &qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const bool english = language.startsWith(QStringLiteral("en"));
    const QLocale locale(english ? QLocale::English : QLocale::Japanese,
                         english ? QLocale::UnitedStates : QLocale::Japan);
    QLocale::setDefault(locale);

    clickarTranslator = new QTranslator(QCoreApplication::instance());
    const bool loaded =
        clickarTranslator->load(locale, QStringLiteral("clickar"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(clickarTranslator);
    if (!english) {
        qtTranslator = new QTranslator(QCoreApplication::instance());
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
    }
    return loaded;
}

} // namespace clickar
