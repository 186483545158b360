#include "mock/MockDocuments.h"

#include "mock/MockLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace clickar {

void MockDocuments::load(const Seed &seed)
{
    load(seed.japanese.documents, m_languages[index(MockLang::Japanese)]);
    load(seed.english.documents, m_languages[index(MockLang::English)]);
}

void MockDocuments::load(const QList<SeedDocument> &documents, Language &language)
{
    language = {};
    for (const SeedDocument &d : documents) {
        DocumentInfo info = d.info;
        QFile file(d.resource);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray data = file.readAll();
            info.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            info.pages = countPages(data);
            language.bytes.insert(info.id, data);
        } else {
            qCWarning(lcMock) << "document" << info.id << "not available:" << file.errorString();
        }
        language.infos.append(info);
    }
}

QStringList MockDocuments::sha256s() const
{
    QStringList list;
    for (const Language &language : m_languages) {
        for (const DocumentInfo &info : language.infos) {
            if (!info.sha256.isEmpty() && !list.contains(info.sha256))
                list.append(info.sha256);
        }
    }
    return list;
}

int MockDocuments::countPages(const QByteArray &pdf)
{
    // Page objects ("/Type /Page", not "/Pages"), and the /Count of the page tree as a cross-check; when the
    // objects are compressed only the tree's count may be visible.
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    static const QRegularExpression treeCount(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|"
                                                             "/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b"));
    const QString text = QString::fromLatin1(pdf);
    int objects = 0;
    for (auto it = pageObject.globalMatch(text); it.hasNext(); it.next())
        ++objects;
    int counted = 0;
    for (auto it = treeCount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString n = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        counted = qMax(counted, n.toInt());
    }
    return qMax(objects, counted);
}

} // namespace clickar
