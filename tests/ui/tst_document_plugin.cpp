// The document tools (PDF viewer, print preview) as the application gets them: a plugin file loaded on first
// use, so that QtPdf and QtPrintSupport are not loaded at start-up. This test links no static copy of the plugin.
#include "ui/DocumentTools.h"
#include "ui/PdfViewer.h"

#include <QFile>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTest>

using namespace clickar;

namespace {
// Whether a library whose file name contains `name` is mapped into this process.
bool isLoaded(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}
} // namespace

class TestDocumentPlugin : public QObject
{
    Q_OBJECT

private slots:
    void loadedOnFirstUseOnly()
    {
        for (QObject *instance : QPluginLoader::staticInstances())
            QVERIFY(!qobject_cast<DocumentTools *>(instance));
        QVERIFY(!isLoaded("libQt6Pdf"));
        QVERIFY(!isLoaded("libQt6PrintSupport"));

        QString error;
        DocumentTools *tools = documentTools(&error);
        QVERIFY2(tools, qPrintable(error));
        QVERIFY(isLoaded("libclickar_documents.so"));
        QVERIFY(isLoaded("libQt6Pdf"));
        QVERIFY(isLoaded("libQt6PrintSupport"));
        QCOMPARE(documentTools(), tools); // loaded once
    }

    void theViewerFromThePluginShowsTheDocument()
    {
        DocumentTools *tools = documentTools();
        QVERIFY(tools);
        QFile file(QStringLiteral(":/documents/disclosure.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QWidget parent;
        PdfViewer *viewer = tools->createPdfViewer(file.readAll(), QStringLiteral("disclosure"), &parent);
        QVERIFY(viewer);
        QSignalSpy loaded(viewer, &PdfViewer::loaded);
        QSignalSpy firstPage(viewer, &PdfViewer::firstPageShown);
        viewer->show();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isLoaded(), 10000);
        QVERIFY(viewer->pageCount() > 1);
        QTRY_COMPARE_WITH_TIMEOUT(firstPage.count(), 1, 10000);
        QVERIFY(viewer->view());
        QVERIFY(!viewer->hasReachedEnd());
    }
};

QTEST_MAIN(TestDocumentPlugin)
#include "tst_document_plugin.moc"
