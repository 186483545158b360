#pragma once

// What the screenshot tools (mypage_screens, page_screens, agent_screens) share: the command line
// `OUT_DIR [ja|en] [switched]`, the translations, and writing a window to OUT_DIR/<lang>-x<scale>-<name>. With
// `switched` the app runs in the other language and each picture is taken just after a switch to <lang> (and back
// afterwards), as OUT_DIR/switched-<lang>-x<scale>-<name>: every screen as it looks after the language switch.
#include "ui/LanguageSwitch.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

namespace clickar::test {

class Screenshots
{
public:
    Screenshots(int argc, char **argv, const char *tool)
    {
        QStandardPaths::setTestModeEnabled(true);
        if (argc < 2)
            qFatal("usage: %s OUT_DIR [ja|en] [switched]", tool);
        const QDir out(QString::fromLocal8Bit(argv[1]));
        language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("ja");
        m_switched = argc > 3 && qstrcmp(argv[3], "switched") == 0;
        startLanguage = !m_switched                        ? language
                        : language == QStringLiteral("en") ? QStringLiteral("ja")
                                                           : QStringLiteral("en");
        QDir().mkpath(out.path());
        installTranslations(startLanguage);
        m_prefix = out.filePath((m_switched ? QStringLiteral("switched-") : QString()) + language +
                                QStringLiteral("-x%1-").arg(qApp->devicePixelRatio()));
    }

    void save(QWidget *window, const QString &name) const
    {
        QTest::qWait(300); // a picture, not a test: layouts, answers and the PDF's page images settle first
        LanguageSwitch *languageSwitch = LanguageSwitch::instance();
        if (m_switched && languageSwitch) {
            languageSwitch->setLanguage(language);
            QTest::qWait(700); // the service's content comes again
        }
        const QString path = m_prefix + name;
        if (!window->grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
        std::printf("%s\n", qPrintable(path));
        if (m_switched && languageSwitch) {
            languageSwitch->setLanguage(startLanguage);
            QTest::qWait(500);
        }
    }

    QString language;      // of the pictures
    QString startLanguage; // the app's at start

private:
    bool m_switched = false;
    QString m_prefix;
};

} // namespace clickar::test
