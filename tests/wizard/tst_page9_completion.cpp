// Page 9 手続き完了: the new policy number, the thank-you mail's exact subject and masked address, the receipt —
// saved as PDF through the real file dialog and read back with QtPdf, printed through the print preview — and
// 「閉じる」.
#include "support/AppDriver.h"
#include "ui/ApplicationSummary.h"
#include "ui/FileDialogs.h"
#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/ReceiptDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace clickar;

class TestCompletionPage : public QObject
{
    Q_OBJECT

private:
    static bool startCompleted(test::AppDriver &f)
    {
        return f.startApp() && f.openWizardAfter(Step::Disclosure) && f.reachPage(CompletionPageId);
    }
    // Runs `act` on the next modal dialog of type T once it is shown (exec() blocks): the print preview is looked at
    // for real, the way a person sees it.
    template<typename T> static void whenShown(const std::function<void(T *)> &act)
    {
        auto *poll = new QTimer(qApp);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            act(dialog);
        });
        poll->start();
    }
    static QString allText(QPdfDocument &pdf)
    {
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text() + QLatin1Char('\n');
        return text;
    }

private slots:
    void showsTheNewPolicyAndTheMail()
    {
        test::AppDriver f;
        QVERIFY(startCompleted(f));
        const std::optional<Renewal> r = f.serviceRenewal();
        QVERIFY(r && r->submission);
        QCOMPARE(f.find<QLabel>("newPolicyNumber")->text(), r->submission->newPolicyNumber);
        QVERIFY(r->submission->newPolicyNumber != r->policyNumber);
        QCOMPARE(f.find<QLabel>("completionHeading")->text(), QStringLiteral("Your application is complete"));
        const QString mail = f.find<QLabel>("thankYouMail")->text();
        QVERIFY2(mail.contains(QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保")),
                 qPrintable(mail));
        QCOMPARE(r->submission->confirmationEmail.subject,
                 QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保"));
        QVERIFY(mail.contains(r->submission->confirmationEmail.maskedTo));
        QVERIFY(r->submission->confirmationEmail.maskedTo.contains(u'*'));
        QVERIFY(!mail.contains(QStringLiteral("tanaka@example.jp")));
        QCOMPARE(f.wizard()->button(QWizard::FinishButton)->text(), QStringLiteral("Close"));
        QVERIFY(!f.wizard()->button(QWizard::BackButton)->isVisible() ||
                !f.wizard()->button(QWizard::BackButton)->isEnabled());
    }

    void savesTheReceiptAsPdf()
    {
        test::AppDriver f;
        QVERIFY(startCompleted(f));
        QTRY_VERIFY(f.controller().support()); // the contacts the wizard loads for help go on the receipt too
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        // Cancelled first: nothing is written, nothing is said.
        const int asked = FileDialogs::count();
        FileDialogs::setNextFileName(QString());
        QVERIFY(f.click(f.find<QPushButton>("saveReceiptPdfButton")));
        QCOMPARE(FileDialogs::count(), asked + 1);
        QVERIFY(FileDialogs::lastSuggestedPath().endsWith(f.renewal().submission->newPolicyNumber +
                                                          QStringLiteral(".pdf")));
        QVERIFY(!f.find<QLabel>("receiptStatus")->isVisible());
        // Then a file is chosen in the dialog.
        FileDialogs::setNextFileName(path);
        QVERIFY(f.click(f.find<QPushButton>("saveReceiptPdfButton")));
        QTRY_VERIFY(QFileInfo::exists(path));
        QVERIFY(f.find<QLabel>("receiptStatus")->text().contains(QStringLiteral("saved")));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        // NFKC: the CJK font maps some kanji to their Kangxi radical code points when text is extracted.
        const QString text = allText(pdf).normalized(QString::NormalizationForm_KC);
        const Renewal &r = f.controller().renewal();
        // Every detail of the application.
        for (const QString &expected :
             {r.submission->newPolicyNumber, r.policyNumber, r.selectedPlan()->name, format::yen(r.quote.annualPremium),
              format::yen(r.lastYearPremium), r.customer.postalCode, r.customer.phone, r.customer.maskedEmail,
              r.customer.groupName, r.holder.name, r.vehicle.registration,
              labels::paymentMethod(r.customer.paymentMethod), r.documents.first().title.section(QChar(0xFF08), 0, 0),
              f.controller().support()->insurer.name, QStringLiteral("Not required"),
              QStringLiteral("Web and email")}) {
            QVERIFY2(text.contains(expected.normalized(QString::NormalizationForm_KC)), qPrintable(expected));
        }
    }

    void printsTheReceiptThroughThePreview()
    {
        test::AppDriver f;
        QVERIFY(startCompleted(f));
        bool shown = false;
        whenShown<QPrintPreviewDialog>([&shown](QPrintPreviewDialog *preview) {
            shown = preview->objectName() == QStringLiteral("receiptPrintPreview");
            preview->reject();
        });
        QVERIFY(f.click(f.find<QPushButton>("printReceiptButton"))); // returns once the preview is closed
        QVERIFY(shown);
    }

    void theReceiptWritesAPdfFile()
    {
        // The receipt on its own, as after a restart: the app no longer holds the choices it sent, the submitted
        // renewal from the service has them.
        test::AppDriver f;
        QVERIFY(startCompleted(f));
        const std::optional<Renewal> fetched = f.serviceRenewal();
        QVERIFY(fetched && fetched->submission);
        const ReceiptDocument receipt(*fetched, std::nullopt);
        const QString html = receipt.html();
        const std::optional<SubmitRequest> sent = f.controller().submittedRequest();
        QVERIFY(sent);
        QVERIFY2(html.contains(ApplicationSummary::driverCard(sent->driverCard).toHtmlEscaped()), qPrintable(html));
        QVERIFY2(html.contains(ApplicationSummary::nextNotice(sent->nextNotice).toHtmlEscaped()), qPrintable(html));
        QTemporaryDir dir;
        const QString path = dir.filePath(receipt.suggestedFileName());
        QVERIFY(path.endsWith(f.controller().renewal().submission->newPolicyNumber + QStringLiteral(".pdf")));
        QString error;
        QVERIFY2(receipt.savePdf(path, &error), qPrintable(error));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(allText(pdf).contains(f.controller().renewal().submission->newPolicyNumber));
        QVERIFY(!receipt.savePdf(dir.filePath(QStringLiteral("missing/dir/x.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    void closeLeavesTheWizard()
    {
        test::AppDriver f;
        QVERIFY(startCompleted(f));
        QSignalSpy closed(f.wizard(), &RenewalWizard::closed);
        QVERIFY(f.click(f.wizard()->button(QWizard::FinishButton)));
        QCOMPARE(closed.count(), 1);
    }
};

QTEST_MAIN(TestCompletionPage)
#include "tst_page9_completion.moc"
