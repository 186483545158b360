#include "support/TraceWalker.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMetaProperty>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <QWidget>
#include <QWindow>

#include <optional>

namespace clickar::test {

namespace {
constexpr int maxModelDepth = 8;

QString normalised(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool isLongNumber(const QString &needle)
{
    return needle.size() >= 8 && digitsOf(needle) == needle;
}

// The roles read from every model index, besides those itemData() reports.
const QList<int> &roles()
{
    static const QList<int> all = [] {
        QList<int> list = {Qt::DisplayRole,
                           Qt::ToolTipRole,
                           Qt::EditRole,
                           Qt::StatusTipRole,
                           Qt::WhatsThisRole,
                           Qt::AccessibleTextRole,
                           Qt::AccessibleDescriptionRole};
        for (int role = Qt::UserRole; role <= Qt::UserRole + 16; ++role)
            list.append(role);
        return list;
    }();
    return all;
}
} // namespace

TraceWalker::TraceWalker(const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!needle.trimmed().isEmpty())
            m_needles.append(normalised(needle.trimmed()));
    }
    m_needles.removeDuplicates();
}

void TraceWalker::addRoot(QObject *root)
{
    if (root)
        m_roots.append(root);
}

void TraceWalker::forbidClasses(const QStringList &classNames)
{
    m_forbiddenClasses += classNames;
}

QList<Trace> TraceWalker::walk()
{
    m_seen.clear();
    m_seenModels.clear();
    m_reported.clear();
    m_traces.clear();
    visit(QCoreApplication::instance());
    const QList<QWidget *> topLevels = QApplication::topLevelWidgets();
    for (QWidget *widget : topLevels)
        visit(widget);
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        visit(widget);
    const QList<QWindow *> windows = QGuiApplication::allWindows();
    for (QWindow *window : windows)
        visit(window);
    for (QObject *root : std::as_const(m_roots))
        visit(root);
    checkClipboard();
    return m_traces;
}

void TraceWalker::visit(QObject *object)
{
    if (!object || m_seen.contains(object))
        return;
    for (const QObject *o = object; o; o = o->parent()) {
        if (m_skipped.contains(o))
            return;
    }
    m_seen.insert(object);
    checkObject(object);
    const QObjectList children = object->children();
    for (QObject *child : children)
        visit(child);
}

QString TraceWalker::pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o && parts.size() < 12; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" / "));
}

void TraceWalker::checkObject(QObject *object)
{
    const QString where = pathOf(object);
    for (const QString &className : std::as_const(m_forbiddenClasses)) {
        if (object->inherits(className.toLatin1().constData()))
            m_traces.append({where, QStringLiteral("class"), className, QStringLiteral("an object of this class")});
    }
    check(where, QStringLiteral("objectName"), object->objectName());
    if (object->thread() != QThread::currentThread())
        return; // another thread's object (the demo service): its name only, its properties are not ours to read
    const QMetaObject *meta = object->metaObject();
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        const int type = property.metaType().id();
        if (!property.isReadable() ||
            (type != QMetaType::QString && type != QMetaType::QStringList && type != QMetaType::QUrl &&
             type != QMetaType::QByteArray && type != QMetaType::QVariant && type != QMetaType::QVariantList))
            continue;
        checkVariant(where, QString::fromLatin1(property.name()), property.read(object));
    }
    const QList<QByteArray> dynamic = object->dynamicPropertyNames();
    for (const QByteArray &name : dynamic) {
        check(where, QStringLiteral("dynamic property name"), QString::fromUtf8(name));
        checkVariant(where, QStringLiteral("dynamic property ") + QString::fromUtf8(name),
                     object->property(name.constData()));
    }
    if (auto *document = qobject_cast<QTextDocument *>(object))
        check(where, QStringLiteral("document text"), document->toPlainText());
    if (auto *model = qobject_cast<QAbstractItemModel *>(object))
        checkModel(model, where);
    // Models and completers need not be children of the widget that uses them.
    if (auto *view = qobject_cast<QAbstractItemView *>(object)) {
        checkModel(view->model(), where + QStringLiteral(" → model"));
    }
    if (auto *combo = qobject_cast<QComboBox *>(object)) {
        checkModel(combo->model(), where + QStringLiteral(" → model"));
        if (combo->completer())
            visit(combo->completer());
    }
    if (auto *edit = qobject_cast<QLineEdit *>(object); edit && edit->completer())
        visit(edit->completer());
    if (auto *completer = qobject_cast<QCompleter *>(object)) {
        checkModel(completer->model(), where + QStringLiteral(" → model"));
        checkModel(completer->completionModel(), where + QStringLiteral(" → completion model"));
    }
}

