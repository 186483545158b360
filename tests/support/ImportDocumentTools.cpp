// Links the document tools (PDF viewer, print preview) into a test as a static plugin, so the test needs no
// plugin file; documentTools() finds it among QPluginLoader::staticInstances().
#include <QtPlugin>

Q_IMPORT_PLUGIN(DocumentToolsPlugin)
