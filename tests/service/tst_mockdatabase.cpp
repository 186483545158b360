// The demo service's database (MockOptions::database): a file keeps the state from one service to the next, in
// WAL mode; a file that is not SQLite, another application's SQLite file or a newer schema is refused with a
// message naming the file and how to start again — never a crash, never a change to the file; a database made from
// other seed data is refused unless the service is told to start again.
#include "tst_mockhttp.h"

#include "mock/MockSchema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace clickar;
using namespace mocktest;

class TestMockDatabase : public QObject
{
    Q_OBJECT

private:
    QString file(const QString &name = QStringLiteral("demo.sqlite")) const { return m_dir.filePath(name); }
    MockOptions options(const QString &database) const
    {
        MockOptions o;
        o.today = QDate(2026, 11, 25);
        o.database = database;
        return o;
    }
    // Runs `sql` on the file through a connection of the test's own.
    static void sqlite(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("test-") + path;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(sql), qPrintable(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // A service on the file must refuse it: the message, and 503 for the API (the mock-only routes still answer).
    void expectRefused(const QString &path, const QString &reason)
    {
        const QByteArray before = contents(path);
        std::unique_ptr<MockRenewalService> service = startService(options(path));
        QVERIFY(service);
        const QString error = service->loadError();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        Http http(service->serverUrl());
        const Response login =
            http.post(QStringLiteral("/auth/login"), {{QStringLiteral("email"), QStringLiteral("suzuki@example.jp")},
                                                      {QStringLiteral("password"), password}});
        QCOMPARE(login.status, 503);
        service.reset();
        QCOMPARE(contents(path), before); // refused, not repaired or overwritten
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void fileKeepsTheStateInWal()
    {
        QString token;
        QJsonObject renewal;
        {
            std::unique_ptr<MockRenewalService> service = startService(options(file()));
            QVERIFY(service);
            QVERIFY2(service->loadError().isEmpty(), qPrintable(service->loadError()));
            QVERIFY(QFile::exists(file() + QStringLiteral("-wal"))); // write-ahead log while open
            Http http(service->serverUrl());
            token = http.login(QStringLiteral("tanaka@example.jp"));
            QVERIFY(!token.isEmpty());
            renewal = http.renewal(token, QStringLiteral("7012345601"));
            const Response saved = http.step(token, renewal, QStringLiteral("preconfirm"), {});
            QCOMPARE(saved.status, 200);
            renewal = saved.object();
            QCOMPARE(http.post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), 60}}).status, 200);
        }
        std::unique_ptr<MockRenewalService> service = startService(options(file()));
        QVERIFY(service);
        QVERIFY2(service->loadError().isEmpty(), qPrintable(service->loadError()));
        Http http(service->serverUrl());
        QCOMPARE(http.get(QStringLiteral("/me"), token).status, 200); // the session too
        QCOMPARE(http.renewal(token, QStringLiteral("7012345601")), renewal);
        QCOMPARE(http.get(QStringLiteral("/_mock/outbox")).array().size(), 1); // the one-time password mail
        // The clock moved by /_mock/advance stays moved: 60 s plus the time since.
        const QJsonObject clock =
            http.post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), 0}}).object();
        QCOMPARE(clock.value(QStringLiteral("offsetSeconds")).toInt(), 60);

        // /_mock/reset goes back to the seed, on the file as well.
        QCOMPARE(http.post(QStringLiteral("/_mock/reset"), {}).status, 204);
        service.reset();
        service = startService(options(file()));
        Http after(service->serverUrl());
        QCOMPARE(after.get(QStringLiteral("/me"), token).status, 401);
        QCOMPARE(after.get(QStringLiteral("/_mock/outbox")).array().size(), 0);
        const QString fresh = after.login(QStringLiteral("tanaka@example.jp"));
        const QJsonObject again = after.renewal(fresh, QStringLiteral("7012345601"));
        QVERIFY(again.value(QStringLiteral("id")) != renewal.value(QStringLiteral("id")));
        QVERIFY(again.value(QStringLiteral("confirmedSteps")).toArray().isEmpty());
    }

    void lockoutSurvivesARestart()
    {
        {
            std::unique_ptr<MockRenewalService> service = startService(options(file()));
            Http http(service->serverUrl());
            for (int i = 0; i < 5; ++i)
                QCOMPARE(http.post(QStringLiteral("/auth/login"),
                                   {{QStringLiteral("email"), QStringLiteral("suzuki@example.jp")},
                                    {QStringLiteral("password"), QStringLiteral("wrong")}})
                             .status,
                         401);
        }
        std::unique_ptr<MockRenewalService> service = startService(options(file()));
        Http http(service->serverUrl());
        const Response locked =
            http.post(QStringLiteral("/auth/login"), {{QStringLiteral("email"), QStringLiteral("suzuki@example.jp")},
                                                      {QStringLiteral("password"), password}});
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.code(), QStringLiteral("account_locked"));
    }

    void notSqlite()
    {
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArrayLiteral("Clickar? ") + QByteArray(8000, '\x7f'));
        f.close();
        expectRefused(file(), QStringLiteral("not an SQLite file, or it is damaged"));
    }

    void damagedHeader()
    {
        {
            startService(options(file()));
        } // a real database…
        QByteArray bytes = contents(file());
        QVERIFY(bytes.size() > 100);
        bytes.replace(0, 16, QByteArray(16, '\0')); // …whose "SQLite format 3" header is gone
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QFile::remove(file() + QStringLiteral("-wal"));
        QFile::remove(file() + QStringLiteral("-shm"));
        expectRefused(file(), QStringLiteral("Move or delete"));
    }

    void foreignSqlite()
    {
        sqlite(file(), {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                        QStringLiteral("INSERT INTO notes (text) VALUES ('a note')")});
        expectRefused(file(), QStringLiteral("another application"));
    }

    void newerSchema()
    {
        {
            startService(options(file()));
        }
        sqlite(file(), {QStringLiteral("PRAGMA user_version = %1").arg(mockschema::version + 1)});
        expectRefused(file(), QStringLiteral("newer version"));
    }

    void otherSeedData()
    {
        {
            startService(options(file()));
        }
        QFile builtIn(QStringLiteral(":/seed/demo.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QFile other(file(QStringLiteral("other-seed.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(builtIn.readAll() + QByteArrayLiteral("\n"));
        other.close();
        MockOptions o = options(file());
        o.dataFile = other.fileName();
        {
            auto service = std::make_unique<MockRenewalService>(o);
            QVERIFY2(service->loadError().contains(QStringLiteral("other seed data")),
                     qPrintable(service->loadError()));
            QVERIFY(service->loadError().contains(file()));
        }
        o.resetOnSeedChange = true; // the app's embedded demo: starts again from the new seed
        {
            auto service = std::make_unique<MockRenewalService>(o);
            QVERIFY2(service->loadError().isEmpty(), qPrintable(service->loadError()));
        }
        o.resetOnSeedChange = false; // and from then on continues with it
        auto service = std::make_unique<MockRenewalService>(o);
        QVERIFY2(service->loadError().isEmpty(), qPrintable(service->loadError()));
    }
};

QTEST_GUILESS_MAIN(TestMockDatabase)
#include "tst_mockdatabase.moc"
