// resources/api/renewal-api.yaml and the mock agree: every route the mock serves is in the document, and every
// operation the document names is served by the mock.
#include "mock/MockRenewalService.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace clickar;

namespace {
// (METHOD, path) pairs of the document's `paths:` section; a small reader for its regular layout.
QSet<QString> documentedOperations(const QByteArray &yaml, QString *error)
{
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|delete|patch):\\s*$"));
    QSet<QString> operations;
    bool inPaths = false;
    QString path;
    for (const QByteArray &raw : yaml.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line == QStringLiteral("paths:")) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.isEmpty() && !line.startsWith(u' '))
            break; // the next top-level key
        if (const QRegularExpressionMatch m = pathLine.match(line); m.hasMatch())
            path = m.captured(1);
        else if (const QRegularExpressionMatch m2 = methodLine.match(line); m2.hasMatch())
            operations.insert(m2.captured(1).toUpper() + u' ' + path);
    }
    if (operations.isEmpty())
        *error = QStringLiteral("no operations found under paths:");
    return operations;
}
} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentMatchesTheMock()
    {
        QFile file(QStringLiteral(":/api/renewal-api.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QSet<QString> documented = documentedOperations(file.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        MockRenewalService mock;
        QSet<QString> served;
        for (const auto &[method, path] : mock.routes())
            served.insert(QString::fromLatin1(method) + u' ' + path);

        const QSet<QString> undocumented = served - documented;
        const QSet<QString> unserved = documented - served;
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("served but not documented: ") +
                                                    QStringList(undocumented.values()).join(u',')));
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(QStringLiteral("documented but not served: ") + QStringList(unserved.values()).join(u',')));
        QVERIFY(served.contains(QStringLiteral("PUT /renewals/{id}/steps/{step}")));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
