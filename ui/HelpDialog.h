#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace clickar {

class RenewalController;
struct ApiError;
struct Support;

// Help for one wizard page (F1 or the Help button): what the page is for, and whom to contact — the agency
// (取扱代理店) and the insurer (引受保険会社) as GET /support names them, loaded once through the controller.
// Object names: helpDialog, helpPurpose, helpContacts, helpRetryButton, helpCloseButton.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    HelpDialog(int pageId, const QString &pageTitle, RenewalController *controller, QWidget *parent = nullptr);

    void showPage(int pageId, const QString &pageTitle);
    // What page `pageId` (PageIds.h) is for, in the UI language.
    static QString purposeOf(int pageId);

private:
    void showContacts(const Support &support);
    void showContactsFailed(const ApiError &error);

    RenewalController *m_controller;
    QLabel *m_heading;
    QLabel *m_purpose;
    QLabel *m_contacts;
    QPushButton *m_retry;
};

} // namespace clickar
