#include "wizard/DisclosurePage.h"

#include "ui/DocumentTools.h"
#include "ui/PdfViewer.h"
#include "ui/Style.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace clickar {

namespace {
void clear(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

DisclosurePage::DisclosurePage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Disclosure, parent)
{
    m_documentTitle = new QLabel(this);
    m_documentTitle->setObjectName(QStringLiteral("documentTitle"));
    m_documentTitle->setWordWrap(true);
    contentLayout()->addWidget(m_documentTitle);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openDisclosureButton"));
    m_open->setAutoDefault(false);
    m_open->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    contentLayout()->addWidget(m_open);
    m_documentStatus = new QLabel(this);
    m_documentStatus->setObjectName(QStringLiteral("documentStatus"));
    m_documentStatus->setWordWrap(true);
    contentLayout()->addWidget(m_documentStatus);

    m_disclosureBox = new QGroupBox(this);
    m_disclosureBox->setObjectName(QStringLiteral("disclosureNotices"));
    m_disclosureList = new QVBoxLayout(m_disclosureBox);
    m_notificationBox = new QGroupBox(this);
    m_notificationBox->setObjectName(QStringLiteral("notificationNotices"));
    m_notificationList = new QVBoxLayout(m_notificationBox);
    contentLayout()->addWidget(m_disclosureBox);
    contentLayout()->addWidget(m_notificationBox);
    contentLayout()->addStretch();

    m_consent = addConfirmation(QStringLiteral("eDeliveryConsent"), {});
    m_consent->setEnabled(false);
    m_noticesConfirmed = addConfirmation(QStringLiteral("noticesConfirmed"), {});
    addAgentAttestation();
    retranslate();
    setDocumentStatus({}, false);
    connect(m_open, &QPushButton::clicked, this, &DisclosurePage::openDocument);
    // The person's tick, while the box can be ticked: it comes back with the document it was given for.
    connect(m_consent, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_consent->isEnabled())
            m_consentGiven = checked;
    });
}

void DisclosurePage::retranslate()
{
    setTitle(tr("Important matters"));
    setSubTitle(tr("Read the explanation of important matters to its end and confirm the matters to disclose and "
                   "to notify."));
    setButtonText(QWizard::NextButton, tr("Next (Application)"));
    m_open->setText(tr("&Open the explanation of important matters"));
    m_consent->setText(tr("I consent to &electronic delivery of the explanation of important matters"));
    m_noticesConfirmed->setText(tr("I have &confirmed"));
    m_disclosureBox->setTitle(tr("Matters to disclose (duty of disclosure)"));
    m_notificationBox->setTitle(tr("Matters to notify (duty of notification)"));
}

void DisclosurePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRenewal(controller()->renewal());
        updateConsent();
    }
    RenewalPage::changeEvent(event);
}

DisclosurePage::~DisclosurePage()
{
    // The viewer window goes first, while the page it reports to is still whole.
    if (m_viewer) {
        m_viewer->disconnect(this);
        delete m_viewer;
    }
}

PdfViewer *DisclosurePage::viewer() const
{
    return m_viewer;
}

bool DisclosurePage::matchesSha256(const QByteArray &bytes, const QString &expectedHex)
{
    if (expectedHex.isEmpty())
        return false;
    const QByteArray actual = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(actual).compare(expectedHex.trimmed(), Qt::CaseInsensitive) == 0;
}

void DisclosurePage::showRenewal(const Renewal &renewal)
{
    if (renewal.documents.isEmpty()) {
        m_documentTitle->clear();
        m_open->setEnabled(false);
        setDocumentStatus(tr("The explanation of important matters is not available at the moment. Please try again "
                             "later or contact us."),
                          true);
    } else {
        const DocumentInfo &info = renewal.documents.first();
        m_documentTitle->setText(tr("%1 (%2, %n page(s))", nullptr, info.pages).arg(info.title, info.version));
        m_open->setEnabled(!m_loading);
        if (!m_verifiedSha256.isEmpty() && m_verifiedSha256.compare(info.sha256, Qt::CaseInsensitive) != 0)
            showOtherDocument(info);
    }
    clear(m_disclosureList);
    clear(m_notificationList);
    for (const Notice &notice : renewal.notices) {
        const bool disclosure = notice.kind == QStringLiteral("告知");
        auto *label = new QLabel(tr("• %1", "a notice of the service, as a list item").arg(notice.text));
        label->setObjectName(QStringLiteral("notice_") + notice.id);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        (disclosure ? m_disclosureList : m_notificationList)->addWidget(label);
    }
    m_disclosureBox->setVisible(m_disclosureList->count() > 0);
    m_notificationBox->setVisible(m_notificationList->count() > 0);
    updateConsent();
}

void DisclosurePage::showOtherDocument(const DocumentInfo &info)
{
    // The service now describes another document than the one checked (the other language's, or a new version).
    // It counts as read only if this very document (by its SHA-256) was read to its end before; an open viewer
    // shows it instead, in the same window.
    const QString sha256 = info.sha256.trimmed().toLower();
    const bool readBefore = m_readSha256s.contains(sha256);
    m_verifiedSha256 = readBefore ? sha256 : QString();
    m_readToEnd = readBefore;
    if (m_viewer)
        fetchDocument();
}

