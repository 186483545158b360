// The settings files and the command line: where the files are, which source wins for each key (kiosk: the site),
// and a clear message naming the file (or the option) and the key for every bad value.
#include "ui/AppSettings.h"
#include "ui/ClickarApp.h"
#include "ui/Translations.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace clickar;

namespace {

// A throw-away self-signed certificate (only parsed, never trusted for a connection).
const QByteArray pemCertificate = "-----BEGIN CERTIFICATE-----\n"
                                  "MIIBijCCAS+gAwIBAgIUZpADdSc8VpDGCMEYUCaOzYBqZSgwCgYIKoZIzj0EAwIw\n"
                                  "GjEYMBYGA1UEAwwPQ2xpY2thciB0ZXN0IENBMB4XDTI2MTIwMTEzMDYzMFoXDTM2\n"
                                  "MTEyODEzMDYzMFowGjEYMBYGA1UEAwwPQ2xpY2thciB0ZXN0IENBMFkwEwYHKoZI\n"
                                  "zj0CAQYIKoZIzj0DAQcDQgAEfufWCsDHok13XR5owzgyehXJbYSQstUok8GC1dBm\n"
                                  "c6uNjANjBs34BtpwmHPu/x1zv43v/DaACtLSWyArFgaDeaNTMFEwHQYDVR0OBBYE\n"
                                  "FGRNs22aYgMC2W6vTT887lxEDSYLMB8GA1UdIwQYMBaAFGRNs22aYgMC2W6vTT88\n"
                                  "7lxEDSYLMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAOnaYHtd\n"
                                  "ySIOpspNCng6PLQc5VQKhW6gmoogCYS5TeEsAiEA6P6zK3c/9HXkWXF2DrQAF20k\n"
                                  "5P++c8b3O7tEZMWEZBY=\n"
                                  "-----END CERTIFICATE-----\n";

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_home;  // XDG_CONFIG_HOME
    QString m_site1; // XDG_CONFIG_DIRS, most important first
    QString m_site2;
    int m_writes = 0;

