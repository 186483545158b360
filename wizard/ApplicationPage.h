#pragma once

#include "wizard/RenewalPage.h"

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clickar {

// 8 お申込み手続き: ドライバーカード and 次回満期時のご案内方法, a final summary, and the commit button
// 「契約を申し込む」. The application is sent once: the button is disabled while it is on its way, and after an unclear
// failure a retry sends the same application with the same idempotency key, so it can never be applied twice.
class ApplicationPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit ApplicationPage(RenewalController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

protected:
    void showRenewal(const Renewal &renewal) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QButtonGroup *addChoice(QGroupBox **box, int count, const QString &objectPrefix);
    void retranslate();
    void onBusyChanged();
    void onSubmitFailed(const ApiError &error);
    void lockChoices(bool locked);

    QGroupBox *m_driverCardBox;
    QGroupBox *m_nextNoticeBox;
    QButtonGroup *m_driverCard;
    QButtonGroup *m_nextNotice;
    QLabel *m_summaryTitle;
    QVBoxLayout *m_summary;
    QPushButton *m_retry;
};

} // namespace clickar
