// マイページトップ: the account's contracts with their status badges, 「更新のお手続き」 only on renewable ones, and
// the loading, empty and error (再試行) states.
#include "support/AppDriver.h"
#include "ui/ContractList.h"
#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/MyPageScreen.h"
#include "ui/ReloginDialog.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QTemporaryDir>

using namespace clickar;
using namespace clickar::test;

class TestMyPage : public QObject
{
    Q_OBJECT

private:
    ContractList *table() const { return child<ContractList>(m_app->window(), "contractsTable"); }
    QWidget *myPage() const { return m_app->screenWidget("myPageScreen"); }
    QLabel *status() const { return child<QLabel>(myPage(), "contractsStatus"); }

    bool start(const MockOptions &options = {})
    {
        m_app.emplace(options);
        return m_app->startApp(QStringLiteral("en"));
    }

    // What the service says the account holds, to compare the screen with.
    QList<Contract> contractsOf(const QString &email)
    {
        DemoService other;
        other.client().setLanguage(QStringLiteral("en")); // the app's language here: the same product name
        QList<Contract> list;
        if (!other.signIn(email))
            return list;
        const auto answer =
            await<QList<Contract>>([&](QObject *c, auto done) { other.client().contracts({}, c, done); });
        return answer && answer->ok() ? answer->value() : list;
    }

private slots:
    void cleanup() { m_app.reset(); }

