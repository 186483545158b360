// Screenshots of wizard pages 5–9 and the disclosure viewer window for a visual check (layout, clipping at
// 200 %, Japanese and English): a scripted renewal for tanaka on the mock; each window is grabbed to a PNG.
// Usage: page_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a` with QT_SCALE_FACTOR=2. Not part of ctest.
#include "ui/Translations.h"
#include "wizard/PageDriver.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>

#include <cstdio>

using namespace clickar;

namespace {
void save(QWidget *window, const QString &path)
{
    QTest::qWait(300); // layouts, quotes and the PDF's page images settle
    if (!window->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2)
        qFatal("usage: page_screens OUT_DIR [ja|en]");
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("ja");
    QDir().mkpath(out.path());
    installTranslations(lang);
    const QString prefix = out.filePath(lang + QStringLiteral("-x%1-").arg(qApp->devicePixelRatio()));

    test::DemoService demo;
    const std::optional<Renewal> renewal = test::tanakaAtDecision(demo);
    if (!renewal)
        qFatal("no renewal");
    RenewalController controller(&demo.client(), *renewal);
    RenewalWizard wizard(&controller);
    wizard.resize(1100, 800);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        qFatal("not shown");
    save(&wizard, prefix + QStringLiteral("page5.png"));
    if (!test::driveTo(&wizard, CustomerPaymentPageId))
        qFatal("page 6");
    save(&wizard, prefix + QStringLiteral("page6.png"));
    // The validation messages, as they look.
    auto *phone = test::child<QLineEdit>(&wizard, "phoneEdit");
    auto *postal = test::child<QLineEdit>(&wizard, "postalCodeEdit");
    const QString oldPhone = phone->text();
    const QString oldPostal = postal->text();
    phone->setText(QStringLiteral("03-123"));
    Q_EMIT phone->textEdited(phone->text());
    postal->setText(QStringLiteral("1500001"));
    Q_EMIT postal->textEdited(postal->text());
    save(&wizard, prefix + QStringLiteral("page6-errors.png"));
    phone->setText(oldPhone);
    Q_EMIT phone->textEdited(phone->text());
    postal->setText(oldPostal);
    Q_EMIT postal->textEdited(postal->text());
    if (!test::driveTo(&wizard, DisclosurePageId))
        qFatal("page 7");
    save(&wizard, prefix + QStringLiteral("page7.png"));
    if (!test::readDisclosureToEnd(&wizard))
        qFatal("viewer");
    auto *page = qobject_cast<DisclosurePage *>(wizard.currentPage());
    page->viewer()->view()->verticalScrollBar()->setValue(0);
    save(page->viewer(), prefix + QStringLiteral("viewer.png"));
    page->viewer()->view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    save(page->viewer(), prefix + QStringLiteral("viewer-end.png"));
    test::check(&wizard, "eDeliveryConsent");
    test::check(&wizard, "noticesConfirmed");
    save(&wizard, prefix + QStringLiteral("page7-read.png"));
    if (!test::driveTo(&wizard, ApplicationPageId))
        qFatal("page 8");
    save(&wizard, prefix + QStringLiteral("page8.png"));
    if (!test::driveTo(&wizard, CompletionPageId))
        qFatal("page 9");
    save(&wizard, prefix + QStringLiteral("page9.png"));
    return 0;
}
