#pragma once

#include "wizard/RenewalPage.h"

class QCheckBox;
class QTextBrowser;

namespace clickar {

// 1 事前確認: the handling of personal information, the solicitation policy and notes on the renewal.
class PreConfirmationPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit PreConfirmationPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTexts(const Texts &texts); // null texts: the titles only
    QCheckBox *m_confirm;
    QTextBrowser *m_privacy;
    QTextBrowser *m_solicitation;
    QTextBrowser *m_notes;
};

} // namespace clickar
