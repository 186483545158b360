#pragma once

#include "wizard/RenewalPage.h"

#include <QPointer>

#include <functional>

class QLabel;
class QDialog;
class QPushButton;
class QTimer;

namespace clickar {

// 9 手続き完了: 「お手続きが完了しました」, the new policy number, the thank-you mail (subject as sent, to the masked
// address), and the receipt (申込内容の控え): 「控えを印刷」 (print preview) and 「PDFで保存」. 「閉じる」 is the
// wizard's Finish button.
class CompletionPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit CompletionPage(RenewalController *controller, QWidget *parent = nullptr);

    // Writes the receipt to `path` as PDF; false (and a message on the page) when it cannot be written.
    bool saveReceipt(const QString &path);
    // The receipt's print preview while it is open (null otherwise).
    QDialog *printPreview() const;

    // Kiosk mode: the receipt is printed only (no 「PDFで保存」: nothing of the person goes to a file), and the page
    // counts down `seconds` back to the first screen, with 「終了する」 to go at once; leaveRequested() then.
    void startReturnCountdown(int seconds);
    // Input on the kiosk: the count starts again (someone is still reading or printing).
    void restartReturnCountdown();
    int returnSecondsLeft() const { return m_returnLeft; }

signals:
    void leaveRequested();

protected:
    void showRenewal(const Renewal &renewal) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void printReceipt();
    void chooseAndSaveReceipt();
    // `text` is asked again on a language switch (a reason given by another part stays as it was given).
    void setReceiptStatus(std::function<QString()> text, bool isError);
    void tickReturn();
    void retranslateReturn();
    void showReturnLeft();

    QLabel *m_heading;
    QLabel *m_caption;
    QLabel *m_policyNumber;
    QLabel *m_mail;
    QLabel *m_receiptNote;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QLabel *m_receiptStatus;
    std::function<QString()> m_receiptStatusText;
    QWidget *m_returnRow = nullptr; // kiosk mode only
    QLabel *m_returnText = nullptr;
    QPushButton *m_finish = nullptr;
    QTimer *m_returnTick = nullptr;
    int m_returnSeconds = 0;
    int m_returnLeft = 0;
};

} // namespace clickar
