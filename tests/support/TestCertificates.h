#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clickar {
class MockRenewalService;
}

namespace clickar::test {

// A throw-away certificate authority and server certificates, made with the openssl command at test time in a
// temporary folder (nothing is kept): `loopback` (127.0.0.1 and localhost, signed by the CA), `otherhost` (for
// renewal.example.jp), `expired` (loopback, expired yesterday), `notyetvalid` (loopback, valid from 2099 on) and
// `selfsigned` (loopback, signed by itself).
class TestCertificates
{
public:
    bool make(); // false, with a warning, when openssl is missing or fails
    QString caFile() const { return path(QStringLiteral("ca.crt")); }
    QString certificateFile(const QString &name) const { return path(name + QStringLiteral(".crt")); }
    QString keyFile(const QString &name) const { return path(name + QStringLiteral(".key")); }
    // The demo service on loopback serving HTTPS with certificate `name` (null, with a warning, if it cannot).
    std::unique_ptr<MockRenewalService> httpsService(const QString &name) const;

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);
    bool newKey(const QString &name);
    bool serverCertificate(const QString &name, const QString &altNames, int days, bool selfSigned);
    bool futureCertificate(const QString &name, const QString &altNames);

    QTemporaryDir m_dir;
};

} // namespace clickar::test
