#include "ui/LoginScreen.h"

#include "ui/WrappedLabel.h"

#include "service/Session.h"
#include "ui/LinkButton.h"
#include "ui/Style.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace clickar {

namespace {
QLabel *fieldError(const QString &name, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setProperty("error", true);
    label->hide();
    return label;
}
} // namespace

LoginScreen::LoginScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginScreen"));
    QVBoxLayout *layout = style::centredCard(this, QString());
    QWidget *card = layout->parentWidget();
    m_title = card->findChild<QLabel *>(QStringLiteral("screenTitle"));
    auto *intro = new WrappedLabel(card);
    m_intro = intro;
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_notice = new WrappedLabel(card);
    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setProperty("message", QStringLiteral("info"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addSpacing(8);

    auto *emailLabel = new QLabel(card);
    m_emailLabel = emailLabel;
    m_email = new QLineEdit(card);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(QStringLiteral("name@example.jp"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    emailLabel->setBuddy(m_email);
    m_emailError = fieldError(QStringLiteral("emailError"), card);
    auto *passwordLabel = new QLabel(card);
    m_passwordLabel = passwordLabel;
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    passwordLabel->setBuddy(m_password);
    m_passwordError = fieldError(QStringLiteral("passwordError"), card);
    for (QWidget *w : {static_cast<QWidget *>(emailLabel), static_cast<QWidget *>(m_email),
                       static_cast<QWidget *>(m_emailError), static_cast<QWidget *>(passwordLabel),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_passwordError)})
        layout->addWidget(w);

    m_remember = new QCheckBox(card);
    m_remember->setObjectName(QStringLiteral("rememberLoginCheck"));
    layout->addSpacing(4);
    layout->addWidget(m_remember);
    m_rememberNote = new WrappedLabel(card);
    m_rememberNote->setObjectName(QStringLiteral("rememberNote"));
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setProperty("role", QStringLiteral("hint"));
    m_rememberNote->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_rememberNote);

    m_error = new WrappedLabel(card);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setProperty("message", QStringLiteral("error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_retry = new QPushButton(card);
    m_retry->setObjectName(QStringLiteral("loginRetryButton"));
    m_retry->hide();
    layout->addWidget(m_retry, 0, Qt::AlignRight);
    m_progress = new QProgressBar(card);
    m_progress->setObjectName(QStringLiteral("loginProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_login = new QPushButton(card);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_login->setMinimumHeight(m_login->sizeHint().height() * 5 / 4);
    layout->addWidget(m_login);

    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setProperty("role", QStringLiteral("separator"));
    layout->addSpacing(8);
    layout->addWidget(line);
    auto *registration = new WrappedLabel(card);
    m_registration = registration;
    registration->setObjectName(QStringLiteral("registrationNote"));
    registration->setWordWrap(true);
    registration->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(registration);
    m_registrationLink = new LinkButton(card);
    m_registrationLink->setObjectName(QStringLiteral("registrationLink"));
    m_registrationLink->hide();
    layout->addWidget(m_registrationLink, 0, Qt::AlignLeft);

    connect(m_login, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_retry, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_email, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        // A lockout is about the address it was given for: another address is another account.
        if (m_errorCode == QStringLiteral("account_locked")) {
            m_error->hide();
            m_errorCode.clear();
        }
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        if (!m_email->text().trimmed().isEmpty() && !m_busy)
            validate(false);
    });
    for (QLineEdit *edit : {m_email, m_password}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_retry->hide();
            if (m_triedSubmit)
                validate(false);
        });
    }
    connect(session, &Session::rememberAvailabilityChanged, this, &LoginScreen::updateRemember);
    connect(session, &Session::restoreStarted, this, [this] {
        m_restoring = true;
        setBusy(true);
    });
    connect(session, &Session::restoreFinished, this, [this](bool signedIn, bool failed, const ApiError &error) {
        m_restoring = false;
        setBusy(false);
        if (signedIn || !failed)
            return;
        showNotice([error] {
            return error.isTransient() ? tr("Your saved login could not be checked: %1").arg(error.userMessage())
                                       : tr("Your saved login has expired. Please log in again.");
        });
    });
    m_email->setText(session->rememberedEmail());
    m_remember->setChecked(!m_email->text().isEmpty());
    retranslate();
}

void LoginScreen::retranslate()
{
    m_title->setText(tr("MyPage login"));
    m_intro->setText(tr("Log in with the email address and password registered for MyPage."));
    m_emailLabel->setText(tr("Email address"));
    m_email->setAccessibleName(tr("Email address"));
    m_passwordLabel->setText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("Save my login information"));
    m_retry->setText(tr("Retry"));
    m_registration->setText(tr("<b>No MyPage account yet?</b> MyPage registration (会員登録) is done on the "
                               "insurer's website. Please register there first, then log in here with the "
                               "email address and password you registered."));
    if (m_registrationLink->url().isValid())
        m_registrationLink->setLink(m_registrationLink->url(), tr("MyPage registration (会員登録)"));
    if (m_noticeText)
        m_notice->setText(m_noticeText());
    if (m_shownError)
        m_error->setText(m_shownError->userMessage());
    if (!m_emailError->text().isEmpty() || !m_passwordError->text().isEmpty())
        validate(false);
    setBusy(m_busy);
}

void LoginScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool LoginScreen::looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

void LoginScreen::loadRegistrationAddress()
{
    // Where to register comes from the service (GET /support, asked without a login); until it is here, or when it
    // cannot be had, the note names the insurer's website without an address.
    if (m_registrationLink->url().isValid() || m_registrationAsked)
        return;
    m_registrationAsked = true;
    m_session->client()->support(this, [this](const Result<Support> &result) {
        m_registrationAsked = false;
        // At start the embedded demo service may not answer yet: asked again a few times, a second apart.
        if (!result.ok() && ++m_registrationTries < 5)
            return QTimer::singleShot(1000, this, &LoginScreen::loadRegistrationAddress);
        const QUrl url(result.ok() ? result.value().registrationUrl : QString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http")))
            return;
        m_registrationLink->setLink(url, tr("MyPage registration (会員登録)"));
        m_registrationLink->show();
    });
}

void LoginScreen::reset()
{
    loadRegistrationAddress();
    m_password->clear();
    m_error->hide();
    m_shownError.reset();
    m_retry->hide();
    m_triedSubmit = false;
    setFieldError(m_email, m_emailError, {});
    setFieldError(m_password, m_passwordError, {});
    if (m_email->text().isEmpty())
        m_email->setText(m_session->rememberedEmail());
    updateRemember();
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void LoginScreen::showNotice(const std::function<QString()> &text)
{
    m_noticeText = text;
    m_notice->setText(text ? text() : QString());
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void LoginScreen::updateRemember()
{
    const bool offered = m_session->credentialStore() != nullptr; // never in kiosk mode
    m_remember->setVisible(offered);
    m_rememberNote->setVisible(offered);
    if (!offered)
        return m_remember->setChecked(false);
    const bool available = m_session->rememberAvailability() != CredentialStore::Availability::Unavailable;
    m_remember->setEnabled(available && !m_busy);
    if (!available)
        m_remember->setChecked(false);
    m_rememberNote->setText(available ? tr("You stay logged in on this computer. The login is kept only in this "
                                           "computer's secure keychain. Do not use this on a shared computer.")
                                      : tr("Saving the login is not available: this computer has no secure keychain "
                                           "(Secret Service) running. You can still log in as usual."));
    m_remember->setAccessibleDescription(m_rememberNote->text());
}

void LoginScreen::setFieldError(QLineEdit *edit, QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    edit->setAccessibleDescription(text);
    style::setState(edit, "error", !text.isEmpty());
}

bool LoginScreen::validate(bool focusFirstError)
{
    const QString email = m_email->text().trimmed();
    QString emailProblem;
    if (email.isEmpty())
        emailProblem = tr("Enter your email address.");
    else if (!looksLikeEmail(email))
        emailProblem = tr("Enter the email address in the form name@example.jp.");
    const QString passwordProblem =
        m_triedSubmit && m_password->text().isEmpty() ? tr("Enter your password.") : QString();
    setFieldError(m_email, m_emailError, emailProblem);
    setFieldError(m_password, m_passwordError, passwordProblem);
    if (focusFirstError && !emailProblem.isEmpty())
        m_email->setFocus();
    else if (focusFirstError && !passwordProblem.isEmpty())
        m_password->setFocus();
    return emailProblem.isEmpty() && passwordProblem.isEmpty();
}

void LoginScreen::submit()
{
    if (m_busy)
        return;
    m_triedSubmit = true;
    m_error->hide();
    m_shownError.reset();
    m_retry->hide();
    if (!validate(true))
        return;
    setBusy(true);
    m_session->login(m_email->text(), m_password->text(), m_remember->isChecked(), this,
                     [this](const Session::Outcome &outcome) {
                         setBusy(false);
                         if (outcome.kind == Session::Outcome::Kind::OtpRequired)
                             emit otpRequired(outcome.maskedEmail, outcome.expiresIn);
                         else if (outcome.kind == Session::Outcome::Kind::Failed)
                             showError(outcome.error);
                     });
}

void LoginScreen::showError(const ApiError &error)
{
    m_shownError = error;
    m_error->setText(error.userMessage());
    m_error->show();
    m_errorCode = error.code;
    const bool transient = error.isTransient() && error.code != QStringLiteral("rate_limited");
    m_retry->setVisible(transient);
    if (transient) {
        m_retry->setFocus();
        return;
    }
    if (error.code == QStringLiteral("invalid_credentials"))
        m_password->clear();
    m_password->setFocus();
    // A certificate or an insecure address is not the password's fault: it is not offered for retyping.
    if (error.kind == ApiError::Kind::Tls || error.kind == ApiError::Kind::Insecure)
        m_password->end(false);
    else
        m_password->selectAll();
}

void LoginScreen::setBusy(bool busy)
{
    m_busy = busy;
    m_email->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_login->setEnabled(!busy);
    m_login->setText(!busy ? tr("Log in") : m_restoring ? tr("Logging in with your saved login…") : tr("Logging in…"));
    m_progress->setVisible(busy);
    if (busy)
        m_notice->hide();
    updateRemember();
}

} // namespace clickar
