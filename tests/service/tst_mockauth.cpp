// The mock's MyPage authentication over HTTP: passwords and lockout, one-time passwords, tokens.
#include "tst_mockhttp.h"

#include "mock/MockAuth.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mocktest;
using clickar::MockRenewalService;

class TestMockAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void otpLoginMailsTheCode();
    void noOtpAccountGetsTokens();
    void wrongPasswordNeverRevealsTheAccount();
    void lockoutAfterFiveFailuresAndUnlock();
    void unknownEmailLocksToo();
    void oneFormOfAnAddress_data();
    void oneFormOfAnAddress();
    void otpWrongCodeCountsAttempts();
    void otpGuessesLimitedAcrossChallenges();
    void liveChallengesBounded();
    void sessionsBounded();
    void failuresOfUnknownAddressesPruned();
    void otpExpiresAndResendRenews();
    void resendUnknownChallenge();
    void tokenExpiresAndRefreshRotates();
    void refreshReuseRevokesTheSession();
    void logoutRevokes();
    void everyApiRouteNeedsAToken();
    void englishMessages();
    void badBodies();

private:
    Response login(const QString &email, const QString &pw = password)
    {
        return m_http->post(QStringLiteral("/auth/login"),
                            {{QStringLiteral("email"), email}, {QStringLiteral("password"), pw}});
    }
    Response otp(const QString &challenge, const QString &code)
    {
        return m_http->post(QStringLiteral("/auth/otp"),
                            {{QStringLiteral("challengeId"), challenge}, {QStringLiteral("code"), code}});
    }
    void advance(int seconds)
    {
        QCOMPARE(m_http->post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), seconds}}).status, 200);
    }

    std::unique_ptr<MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
};

void TestMockAuth::init()
{
    m_service = startService();
    QVERIFY(m_service);
    QVERIFY(m_service->loadError().isEmpty());
    m_http = std::make_unique<Http>(m_service->serverUrl());
}

void TestMockAuth::cleanup()
{
    m_http.reset();
    m_service.reset();
}

void TestMockAuth::otpLoginMailsTheCode()
{
    QSignalSpy mails(m_service.get(), &MockRenewalService::mailSent);
    const Response r = login(QStringLiteral("tanaka@example.jp"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("otpRequired")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("maskedEmail")).toString(), QStringLiteral("ta****@example.jp"));
    QCOMPARE(o.value(QStringLiteral("expiresIn")).toInt(), 300);
    QVERIFY(!o.value(QStringLiteral("challengeId")).toString().isEmpty());
    QVERIFY(!o.contains(QStringLiteral("accessToken")));

    QCOMPARE(mails.size(), 1);
    const QJsonObject mail = m_http->newestMail();
    QCOMPARE(mail.value(QStringLiteral("to")).toString(), QStringLiteral("tanaka@example.jp"));
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
             QStringLiteral("【ワンタイムパスワード】マイページログイン認証/サンプル損保"));
    const QString code = m_http->newestOtp();
    QCOMPARE(code.size(), 6);

    const Response tokens = otp(o.value(QStringLiteral("challengeId")).toString(), code);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.object().value(QStringLiteral("role")).toString(), QStringLiteral("policyholder"));
    QCOMPARE(tokens.object().value(QStringLiteral("expiresIn")).toInt(), 900);
    const QString access = tokens.object().value(QStringLiteral("accessToken")).toString();
    QVERIFY(access.size() >= 32);
    const Response me = m_http->get(QStringLiteral("/me"), access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("displayName")).toString(), QStringLiteral("田中 一郎"));

    // A code works once.
    QCOMPARE(otp(o.value(QStringLiteral("challengeId")).toString(), code).code(), QStringLiteral("otp_expired"));
}

