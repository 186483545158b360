#pragma once

#include "mock/MockReply.h"
#include "mock/SeedData.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace clickar {

// The disclosure documents the mock serves (GET /documents/{docId}), in Japanese and in English (each language's
// own file), read once from the resources, with the SHA-256 and page count the renewals announce. A missing file
// leaves the document listed with no bytes (the route answers 404) instead of failing the whole service.
class MockDocuments
{
public:
    void load(const Seed &seed);
    QList<DocumentInfo> infos(MockLang lang) const { return m_languages[index(lang)].infos; }
    // Every language's: consent may be given after reading the document in either.
    QStringList sha256s() const;
    bool contains(const QString &id, MockLang lang) const { return m_languages[index(lang)].bytes.contains(id); }
    QByteArray bytes(const QString &id, MockLang lang) const { return m_languages[index(lang)].bytes.value(id); }

    // Pages of a PDF, counted from its page objects (no PDF library in the core).
    static int countPages(const QByteArray &pdf);

private:
    struct Language
    {
        QList<DocumentInfo> infos;
        QHash<QString, QByteArray> bytes; // only documents whose file could be read
    };
    static int index(MockLang lang) { return lang == MockLang::English ? 1 : 0; }
    void load(const QList<SeedDocument> &documents, Language &language);

    Language m_languages[2];
};

} // namespace clickar
