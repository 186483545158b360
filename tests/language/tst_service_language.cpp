// The service's content in the UI language: the demo service answers in the request's Accept-Language (Japanese by
// default, English for en…) — plan names, page 1's texts, the guide, the notices, the document (its own PDF and
// SHA-256), the product name, the contacts and the mails — while the customer's data stays as recorded. In the app,
// every screen and wizard page shows no Japanese in English except the customer's data, and the service's English
// nowhere in Japanese, also after switching back and forth; an open document viewer shows the other language's
// document after a switch, and counts it as read only if that very document was read to its end.
#include "mock/MockClient.h"
#include "mock/SeedData.h"
#include "support/AppDriver.h"
#include "support/LanguageCheck.h"
#include "support/TestSupport.h"
#include "ui/ClickarApp.h"
#include "ui/LanguageSwitch.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/MyPageScreen.h"
#include "ui/PdfViewer.h"
#include "ui/Translations.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUuid>
#include <QWizard>

using namespace clickar;
using namespace clickar::test;

// A check in a helper: the test stops at its first failure.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

const QRegularExpression &japaneseScript()
{
    // Kana, kanji, CJK punctuation (、。「」〜〒…) and full-width forms.
    static const QRegularExpression japanese(
        QStringLiteral("[\\x{3000}-\\x{30ff}\\x{3400}-\\x{4dbf}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    return japanese;
}

bool hasJapanese(const QString &text)
{
    return text.contains(japaneseScript());
}

QByteArray sourceFileSha256(const QString &relative)
{
    QFile file(QDir(qEnvironmentVariable("CLICKAR_SOURCE_DIR")).filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The customer's own data on screen, which stays as recorded in either language: names, kana, addresses, vehicle
// names, registration plates, group names.
QStringList customerData()
{
    QStringList data;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(top);
        if (!window)
            continue;
        if (auto *myPage = window->findChild<MyPageScreen *>()) {
            for (const Contract &c : myPage->contracts())
                data << c.holderName << c.holderKana << c.vehicleName << c.registration << c.groupName;
        }
        if (RenewalWizard *wizard = window->wizard()) {
            const Renewal &r = wizard->controller()->renewal();
            data << r.holder.name << r.holder.nameKana << r.insured.name << r.vehicle.name << r.vehicle.registration
                 << r.customer.prefecture << r.customer.address1 << r.customer.address2 << r.customer.groupName;
        }
    }
    // The person's name as MyPage greets them (the account's display name).
    for (const char *name : {"田中 一郎", "鈴木 花子", "佐藤 健", "高橋 美咲"})
        data << QString::fromUtf8(name);
    data.removeAll(QString());
    std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return data;
}

// In English: the visible texts with Japanese left once the customer's data is taken out. The switch names the
// other language in itself on purpose.
QStringList japaneseOutsideCustomerData()
{
    const QStringList data = customerData();
    QStringList found;
    for (const QString &original : visibleTexts(FieldTexts::AlsoWhatIsTyped)) {
        QString text = original;
        for (const QString &value : data)
            text.remove(value);
        if (hasJapanese(text))
            found.append(original.left(100));
    }
    return found;
}

// The service's English (from the seed's "en"): what must not be seen in Japanese.
QStringList englishServiceTexts()
{
    QString error;
    const std::optional<Seed> seed = Seed::load(QStringLiteral(":/seed/demo.json"), &error);
    if (!seed)
        return {error};
    const SeedContent &en = seed->english;
    QStringList texts = {en.productName, en.insurer.name, en.hours, en.agency.name};
    for (const QString &text : {en.texts.privacy, en.texts.solicitation, en.texts.notes})
        texts += text.split(u'\n', Qt::SkipEmptyParts);
    for (const Notice &notice : en.notices)
        texts << notice.text;
    for (const SeedDocument &document : en.documents)
        texts << document.info.title << document.info.version;
    texts += en.guide.steps + en.guide.bring + en.guide.notes;
    texts += en.planNames.values();
    QStringList long_;
    for (const QString &text : std::as_const(texts)) {
        if (text.trimmed().size() >= 8)
            long_.append(text.trimmed().left(60));
    }
    return long_;
}

// In Japanese: the visible texts that hold some of the service's English. A mail stays in the language it was sent
// in (the demo's mail panel shows the mails as sent).
QStringList englishServiceContentShown()
{
    static const QStringList english = englishServiceTexts();
    QStringList sent;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(top); window && window->mailPanel()) {
            for (const Mail &mail : window->mailPanel()->mails())
                sent << mail.body << mail.subject;
        }
    }
    QStringList found;
    for (QString text : visibleTexts(FieldTexts::AlsoWhatIsTyped)) {
        for (const QString &mail : std::as_const(sent))
            text.remove(mail);
        for (const QString &piece : english) {
            if (text.contains(piece)) {
                found.append(QStringLiteral("“%1” (holds “%2”)").arg(text.left(80), piece));
                break;
            }
        }
    }
    return found;
}

} // namespace

