#include "ui/GuideScreen.h"

#include "service/Session.h"
#include "ui/Format.h"
#include "ui/Style.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clickar {

namespace {
QString htmlList(const QStringList &items, bool numbered)
{
    const QString tag = numbered ? QStringLiteral("ol") : QStringLiteral("ul");
    QString html = QStringLiteral("<%1 style=\"margin-top:0px;\">").arg(tag);
    for (const QString &item : items)
        html += QStringLiteral("<li style=\"margin-bottom:4px;\">%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</%1>").arg(tag);
}

QLabel *richLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

GuideScreen::GuideScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("guideScreen"));
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *title = new QLabel(page);
    m_title = title;
    title->setObjectName(QStringLiteral("guideTitle"));
    style::makeTitle(title);
    layout->addWidget(title);
    m_contractSummary = new QLabel(page);
    m_contractSummary->setObjectName(QStringLiteral("guideContract"));
    m_contractSummary->setWordWrap(true);
    m_contractSummary->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(m_contractSummary);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("guideStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);
    m_retry = new QPushButton(page);
    m_retry->setObjectName(QStringLiteral("guideRetryButton"));
    layout->addWidget(m_retry, 0, Qt::AlignLeft);

    m_content = new QWidget(page);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 8, 0, 0);
    auto *facts = new QFrame(m_content);
    facts->setObjectName(QStringLiteral("card"));
    facts->setProperty("role", QStringLiteral("card"));
    auto *grid = new QGridLayout(facts);
    grid->setContentsMargins(20, 14, 20, 14);
    grid->setHorizontalSpacing(32);
    m_minutes = addFact(grid, 0, QStringLiteral("guideMinutes"));
    m_maturity = addFact(grid, 1, QStringLiteral("guideMaturity"));
    m_deadline = addFact(grid, 2, QStringLiteral("guideDeadline"));
    grid->setColumnStretch(3, 1);
    content->addWidget(facts);
    for (const auto &[target, name] :
         {std::pair{&m_steps, QStringLiteral("guideSteps")}, std::pair{&m_bring, QStringLiteral("guideBring")},
          std::pair{&m_notes, QStringLiteral("guideNotes")}}) {
        auto *label = new QLabel(m_content);
        m_headings.append(label);
        style::makeHeading(label);
        content->addSpacing(10);
        content->addWidget(label);
        *target = richLabel(name, m_content);
        content->addWidget(*target);
        m_notesHeading = label; // the last one: hidden when the service sends no notes
    }
    layout->addWidget(m_content);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // no unnamed Tab stop: it scrolls to the focused button
    scroll->setWidget(page);
    auto *buttonBar = new QFrame(this);
    buttonBar->setProperty("role", QStringLiteral("buttonBar"));
    auto *buttons = new QHBoxLayout(buttonBar);
    buttons->setContentsMargins(24, 10, 24, 10);
    auto *backButton = new QPushButton(buttonBar);
    m_back = backButton;
    backButton->setObjectName(QStringLiteral("guideBackButton"));
    m_proceed = new QPushButton(buttonBar);
    m_proceed->setObjectName(QStringLiteral("proceedButton"));
    m_proceed->setDefault(true);
    m_proceed->setProperty("role", QStringLiteral("primary"));
    buttons->addWidget(backButton);
    buttons->addStretch();
    buttons->addWidget(m_proceed);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttonBar);

    connect(backButton, &QPushButton::clicked, this, &GuideScreen::back);
    const auto start = [this] {
        setStatus([] { return tr("Preparing your renewal…"); }, false, true);
        emit proceed(m_contract);
    };
    connect(m_retry, &QPushButton::clicked, this, [this, start] { m_loaded ? start() : load(); });
    connect(m_proceed, &QPushButton::clicked, this, start);
    clear();
    retranslate();
}