void TestMockAuth::noOtpAccountGetsTokens()
{
    const Response r = login(QStringLiteral("SUZUKI@example.jp"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QStringLiteral("accessToken")).toString().isEmpty());
    QVERIFY(!r.object().value(QStringLiteral("refreshToken")).toString().isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/_mock/outbox")).array().size(), 0);

    const QString agent = m_http->login(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026"));
    const QJsonObject me = m_http->get(QStringLiteral("/me"), agent).object();
    QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QCOMPARE(me.value(QStringLiteral("agency")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("AG-0001"));
}

void TestMockAuth::wrongPasswordNeverRevealsTheAccount()
{
    const Response known = login(QStringLiteral("tanaka@example.jp"), QStringLiteral("wrong"));
    const Response unknown = login(QStringLiteral("nobody@example.jp"), QStringLiteral("wrong"));
    QCOMPARE(known.status, 401);
    QCOMPARE(known.code(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.body, known.body);
    QVERIFY(!known.details().contains(QStringLiteral("attemptsLeft")));
}

void TestMockAuth::lockoutAfterFiveFailuresAndUnlock()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login(QStringLiteral("tanaka@example.jp"), QStringLiteral("bad")).code(),
                 QStringLiteral("invalid_credentials"));
    const Response locked = login(QStringLiteral("tanaka@example.jp"));
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.code(), QStringLiteral("account_locked"));
    const int retry = locked.details().value(QStringLiteral("retryAfterSeconds")).toInt();
    QVERIFY2(retry > 890 && retry <= 900, qPrintable(QString::number(retry)));

    advance(600);
    QCOMPARE(login(QStringLiteral("tanaka@example.jp")).status, 423);
    advance(301);
    const Response after = login(QStringLiteral("tanaka@example.jp"));
    QCOMPARE(after.status, 200);
    QVERIFY(after.object().value(QStringLiteral("otpRequired")).toBool());
    // The counter starts again: four failures do not lock.
    for (int i = 0; i < 4; ++i)
        login(QStringLiteral("tanaka@example.jp"), QStringLiteral("bad"));
    QCOMPARE(login(QStringLiteral("tanaka@example.jp")).status, 200);
}

void TestMockAuth::unknownEmailLocksToo()
{
    for (int i = 0; i < 5; ++i)
        login(QStringLiteral("ghost@example.jp"), QStringLiteral("bad"));
    QCOMPARE(login(QStringLiteral("ghost@example.jp")).code(), QStringLiteral("account_locked"));
    // Other accounts are not affected.
    QCOMPARE(login(QStringLiteral("suzuki@example.jp")).status, 200);
}

void TestMockAuth::oneFormOfAnAddress_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("long s") << QStringLiteral("\u017Fuzuki@example.jp");
    QTest::newRow("Kelvin sign") << QStringLiteral("suzu\u212Ai@example.jp");
    QTest::newRow("full-width") << QStringLiteral("\uFF53\uFF55\uFF5A\uFF55\uFF4B\uFF49\uFF20example.jp");
    QTest::newRow("mixed case") << QStringLiteral("SuZuKi@Example.JP");
    QTest::newRow("spaces") << QStringLiteral("  suzuki@example.jp\t ");
}

void TestMockAuth::oneFormOfAnAddress()
{
    // Every spelling of an address is the same account for the lookup, the failure count and the lock.
    QFETCH(QString, spelling);
    QCOMPARE(login(spelling).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login(QStringLiteral("suzuki@example.jp"), QStringLiteral("bad")).status, 401);
    QCOMPARE(login(spelling, QStringLiteral("bad")).status, 401); // the fifth failure, counted on the same key
    QCOMPARE(login(spelling).code(), QStringLiteral("account_locked"));
    QCOMPARE(login(QStringLiteral("suzuki@example.jp")).code(), QStringLiteral("account_locked"));
    QCOMPARE(login(QStringLiteral("tanaka@example.jp")).status, 200);
}

void TestMockAuth::otpWrongCodeCountsAttempts()
{
    const QString challenge =
        login(QStringLiteral("sato@example.jp")).object().value(QStringLiteral("challengeId")).toString();
    const QString code = m_http->newestOtp();
    const QString wrong = code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    for (int left = 4; left >= 0; --left) {
        const Response r = otp(challenge, wrong);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("otp_invalid"));
        QCOMPARE(r.details().value(QStringLiteral("attemptsLeft")).toInt(), left);
    }
    // The sixth try fails even with the right code: the challenge is dead, and cannot be resent.
    const Response sixth = otp(challenge, code);
    QCOMPARE(sixth.code(), QStringLiteral("otp_invalid"));
    QCOMPARE(sixth.details().value(QStringLiteral("attemptsLeft")).toInt(), 0);
    QCOMPARE(m_http->post(QStringLiteral("/auth/otp/resend"), {{QStringLiteral("challengeId"), challenge}}).code(),
             QStringLiteral("otp_expired"));
}