class TestServiceLanguage : public QObject
{
    Q_OBJECT

private:
    std::optional<AppDriver> m_app;

    bool switchLanguage(const QString &expected)
    {
        // From the main window (the document viewer's own switch is not part of this).
        if (QApplication::activeWindow() != m_app->window()) {
            m_app->window()->activateWindow();
            if (!AppDriver::waitFor([this] { return QApplication::activeWindow() == m_app->window(); }, 5000))
                return false;
        }
        if (!m_app->pressKey(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier))
            return false;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        return m_app->app()->languageSwitch()->language() == expected;
    }

    // English on screen except the customer's data (waiting for the content fetched again after a switch).
    void checkEnglish()
    {
        AppDriver::waitFor([] { return japaneseOutsideCustomerData().isEmpty(); }, 10000);
        const QStringList left = japaneseOutsideCustomerData();
        QVERIFY2(left.isEmpty(),
                 qPrintable(m_app->screen() + QStringLiteral(" page ") + QString::number(m_app->pageId()) +
                            QStringLiteral(":\n") + left.join(u'\n')));
    }

    void checkJapanese()
    {
        AppDriver::waitFor([] { return englishServiceContentShown().isEmpty(); }, 10000);
        const QStringList left = englishServiceContentShown();
        QVERIFY2(left.isEmpty(),
                 qPrintable(m_app->screen() + QStringLiteral(" page ") + QString::number(m_app->pageId()) +
                            QStringLiteral(":\n") + left.join(u'\n')));
    }

    // English now; to Japanese and back, with the screen, the page and what was ticked and typed kept.
    void checkBothWays()
    {
        checkEnglish();
        if (QTest::currentTestFailed())
            return;
        const QString screen = m_app->screen();
        const int page = m_app->pageId();
        QList<QPair<QCheckBox *, bool>> ticked;
        QList<QPair<QLineEdit *, QString>> typed;
        if (QWidget *current = m_app->wizard() ? m_app->page() : nullptr) {
            for (QCheckBox *box : current->findChildren<QCheckBox *>())
                ticked.append({box, box->isChecked()});
            for (QLineEdit *edit : current->findChildren<QLineEdit *>())
                typed.append({edit, edit->text()});
        }
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            QVERIFY(switchLanguage(language));
            if (language == QStringLiteral("ja"))
                checkJapanese();
            else
                checkEnglish();
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(m_app->screen(), screen);
            QCOMPARE(m_app->pageId(), page);
            for (const auto &[box, checked] : std::as_const(ticked)) {
                // Page 7's consent is for the document read: the Japanese one was not (it comes back in English).
                if (box->objectName() == QStringLiteral("eDeliveryConsent") && language == QStringLiteral("ja"))
                    QVERIFY(!box->isChecked() && !box->isEnabled());
                else
                    QTRY_COMPARE(box->isChecked(), checked);
            }
            for (const auto &[edit, text] : std::as_const(typed))
                QCOMPARE(edit->text(), text);
        }
    }

    DisclosurePage *disclosurePage() const { return qobject_cast<DisclosurePage *>(m_app->page()); }

