#pragma once

#include "domain/Renewal.h"

#include <QGroupBox>

class QLabel;

namespace clickar {

class RenewalController;

// The premium for the new term as the service quoted it: annual premium, the amount per payment and the
// difference from last year's premium; while the service re-quotes, the old figures stay, greyed, with a note.
// Object names: quotePlanName, annualPremium, perInstallment, premiumDifference, quoteStatus.
class PremiumBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PremiumBox(QWidget *parent = nullptr);

    // Shows the controller's current quote and follows it: re-quoting, new answers and failures.
    void follow(RenewalController *controller);
    // Shows the followed controller's current state again.
    void refresh();

    void setQuote(const Quote &quote, const QString &planName);
    void setRecalculating(bool recalculating);
    void setFailed(const QString &message);

    // ¥2,930 × 12 payments (first payment ¥2,980) / Single payment of ¥35,210
    static QString installmentText(const Quote &quote);
    // ▲ +¥1,230 / ▼ −¥1,230 / ±¥0
    static QString differenceText(qint64 difference);
    // An increase red, a decrease green, both on a tinted background so they stand out.
    static void styleDifference(QLabel *label, qint64 difference);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QLabel *> m_captions;
    QLabel *m_planName;
    QLabel *m_annual;
    QLabel *m_perInstallment;
    QLabel *m_difference;
    QLabel *m_status;
    RenewalController *m_controller = nullptr;
    QString m_failure;
};

} // namespace clickar
