#pragma once

#include "service/ApiError.h"

#include <QDialog>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clickar {

class RenewalController;
struct Support;

// Help for one wizard page (F1 or the Help button): what the page is for, and whom to contact — the agency
// (取扱代理店) and the insurer (引受保険会社) as GET /support names them, loaded once through the controller.
// Object names: helpDialog, helpPurpose, helpContacts, agencyWebsite, insurerWebsite, helpRetryButton,
// helpCloseButton.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    HelpDialog(int pageId, const QString &pageTitle, RenewalController *controller, QWidget *parent = nullptr);

    void showPage(int pageId, const QString &pageTitle);
    // What page `pageId` (PageIds.h) is for, in the UI language.
    static QString purposeOf(int pageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showContacts(const Support &support);
    void showContactsFailed(const ApiError &error);
    void showLinks(const Support &support);

    RenewalController *m_controller;
    QLabel *m_heading;
    QLabel *m_purpose;
    QLabel *m_contacts;
    QPushButton *m_retry;
    // The contacts' websites, as buttons under the text (see ui/LinkButton).
    QVBoxLayout *m_links;
    QPushButton *m_close;
    QGroupBox *m_purposeBox;
    QGroupBox *m_contactsBox;
    int m_pageId = 0;
    QString m_pageTitle;
    std::optional<ApiError> m_contactsFailure;
};

} // namespace clickar
