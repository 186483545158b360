// The translations are complete and sound: no unfinished or empty entry in clickar_ja.ts (Japanese is the default UI
// language), every translation in both files carries its source's %-placeholders and no markup of its own (a
// translation holding the escaped text of other entries once showed on page 5 in place of the car's name), and the
// compiled Japanese catalogue is in the binaries.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type;
    QStringList forms; // the translation, or its plural forms
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": cannot open");
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            Entry entry{context, source, xml.attributes().value(QStringLiteral("type")).toString(), {}};
            QString text;
            bool plural = false;
            while (!(xml.isEndElement() && xml.name() == QStringLiteral("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QStringLiteral("numerusform")) {
                    plural = true;
                    entry.forms.append(xml.readElementText());
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!plural)
                entry.forms.append(text);
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured(1));
    return found;
}

QSet<QString> tags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?\\s*([A-Za-z][A-Za-z0-9]*)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured(1).toLower());
    return found;
}

// What is wrong with one translation, or "".
QString problem(const Entry &entry)
{
    static const QSet<QString> tsMarkup{QStringLiteral("message"),     QStringLiteral("source"),
                                        QStringLiteral("translation"), QStringLiteral("context"),
                                        QStringLiteral("location"),    QStringLiteral("numerusform"),
                                        QStringLiteral("name"),        QStringLiteral("comment")};
    const QSet<QString> sourceTags = tags(entry.source);
    for (const QString &form : entry.forms) {
        if (form.isEmpty())
            continue;
        const QSet<QString> formTags = tags(form);
        if (formTags.intersects(tsMarkup))
            return QStringLiteral("holds the markup of the translation file");
        // A line break is the translator's choice; any other tag comes from the source.
        for (const QString &tag : formTags) {
            if (tag != QStringLiteral("br") && !sourceTags.contains(tag))
                return QStringLiteral("has the tag <%1> its source has not").arg(tag);
        }
        QSet<QString> expected = placeholders(entry.source);
        QSet<QString> got = placeholders(form);
        // A plural form may leave the number out ("one minute"): %n is required only where the source has it and
        // the entry is not plural.
        if (entry.forms.size() > 1) {
            expected.remove(QStringLiteral("n"));
            got.remove(QStringLiteral("n"));
        }
        if (expected != got)
            return QStringLiteral("has the placeholders {%1}, its source {%2}")
                .arg(QStringList(got.begin(), got.end()).join(u','),
                     QStringList(expected.begin(), expected.end()).join(u','));
    }
    return {};
}

} // namespace

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
        QString error;
        const QList<Entry> entries = readTs(tsPath(QStringLiteral("ja")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        for (const Entry &entry : entries) {
            if (entry.type == QStringLiteral("unfinished") || entry.forms.join(QString()).trimmed().isEmpty())
                unfinished.append(entry.context + QStringLiteral(": ") + entry.source);
        }
        QVERIFY2(entries.size() > 50, "clickar_ja.ts holds almost nothing: run the clickar_ui_lupdate target");
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished Japanese entries, e.g.\n").arg(unfinished.size()) +
                            unfinished.mid(0, 15).join(u'\n')));
    }

    void translationsAreSound_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void translationsAreSound()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Entry> entries = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 50);
        QStringList bad;
        for (const Entry &entry : entries) {
            const QString what = problem(entry);
            if (!what.isEmpty())
                bad.append(QStringLiteral("%1: \"%2\" %3").arg(entry.context, entry.source.left(60), what));
        }
        QVERIFY2(bad.isEmpty(),
                 qPrintable(QStringLiteral("%1 unsound translations:\n").arg(bad.size()) + bad.mid(0, 15).join(u'\n')));
    }

    // The check itself: the faults it is there for are found.
    void checkFindsFaults()
    {
        QVERIFY(problem({{}, QStringLiteral("%1 (%2)"), {}, {QStringLiteral("%1")}}).contains(u'{'));
        QVERIFY(problem({{}, QStringLiteral("%1 (%2)"), {}, {QStringLiteral("%2 (%1)")}}).isEmpty());
        QVERIFY(!problem({{}, QStringLiteral("%1 (%2)"), {}, {QStringLiteral("%1 (%2)</source> <translation>x")}})
                     .isEmpty());
        QVERIFY(!problem({{}, QStringLiteral("Name"), {}, {QStringLiteral("<b>Name</b>")}}).isEmpty());
        QVERIFY(problem({{}, QStringLiteral("<b>%1</b> sent"), {}, {QStringLiteral("<b>%1</b><br>送信")}}).isEmpty());
        QVERIFY(problem({{}, QStringLiteral("%n min"), {}, {QStringLiteral("one minute"), QStringLiteral("%n min")}})
                    .isEmpty());
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
