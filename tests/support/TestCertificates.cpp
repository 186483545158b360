#include "support/TestCertificates.h"

#include "mock/MockRenewalService.h"
#include "support/TestSupport.h"

#include <QDebug>
#include <QFile>
#include <QProcess>

namespace clickar::test {

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.errorString() << process.readAllStandardError();
        return false;
    }
    return true;
}

bool TestCertificates::newKey(const QString &name)
{
    return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-out"),
                    keyFile(name)});
}

bool TestCertificates::serverCertificate(const QString &name, const QString &altNames, int days, bool selfSigned)
{
    if (!newKey(name))
        return false;
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=" + altNames.toLatin1() + "\nbasicConstraints=CA:FALSE\n");
    ext.close();
    const QString csr = path(name + QStringLiteral(".csr"));
    if (!openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), keyFile(name),
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-out"), csr}))
        return false;
    // A negative number of days gives a certificate that expired before it was made (openssl 3.0 accepts it).
    QStringList sign = {QStringLiteral("x509"),  QStringLiteral("-req"), QStringLiteral("-in"),      csr,
                        QStringLiteral("-days"), QString::number(days),  QStringLiteral("-extfile"), ext.fileName(),
                        QStringLiteral("-out"),  certificateFile(name)};
    if (selfSigned)
        sign << QStringLiteral("-key") << keyFile(name);
    else
        sign << QStringLiteral("-CA") << caFile() << QStringLiteral("-CAkey") << keyFile(QStringLiteral("ca"))
             << QStringLiteral("-CAcreateserial");
    return openssl(sign);
}

bool TestCertificates::futureCertificate(const QString &name, const QString &altNames)
{
    // `openssl x509` cannot start a certificate's validity later; `openssl ca` can, with a minimal configuration.
    if (!newKey(name))
        return false;
    QFile ext(path(name + QStringLiteral(".ext")));
    QFile config(path(QStringLiteral("ca.cnf")));
    QFile index(path(QStringLiteral("index.txt")));
    QFile serial(path(QStringLiteral("serial")));
    if (!ext.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly) ||
        !serial.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=" + altNames.toLatin1() + "\nbasicConstraints=CA:FALSE\n");
    config.write("[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                 "default_md=sha256\npolicy=any\n[any]\ncommonName=supplied\n");
    serial.write("01\n");
    ext.close();
    config.close();
    index.close();
    serial.close();
    const QString csr = path(name + QStringLiteral(".csr"));
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), keyFile(name),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-out"), csr}) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
                    QStringLiteral("-cert"), caFile(), QStringLiteral("-keyfile"), keyFile(QStringLiteral("ca")),
                    QStringLiteral("-in"), csr, QStringLiteral("-out"), certificateFile(name),
                    QStringLiteral("-startdate"), QStringLiteral("20990101000000Z"), QStringLiteral("-enddate"),
                    QStringLiteral("20990201000000Z"), QStringLiteral("-extfile"), ext.fileName()});
}

bool TestCertificates::make()
{
    if (!m_dir.isValid() || !newKey(QStringLiteral("ca")))
        return false;
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                  keyFile(QStringLiteral("ca")), QStringLiteral("-subj"),
                  QStringLiteral("/CN=Clickar throw-away test CA"), QStringLiteral("-days"), QStringLiteral("2"),
                  QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                  QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                  QStringLiteral("-out"), caFile()}))
        return false;
    const QString loopback = QStringLiteral("IP:127.0.0.1,DNS:localhost");
    return serverCertificate(QStringLiteral("loopback"), loopback, 2, false) &&
           serverCertificate(QStringLiteral("otherhost"), QStringLiteral("DNS:renewal.example.jp"), 2, false) &&
           serverCertificate(QStringLiteral("expired"), loopback, -1, false) &&
           serverCertificate(QStringLiteral("selfsigned"), loopback, 2, true) &&
           futureCertificate(QStringLiteral("notyetvalid"), loopback);
}

std::unique_ptr<MockRenewalService> TestCertificates::httpsService(const QString &name) const
{
    MockOptions options;
    options.today = testToday();
    auto service = std::make_unique<MockRenewalService>(options);
    QString error;
    if (!service->useTls(certificateFile(name), keyFile(name), &error)) {
        qWarning() << error;
        return nullptr;
    }
    if (!service->listen())
        return nullptr;
    return service;
}

} // namespace clickar::test
