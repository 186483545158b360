#pragma once

// What the screenshot tools (mypage_screens, page_screens) share: the command line `OUT_DIR [ja|en]`, the
// translations, and writing a window to OUT_DIR/<lang>-x<scale>-<name>.
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
            qFatal("usage: %s OUT_DIR [ja|en]", tool);
        const QDir out(QString::fromLocal8Bit(argv[1]));
        language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("ja");
        QDir().mkpath(out.path());
        installTranslations(language);
        m_prefix = out.filePath(language + QStringLiteral("-x%1-").arg(qApp->devicePixelRatio()));
    }

    void save(QWidget *window, const QString &name) const
    {
        QTest::qWait(300); // a picture, not a test: layouts, answers and the PDF's page images settle first
        const QString path = m_prefix + name;
        if (!window->grab().save(path))
            qFatal("cannot write %s", qPrintable(path));
        std::printf("%s\n", qPrintable(path));
    }

    QString language;

private:
    QString m_prefix;
};

} // namespace clickar::test
