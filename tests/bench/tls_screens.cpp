// Screenshots of the login screen when the service's certificate cannot be verified (self-signed, expired, not valid
// yet, for another host, from an authority this computer does not trust), for a visual check in Japanese and English:
// the mock serving HTTPS with throw-away certificates made with openssl (support/TestCertificates). Usage: tls_screens
// OUT_DIR [ja|en]   — e.g. under `xvfb-run -a`. Not part of ctest.
#include "bench/Screenshots.h"
#include "support/AppDriver.h"
#include "support/TestCertificates.h"

#include <QLabel>

using namespace clickar;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Screenshots shots(argc, argv, "tls_screens");
    test::TestCertificates certificates;
    if (!certificates.make())
        qFatal("no certificates (openssl)");
    // certificate, whether the app is given the CA file
    const QList<std::pair<QString, bool>> cases = {{QStringLiteral("selfsigned"), true},
                                                   {QStringLiteral("expired"), true},
                                                   {QStringLiteral("notyetvalid"), true},
                                                   {QStringLiteral("otherhost"), true},
                                                   {QStringLiteral("loopback"), false}};
    for (const auto &[name, withCa] : cases) {
        MockOptions options;
        options.today = test::testToday();
        MockRenewalService service(options);
        QString error;
        if (!service.useTls(certificates.certificateFile(name), certificates.keyFile(name), &error) ||
            !service.listen())
            qFatal("HTTPS service: %s", qPrintable(error));
        test::AppDriver d;
        if (!d.startAppAt(service.serverUrl(), shots.language, withCa ? certificates.caFile() : QString()))
            qFatal("the app did not start");
        d.window()->resize(1200, 820);
        if (!d.submitLogin(QStringLiteral("tanaka@example.jp")))
            qFatal("login");
        auto *message = d.find<QLabel>("loginError");
        if (!d.waitFor([&] { return message->isVisible(); }, 30000))
            qFatal("no error shown for %s", qPrintable(name));
        shots.save(d.window(), QStringLiteral("tls-%1%2.png").arg(name, withCa ? QString() : QStringLiteral("-noca")));
    }
    return 0;
}
