// The look comes from one application stylesheet (resources/style/clickar.qss) and its palette: no widget of the
// app carries a stylesheet of its own, and the states code sets (error, current step…) are dynamic properties
// that the sheet's rules turn into the palette's colours.
#include "support/AppDriver.h"
#include "ui/ContractList.h"
#include "ui/Style.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

using namespace clickar;
using namespace clickar::test;

namespace {
// The widgets under `root` (itself included) that have a stylesheet of their own.
QStringList inlineStyled(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets))
        if (!w->styleSheet().isEmpty())
            found.append(QStringLiteral("%1 (%2): %3")
                             .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), w->styleSheet()));
    return found;
}

QColor textColour(QWidget *w)
{
    return w->palette().color(QPalette::Active, w->foregroundRole());
}
} // namespace

class TestStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theApplicationSheetIsLoadedWithItsPalette()
    {
        QVERIFY(style::loadedStyleSheets().isEmpty());
        AppDriver app;
        QVERIFY(app.startApp()); // ClickarApp loads the sheet before it builds the first window
        QCOMPARE(style::loadedStyleSheets(), QStringList{QString::fromLatin1(style::defaultSheet)});
        const QString sheet = qApp->styleSheet();
        QVERIFY(sheet.contains(QStringLiteral("QLineEdit[error=\"true\"]")));
        QVERIFY2(!sheet.contains(QLatin1Char('@')), "every palette token is replaced");
        QVERIFY2(!sheet.contains(QStringLiteral("/*")), "comments are left out");
        for (const char *name : {"error", "success", "warning", "muted", "accent", "focus"}) {
            const QColor c = style::colour(QString::fromLatin1(name));
            QVERIFY2(c.isValid(), name);
            QVERIFY2(sheet.contains(c.name()) || QByteArray(name) == "focus", name); // focus is the kiosk sheet's
        }
        QCOMPARE(style::colour(QStringLiteral("error")), QColor(0xb0, 0x00, 0x20));
        QVERIFY(!style::colour(QStringLiteral("nonsense")).isValid());
        // Loading again changes nothing and reports no unknown token.
        QString error;
        QVERIFY2(style::loadStyleSheets({QString::fromLatin1(style::defaultSheet)}, &error), qPrintable(error));
        QCOMPARE(qApp->styleSheet(), sheet);
    }

    void sheetsLoadInOrderAndShareThePalette()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile top(dir.filePath(QStringLiteral("top.qss")));
        QVERIFY(top.open(QIODevice::WriteOnly));
        top.write("/* on top */ QPushButton[role=\"primary\"] { border: 3px solid @focus; } QLabel { color: @nope; }");
        top.close();
        QString error;
        QVERIFY(!style::loadStyleSheets({QString::fromLatin1(style::defaultSheet), top.fileName()}, &error));
        QVERIFY2(error.contains(QStringLiteral("@nope")), qPrintable(error));
        const QString sheet = qApp->styleSheet();
        QVERIFY(sheet.indexOf(QStringLiteral("QLineEdit[error")) < sheet.indexOf(QStringLiteral("3px solid")));
        QVERIFY(sheet.contains(QStringLiteral("3px solid ") + style::colour(QStringLiteral("focus")).name()));
        QVERIFY(style::loadStyleSheets({QString::fromLatin1(style::defaultSheet)}, &error));
    }

    void aFieldInErrorTakesThePalettesErrorColour()
    {
        AppDriver app;
        QVERIFY(app.startApp());
        QWidget *login = app.screenWidget("loginScreen");
        auto *email = child<QLineEdit>(login, "emailEdit");
        auto *emailError = child<QLabel>(login, "emailError");
        QVERIFY(email && emailError);
        const QColor red = style::colour(QStringLiteral("error"));

        QVERIFY(app.typeInto(email, QStringLiteral("not-an-address")));
        QVERIFY(app.click("loginButton"));
        QTRY_VERIFY(emailError->isVisible());
        QCOMPARE(email->property("error").toBool(), true);
        QCOMPARE(textColour(emailError), red);
        // The field's border is drawn in the same red (the sheet's 2px border, so the edge pixel).
        QImage image = email->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, 0).rgb(), red.rgb());

        // Corrected: the property goes back and the widget is re-polished, so the red border goes.
        QVERIFY(app.typeInto(email, QStringLiteral("tanaka@example.jp"))); // replaces what the field holds
        QVERIFY(app.click("loginButton"));
        QTRY_COMPARE(email->property("error").toBool(), false);
        image = email->grab().toImage();
        QVERIFY(image.pixelColor(image.width() / 2, 0).rgb() != red.rgb());
    }

    // A label that becomes a message band takes the band's border and padding too (its text inset, its height
    // grown), not only its colours: MyPage's 「ご契約を読み込めませんでした」 was drawn with its text on the band's
    // edge.
    void aLabelTurnedIntoABandTakesItsPadding()
    {
        style::ensureStyleSheets();
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new QLabel(QStringLiteral("Your contracts could not be loaded."), &window);
        label->setWordWrap(true);
        layout->addWidget(label);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int plainHeight = label->sizeHint().height();
        QCOMPARE(label->contentsRect().top(), 0);
        style::setState(label, "message", QStringLiteral("error"));
        // The sheet's 1 px border and 6 px by 8 px padding.
        QTRY_COMPARE(label->contentsRect().top(), 7);
        QCOMPARE(label->contentsRect().left(), 9);
        QVERIFY(label->sizeHint().height() >= plainHeight + 14);
        style::setState(label, "message", QString());
        QTRY_COMPARE(label->contentsRect().top(), 0);
    }

    void aPropertyChangeRestylesTheWidget()
    {
        style::ensureStyleSheets();
        QLabel label(QStringLiteral("status"));
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        const QColor normal = textColour(&label);
        style::setState(&label, "error", true);
        QCOMPARE(textColour(&label), style::colour(QStringLiteral("error")));
        style::setState(&label, "error", false);
        QCOMPARE(textColour(&label), normal);
        style::setState(&label, "message", QStringLiteral("info"));
        QCOMPARE(textColour(&label), style::colour(QStringLiteral("success")));

        // A progress note (muted, italic) that turns into an error: red and upright, then back.
        QLabel note(QStringLiteral("Recalculating…"));
        note.setProperty("role", QStringLiteral("progress"));
        note.show();
        QVERIFY(QTest::qWaitForWindowExposed(&note));
        QCOMPARE(textColour(&note), style::colour(QStringLiteral("muted")));
        QVERIFY(note.font().italic());
        style::setState(&note, "error", true);
        QCOMPARE(textColour(&note), style::colour(QStringLiteral("error")));
        QVERIFY(!note.font().italic());
        style::setState(&note, "error", false);
        QVERIFY(note.font().italic());
    }

    // The states the screenshots do not show (a warning, an information band…) take their colours too.
    void everyLabelStateTakesItsPaletteColour_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("background");
        QTest::newRow("hint") << QByteArray("role") << "hint"
                              << "muted" << QString();
        QTest::newRow("progress") << QByteArray("role") << "progress"
                                  << "muted" << QString();
        QTest::newRow("warning") << QByteArray("role") << "warning"
                                 << "warning"
                                 << "warningBackground";
        QTest::newRow("demo banner") << QByteArray("role") << "demoBanner"
                                     << "warning"
                                     << "warningBackground";
        QTest::newRow("steps heading") << QByteArray("role") << "stepsHeading"
                                       << "strong" << QString();
        QTest::newRow("error") << QByteArray("error") << "true"
                               << "error" << QString();
        QTest::newRow("error band") << QByteArray("message") << "error"
                                    << "error"
                                    << "errorBackground";
        QTest::newRow("info band") << QByteArray("message") << "info"
                                   << "success"
                                   << "successBackground";
        QTest::newRow("increase") << QByteArray("difference") << "increase"
                                  << "error"
                                  << "errorBackground";
        QTest::newRow("decrease") << QByteArray("difference") << "decrease"
                                  << "success"
                                  << "successBackground";
    }

    void everyLabelStateTakesItsPaletteColour()
    {
        QFETCH(QByteArray, property);
        QFETCH(QString, value);
        QFETCH(QString, text);
        QFETCH(QString, background);
        style::ensureStyleSheets();
        QLabel label(QStringLiteral("一二三 abc"));
        label.setProperty(property.constData(), value);
        label.resize(200, 40);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QCOMPARE(textColour(&label), style::colour(text));
        if (!background.isEmpty()) {
            const QImage image = label.grab().toImage();
            QCOMPARE(image.pixelColor(image.width() - 10, image.height() / 2).rgb(), style::colour(background).rgb());
        }
    }

    // Every screen up to the wizard (all nine pages are built with it), its help and the PDF viewer.
    void noWidgetHasAStyleSheetOfItsOwn()
    {
        AppDriver app;
        QVERIFY(app.startApp());
        MainWindow *window = app.window();
        QStringList found = inlineStyled(window);

        // A login error and a field error on the way.
        QVERIFY(app.submitLogin(QStringLiteral("tanaka@example.jp"), QStringLiteral("wrong-password")));
        QTRY_VERIFY(child<QLabel>(window, "loginError")->isVisible());
        QCOMPARE(child<QLabel>(window, "loginError")->property("message").toString(), QStringLiteral("error"));
        found += inlineStyled(window);
        QVERIFY(app.logIn(QStringLiteral("tanaka@example.jp")));
        auto *table = child<ContractList>(window, "contractsTable");
        QTRY_VERIFY(table->rowCount() > 0);
        found += inlineStyled(window);
        QPushButton *renew = nullptr;
        for (QPushButton *b : table->findChildren<QPushButton *>())
            if (b->objectName().startsWith(QStringLiteral("renewButton_")))
                renew = b;
        QVERIFY(renew);
        QVERIFY(app.click(renew));
        QTRY_COMPARE(app.screen(), QStringLiteral("guideScreen"));
        auto *proceed = child<QPushButton>(window, "proceedButton");
        QTRY_VERIFY(proceed->isEnabled());
        found += inlineStyled(window);
        QVERIFY(app.click(proceed));
        QTRY_VERIFY(window->wizard() && window->currentScreen() == window->wizard());
        RenewalWizard *wizard = window->wizard();
        QCOMPARE(wizard->pageIds().size(), 9);
        QVERIFY(app.click(wizard->button(QWizard::HelpButton)));
        QTRY_VERIFY(wizard->findChild<QDialog *>());
        found += inlineStyled(window);
        found += inlineStyled(wizard);

        // The steps panel: the current step in the accent's colours, from its dynamic property.
        auto *current = wizard->findChild<QWidget *>(QStringLiteral("step%1").arg(wizard->currentId()));
        QVERIFY(current && current->property("current").toBool());
        QCOMPARE(textColour(current->findChild<QLabel *>(QStringLiteral("step%1Name").arg(wizard->currentId()))),
                 style::colour(QStringLiteral("onAccent")));
        auto *later = wizard->findChild<QLabel *>(QStringLiteral("step9Name"));
        QCOMPARE(textColour(later), style::colour(QStringLiteral("muted")));
        QVERIFY(!later->font().bold());
        // Page 1 confirmed: its step is done (green, no longer bold), the next one current.
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
        auto *firstName = wizard->findChild<QLabel *>(QStringLiteral("step1Name"));
        QVERIFY(firstName->font().bold());
        QVERIFY(app.check("preconfirmChecked"));
        QVERIFY(app.clickNext(BasicInfoPageId));
        QTRY_VERIFY(wizard->findChild<QWidget *>(QStringLiteral("step1"))->property("done").toBool());
        QCOMPARE(textColour(firstName), style::colour(QStringLiteral("success")));
        QVERIFY(!firstName->font().bold());
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("step2Name"))->font().bold());
        found += inlineStyled(wizard);

        QFile pdf(QStringLiteral(":/documents/disclosure.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        PdfViewerWindow viewer(pdf.readAll(), QStringLiteral("disclosure"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        found += inlineStyled(&viewer);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The widgets no test above opens (re-login dialog, message bands not shown…): no setStyleSheet in the code
    // either, but for the one application sheet.
    void noStyleSheetIsSetInTheCode()
    {
        const QString root = qEnvironmentVariable("CLICKAR_SOURCE_DIR");
        QVERIFY2(!root.isEmpty(), "CLICKAR_SOURCE_DIR is set by ctest");
        QStringList found;
        int files = 0;
        for (const char *folder : {"ui", "wizard"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QByteArray text = file.readAll();
                if (file.fileName().endsWith(QLatin1String("ui/Style.cpp")))
                    continue;
                if (text.contains("setStyleSheet(") || text.contains("<property name=\"styleSheet\">"))
                    found.append(file.fileName());
            }
        }
        QVERIFY(files > 40);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestStyle)
#include "tst_style.moc"
