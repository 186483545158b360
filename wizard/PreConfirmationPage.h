#pragma once

#include "wizard/RenewalPage.h"

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

private:
    QTextBrowser *m_privacy;
    QTextBrowser *m_solicitation;
    QTextBrowser *m_notes;
};

} // namespace clickar
