#include "support/TestCertificates.h"

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
           serverCertificate(QStringLiteral("selfsigned"), loopback, 2, true);
}

} // namespace clickar::test
