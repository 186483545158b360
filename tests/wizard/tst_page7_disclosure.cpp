// Page 7 重要事項等確認: the notices from the service, the disclosure PDF in its own viewer window, and the gate —
// the e-delivery consent only once the document was opened AND scrolled to its end; a document whose SHA-256
// differs from the service's is refused and the consent stays impossible.
#include "PageDriver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>

using namespace clickar;

class TestDisclosurePage : public QObject
{
    Q_OBJECT

private:
    static bool startAtPage7(test::PageFixture &f, const std::function<void(Renewal &)> &tweak = {})
    {
        return f.start(Step::Customer, tweak) && f.wizard->currentId() == DisclosurePageId;
    }
    static DisclosurePage *page(test::PageFixture &f)
    {
        return qobject_cast<DisclosurePage *>(f.wizard->currentPage());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noticesComeFromTheService()
    {
        test::PageFixture f;
        QVERIFY(startAtPage7(f));
        QVERIFY(!f.service.notices.isEmpty());
        auto *disclosures = f.find<QWidget>("disclosureNotices");
        auto *notifications = f.find<QWidget>("notificationNotices");
        QVERIFY(disclosures && notifications);
        for (const Notice &notice : f.service.notices) {
            QWidget *group = notice.kind == QStringLiteral("告知") ? disclosures : notifications;
            auto *label = group->findChild<QLabel *>(QStringLiteral("notice_") + notice.id);
            QVERIFY2(label, qPrintable(notice.id));
            QVERIFY(label->text().contains(notice.text));
        }
        const DocumentInfo &document = f.service.documents.first();
        QVERIFY(f.find<QLabel>("documentTitle")->text().contains(document.title));
    }

    void consentNeedsTheDocumentOpenedAndReadToTheEnd()
    {
        test::PageFixture f;
        QVERIFY(startAtPage7(f));
        auto *consent = f.find<QCheckBox>("eDeliveryConsent");
        QAbstractButton *next = test::forwardButton(f.wizard.get());
        QVERIFY(!consent->isEnabled());
        QVERIFY(test::check(f.wizard.get(), "noticesConfirmed"));
        QVERIFY(!next->isEnabled());

        f.find<QPushButton>("openDisclosureButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(page(f)->viewer() && page(f)->viewer()->isLoaded(), 10000);
        auto *viewer = qobject_cast<PdfViewerWindow *>(page(f)->viewer());
        QVERIFY(viewer);
        // A separate window: every page, fitted to the width, "page n of N" with N from the service.
        QVERIFY(viewer->isWindow());
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->view()->pageMode(), QPdfView::PageMode::MultiPage);
        QCOMPARE(viewer->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        const int pages = f.service.documents.first().pages;
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
        viewer->view()->setFocus();
        for (int i = 0; i < 500 && bar->value() < bar->maximum(); ++i)
            QTest::keyClick(viewer->view(), Qt::Key_PageDown);
        QCOMPARE(bar->value(), bar->maximum());
        QTRY_VERIFY(consent->isEnabled());
        QCOMPARE(pageLabel->text(), QStringLiteral("Page %1 of %1").arg(pages));
        QVERIFY(!next->isEnabled());
        consent->click();
        QVERIFY(next->isEnabled());
        consent->click();
        QVERIFY(!next->isEnabled());
        consent->click();

        QVERIFY(test::clickForwardTo(f.wizard.get(), ApplicationPageId));
        const std::optional<Renewal> saved = f.fetch();
        QVERIFY(saved);
        QVERIFY(saved->isConfirmed(Step::Disclosure));
    }

    void closingAndReopeningKeepsWhatWasRead()
    {
        test::PageFixture f;
        QVERIFY(startAtPage7(f));
        QVERIFY(test::readDisclosureToEnd(f.wizard.get()));
        QPointer<PdfViewer> viewer = page(f)->viewer();
        viewer->close(); // WA_DeleteOnClose
        QTRY_VERIFY(viewer.isNull());
        QVERIFY(f.find<QCheckBox>("eDeliveryConsent")->isEnabled());
        f.find<QPushButton>("openDisclosureButton")->click();
        QTRY_VERIFY(page(f)->viewer() && page(f)->viewer()->isVisible());
    }

    void aDocumentThatDoesNotMatchItsHashIsRefused()
    {
        test::PageFixture f;
        // The service describes a different document than the one it serves.
        QVERIFY(startAtPage7(f, [](Renewal &r) { r.documents.first().sha256 = QString(64, u'0'); }));
        f.find<QPushButton>("openDisclosureButton")->click();
        auto *status = f.find<QLabel>("documentStatus");
        QTRY_VERIFY(status->property("error").toBool());
        QVERIFY2(status->text().contains(QStringLiteral("does not match")), qPrintable(status->text()));
        QVERIFY(!page(f)->viewer());
        QVERIFY(!f.find<QCheckBox>("eDeliveryConsent")->isEnabled());
        QVERIFY(test::check(f.wizard.get(), "noticesConfirmed"));
        QVERIFY(!test::forwardButton(f.wizard.get())->isEnabled());
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
        test::PageFixture f;
        QVERIFY(startAtPage7(f));
        f.demo.client().setExtraHeader("X-Mock-Fault", "status=404");
        auto *open = f.find<QPushButton>("openDisclosureButton");
        open->click();
        auto *status = f.find<QLabel>("documentStatus");
        QTRY_VERIFY(status->property("error").toBool());
        QVERIFY(open->isEnabled());
        QVERIFY(!page(f)->viewer());
        f.demo.client().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(test::readDisclosureToEnd(f.wizard.get()));
        QVERIFY(f.find<QCheckBox>("eDeliveryConsent")->isEnabled());
    }
};

QTEST_MAIN(TestDisclosurePage)
#include "tst_page7_disclosure.moc"
