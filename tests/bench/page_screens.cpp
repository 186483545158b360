// Screenshots of page 4's licence-month message, wizard pages 5–9, the help window and the disclosure viewer window for
// a visual check (layout, clipping at 200 %, Japanese and English): a scripted renewal for tanaka in the full main
// window on the mock; each window is grabbed to a PNG. Usage: page_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a`
// with QT_SCALE_FACTOR=2. Not part of ctest.
#include "bench/Screenshots.h"
#include "support/AppDriver.h"
#include "ui/HelpDialog.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"

#include <QPdfView>
#include <QScrollBar>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QWizard>

#include <cstdio>

using namespace clickar;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Screenshots shots(argc, argv, "page_screens");
    const QString lang = shots.startLanguage;

    {
        // Page 4's 次回免許更新年月 refused as it is chosen: a month before the new term. The demo's term starts in
        // December, so the service's today is put in spring (its year then holds months either side of the start).
        MockOptions spring;
        spring.today = QDate(2026, 5, 10);
        test::AppDriver d(spring);
        if (!d.startApp(lang) || !d.openWizardAfter(Step::Coverage))
            qFatal("page 4 could not be opened");
        d.window()->resize(1200, 820);
        d.chooseLicenceMonth(QDate(d.renewal().newPeriod.start.year(), 1, 1));
        shots.save(d.window(), QStringLiteral("page4-licence-month.png"));
    }

    // tanaka's renewal with pages 1–4 confirmed, opened from MyPage in the full main window.
    test::AppDriver d;
    if (!d.startApp(lang) || !d.openWizardAfter(Step::Details))
        qFatal("the wizard could not be opened");
    MainWindow *window = d.window();
    window->resize(1200, 820);
    shots.save(window, QStringLiteral("page5.png"));
    // The help window of the page (F1), with its own language button.
    if (!d.click(d.wizard()->button(QWizard::HelpButton)) || !d.wizard()->helpDialog())
        qFatal("help");
    shots.save(d.wizard()->helpDialog(), QStringLiteral("help.png"));
    d.wizard()->helpDialog()->close();
    if (!d.reachPage(CustomerPaymentPageId))
        qFatal("page 6");
    shots.save(window, QStringLiteral("page6.png"));
    // The validation messages, as they look, typed as a person would.
    auto *phone = d.find<QLineEdit>("phoneEdit");
    auto *postal = d.find<QLineEdit>("postalCodeEdit");
    const QString oldPhone = phone->text();
    const QString oldPostal = postal->text();
    if (!d.typeInto(phone, QStringLiteral("03-123")) || !d.typeInto(postal, QStringLiteral("1500001")))
        qFatal("page 6 could not be typed into");
    shots.save(window, QStringLiteral("page6-errors.png"));
    if (!d.typeInto(phone, oldPhone) || !d.typeInto(postal, oldPostal))
        qFatal("page 6 could not be typed into");
    // Free text that is not text: a right-to-left override in the address, a zero-width space in the employee number.
    auto *address2 = d.find<QLineEdit>("address2Edit");
    auto *employee = d.find<QLineEdit>("employeeNumberEdit");
    const QString oldAddress2 = address2->text();
    const QString oldEmployee = employee->text();
    if (!d.typeInto(address2, QStringLiteral("101\u202E号室")) || !d.typeInto(employee, QStringLiteral("A12\u200B34")))
        qFatal("page 6 could not be typed into");
    shots.save(window, QStringLiteral("page6-free-text.png"));
    if (!d.typeInto(address2, oldAddress2) || !d.typeInto(employee, oldEmployee))
        qFatal("page 6 could not be typed into");
    if (!d.reachPage(DisclosurePageId))
        qFatal("page 7");
    shots.save(window, QStringLiteral("page7.png"));
    if (!d.readDisclosureToEnd())
        qFatal("viewer");
    auto *page = qobject_cast<DisclosurePage *>(d.page());
    page->viewer()->view()->verticalScrollBar()->setValue(0);
    shots.save(page->viewer(), QStringLiteral("viewer.png"));
    page->viewer()->view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    shots.save(page->viewer(), QStringLiteral("viewer-end.png"));
    d.check("eDeliveryConsent");
    d.check("noticesConfirmed");
    shots.save(window, QStringLiteral("page7-read.png"));
    if (!d.reachPage(ApplicationPageId))
        qFatal("page 8");
    shots.save(window, QStringLiteral("page8.png"));
    if (!d.reachPage(CompletionPageId))
        qFatal("page 9");
    shots.save(window, QStringLiteral("page9.png"));
    return 0;
}