void GuideScreen::retranslate()
{
    m_title->setText(tr("Renewal of your auto insurance"));
    m_retry->setText(tr("Retry"));
    const QStringList facts = {tr("Time needed"), tr("Maturity date"), tr("Renewal deadline")};
    for (int i = 0; i < m_facts.size(); ++i)
        m_facts.at(i)->setText(facts.at(i));
    const QStringList headings = {tr("Steps to renewal"), tr("Please have at hand"), tr("Good to know")};
    for (int i = 0; i < m_headings.size(); ++i)
        m_headings.at(i)->setText(headings.at(i));
    m_back->setText(tr("&Back to MyPage"));
    m_proceed->setText(tr("&Proceed to the renewal procedure"));
    if (!m_contract.policyNumber.isEmpty())
        m_contractSummary->setText(tr("Policy number %1 · %2 (%3) · %4")
                                       .arg(m_contract.policyNumber, m_contract.vehicleName, m_contract.registration,
                                            format::period(m_contract.period.start, m_contract.period.end)));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_guide) {
        m_minutes->setText(tr("About %n minute(s)", nullptr, m_guide->estimatedMinutes));
        m_maturity->setText(format::date(m_guide->maturityDate));
        m_deadline->setText(format::date(m_guide->deadline));
    }
}

void GuideScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuideScreen::refetch()
{
    // The guide's texts come from the service in the language asked for; what is shown stays until they are here.
    if (m_contract.policyNumber.isEmpty() || !m_loaded || m_progress->isVisible())
        return;
    const quint64 request = ++m_request;
    m_session->client()->guide(m_contract.policyNumber, this, [this, request](const Result<Guide> &result) {
        if (request == m_request && result.ok() && m_loaded && !m_progress->isVisible())
            showLoaded(result.value(), false);
    });
}

QLabel *GuideScreen::addFact(QGridLayout *grid, int column, const QString &name)
{
    auto *caption = new QLabel;
    m_facts.append(caption);
    caption->setProperty("role", QStringLiteral("hint"));
    auto *value = new QLabel;
    value->setObjectName(name);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    value->setFont(font);
    grid->addWidget(caption, 0, column);
    grid->addWidget(value, 1, column);
    return value;
}

void GuideScreen::setStatus(const std::function<QString()> &text, bool isError, bool busy)
{
    m_statusText = text;
    m_status->setText(text ? text() : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    style::setState(m_status, "message", isError ? QStringLiteral("error") : QString());
    m_progress->setVisible(busy);
    m_retry->setVisible(isError);
    m_proceed->setEnabled(m_loaded && !busy);
}

void GuideScreen::clear()
{
    ++m_request;
    m_contract = {};
    m_loaded = false;
    m_guide.reset();
    m_contractSummary->clear();
    for (QLabel *label : {m_minutes, m_maturity, m_deadline, m_steps, m_bring, m_notes})
        label->clear();
    m_content->hide();
    setStatus({}, false, false);
}

void GuideScreen::showGuide(const Contract &contract)
{
    clear();
    m_contract = contract;
    retranslate();
    load();
}

void GuideScreen::load()
{
    m_loaded = false;
    setStatus([] { return tr("Loading the renewal guide…"); }, false, true);
    const quint64 request = ++m_request;
    m_session->client()->guide(m_contract.policyNumber, this, [this, request](const Result<Guide> &result) {
        if (request != m_request)
            return;
        if (!result.ok())
            return setStatus(
                [error = result.error()] {
                    return tr("The renewal guide could not be loaded. %1").arg(error.userMessage());
                },
                true, false);
        showLoaded(result.value(), true);
    });
}

void GuideScreen::showLoaded(const Guide &g, bool focusProceed)
{
    m_guide = g;
    m_minutes->setText(tr("About %n minute(s)", nullptr, g.estimatedMinutes));
    m_maturity->setText(format::date(g.maturityDate));
    m_deadline->setText(format::date(g.deadline));
    m_steps->setText(htmlList(g.steps, true));
    m_bring->setText(htmlList(g.bring, false));
    m_notes->setText(htmlList(g.notes, false));
    m_notes->setVisible(!g.notes.isEmpty());
    m_notesHeading->setVisible(!g.notes.isEmpty());
    m_content->show();
    m_loaded = true;
    setStatus({}, false, false);
    if (focusProceed)
        m_proceed->setFocus();
}

void GuideScreen::showError(const std::function<QString()> &message)
{
    setStatus(message, true, false);
}

} // namespace clickar
