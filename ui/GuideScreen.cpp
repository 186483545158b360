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
    auto *title = new QLabel(tr("Renewal of your auto insurance"), page);
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
    m_retry = new QPushButton(tr("Retry"), page);
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
    m_minutes = addFact(grid, 0, tr("Time needed"), QStringLiteral("guideMinutes"));
    m_maturity = addFact(grid, 1, tr("Maturity date"), QStringLiteral("guideMaturity"));
    m_deadline = addFact(grid, 2, tr("Renewal deadline"), QStringLiteral("guideDeadline"));
    grid->setColumnStretch(3, 1);
    content->addWidget(facts);
    for (const auto &[heading, target, name] :
         {std::tuple{tr("Steps to renewal"), &m_steps, QStringLiteral("guideSteps")},
          std::tuple{tr("Please have at hand"), &m_bring, QStringLiteral("guideBring")},
          std::tuple{tr("Good to know"), &m_notes, QStringLiteral("guideNotes")}}) {
        auto *label = new QLabel(heading, m_content);
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
    auto *backButton = new QPushButton(tr("Back to MyPage"), buttonBar);
    backButton->setObjectName(QStringLiteral("guideBackButton"));
    m_proceed = new QPushButton(tr("Proceed to the renewal procedure"), buttonBar);
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
        setStatus(tr("Preparing your renewal…"), false, true);
        emit proceed(m_contract);
    };
    connect(m_retry, &QPushButton::clicked, this, [this, start] { m_loaded ? start() : load(); });
    connect(m_proceed, &QPushButton::clicked, this, start);
    clear();
}

QLabel *GuideScreen::addFact(QGridLayout *grid, int column, const QString &label, const QString &name)
{
    auto *caption = new QLabel(label);
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

void GuideScreen::setStatus(const QString &text, bool isError, bool busy)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
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
    m_contractSummary->setText(tr("Policy number %1 · %2 (%3) · %4")
                                   .arg(contract.policyNumber, contract.vehicleName, contract.registration,
                                        format::period(contract.period.start, contract.period.end)));
    load();
}

void GuideScreen::load()
{
    m_loaded = false;
    setStatus(tr("Loading the renewal guide…"), false, true);
    const quint64 request = ++m_request;
    m_session->client()->guide(m_contract.policyNumber, this, [this, request](const Result<Guide> &result) {
        if (request != m_request)
            return;
        if (!result.ok())
            return setStatus(tr("The renewal guide could not be loaded. %1").arg(result.error().userMessage()), true,
                             false);
        showLoaded(result.value());
    });
}

void GuideScreen::showLoaded(const Guide &g)
{
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
    m_proceed->setFocus();
}

void GuideScreen::showError(const QString &message)
{
    setStatus(message, true, false);
}

} // namespace clickar
