// One clock for the person: every time shown — the demo mails, the OTP mail's expiry, the completion page and the
// receipt — is Japan time with its zone, whatever the machine's zone. ctest runs this also with TZ=UTC and
// TZ=America/New_York (tests/CMakeLists.txt), where the machine's clock is 9 and 14 hours behind.
#include "mock/MockMails.h"
#include "ui/ApplicationSummary.h"
#include "ui/Format.h"

#include <QTest>
#include <QTimeZone>

using namespace clickar;

class TestJapanTime : public QObject
{
    Q_OBJECT

private:
    // 31 March 15:30 UTC: already 1 April, 00:30 in Japan (and still 31 March in New York).
    const QDateTime m_moment{QDate(2026, 3, 31), QTime(15, 30), Qt::UTC};

private slots:
    void initTestCase() { qInfo() << "machine zone:" << QTimeZone::systemTimeZoneId(); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English)); }

    void timesAreJapanTimeWithTheirZone()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(format::dateTime(m_moment), QStringLiteral("1 April 2026 00:30 JST"));
        QCOMPARE(format::time(m_moment), QStringLiteral("00:30:00"));
        QLocale::setDefault(QLocale(QLocale::Japanese));
        QCOMPARE(format::dateTime(m_moment), QStringLiteral("2026年4月1日 00:30（日本時間）"));
        QCOMPARE(format::dateTime(QDateTime()), QStringLiteral("—"));
    }

    void theCompletionPageAndReceiptShowJapanTime()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese));
        Renewal renewal;
        renewal.submission = SubmitResult{QStringLiteral("7099000001"), m_moment, {}, std::nullopt, {}};
        bool found = false;
        for (const auto &row : ApplicationSummary::submission(renewal).rows) {
            if (row.key == QStringLiteral("submittedAt")) {
                QCOMPARE(row.value, QStringLiteral("2026年4月1日 00:30（日本時間）"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void theOneTimePasswordMailSaysJapanTime()
    {
        SeedContent content;
        content.insurerShortName = QStringLiteral("保険会社");
        const Mail mail = mockmails::otpMail(QStringLiteral("a@example.jp"), QStringLiteral("田中 一郎"),
                                             QStringLiteral("123456"), m_moment, 300, content, rating::Lang::Japanese);
        QVERIFY2(mail.body.contains(QStringLiteral("有効期限：2026年4月1日 00:35（日本時間） まで")),
                 qPrintable(mail.body));
    }
};

QTEST_MAIN(TestJapanTime)
#include "tst_japan_time.moc"
