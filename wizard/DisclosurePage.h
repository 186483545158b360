#pragma once

#include "RenewalPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace clickar {

// 7 重要事項等確認: the disclosure document, consent to electronic delivery, 告知事項 and 通知事項.
class DisclosurePage : public RenewalPage
{
    Q_OBJECT

public:
    explicit DisclosurePage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;

private:
    void openDocument();

    QPushButton *m_open;
    QLabel *m_documentStatus;
    QLabel *m_notices;
    QCheckBox *m_consent;
    QString m_verifiedSha256;
};

} // namespace clickar