void TestMockAuth::otpGuessesLimitedAcrossChallenges()
{
    // Ten wrong codes over two challenges; then no guess is taken, not even the right code, on a new challenge.
    for (int round = 0; round < 2; ++round) {
        const QString challenge =
            login(QStringLiteral("sato@example.jp")).object().value(QStringLiteral("challengeId")).toString();
        const QString wrong =
            m_http->newestOtp() == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(otp(challenge, wrong).code(), QStringLiteral("otp_invalid"));
    }
    const QString third =
        login(QStringLiteral("sato@example.jp")).object().value(QStringLiteral("challengeId")).toString();
    const Response limited = otp(third, m_http->newestOtp());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("rate_limited"));
    const int retry = limited.details().value(QStringLiteral("retryAfterSeconds")).toInt();
    QVERIFY2(retry > 0 && retry <= 900, qPrintable(QString::number(retry)));
    QCOMPARE(limited.header("Retry-After").toInt(), retry);
    // Another account is not affected; after the window the account logs in again.
    QVERIFY(!m_http->login(QStringLiteral("tanaka@example.jp")).isEmpty());
    advance(retry);
    QVERIFY(!m_http->login(QStringLiteral("sato@example.jp")).isEmpty());
}

void TestMockAuth::liveChallengesBounded()
{
    QStringList challenges;
    for (int i = 0; i < 5; ++i) {
        challenges.append(
            login(QStringLiteral("tanaka@example.jp")).object().value(QStringLiteral("challengeId")).toString());
        advance(1); // "oldest" is by time; challenges of the same second are equally old
    }
    // The three newest live; the two oldest were dropped.
    QCOMPARE(otp(challenges.at(0), QStringLiteral("000000")).code(), QStringLiteral("otp_expired"));
    QCOMPARE(otp(challenges.at(1), QStringLiteral("000000")).code(), QStringLiteral("otp_expired"));
    QCOMPARE(otp(challenges.at(4), m_http->newestOtp()).status, 200);
}

void TestMockAuth::sessionsBounded()
{
    QStringList tokens;
    const int bound = clickar::MockAuth::maxSessionsPerAccount;
    for (int i = 0; i <= bound; ++i) {
        tokens.append(m_http->login(QStringLiteral("suzuki@example.jp")));
        advance(1);
    }
    QCOMPARE(m_http->get(QStringLiteral("/me"), tokens.at(0)).status, 401); // the oldest login ended
    QCOMPARE(m_http->get(QStringLiteral("/me"), tokens.at(1)).status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/me"), tokens.at(bound)).status, 200);
}

void TestMockAuth::failuresOfUnknownAddressesPruned()
{
    QTemporaryDir dir;
    clickar::MockOptions options;
    options.database = dir.filePath(QStringLiteral("mock.sqlite"));
    m_service = startService(options);
    QVERIFY(m_service);
    m_http = std::make_unique<Http>(m_service->serverUrl());
    auto records = [&options] {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(options.database);
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM login_failures"), db);
                n = q.next() ? q.value(0).toInt() : -1;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    };
    for (int i = 0; i < 20; ++i)
        login(QStringLiteral("made-up-%1@example.jp").arg(i), QStringLiteral("bad"));
    advance(600);
    for (int i = 0; i < 5; ++i)
        login(QStringLiteral("ghost@example.jp"), QStringLiteral("bad"));
    QCOMPARE(records(), 21);
    advance(300);
    QCOMPARE(login(QStringLiteral("ghost@example.jp")).code(), QStringLiteral("account_locked")); // still locked
    QCOMPARE(records(), 1); // the twenty single failures are forgotten
    advance(601);
    QCOMPARE(login(QStringLiteral("someone@example.jp"), QStringLiteral("bad")).status, 401);
    QCOMPARE(records(), 1); // the lock is over: only the new failure is kept
}

void TestMockAuth::otpExpiresAndResendRenews()
{
    const QString challenge =
        login(QStringLiteral("takahashi@example.jp")).object().value(QStringLiteral("challengeId")).toString();
    const QString first = m_http->newestOtp();
    advance(301);
    QCOMPARE(otp(challenge, first).code(), QStringLiteral("otp_expired"));

    const Response resend =
        m_http->post(QStringLiteral("/auth/otp/resend"), {{QStringLiteral("challengeId"), challenge}});
    QCOMPARE(resend.status, 200);
    QCOMPARE(resend.object().value(QStringLiteral("expiresIn")).toInt(), 300);
    QCOMPARE(m_http->get(QStringLiteral("/_mock/outbox")).array().size(), 2);
    const QString second = m_http->newestOtp();
    advance(200);
    const Response tokens = otp(challenge, second);
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.object().value(QStringLiteral("accessToken")).toString().isEmpty());
}

void TestMockAuth::resendUnknownChallenge()
{
    QCOMPARE(
        m_http->post(QStringLiteral("/auth/otp/resend"), {{QStringLiteral("challengeId"), QStringLiteral("x")}}).code(),
        QStringLiteral("otp_expired"));
    QCOMPARE(otp(QStringLiteral("nope"), QStringLiteral("123456")).code(), QStringLiteral("otp_expired"));
}

