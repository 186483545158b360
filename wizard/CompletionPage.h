#pragma once

#include "RenewalPage.h"

class QLabel;

namespace clickar {

// 9 手続き完了: the new policy number and where the thank-you mail went.
class CompletionPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit CompletionPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;

private:
    QLabel *m_policyNumber;
    QLabel *m_mail;
};

} // namespace clickar
