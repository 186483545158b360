// The translations are complete: no unfinished or empty entry in clickar_ja.ts (Japanese is the default UI
// language), and the compiled Japanese catalogue is in the binaries.
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString tsPath(const QString &language)
    {
        return QDir(qEnvironmentVariable("CLICKAR_SOURCE_DIR"))
            .filePath(QStringLiteral("translations/clickar_%1.ts").arg(language));
    }

private slots:
    void japaneseIsComplete()
    {
        QFile file(tsPath(QStringLiteral("ja")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QStringLiteral("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QStringLiteral("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QStringLiteral("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                QString text;
                // Plural forms carry <numerusform> children; read them all.
                while (!(xml.isEndElement() && xml.name() == QStringLiteral("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                }
                if (type == QStringLiteral("unfinished") || text.trimmed().isEmpty())
                    unfinished.append(context + QStringLiteral(": ") + source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 50, "clickar_ja.ts holds almost nothing: run the clickar_ui_lupdate target");
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished Japanese entries, e.g.\n").arg(unfinished.size()) +
                            unfinished.mid(0, 15).join(u'\n')));
    }

    void japaneseCatalogueIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/clickar_ja.qm")));
        QVERIFY(!translator.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
