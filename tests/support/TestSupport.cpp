#include "TestSupport.h"

#include <QApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

namespace clickar::test {

namespace {
MockOptions optionsFor(const QDate &today)
{
    MockOptions options;
    options.today = today;
    return options;
}

QUrl listening(MockRenewalService &mock)
{
    if (!mock.listen())
        qFatal("the mock service could not listen on loopback");
    return mock.serverUrl();
}
} // namespace

DemoService::DemoService(const QDate &today)
    : m_mock(optionsFor(today))
    , m_client(listening(m_mock))
{}

QString DemoService::latestOtp()
{
    const auto mails = await<QList<Mail>>([this](QObject *c, auto done) { m_client.outbox(c, done); });
    if (!mails || !mails->ok())
        return {};
    QString code;
    QDateTime newest;
    static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
    for (const Mail &mail : mails->value()) {
        const QRegularExpressionMatch match = sixDigits.match(mail.body);
        if (mail.subject.contains(QStringLiteral("ワンタイムパスワード")) && match.hasMatch() &&
            (newest.isNull() || mail.sentAt >= newest)) {
            newest = mail.sentAt;
            code = match.captured(1);
        }
    }
    return code;
}

bool DemoService::signIn(const QString &email, const QString &password)
{
    const auto login = await<LoginResult>([&](QObject *c, auto done) { m_client.login(email, password, c, done); });
    if (!login || !login->ok())
        return false;
    Tokens tokens;
    if (login->value().otpRequired) {
        const QString challenge = login->value().challengeId;
        const QString code = latestOtp();
        const auto verified =
            await<Tokens>([&](QObject *c, auto done) { m_client.verifyOtp(challenge, code, c, done); });
        if (!verified || !verified->ok())
            return false;
        tokens = verified->value();
    } else {
        tokens = *login->value().tokens;
    }
    m_client.setAccessToken(tokens.accessToken);
    return true;
}

std::optional<Renewal> DemoService::startFirstRenewal()
{
    const auto contracts = await<QList<Contract>>([this](QObject *c, auto done) { m_client.contracts({}, c, done); });
    if (!contracts || !contracts->ok())
        return std::nullopt;
    for (const Contract &contract : contracts->value()) {
        if (!contract.isRenewable())
            continue;
        const auto renewal =
            await<Renewal>([&](QObject *c, auto done) { m_client.startRenewal(contract.policyNumber, c, done); });
        if (renewal && renewal->ok())
            return renewal->value();
        return std::nullopt;
    }
    return std::nullopt;
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        box->button(button)->click();
    });
    poll->start();
}

} // namespace clickar::test