    void contractsWithStatusAndRenewOnlyWhenRenewable_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("suzuki: renewable + renewed")
            << QStringLiteral("suzuki@example.jp")
            << QStringList{QStringLiteral("renewable"), QStringLiteral("renewed")};
        QTest::newRow("sato: renewable + not yet")
            << QStringLiteral("sato@example.jp") << QStringList{QStringLiteral("renewable"), QStringLiteral("not_yet")};
        QTest::newRow("takahashi: renewable + expired")
            << QStringLiteral("takahashi@example.jp")
            << QStringList{QStringLiteral("renewable"), QStringLiteral("expired")};
    }
    void contractsWithStatusAndRenewOnlyWhenRenewable()
    {
        QFETCH(QString, email);
        QFETCH(QStringList, statuses);
        const QList<Contract> expected = contractsOf(email);
        QCOMPARE(expected.size(), statuses.size());
        QVERIFY(start());
        QVERIFY(m_app->logIn(email));
        QTRY_COMPARE(table()->rowCount(), int(expected.size()));
        QVERIFY(table()->isVisible());
        QVERIFY(!status()->isVisible());
        QStringList seen;
        for (int row = 0; row < expected.size(); ++row) {
            const Contract &c = expected.at(row);
            seen << c.status;
            QCOMPARE(table()->text(row, ContractList::PolicyColumn), c.policyNumber);
            QCOMPARE(table()->text(row, ContractList::ProductColumn), c.productName);
            QVERIFY(table()->text(row, ContractList::PeriodColumn).contains(format::date(c.period.start)));
            QVERIFY(table()->text(row, ContractList::PeriodColumn).contains(format::date(c.period.end)));
            QVERIFY(table()->text(row, ContractList::VehicleColumn).contains(c.vehicleName));
            QVERIFY(table()->text(row, ContractList::VehicleColumn).contains(c.registration));
            // A renewal under way (Takahashi's demo draft is at page 4) reads 「手続き中（4/9）」 with 「続きから」.
            if (!c.isInProgress())
                QCOMPARE(table()->text(row, ContractList::StatusColumn), labels::contractStatus(c.status));
            else
                QVERIFY2(table()->text(row, ContractList::StatusColumn).startsWith(QStringLiteral("In progress (")),
                         qPrintable(table()->text(row, ContractList::StatusColumn)));
            QCOMPARE(child<QPushButton>(table(), qPrintable(QStringLiteral("continueButton_") + c.policyNumber)) !=
                         nullptr,
                     c.isInProgress());
            auto *renew = child<QPushButton>(table(), qPrintable(QStringLiteral("renewButton_") + c.policyNumber));
            QCOMPARE(renew != nullptr, c.isRenewable());
            if (renew)
                QVERIFY(renew->isEnabled() && !renew->accessibleName().isEmpty());
        }
        seen.sort();
        statuses.sort();
        QCOMPARE(seen, statuses);
    }

    void loadingThenLoaded()
    {
        QVERIFY(start());
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp")));
        QTRY_VERIFY(table()->isVisible());
        qobject_cast<MyPageScreen *>(myPage())->reload();
        QVERIFY(status()->isVisible());
        QVERIFY(status()->text().contains(QStringLiteral("Loading")));
        QVERIFY(child<QProgressBar>(myPage(), "contractsProgress")->isVisible());
        QVERIFY(!table()->isVisible());
        QTRY_VERIFY(table()->isVisible());
        QVERIFY(!status()->isVisible());
        QVERIFY(!child<QProgressBar>(myPage(), "contractsProgress")->isVisible());
    }

    void emptyAccount()
    {
        // The demo data plus an account that holds no contract.
        QFile seedFile(QStringLiteral(":/seed/demo.json"));
        QVERIFY(seedFile.open(QIODevice::ReadOnly));
        QJsonObject seed = QJsonDocument::fromJson(seedFile.readAll()).object();
        QJsonArray accounts = seed.value(QStringLiteral("accounts")).toArray();
        accounts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("empty")},
                                    {QStringLiteral("email"), QStringLiteral("empty@example.jp")},
                                    {QStringLiteral("password"), test::demoPassword},
                                    {QStringLiteral("otp"), false},
                                    {QStringLiteral("role"), QStringLiteral("policyholder")},
                                    {QStringLiteral("displayName"), QStringLiteral("空井 太郎")}});
        seed.insert(QStringLiteral("accounts"), accounts);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seed).toJson());
        file.close();
        MockOptions options;
        options.dataFile = file.fileName();
        QVERIFY(start(options));
        QVERIFY2(m_app->demo().mock().loadError().isEmpty(), qPrintable(m_app->demo().mock().loadError()));
        QVERIFY(m_app->logIn(QStringLiteral("empty@example.jp")));
        QTRY_VERIFY(status()->text().contains(QStringLiteral("no contracts")));
        QVERIFY(status()->isVisible());
        QVERIFY(!table()->isVisible());
        QVERIFY(!child<QPushButton>(myPage(), "contractsRetryButton")->isVisible());
        QVERIFY(child<QLabel>(myPage(), "greeting")->text().contains(QStringLiteral("空井 太郎")));
    }

    void errorOffersRetry()
    {
        QVERIFY(start());
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp")));
        QTRY_VERIFY(table()->isVisible());
        // The session ends and the person declines to log in again: an error with 再試行, not a blank page.
        QVERIFY(m_app->demo().advance(9 * 3600));
        auto *retry = child<QPushButton>(myPage(), "contractsRetryButton");
        qobject_cast<MyPageScreen *>(myPage())->reload();
        QTRY_VERIFY(m_app->window()->reloginDialog());
        QVERIFY(m_app->click(child<QPushButton>(m_app->window()->reloginDialog(), "reloginCancelButton")));
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(status()->text().contains(QStringLiteral("could not be loaded")));
        // 再試行 asks for the login again and then shows the contracts.
        QVERIFY(m_app->click(retry));
        QTRY_VERIFY(m_app->window()->reloginDialog());
        QDialog *dialog = m_app->window()->reloginDialog();
        QVERIFY(m_app->typeInto(child<QLineEdit>(dialog, "reloginPasswordEdit"), test::demoPassword));
        QVERIFY(m_app->click(child<QPushButton>(dialog, "reloginLoginButton"))); // suzuki has no one-time password
        QTRY_VERIFY(table()->isVisible());
        QVERIFY(!retry->isVisible());

        // The service goes away altogether.
        m_app->stopService();
        qobject_cast<MyPageScreen *>(myPage())->reload();
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY(status()->text().contains(QStringLiteral("could not be reached")));
    }

private:
    std::optional<AppDriver> m_app;
};

QTEST_MAIN(TestMyPage)
#include "tst_mypage.moc"