void TraceWalker::checkModel(const QAbstractItemModel *model, const QString &where)
{
    if (!model || m_seenModels.contains(model))
        return;
    m_seenModels.insert(model);
    for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        const int sections = orientation == Qt::Horizontal ? model->columnCount() : model->rowCount();
        for (int section = 0; section < sections; ++section) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                checkVariant(where, QStringLiteral("header %1 role %2").arg(section).arg(role),
                             model->headerData(section, orientation, role));
        }
    }
    checkIndexes(model, where, QModelIndex(), 0);
}

void TraceWalker::checkIndexes(const QAbstractItemModel *model, const QString &where, const QModelIndex &parent,
                               int depth)
{
    if (depth > maxModelDepth)
        return;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString what = QStringLiteral("index (%1,%2) depth %3 role ").arg(row).arg(column).arg(depth);
            const QMap<int, QVariant> data = model->itemData(index);
            for (auto it = data.begin(); it != data.end(); ++it)
                checkVariant(where, what + QString::number(it.key()), it.value());
            for (int role : roles())
                checkVariant(where, what + QString::number(role), model->data(index, role));
            if (model->hasChildren(index))
                checkIndexes(model, where, index, depth + 1);
        }
    }
}

void TraceWalker::checkClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    QList<QClipboard::Mode> modes = {QClipboard::Clipboard};
    if (clipboard->supportsSelection())
        modes.append(QClipboard::Selection);
    if (clipboard->supportsFindBuffer())
        modes.append(QClipboard::FindBuffer);
    for (QClipboard::Mode mode : modes) {
        const QString where = QStringLiteral("clipboard mode %1").arg(int(mode));
        check(where, QStringLiteral("text"), clipboard->text(mode));
        const QMimeData *mime = clipboard->mimeData(mode);
        if (!mime)
            continue;
        const QStringList formats = mime->formats();
        for (const QString &format : formats)
            check(where, format, QString::fromUtf8(mime->data(format)));
    }
}

void TraceWalker::checkVariant(const QString &where, const QString &what, const QVariant &value)
{
    if (!value.isValid())
        return;
    switch (value.metaType().id()) {
    case QMetaType::QStringList:
        return check(where, what, value.toStringList().join(QLatin1Char('\n')));
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        for (const QVariant &item : list)
            checkVariant(where, what, item);
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            check(where, what + QStringLiteral(" key"), it.key());
            checkVariant(where, what + QStringLiteral(" ") + it.key(), it.value());
        }
        return;
    }
    case QMetaType::QByteArray:
        return check(where, what, QString::fromUtf8(value.toByteArray()));
    case QMetaType::QUrl:
        return check(where, what, value.toUrl().toString());
    default:
        if (value.canConvert<QString>())
            check(where, what, value.toString());
    }
}

void TraceWalker::check(const QString &where, const QString &what, const QString &text)
{
    if (text.isEmpty())
        return;
    const QString haystack = normalised(text);
    std::optional<QString> digits; // computed only when a long number is looked for
    for (const QString &needle : std::as_const(m_needles)) {
        bool found = haystack.contains(needle, Qt::CaseInsensitive);
        if (!found && isLongNumber(needle)) {
            if (!digits)
                digits = digitsOf(haystack);
            found = digits->contains(needle);
        }
        // The same text met again (itemData() and data() of one index, a property and its alias) counts once.
        if (found && !m_reported.contains(where + u'\n' + needle + u'\n' + haystack)) {
            m_reported.insert(where + u'\n' + needle + u'\n' + haystack);
            m_traces.append({where, what, needle, haystack.size() > 200 ? haystack.left(200) + u'…' : haystack});
        }
    }
}

