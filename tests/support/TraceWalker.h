#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QModelIndex;
class QObject;
class QVariant;

namespace clickar::test {

// One place where a trace of a person was found.
struct Trace
{
    QString where;  // the object's path (Class#objectName / …) or "clipboard"
    QString what;   // the property, model index and role, or mime type
    QString needle; // what was found
    QString text;   // the text it was found in (shortened)
};

// Searches everything the application still holds for traces of a person: every widget of every top-level window
// and its children, every QWindow, every QObject in the application's object trees and in the extra roots (their
// object names, every string property — text, placeholderText, toolTip, statusTip, whatsThis, windowTitle,
// accessibleName/Description, title, plainText, html… — and dynamic properties), every item model reachable from
// them (views, combo boxes, completers; every index recursively, header data, the common and user roles), text
// documents, and the clipboard (every mode, every mime type). Used by the scope tests: logout now, the agent's
// 「次のお客さま」 and the kiosk's idle timeout later.
class TraceWalker
{
public:
    // `needles` are matched case-insensitively after NFKC normalisation; ones of eight or more digits also match
    // the digits of a text with its separators removed (09012345678 in "090-1234-5678").
    explicit TraceWalker(const QStringList &needles);

    // Object trees not reachable from qApp or the top-level widgets (e.g. a ClickarApp without a parent).
    void addRoot(QObject *root);
    // Objects of these classes (or subclasses) count as a trace wherever they are, e.g. "clickar::RenewalWizard".
    void forbidClasses(const QStringList &classNames);

    // An object tree not to search (e.g. the agent's work queue, which lists the agency's customers by design).
    void skip(QObject *root) { m_skipped.insert(root); }

    QList<Trace> walk();
    // A readable list for a failure message.
    static QString describe(const QList<Trace> &traces, int limit = 20);
    // What identifies the demo account `email` in the demo data: names (each part), policy number, registration,
    // address, phone, employee number, birth date, the address itself and as the service masks it.
    static QStringList personNeedles(const QString &email);

    // The classes whose objects exist only inside a served person's scope (ServedPerson and the screens, windows
    // and dialogs under it).
    static const QStringList &scopeClasses();
    // The walk once a person's scope has ended (logout, the kiosk's idle wipe): everything reachable and `appRoot`
    // (the ClickarApp), any object of scopeClasses() counting as a trace; what is found is also logged.
    static QList<Trace> afterScopeEnd(const QStringList &needles, QObject *appRoot);

private:
    void visit(QObject *object);
    void checkObject(QObject *object);
    void checkModel(const QAbstractItemModel *model, const QString &where);
    void checkIndexes(const QAbstractItemModel *model, const QString &where, const QModelIndex &parent, int depth);
    void checkClipboard();
    void check(const QString &where, const QString &what, const QString &text);
    void checkVariant(const QString &where, const QString &what, const QVariant &value);
    static QString pathOf(const QObject *object);

    QStringList m_needles;
    QStringList m_forbiddenClasses;
    QList<QObject *> m_roots;
    QSet<const QObject *> m_seen;
    QSet<const QObject *> m_skipped;
    QSet<const QAbstractItemModel *> m_seenModels;
    QSet<QString> m_reported;
    QList<Trace> m_traces;
};

} // namespace clickar::test