    void write(const QString &folder, const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/Clickar")));
        QFile file(folder + QStringLiteral("/Clickar/Clickar.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        // QSettings caches a file by path, size and time: a comment of a new length makes every write a new file.
        file.write("; " + QByteArray(++m_writes, '.') + '\n');
    }
    static QString fileIn(const QString &folder) { return folder + QStringLiteral("/Clickar/Clickar.conf"); }

    // Loads the files under the temporary folders with `commandLine` and applies them; the error or "".
    static QString applyAll(AppOptions *options, const QVariantMap &commandLine = {})
    {
        AppSettings settings;
        settings.load(commandLine);
        QString error;
        if (!settings.apply(options, &error))
            return error.isEmpty() ? QStringLiteral("(failed without a message)") : error;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_home = m_root.filePath(QStringLiteral("home"));
        m_site1 = m_root.filePath(QStringLiteral("site1"));
        m_site2 = m_root.filePath(QStringLiteral("site2"));
        qputenv("XDG_CONFIG_HOME", m_home.toUtf8());
        qputenv("XDG_CONFIG_DIRS", (m_site1 + u':' + m_site2 + QStringLiteral(":relative/ignored")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Clickar"));
        QCoreApplication::setApplicationName(QStringLiteral("Clickar"));
        installTranslations(QStringLiteral("en"));
    }

    void cleanup()
    {
        for (const QString &folder : {m_home, m_site1, m_site2})
            QDir(folder).removeRecursively();
    }

    void theFilesAreWhereAdministratorsLook()
    {
        QCOMPARE(AppSettings::siteFiles(), QStringList({fileIn(m_site1), fileIn(m_site2)}));
        QCOMPARE(AppSettings::userFile(), fileIn(m_home));
        // The user's file is the one the app's other settings (the remembered email …) are written to.
        QCOMPARE(QSettings().fileName(), AppSettings::userFile());

        const QByteArray dirs = qgetenv("XDG_CONFIG_DIRS");
        qunsetenv("XDG_CONFIG_DIRS");
        QCOMPARE(AppSettings::siteFiles(), QStringList{QStringLiteral("/etc/xdg/Clickar/Clickar.conf")});
        qputenv("XDG_CONFIG_DIRS", dirs);
    }

    void noFilesGiveTheDefaults()
    {
        AppOptions options;
        QCOMPARE(applyAll(&options), QString());
        QVERIFY(options.server.isEmpty());
        QCOMPARE(options.language, QStringLiteral("ja"));
        QVERIFY(!options.kiosk);
        QVERIFY(options.caFile.isEmpty());
        QCOMPARE(options.idleTimeoutSeconds, 120);
    }

    void theSiteFileSetsEveryOption()
    {
        write(m_site2, "[General]\nca.pem=x\n");
        QFile ca(m_site1 + QStringLiteral("/Clickar/ca.pem"));
        QVERIFY(QDir().mkpath(m_site1 + QStringLiteral("/Clickar")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(pemCertificate);
        ca.close();
        // A relative caFile is found beside the file that names it.
        write(m_site1, "server=https://renewal.example.co.jp\ncaFile=ca.pem\nlanguage=en\nkiosk=true\n"
                       "idleTimeout=300\n");
        AppOptions options;
        QCOMPARE(applyAll(&options), QString());
        QCOMPARE(options.server, QUrl(QStringLiteral("https://renewal.example.co.jp")));
        QCOMPARE(options.caFile, ca.fileName());
        QCOMPARE(options.language, QStringLiteral("en"));
        QVERIFY(options.kiosk);
        QCOMPARE(options.idleTimeoutSeconds, 300);
    }

    void commandLineOverUserOverSite()
    {
        write(m_site2, "server=https://site2.example.jp\nlanguage=en\nidleTimeout=90\n");
        write(m_site1, "server=https://site1.example.jp\n");
        write(m_home, "[General]\nserver=https://user.example.jp\nlanguage=ja\nemail=tanaka@example.jp\n");
        AppOptions options;
        QCOMPARE(applyAll(&options), QString());
        QCOMPARE(options.server, QUrl(QStringLiteral("https://user.example.jp")));
        QCOMPARE(options.language, QStringLiteral("ja"));
        QCOMPARE(options.idleTimeoutSeconds, 90); // only the second site folder sets it

        options = {};
        QCOMPARE(applyAll(&options, {{QStringLiteral("server"), QStringLiteral("http://127.0.0.1:8080")},
                                     {QStringLiteral("language"), QStringLiteral("en")},
                                     {QStringLiteral("idleTimeout"), QStringLiteral("45")}}),
                 QString());
        QCOMPARE(options.server, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(options.language, QStringLiteral("en"));
        QCOMPARE(options.idleTimeoutSeconds, 45);

        // Of two site folders the first one wins; an empty value sets nothing.
        write(m_home, "server=\n");
        options = {};
        QCOMPARE(applyAll(&options), QString());
        QCOMPARE(options.server, QUrl(QStringLiteral("https://site1.example.jp")));
    }

    void theSiteDecidesKiosk()
    {
        write(m_site1, "kiosk=true\n");
        write(m_home, "kiosk=false\n");
        AppOptions options;
        QCOMPARE(applyAll(&options), QString());
        QVERIFY2(options.kiosk, "a user's file cannot switch the site's kiosk off");

        write(m_site1, "kiosk=false\n");
        write(m_home, "kiosk=true\n");
        options = {};
        QCOMPARE(applyAll(&options), QString());
        QVERIFY(!options.kiosk);
        options = {};
        QCOMPARE(applyAll(&options, {{QStringLiteral("kiosk"), QStringLiteral("true")}}), QString());
        QVERIFY2(options.kiosk, "--kiosk switches it on");

        QFile::remove(fileIn(m_site1));
        options = {};
        QCOMPARE(applyAll(&options), QString());
        QVERIFY2(options.kiosk, "without a site setting the user's file decides");
    }

    void theCommandLineOptionsAreRead()
    {
        QCommandLineParser parser;
        parser.addOptions({{QStringLiteral("server"), {}, QStringLiteral("url")},
                           {QStringLiteral("lang"), {}, QStringLiteral("language")},
                           {QStringLiteral("kiosk"), {}},
                           {QStringLiteral("ca-file"), {}, QStringLiteral("file")},
                           {QStringLiteral("idle-timeout"), {}, QStringLiteral("seconds")},
                           {QStringLiteral("today"), {}, QStringLiteral("date")}});
        QVERIFY(parser.parse({QStringLiteral("clickar"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--kiosk"), QStringLiteral("--ca-file"), QStringLiteral("/etc/ca.pem"),
                              QStringLiteral("--idle-timeout"), QStringLiteral("60"), QStringLiteral("--today"),
                              QStringLiteral("2026-11-25")}));
        const QVariantMap expected = {{QStringLiteral("language"), QStringLiteral("en")},
                                      {QStringLiteral("kiosk"), QStringLiteral("true")},
                                      {QStringLiteral("caFile"), QStringLiteral("/etc/ca.pem")},
                                      {QStringLiteral("idleTimeout"), QStringLiteral("60")}};
        QCOMPARE(AppSettings::fromCommandLine(parser), expected);

        QCommandLineParser bare; // a parser without some of the options: they are not set
        bare.addOption({QStringLiteral("server"), {}, QStringLiteral("url")});
        QVERIFY(bare.parse({QStringLiteral("clickar")}));
        QVERIFY(AppSettings::fromCommandLine(bare).isEmpty());
    }

    void aBadValueNamesFileAndKey_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("why");
        QTest::newRow("http for another host") << QByteArray("server=http://renewal.example.co.jp") << "server"
                                               << "must start with https://";
        QTest::newRow("not a URL") << QByteArray("server=renewal example") << "server"
                                   << "not a valid URL";
        QTest::newRow("no CA file") << QByteArray("caFile=/nonexistent/ca.pem") << "caFile"
                                    << "/nonexistent/ca.pem cannot be read";
        QTest::newRow("CA file without a certificate") << QByteArray("caFile=Clickar.conf") << "caFile"
                                                       << "contains no certificate";
        QTest::newRow("language") << QByteArray("language=fr") << "language"
                                  << "“fr” is not a language of Clickar";
        QTest::newRow("kiosk") << QByteArray("kiosk=maybe") << "kiosk"
                               << "“maybe” is neither true nor false";
        QTest::newRow("negative timeout") << QByteArray("idleTimeout=-5") << "idleTimeout"
                                          << "“-5” is not a number of seconds from 1 to 86400";
        QTest::newRow("zero timeout") << QByteArray("idleTimeout=0") << "idleTimeout"
                                      << "“0” is not a number";
        QTest::newRow("timeout in words") << QByteArray("idleTimeout=two minutes") << "idleTimeout"
                                          << "“two minutes” is not a number";
    }

    void aBadValueNamesFileAndKey()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, key);
        QFETCH(QString, why);
        for (const QString &folder : {m_site1, m_home}) {
            cleanup();
            write(folder, line + '\n');
            AppOptions options;
            const QString error = applyAll(&options);
            QVERIFY2(error.contains(QStringLiteral("The settings file %1, key “%2”").arg(fileIn(folder), key)),
                     qPrintable(error));
            QVERIFY2(error.contains(why), qPrintable(error));
        }
    }

    void aBadCommandLineValueNamesTheOption()
    {
        write(m_site1, "idleTimeout=60\n");
        AppOptions options;
        const QString error = applyAll(&options, {{QStringLiteral("idleTimeout"), QStringLiteral("-1")},
                                                  {QStringLiteral("server"), QStringLiteral("ftp://x.example")}});
        QVERIFY2(error.contains(QStringLiteral("The command-line option --idle-timeout: “-1” is not a number")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("The command-line option --server: ")), qPrintable(error));
        QCOMPARE(error.count(u'\n'), 1); // one line per problem; the site's good value is not one
    }

    void aFileThatCannotBeReadIsNamed()
    {
        QVERIFY(QDir().mkpath(fileIn(m_site1))); // a folder where the file should be
        AppOptions options;
        const QString error = applyAll(&options);
        QVERIFY2(error.startsWith(QStringLiteral("The settings file %1 cannot be read").arg(fileIn(m_site1))),
                 qPrintable(error));
    }

    void aGoodValueInALosingSourceStaysUnchecked()
    {
        // Only the value in force is checked: a user's command line can correct a bad file of their own.
        write(m_home, "language=fr\n");
        AppOptions options;
        QCOMPARE(applyAll(&options, {{QStringLiteral("language"), QStringLiteral("en")}}), QString());
        QCOMPARE(options.language, QStringLiteral("en"));
    }

    void messagesInJapanese()
    {
        write(m_site1, "language=ja\nidleTimeout=-5\n");
        AppSettings settings;
        settings.load({});
        QCOMPARE(settings.language(), QStringLiteral("ja"));
        installTranslations(settings.language());
        AppOptions options;
        QString error;
        QVERIFY(!settings.apply(&options, &error));
        installTranslations(QStringLiteral("en"));
        QVERIFY2(error.contains(QStringLiteral("設定ファイル %1 の「idleTimeout」").arg(fileIn(m_site1))),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("「-5」")), qPrintable(error));

        // A bad language is reported in Japanese, the default.
        write(m_site1, "language=fr\n");
        settings.load({});
        QCOMPARE(settings.language(), QStringLiteral("ja"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
