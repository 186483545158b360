// The administrator PIN of kiosk mode: its salted slow hash, the lock after five wrong PINs, `clickar
// --set-kiosk-pin` on the real executable (the PIN typed twice, the hash in the settings file) and `clickar --kiosk`
// refusing to start without one.
#include "ui/KioskPin.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace clickar;

namespace {
// The executable with its settings in `home` (HOME and XDG_CONFIG_HOME), offscreen.
QProcess *startClickar(const QTemporaryDir &home, const QStringList &arguments, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(CLICKAR_BINARY), arguments);
    return process;
}

QString settingsFile(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("config/Clickar/Clickar.conf"));
}
} // namespace

class TestKioskPin : public QObject
{
    Q_OBJECT

private slots:
    void hashVerifiesAndHidesThePin()
    {
        const QString hash = KioskPin::hash(QStringLiteral("246813"));
        QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!hash.contains(QStringLiteral("246813")));
        QVERIFY(KioskPin::isHash(hash));
        QVERIFY(KioskPin::verify(QStringLiteral("246813"), hash));
        QVERIFY(!KioskPin::verify(QStringLiteral("246814"), hash));
        QVERIFY(!KioskPin::verify(QString(), hash));
        QVERIFY(KioskPin::hash(QStringLiteral("246813")) != hash); // a fresh salt every time
        // Malformed or weakened hashes are no hashes.
        QVERIFY(!KioskPin::isHash(QString()));
        QVERIFY(!KioskPin::isHash(QStringLiteral("246813")));
        QString weak = hash;
        weak.replace(QStringLiteral("$100000$"), QStringLiteral("$1$"));
        QVERIFY(!KioskPin::isHash(weak));
        QVERIFY(!KioskPin::verify(QStringLiteral("246813"), weak));
    }

    void acceptablePins()
    {
        QVERIFY(KioskPin::isAcceptable(QStringLiteral("1234")));
        QVERIFY(KioskPin::isAcceptable(QStringLiteral("123456789012")));
        QVERIFY(!KioskPin::isAcceptable(QStringLiteral("123")));
        QVERIFY(!KioskPin::isAcceptable(QStringLiteral("1234567890123")));
        QVERIFY(!KioskPin::isAcceptable(QStringLiteral("12a4")));
        QVERIFY(!KioskPin::isAcceptable(QStringLiteral("１２３４"))); // full-width digits: not on the pad
    }

    void fiveWrongPinsLockForFiveMinutes()
    {
        KioskPin pin(KioskPin::hash(QStringLiteral("9753")));
        QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        pin.setClock([&now] { return now; });
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pin.attempt(QStringLiteral("0000")), KioskPin::Outcome::Wrong);
        QCOMPARE(pin.attemptsLeft(), 1);
        QCOMPARE(pin.attempt(QStringLiteral("0000")), KioskPin::Outcome::Locked);
        QVERIFY(pin.isLocked());
        QCOMPARE(pin.lockedUntil(), now.addSecs(300));
        QCOMPARE(pin.attempt(QStringLiteral("9753")), KioskPin::Outcome::Locked); // even the right one
        now = now.addSecs(299);
        QCOMPARE(pin.attempt(QStringLiteral("9753")), KioskPin::Outcome::Locked);
        now = now.addSecs(1);
        QVERIFY(!pin.isLocked());
        QCOMPARE(pin.attempt(QStringLiteral("9753")), KioskPin::Outcome::Accepted);
        // A right PIN starts the count again.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pin.attempt(QStringLiteral("1111")), KioskPin::Outcome::Wrong);
        QCOMPARE(pin.attempt(QStringLiteral("9753")), KioskPin::Outcome::Accepted);
        QCOMPARE(pin.attempt(QStringLiteral("1111")), KioskPin::Outcome::Wrong);
        QCOMPARE(pin.attemptsLeft(), 4);
    }

    void setKioskPinStoresAHash()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess *process = startClickar(home, {QStringLiteral("--set-kiosk-pin")}, this);
        QVERIFY(process->waitForStarted());
        process->write("135790\n135790\n");
        process->closeWriteChannel();
        QVERIFY(process->waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("135790")));

        QFile file(settingsFile(home));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray contents = file.readAll();
        QVERIFY(!contents.contains("135790"));
        const QString hash = QSettings(settingsFile(home), QSettings::IniFormat).value("kioskPinHash").toString();
        QVERIFY(KioskPin::isHash(hash));
        QVERIFY(KioskPin::verify(QStringLiteral("135790"), hash));
    }

    void setKioskPinRefusesDifferentOrBadPins_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("different") << QByteArray("135790\n135791\n");
        QTest::newRow("too short") << QByteArray("123\n123\n");
        QTest::newRow("letters") << QByteArray("12ab34\n12ab34\n");
        QTest::newRow("nothing") << QByteArray();
    }

    void setKioskPinRefusesDifferentOrBadPins()
    {
        QFETCH(QByteArray, input);
        QTemporaryDir home;
        QProcess *process = startClickar(home, {QStringLiteral("--set-kiosk-pin")}, this);
        QVERIFY(process->waitForStarted());
        process->write(input);
        process->closeWriteChannel();
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 1);
        QVERIFY(!QSettings(settingsFile(home), QSettings::IniFormat).contains("kioskPinHash"));
    }

    // No PIN set: `clickar --kiosk` says how to set one and does not start (it waits on its message box, which a
    // person would close).
    void kioskRefusesToStartWithoutAPin()
    {
        QTemporaryDir home;
        QProcess *process =
            startClickar(home, {QStringLiteral("--kiosk"), QStringLiteral("--lang"), QStringLiteral("en")}, this);
        QVERIFY(process->waitForStarted());
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromLocal8Bit(process->readAllStandardError()),
                                  output.contains(QStringLiteral("clickar --set-kiosk-pin"))),
                                 60000);
        QVERIFY(output.contains(QStringLiteral("needs an administrator PIN")));
        process->kill();
        process->waitForFinished();
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/Clickar/Clickar/demo.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestKioskPin)
#include "tst_kiosk_pin.moc"
