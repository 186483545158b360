// Page 7 重要事項等確認: the notices from the service, the disclosure PDF in its own viewer window, and the gate —
// the e-delivery consent only once the document was opened AND scrolled to its end; a document whose SHA-256
// differs from the service's is refused and the consent stays impossible.
#include "support/AppDriver.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"

#include <QPdfView>
#include <QScrollBar>

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

using namespace clickar;

class TestDisclosurePage : public QObject
{
    Q_OBJECT

private:
    static bool startAtPage7(test::AppDriver &f)
    {
        return f.startApp() && f.openWizardAfter(Step::Customer) && f.wizard()->currentId() == DisclosurePageId;
    }
    static DisclosurePage *page(test::AppDriver &f)
    {
        return qobject_cast<DisclosurePage *>(f.wizard()->currentPage());
    }

private slots:
    void noticesComeFromTheService()
    {
        test::AppDriver f;
        QVERIFY(startAtPage7(f));
        QVERIFY(!f.prepared().notices.isEmpty());
        auto *disclosures = f.find<QWidget>("disclosureNotices");
        auto *notifications = f.find<QWidget>("notificationNotices");
        QVERIFY(disclosures && notifications);
        for (const Notice &notice : f.prepared().notices) {
            QWidget *group = notice.kind == QStringLiteral("告知") ? disclosures : notifications;
            auto *label = group->findChild<QLabel *>(QStringLiteral("notice_") + notice.id);
            QVERIFY2(label, qPrintable(notice.id));
            QVERIFY(label->text().contains(notice.text));
        }
        const DocumentInfo &document = f.prepared().documents.first();
        QVERIFY(f.find<QLabel>("documentTitle")->text().contains(document.title));
    }

    void consentNeedsTheDocumentOpenedAndReadToTheEnd()
    {
        test::AppDriver f;
        QVERIFY(startAtPage7(f));
        auto *consent = f.find<QCheckBox>("eDeliveryConsent");
        QAbstractButton *next = f.next();
        QVERIFY(!consent->isEnabled());
        QVERIFY(f.check("noticesConfirmed"));
        QVERIFY(!next->isEnabled());

        QVERIFY(f.click(f.find<QPushButton>("openDisclosureButton")));
        QTRY_VERIFY_WITH_TIMEOUT(page(f)->viewer() && page(f)->viewer()->isLoaded(), 10000);
        auto *viewer = qobject_cast<PdfViewerWindow *>(page(f)->viewer());
        QVERIFY(viewer);
        // A separate window: every page, fitted to the width, "page n of N" with N from the service.
        QVERIFY(viewer->isWindow());
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->view()->pageMode(), QPdfView::PageMode::MultiPage);
        QCOMPARE(viewer->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        const int pages = f.prepared().documents.first().pages;
        QCOMPARE(viewer->pageCount(), pages);
        auto *pageLabel = viewer->findChild<QLabel *>(QStringLiteral("pdfPageLabel"));
        QTRY_COMPARE(pageLabel->text(), QStringLiteral("Page 1 of %1").arg(pages));

        // Opened is not enough: the consent waits until the reader reaches the end.
        QScrollBar *bar = viewer->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QVERIFY(!consent->isEnabled());
        bar->setValue(bar->maximum() / 2);
        QVERIFY(!consent->isEnabled());
        QVERIFY(viewer->currentPage() > 1 && viewer->currentPage() < pages);
        // Page Down, as a reader would, until the end.
        QTest::mouseClick(viewer->view()->viewport(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), viewer->view());
        for (int i = 0; i < 500 && bar->value() < bar->maximum(); ++i)
            QVERIFY(f.pressKey(Qt::Key_PageDown));
        QCOMPARE(bar->value(), bar->maximum());
        QTRY_VERIFY(consent->isEnabled());
        QCOMPARE(pageLabel->text(), QStringLiteral("Page %1 of %1").arg(pages));
        QVERIFY(!next->isEnabled());
        QVERIFY(f.click(consent));
        QVERIFY(next->isEnabled());
        QVERIFY(f.click(consent));
        QVERIFY(!next->isEnabled());
        QVERIFY(f.click(consent));

        QVERIFY(f.clickNext(ApplicationPageId));
        const std::optional<Renewal> saved = f.serviceRenewal();
        QVERIFY(saved);
        QVERIFY(saved->isConfirmed(Step::Disclosure));
    }

    void closingAndReopeningKeepsWhatWasRead()
    {
        test::AppDriver f;
        QVERIFY(startAtPage7(f));
        QVERIFY(f.readDisclosureToEnd());
        QPointer<PdfViewer> viewer = page(f)->viewer();
        viewer->close(); // WA_DeleteOnClose
        QTRY_VERIFY(viewer.isNull());
        QVERIFY(f.find<QCheckBox>("eDeliveryConsent")->isEnabled());
        QVERIFY(f.click(f.find<QPushButton>("openDisclosureButton")));
        QTRY_VERIFY(page(f)->viewer() && page(f)->viewer()->isVisible());
    }

    void aDocumentThatDoesNotMatchItsHashIsRefused()
    {
        test::AppDriver f;
        // The document that arrives is not the one the service describes (cut short on the way).
        QVERIFY(startAtPage7(f));
        f.appClient().setExtraHeader("X-Mock-Fault", "malformed");
        QVERIFY(f.click("openDisclosureButton"));
        auto *status = f.find<QLabel>("documentStatus");
        QTRY_VERIFY(status->property("error").toBool());
        QVERIFY2(status->text().contains(QStringLiteral("does not match")), qPrintable(status->text()));
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(!page(f)->viewer());
        QVERIFY(!f.find<QCheckBox>("eDeliveryConsent")->isEnabled());
        QVERIFY(f.check("noticesConfirmed"));
        QVERIFY(!f.next()->isEnabled());
    }

    void theHashCheckRejectsOneChangedByte()
    {
        QFile file(QStringLiteral(":/documents/disclosure.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(DisclosurePage::matchesSha256(bytes, sha));
        QVERIFY(DisclosurePage::matchesSha256(bytes, sha.toUpper()));
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        QVERIFY(!DisclosurePage::matchesSha256(bytes, sha));
        QVERIFY(!DisclosurePage::matchesSha256(bytes, QString()));
    }

    void aFailedDownloadCanBeRetried()
    {
        test::AppDriver f;
        QVERIFY(startAtPage7(f));
        f.appClient().setExtraHeader("X-Mock-Fault", "status=404");
        auto *open = f.find<QPushButton>("openDisclosureButton");
        QVERIFY(f.click(open));
        auto *status = f.find<QLabel>("documentStatus");
        QTRY_VERIFY(status->property("error").toBool());
        QVERIFY(open->isEnabled());
        QVERIFY(!page(f)->viewer());
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(f.readDisclosureToEnd());
        QVERIFY(f.find<QCheckBox>("eDeliveryConsent")->isEnabled());
    }
};

QTEST_MAIN(TestDisclosurePage)
#include "tst_page7_disclosure.moc"