void TestMockAuth::tokenExpiresAndRefreshRotates()
{
    const QJsonObject tokens = login(QStringLiteral("suzuki@example.jp")).object();
    const QString access = tokens.value(QStringLiteral("accessToken")).toString();
    const QString refresh = tokens.value(QStringLiteral("refreshToken")).toString();
    advance(899);
    QCOMPARE(m_http->get(QStringLiteral("/contracts"), access).status, 200);
    advance(2);
    const Response expired = m_http->get(QStringLiteral("/contracts"), access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), QStringLiteral("unauthorized"));

    const Response rotated = m_http->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refreshToken"), refresh}});
    QCOMPARE(rotated.status, 200);
    const QString access2 = rotated.object().value(QStringLiteral("accessToken")).toString();
    const QString refresh2 = rotated.object().value(QStringLiteral("refreshToken")).toString();
    QVERIFY(access2 != access && refresh2 != refresh);
    QCOMPARE(rotated.object().value(QStringLiteral("expiresIn")).toInt(), 900);
    QCOMPARE(m_http->get(QStringLiteral("/contracts"), access2).status, 200);

    // The refresh token lives 8 hours.
    advance(8 * 3600 + 1);
    QCOMPARE(m_http->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refreshToken"), refresh2}}).status, 401);
}

void TestMockAuth::refreshReuseRevokesTheSession()
{
    const QJsonObject tokens = login(QStringLiteral("suzuki@example.jp")).object();
    const QString refresh = tokens.value(QStringLiteral("refreshToken")).toString();
    const QJsonObject next =
        m_http->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refreshToken"), refresh}}).object();
    QCOMPARE(m_http->post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refreshToken"), refresh}}).status, 401);
    QCOMPARE(m_http->get(QStringLiteral("/me"), next.value(QStringLiteral("accessToken")).toString()).status, 401);
}

void TestMockAuth::logoutRevokes()
{
    const QJsonObject tokens = login(QStringLiteral("suzuki@example.jp")).object();
    const QString access = tokens.value(QStringLiteral("accessToken")).toString();
    QCOMPARE(m_http->post(QStringLiteral("/auth/logout"), {}, access).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/me"), access).status, 401);
    QCOMPARE(m_http
                 ->post(QStringLiteral("/auth/refresh"),
                        {{QStringLiteral("refreshToken"), tokens.value(QStringLiteral("refreshToken"))}})
                 .status,
             401);
}

void TestMockAuth::everyApiRouteNeedsAToken()
{
    for (const auto &[method, path] : m_service->routes()) {
        if (path.startsWith(QStringLiteral("/auth/")) && path != QStringLiteral("/auth/logout"))
            continue;
        if (path.startsWith(QStringLiteral("/_mock/")))
            continue;
        QString concrete = path;
        concrete.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("x"));
        const Response missing = m_http->send(method, concrete, "{}");
        // /support answers without a token too (the login screen's registration address), but checks one sent.
        const bool optional = path == QStringLiteral("/support");
        QVERIFY2(optional ? missing.status == 200
                          : missing.status == 401 && missing.code() == QStringLiteral("unauthorized"),
                 qPrintable(path));
        const Response bogus = m_http->send(method, concrete, "{}", {{"Authorization", "Bearer nonsense"}});
        QVERIFY2(bogus.status == 401, qPrintable(path));
    }
}

void TestMockAuth::englishMessages()
{
    const Response ja = login(QStringLiteral("tanaka@example.jp"), QStringLiteral("bad"));
    QCOMPARE(ja.message(), QStringLiteral("メールアドレスまたはパスワードが正しくありません。"));
    const Response en =
        m_http->send("POST", QStringLiteral("/auth/login"), R"({"email":"tanaka@example.jp","password":"bad"})",
                     {{"Accept-Language", "en-GB,en;q=0.9,ja;q=0.5"}});
    QCOMPARE(en.code(), QStringLiteral("invalid_credentials"));
    QCOMPARE(en.message(), QStringLiteral("The email address or password is incorrect."));
}

void TestMockAuth::badBodies()
{
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/login"), "{\"email\": ").code(), QStringLiteral("bad_request"));
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/login"), "[1,2]").status, 400);
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/login"), R"({"email": 5, "password": "x"})").status, 400);
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/login"), R"({"email": "a@b"})").status, 400);
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/otp"), R"({"challengeId": null, "code": "1"})").status, 400);
    QCOMPARE(m_http->send("POST", QStringLiteral("/auth/login")).status, 400);
}

QTEST_GUILESS_MAIN(TestMockAuth)
#include "tst_mockauth.moc"
