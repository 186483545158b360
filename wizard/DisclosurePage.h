#pragma once

#include "wizard/RenewalPage.h"

#include <QPointer>
#include <QSet>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clickar {

class PdfViewer;

// 7 重要事項等確認: 「重要事項等説明書を開く」 opens the disclosure PDF in a separate viewer window after checking its
// SHA-256 against the service's; the consent to electronic delivery becomes possible only once the document has
// been opened and scrolled to its end. The 告知事項 and 通知事項 (from the service) are confirmed with
// 「確認しました」. The document, its title and the notices come in the UI language; after a switch an open viewer
// shows the other language's document, and the consent stays possible only if that document was read to its end.
class DisclosurePage : public RenewalPage
{
    Q_OBJECT

public:
    explicit DisclosurePage(RenewalController *controller, QWidget *parent = nullptr);
    ~DisclosurePage() override;

    PdfViewer *viewer() const;
    bool hasReadToEnd() const { return m_readToEnd; }
    // The SHA-256 of the document checked and shown ("" before), the one the consent is given for.
    QString documentSha256() const { return m_verifiedSha256; }
    // Whether `bytes` are exactly the document the service describes (SHA-256, hex, case-insensitive).
    static bool matchesSha256(const QByteArray &bytes, const QString &expectedHex);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;
    QJsonObject inputsToKeep() const override { return {}; } // the consent is given again, after reading
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openDocument();
    void fetchDocument();
    void showOtherDocument(const DocumentInfo &info);
    void onDocumentLoaded(const DocumentInfo &info, const QByteArray &bytes);
    void setDocumentStatus(const QString &text, bool isError);
    void updateConsent();

    QPushButton *m_open;
    QLabel *m_documentTitle;
    QLabel *m_documentStatus;
    QGroupBox *m_disclosureBox;
    QGroupBox *m_notificationBox;
    QVBoxLayout *m_disclosureList;
    QVBoxLayout *m_notificationList;
    QCheckBox *m_consent;
    QCheckBox *m_noticesConfirmed;
    QPointer<PdfViewer> m_viewer;
    QString m_verifiedSha256;
    QSet<QString> m_readSha256s; // the documents read to their end on this page

    bool m_loading = false;
    bool m_readToEnd = false;
    bool m_consentGiven = false;
    bool m_mismatch = false;
    bool m_viewerFailed = false;
};

} // namespace clickar