QString TraceWalker::describe(const QList<Trace> &traces, int limit)
{
    QStringList lines;
    for (const Trace &trace : traces) {
        if (lines.size() == limit) {
            lines.append(QStringLiteral("… and %1 more").arg(traces.size() - limit));
            break;
        }
        lines.append(QStringLiteral("“%1” in %2 [%3]: %4").arg(trace.needle, trace.where, trace.what, trace.text));
    }
    return lines.join(QLatin1Char('\n'));
}

// What would identify the person, as the demo data records them: name (kanji, kana, each part on its own), policy, car,
// address, phone, employee number, birth date, email (and as the service masks it).
QStringList TraceWalker::personNeedles(const QString &email)
{
    QFile file(QStringLiteral(":/seed/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("demo data not readable");
    const QJsonObject seed = QJsonDocument::fromJson(file.readAll()).object();
    QStringList needles;
    for (const QJsonValue &value : seed.value(QStringLiteral("contracts")).toArray()) {
        const QJsonObject contract = value.toObject();
        if (contract.value(QStringLiteral("email")).toString() != email)
            continue;
        const QJsonObject holder = contract.value(QStringLiteral("holder")).toObject();
        const QJsonObject customer = contract.value(QStringLiteral("customer")).toObject();
        for (const QString &name :
             {holder.value(QStringLiteral("name")).toString(), holder.value(QStringLiteral("nameKana")).toString()})
            needles += name.split(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")), Qt::SkipEmptyParts);
        const QDate birth = QDate::fromString(holder.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        needles +=
            {contract.value(QStringLiteral("policyNumber")).toString(),
             contract.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("registration")).toString(),
             customer.value(QStringLiteral("postalCode")).toString(),
             customer.value(QStringLiteral("address1")).toString(),
             customer.value(QStringLiteral("address2")).toString(),
             customer.value(QStringLiteral("phone")).toString(),
             customer.value(QStringLiteral("employeeNumber")).toString(),
             birth.toString(Qt::ISODate),
             QStringLiteral("%1年%2月%3日").arg(birth.year()).arg(birth.month()).arg(birth.day())};
    }
    for (const QJsonValue &value : seed.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        if (account.value(QStringLiteral("email")).toString() == email)
            needles += account.value(QStringLiteral("displayName")).toString().split(u' ', Qt::SkipEmptyParts);
    }
    needles += {email, email.left(2) + QStringLiteral("****") + email.mid(email.indexOf(u'@'))};
    needles.removeDuplicates();
    if (needles.size() < 12)
        qFatal("%s not found in the demo data", qPrintable(email));
    return needles;
}

const QStringList &TraceWalker::scopeClasses()
{
    static const QStringList classes = {
        QStringLiteral("clickar::ServedPerson"),    QStringLiteral("clickar::OtpScreen"),
        QStringLiteral("clickar::MyPageScreen"),    QStringLiteral("clickar::GuideScreen"),
        QStringLiteral("clickar::RenewalWizard"),   QStringLiteral("clickar::RenewalController"),
        QStringLiteral("clickar::PdfViewerWindow"), QStringLiteral("clickar::HelpDialog"),
        QStringLiteral("clickar::ReloginDialog"),   QStringLiteral("QPdfDocument"),
        QStringLiteral("QPrintPreviewDialog")};
    return classes;
}

QList<Trace> TraceWalker::afterScopeEnd(const QStringList &needles, QObject *appRoot)
{
    TraceWalker walker(needles);
    walker.addRoot(appRoot);
    walker.forbidClasses(scopeClasses());
    const QList<Trace> traces = walker.walk();
    if (!traces.isEmpty())
        qWarning().noquote() << QStringLiteral("traces of the person left:\n") + describe(traces, 100);
    return traces;
}

} // namespace clickar::test
