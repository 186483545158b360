#include "ui/DocumentTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcDocuments, "clickar.documents")

namespace clickar {

namespace {

// Where the plugin file may be: a folder given in the environment, beside an installed program
// (bin/../lib/<multiarch>/clickar), the installed plugin folder, and the build tree's.
QStringList pluginFolders()
{
    QStringList folders;
    if (const QString fromEnvironment = qEnvironmentVariable("CLICKAR_PLUGIN_DIR"); !fromEnvironment.isEmpty())
        folders << fromEnvironment;
    folders << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(CLICKAR_RELATIVE_PLUGIN_DIR))
            << QStringLiteral(CLICKAR_INSTALL_PLUGIN_DIR) << QStringLiteral(CLICKAR_BUILD_PLUGIN_DIR);
    return folders;
}

DocumentTools *load(QString *error)
{
    const auto instances = QPluginLoader::staticInstances();
    for (QObject *instance : instances) {
        if (auto *tools = qobject_cast<DocumentTools *>(instance))
            return tools;
    }
    const QString fileName = QStringLiteral("libclickar_documents.so");
    QString reason = QCoreApplication::translate("DocumentTools", "%1 was not found.").arg(fileName);
    const QStringList folders = pluginFolders();
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(path))
            continue;
        auto *loader = new QPluginLoader(path, qApp); // kept: the plugin stays loaded for the process
        if (auto *tools = qobject_cast<DocumentTools *>(loader->instance())) {
            qCInfo(lcDocuments) << "document tools loaded from" << QDir::cleanPath(path);
            return tools;
        }
        reason = loader->errorString();
        qCWarning(lcDocuments) << "document tools could not be loaded:" << reason;
        delete loader;
    }
    if (error)
        *error = reason;
    return nullptr;
}

} // namespace

DocumentTools *documentTools(QString *error)
{
    static DocumentTools *tools = nullptr;
    if (!tools)
        tools = load(error);
    return tools;
}

} // namespace clickar
