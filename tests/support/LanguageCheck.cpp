#include "support/LanguageCheck.h"

#include "support/AppDriver.h"
#include "ui/CustomerQueueModel.h"
#include "ui/LanguageSwitch.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/MyPageScreen.h"
#include "wizard/PageIds.h"

#include <QAbstractItemView>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>

namespace clickar::test {

namespace {

// The app's own texts in one language, cut at placeholders, markup and line ends into the fragments that can appear
// on screen: from clickar_ja.ts the Japanese translations, or the English sources whose Japanese differs.
QStringList appFragments(const QString &language)
{
    QFile file(QDir(qEnvironmentVariable("CLICKAR_SOURCE_DIR")).filePath(QStringLiteral("translations/clickar_ja.ts")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression cut(QStringLiteral("%L?[0-9]+|%n|<[^>]*>|&[a-z]+;|\\n|[「」（）()・:：、。]"));
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    QXmlStreamReader xml(&file);
    QString source;
    QSet<QString> fragments;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (translation == source)
                continue;
            const QString text = language == QStringLiteral("ja") ? translation : source;
            for (QString piece : text.split(cut, Qt::SkipEmptyParts)) {
                piece = piece.trimmed();
                if (language == QStringLiteral("ja")
                        ? piece.size() >= 3 && piece.contains(japanese)
                        : piece.size() >= 12 && piece.contains(u' ') && !piece.contains(japanese))
                    fragments.insert(piece);
            }
        }
    }
    return QStringList(fragments.begin(), fragments.end());
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// A view's header and cells as shown (tables, lists, the work queue).
void appendViewTexts(const QAbstractItemView *view, QStringList &texts)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        texts.append(model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model->rowCount(); ++r)
            texts.append(model->index(r, c).data().toString());
    }
}

// The mails shown in the demo's mail panel stay in the language they were sent in, and the agency's customers'
// data stays as recorded: both are left out of the check. The service's other content (plans, texts, guide,
// notices, documents, product name) comes in the UI language and is checked like the app's own.
QStringList serviceContent()
{
    QStringList content;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(top)) {
            if (MailPanel *mails = window->mailPanel()) {
                for (const Mail &mail : mails->mails())
                    content << mail.subject << mail.body;
            }
            // The agency's customers in the work queue: their names, groups and vehicles are customer data.
            if (auto *queue = window->findChild<CustomerQueueModel *>()) {
                for (const Contract &c : queue->contracts())
                    content << c.holderName << c.holderKana << c.groupName << c.vehicleName << c.registration;
            }
        }
    }
    content.removeAll(QString());
    std::sort(content.begin(), content.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); }); // longest first
    return content;
}

} // namespace

QStringList visibleTexts(FieldTexts fields)
{
    QStringList texts;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        texts.append(top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                texts.append(plain(label->text()));
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts.append(button->text());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                texts.append(edit->text().isEmpty()                  ? edit->placeholderText()
                             : fields == FieldTexts::AlsoWhatIsTyped ? edit->text()
                                                                     : QString());
            else if (auto *area = qobject_cast<QTextEdit *>(w))
                texts.append(area->toPlainText());
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                texts.append(combo->currentText());
            else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    texts.append(tabs->tabText(i));
            }
            if (auto *box = qobject_cast<QGroupBox *>(w))
                texts.append(box->title());
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                texts.append(dock->windowTitle());
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w))
                appendViewTexts(view, texts);
        }
    }
    texts.removeAll(QString());
    // The switch names the other language in itself on purpose.
    texts.removeAll(QStringLiteral("日本語"));
    texts.removeAll(QStringLiteral("English"));
    return texts;
}

QStringList leftInOldLanguage(const QString &oldLanguage)
{
    static QMap<QString, QStringList> fragments;
    if (!fragments.contains(oldLanguage))
        fragments.insert(oldLanguage, appFragments(oldLanguage));
    const QStringList service = serviceContent();
    QStringList left;
    for (QString text : visibleTexts()) {
        for (const QString &content : service)
            text.remove(content);
        for (const QString &fragment : fragments.value(oldLanguage)) {
            if (text.contains(fragment)) {
                left.append(QStringLiteral("“%1” (holds “%2”)").arg(text.left(80), fragment));
                break;
            }
        }
    }
    return left;
}

bool switchLanguage(AppDriver &app, const QString &expected)
{
    if (!app.pressKey(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier))
        return false;
    if (app.app()->languageSwitch()->language() != expected)
        return false;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    return true;
}

void addWizardPageRows()
{
    QTest::addColumn<int>("page");
    for (int id = PreConfirmationPageId; id <= ApplicationPageId; ++id)
        QTest::addRow("page %d", id) << id;
}

} // namespace clickar::test
