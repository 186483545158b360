# Compiler settings shared by every Clickar target.

# Warnings are errors in our code (not in Qt's headers, which come in as system includes).
function(clickar_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wno-gnu-zero-variadic-macro-arguments)
    if(CLICKAR_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# Precompiled headers: the Qt headers nearly every file includes, compiled once per target.
set(CLICKAR_PCH_CORE <QByteArray> <QDate> <QDateTime> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject>
    <QString> <QStringList> <QTimer> <QUrl> <functional> <optional>)
set(CLICKAR_PCH_UI ${CLICKAR_PCH_CORE} <QAbstractButton> <QApplication> <QCheckBox> <QComboBox> <QHBoxLayout>
    <QLabel> <QLineEdit> <QMessageBox> <QPushButton> <QVBoxLayout> <QWidget> <QWizard> <QWizardPage>)