void DisclosurePage::openDocument()
{
    if (m_viewer) {
        m_viewer->showNormal();
        m_viewer->raise();
        m_viewer->activateWindow();
        return;
    }
    fetchDocument();
}

void DisclosurePage::fetchDocument()
{
    const Renewal &renewal = controller()->renewal();
    if (renewal.documents.isEmpty() || m_loading)
        return;
    const DocumentInfo info = renewal.documents.first();
    m_loading = true;
    m_open->setEnabled(false);
    setDocumentStatus(tr("Loading the document…"), false);
    controller()->loadDocument(info.id, this, [this, info](const Result<QByteArray> &result) {
        m_loading = false;
        m_open->setEnabled(true);
        // The language changed while it was on its way: the document now described is fetched instead.
        const QList<DocumentInfo> &now = controller()->renewal().documents;
        if (!now.isEmpty() && now.first().sha256.compare(info.sha256, Qt::CaseInsensitive) != 0)
            return fetchDocument();
        if (!result.ok()) {
            return setDocumentStatus(tr("%1 Press the button to try again.").arg(result.error().userMessage()), true);
        }
        onDocumentLoaded(info, result.value());
    });
}

void DisclosurePage::onDocumentLoaded(const DocumentInfo &info, const QByteArray &bytes)
{
    if (!matchesSha256(bytes, info.sha256)) {
        // Not the insurer's document: it is neither shown nor accepted for the consent.
        qCWarning(lcWizard) << "disclosure document failed its SHA-256 check";
        m_mismatch = true;
        m_verifiedSha256.clear();
        m_readToEnd = false;
        if (m_viewer)
            m_viewer->close(); // it shows a document no longer described
        updateConsent();
        return setDocumentStatus(tr("The document received does not match the insurer's version (its SHA-256 check "
                                    "failed), so it cannot be used for your consent. Please try again later or "
                                    "contact us."),
                                 true);
    }
    m_mismatch = false;
    m_viewerFailed = false;
    m_verifiedSha256 = info.sha256.trimmed().toLower();
    QString toolsError;
    DocumentTools *tools = documentTools(&toolsError);
    if (!tools) {
        m_viewerFailed = true;
        updateConsent();
        return setDocumentStatus(
            tr("The document viewer could not be started (%1). Please contact us.").arg(toolsError), true);
    }
    // A document read to its end before (the same SHA-256) stays read.
    m_readToEnd = m_readSha256s.contains(m_verifiedSha256);
    if (m_viewer) {
        // After a switch of language: the other document in the open window, where the person left it.
        m_viewer->showDocument(bytes, info.title);
        updateConsent();
        return;
    }
    m_viewer = tools->createPdfViewer(bytes, info.title, this);
    connect(m_viewer, &PdfViewer::reachedEnd, this, [this] {
        m_readToEnd = true;
        m_readSha256s.insert(m_verifiedSha256);
        updateConsent();
    });
    connect(m_viewer, &PdfViewer::loadFailed, this, [this](const QString &message) {
        // Nothing to read in that window: it goes, and the button tries again.
        m_viewerFailed = true;
        m_viewer->close();
        setDocumentStatus(tr("%1 Press the button to try again.").arg(message), true);
        updateConsent();
    });
    connect(m_viewer, &PdfViewer::loaded, this, [this] { updateConsent(); });
    // Closed (Esc): back to this page, at the consent box once the document was read, for the keyboard.
    connect(m_viewer, &QObject::destroyed, this, [this] {
        if (!isVisible())
            return;
        window()->activateWindow();
        if (m_consent->isEnabled())
            m_consent->setFocus(Qt::OtherFocusReason);
    });
    m_viewer->show();
    updateConsent();
}

void DisclosurePage::updateConsent()
{
    const bool allowed = !m_verifiedSha256.isEmpty() && m_readToEnd && !m_mismatch;
    m_consent->setEnabled(allowed);
    // Unticked while the document shown is not read (another language's, after a switch); ticked again when the
    // document read comes back.
    m_consent->setChecked(allowed && m_consentGiven);
    if (m_mismatch || m_viewerFailed || m_loading)
        return;
    if (allowed) {
        setDocumentStatus(tr("You have read the document to its end. You can now give your consent."), false);
    } else if (m_viewer && m_viewer->isLoaded()) {
        setDocumentStatus(tr("Document checked (%n page(s)). Scroll to the end of the document in its window to "
                             "give your consent.",
                             nullptr, m_viewer->pageCount()),
                          false);
    } else if (!m_verifiedSha256.isEmpty()) {
        setDocumentStatus(tr("Open the document again and scroll to its end to give your consent."), false);
    } else {
        setDocumentStatus(tr("Open the document and read it to its end; then you can give your consent."), false);
    }
}

void DisclosurePage::setDocumentStatus(const QString &text, bool isError)
{
    m_documentStatus->setText(text);
    style::setState(m_documentStatus, "error", isError);
}

QJsonObject DisclosurePage::stepFields() const
{
    return {{QStringLiteral("eDeliveryConsent"), true},
            {QStringLiteral("documentSha256"), m_verifiedSha256},
            {QStringLiteral("noticesConfirmed"), true}};
}

} // namespace clickar