private slots:
    void init()
    {
        installTranslations(QStringLiteral("ja"));
        m_app.emplace();
    }

    void cleanup()
    {
        m_app.reset();
        installTranslations(QStringLiteral("ja"));
    }

    // The service itself: the same renewal in both languages, the customer's data the same, the service's words not.
    void serviceAnswersInTheRequestsLanguage()
    {
        m_app.reset();
        DemoService demo;
        demo.client().setLanguage(QStringLiteral("en"));
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));
        const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { demo.mockClient().outbox(c, done); });
        QVERIFY(mails && mails->ok() && !mails->value().isEmpty());
        const Mail otp = mails->value().first();
        QCOMPARE(otp.subject, QStringLiteral("[One-time password] MyPage login / Sample Insurance"));
        QVERIFY2(!hasJapanese(QString(otp.body).remove(QStringLiteral("田中 一郎"))), qPrintable(otp.body));

        const auto contracts =
            await<QList<Contract>>([&](QObject *c, auto done) { demo.client().contracts({}, c, done); });
        QVERIFY(contracts && contracts->ok());
        QCOMPARE(contracts->value().first().productName, QStringLiteral("Group auto insurance (non-fleet contract)"));
        QCOMPARE(contracts->value().first().holderName, QStringLiteral("田中 一郎"));
        const QString policy = contracts->value().first().policyNumber;
        const auto guide = await<Guide>([&](QObject *c, auto done) { demo.client().guide(policy, c, done); });
        QVERIFY(guide && guide->ok());
        for (const QString &line : guide->value().steps + guide->value().bring + guide->value().notes)
            QVERIFY2(!hasJapanese(line), qPrintable(line));
        const auto support = await<Support>([&](QObject *c, auto done) { demo.client().support(c, done); });
        QVERIFY(support && support->ok());
        QCOMPARE(support->value().insurer.name, QStringLiteral("Sample General Insurance Co., Ltd."));

        std::optional<Renewal> renewal = demo.startFirstRenewal();
        QVERIFY(renewal);
        QStringList words = {renewal->texts.privacy, renewal->texts.solicitation, renewal->texts.notes};
        for (const Plan &plan : renewal->plans)
            words << plan.name;
        for (const Notice &notice : renewal->notices)
            words << notice.text;
        QCOMPARE(renewal->documents.size(), 1);
        words << renewal->documents.first().title << renewal->documents.first().version;
        for (const QString &text : std::as_const(words))
            QVERIFY2(!text.isEmpty() && !hasJapanese(text), qPrintable(text));
        QCOMPARE(renewal->plans.first().name, QStringLiteral("Same as last year"));
        QCOMPARE(renewal->notices.first().kind, QStringLiteral("告知")); // a code, the same in both

        // The same renewal in Japanese (the default): the service's words in Japanese, the customer's data as is.
        demo.client().setLanguage(QStringLiteral("ja"));
        const std::optional<Renewal> japanese = demo.fetchRenewal(renewal->id);
        QVERIFY(japanese);
        QCOMPARE(japanese->plans.first().name, QStringLiteral("前年同等プラン"));
        QVERIFY(japanese->texts.privacy.startsWith(QStringLiteral("個人情報の取扱いについて")));
        QVERIFY(japanese->documents.first().sha256 != renewal->documents.first().sha256);
        QCOMPARE(japanese->holder, renewal->holder);
        QCOMPARE(japanese->vehicle, renewal->vehicle);
        QCOMPARE(japanese->customer.groupName, renewal->customer.groupName);
        QCOMPARE(japanese->customer.address1, renewal->customer.address1);

        // Submitted in English: the thank-you mail and its subject are English.
        demo.client().setLanguage(QStringLiteral("en"));
        for (Step step : allSteps()) {
            renewal = demo.confirm(*renewal, step);
            QVERIFY(renewal);
        }
        const auto submitted = await<SubmitResult>([&](QObject *c, auto done) {
            demo.client().submit(renewal->id, SubmitRequest{true, QStringLiteral("web")},
                                 QUuid::createUuid().toString(QUuid::WithoutBraces), c, done);
        });
        QVERIFY(submitted && submitted->ok());
        QCOMPARE(submitted->value().confirmationEmail.subject,
                 QStringLiteral("[Thank you] Your auto insurance renewal / Sample Insurance"));
        const auto after = await<QList<Mail>>([&](QObject *c, auto done) { demo.mockClient().outbox(c, done); });
        QVERIFY(after && after->ok());
        const Mail thanks = after->value().first();
        QCOMPARE(thanks.subject, submitted->value().confirmationEmail.subject);
        QString body = thanks.body;
        for (const QString &data : {renewal->holder.name, renewal->vehicle.name})
            body.remove(data);
        QVERIFY2(!hasJapanese(body), qPrintable(thanks.body));
        QVERIFY(body.contains(QStringLiteral("Same as last year")));
    }

    // The English disclosure document is a file of its own, with its own SHA-256 in the renewal's metadata; the
    // consent is accepted for the document read and refused for any other hash.
    void englishDocumentHasItsOwnHash()
    {
        m_app.reset();
        DemoService demo;
        demo.client().setLanguage(QStringLiteral("en"));
        QVERIFY(demo.signIn(QStringLiteral("tanaka@example.jp")));
        std::optional<Renewal> renewal = demo.startFirstRenewal();
        QVERIFY(renewal);
        const DocumentInfo info = renewal->documents.first();
        const auto pdf = await<QByteArray>([&](QObject *c, auto done) { demo.client().document(info.id, c, done); });
        QVERIFY(pdf && pdf->ok());
        const QByteArray sha = QCryptographicHash::hash(pdf->value(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(QString::fromLatin1(sha), info.sha256);
        QCOMPARE(sha, sourceFileSha256(QStringLiteral("resources/documents/disclosure-en.pdf")));
        QVERIFY(sha != sourceFileSha256(QStringLiteral("resources/documents/disclosure.pdf")));
        QCOMPARE(info.pages, 13);
        for (Step step : allSteps()) {
            if (step == Step::Disclosure)
                break;
            renewal = demo.confirm(*renewal, step);
            QVERIFY(renewal);
        }
        const QJsonObject other = {{QStringLiteral("eDeliveryConsent"), true},
                                   {QStringLiteral("documentSha256"), QString(64, u'0')},
                                   {QStringLiteral("noticesConfirmed"), true}};
        const auto refused = await<Renewal>(
            [&](QObject *c, auto done) { demo.client().confirmStep(*renewal, Step::Disclosure, other, c, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().status, 422);
        renewal = demo.confirm(*renewal, Step::Disclosure);
        QVERIFY(renewal && renewal->isConfirmed(Step::Disclosure));
    }

    // In English from the login to the completion, every screen and page holds no Japanese but the customer's
    // data; switched to Japanese and back on each, none of the service's English is left and nothing is lost.
    void everyScreenInEnglish()
    {
        installTranslations(QStringLiteral("en"));
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        CHECKED(checkEnglish());
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        QTRY_VERIFY(m_app->mailPanel() && !m_app->mailPanel()->mails().isEmpty());
        QVERIFY(m_app->mailPanel()->mails().first().subject.startsWith(QStringLiteral("[One-time password]")));
        CHECKED(checkEnglish());
        QVERIFY(m_app->enterOtp());
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
        QTRY_VERIFY(!m_app->window()->findChild<MyPageScreen *>()->contracts().isEmpty());
        CHECKED(checkBothWays());
        QVERIFY(m_app->openGuide());
        QTRY_VERIFY(m_app->find<QWidget>("proceedButton")->isEnabled());
        CHECKED(checkBothWays());
        QVERIFY(m_app->proceedToWizard());
        for (int id = PreConfirmationPageId; id <= ApplicationPageId; ++id) {
            QTRY_COMPARE(m_app->pageId(), id);
            QVERIFY(m_app->fillPage());
            CHECKED(checkBothWays());
            QVERIFY(m_app->passPage() || m_app->pageId() == id + 1);
        }
        QTRY_COMPARE(m_app->pageId(), int(CompletionPageId));
        CHECKED(checkBothWays());
        QCOMPARE(m_app->thankYouMails(), 1);
    }

    // An open viewer shows the other language's document after a switch; the consent stays possible only for a
    // document read to its end (by its SHA-256).
    void viewerReloadsTheOtherLanguage()
    {
        const QString japanese =
            QString::fromLatin1(sourceFileSha256(QStringLiteral("resources/documents/disclosure.pdf")));
        const QString english =
            QString::fromLatin1(sourceFileSha256(QStringLiteral("resources/documents/disclosure-en.pdf")));
        QVERIFY(m_app->startApp(QStringLiteral("ja")));
        QVERIFY(m_app->openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_app->reachPage(DisclosurePageId));
        DisclosurePage *page = disclosurePage();
        QVERIFY(page);
        QVERIFY(m_app->readDisclosureToEnd());
        QCOMPARE(page->documentSha256(), japanese);
        auto *consent = m_app->find<QCheckBox>("eDeliveryConsent");
        QVERIFY(consent->isEnabled());
        QVERIFY(m_app->check("eDeliveryConsent"));

        // To English: the English document in the viewer's place, not yet read.
        const QRect where = page->viewer()->geometry();
        QVERIFY(switchLanguage(QStringLiteral("en")));
        QTRY_COMPARE(page->documentSha256(), english);
        QTRY_VERIFY(page->viewer() && page->viewer()->isLoaded());
        QTRY_VERIFY(page->viewer()->isVisible());
        QVERIFY(page->viewer()->windowTitle().contains(QStringLiteral("Explanation of important matters")));
        QTRY_COMPARE(page->viewer()->pageCount(), 13);
        QCOMPARE(page->viewer()->currentPage(), 1);
        QCOMPARE(page->viewer()->geometry(), where);
        QVERIFY(!page->hasReadToEnd());
        QVERIFY(!consent->isEnabled());
        QVERIFY(!consent->isChecked());
        QVERIFY(m_app->readDisclosureToEnd());
        QVERIFY(consent->isEnabled());

        // Back to Japanese: that document was read to its end already.
        QVERIFY(switchLanguage(QStringLiteral("ja")));
        QTRY_COMPARE(page->documentSha256(), japanese);
        QTRY_COMPARE(page->viewer()->pageCount(), 12);
        QVERIFY(!page->viewer()->windowTitle().contains(QStringLiteral("Explanation")));
        QVERIFY(page->hasReadToEnd());
        QVERIFY(consent->isEnabled());

        // With the viewer closed, a switch keeps the state of each document as read.
        page->viewer()->close();
        QTRY_VERIFY(!page->viewer());
        QVERIFY(switchLanguage(QStringLiteral("en")));
        QTRY_COMPARE(page->documentSha256(), english);
        QVERIFY(page->hasReadToEnd());
        QVERIFY(consent->isEnabled());
        QVERIFY(!page->viewer());
        QVERIFY(m_app->check("eDeliveryConsent"));
        QVERIFY(m_app->check("noticesConfirmed"));
        QVERIFY(m_app->clickNext(ApplicationPageId));
        QTRY_VERIFY(m_app->controller().renewal().isConfirmed(Step::Disclosure));
    }
};

QTEST_MAIN(TestServiceLanguage)
#include "tst_service_language.moc"
