#pragma once

#include "RenewalPage.h"

class QButtonGroup;

namespace clickar {

class InfoTable;

// 8 お申込み手続き: driver card and next notice, a final summary, and the commit button 「契約を申し込む」.
class ApplicationPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit ApplicationPage(RenewalController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void showRenewal(const Renewal &renewal) override;

private:
    QButtonGroup *addChoice(const QString &title, const QStringList &options, const QString &objectPrefix);

    QButtonGroup *m_driverCard;
    QButtonGroup *m_nextNotice;
    InfoTable *m_summary;
    bool m_submitted = false;
};

} // namespace clickar
