#include "GuideScreen.h"

#include "Format.h"
#include "Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clickar {

GuideScreen::GuideScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("guideScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Renewal of your auto insurance"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("guideBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_body, 1);
    auto *buttons = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("Back to MyPage"), this);
    backButton->setObjectName(QStringLiteral("guideBackButton"));
    m_proceed = new QPushButton(tr("Proceed to the renewal"), this);
    m_proceed->setObjectName(QStringLiteral("proceedButton"));
    m_proceed->setDefault(true);
    buttons->addWidget(backButton);
    buttons->addStretch();
    buttons->addWidget(m_proceed);
    layout->addLayout(buttons);
    connect(backButton, &QPushButton::clicked, this, &GuideScreen::back);
    connect(m_proceed, &QPushButton::clicked, this, [this] {
        m_proceed->setEnabled(false);
        emit proceed(m_contract);
    });
}

void GuideScreen::showGuide(const Contract &contract)
{
    m_contract = contract;
    m_proceed->setEnabled(false);
    m_body->setText(tr("Loading…"));
    m_session->client()->guide(contract.policyNumber, this, [this](const Result<Guide> &result) {
        if (!result.ok())
            return showError(result.error().userMessage());
        const Guide &g = result.value();
        QString html =
            QStringLiteral("<p>%1</p>").arg(tr("The renewal takes about %n minute(s).", nullptr, g.estimatedMinutes));
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Maturity date: %1").arg(format::date(g.maturityDate)),
                         tr("Renewal deadline: %1").arg(format::date(g.deadline)));
        html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Steps"));
        for (const QString &step : g.steps)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol><h3>%1</h3><ul>").arg(tr("Please have at hand"));
        for (const QString &item : g.bring)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        for (const QString &note : g.notes)
            html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
        m_body->setText(html);
        m_proceed->setEnabled(true);
    });
}

void GuideScreen::showError(const QString &message)
{
    m_body->setText(message.toHtmlEscaped());
    m_proceed->setEnabled(true);
}

} // namespace clickar
