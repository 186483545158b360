#pragma once

#include "mock/SeedData.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace clickar {

// The disclosure documents the mock serves (GET /documents/{docId}), read once from the resources, with the
// SHA-256 and page count the renewals announce. A missing file leaves the document listed with no bytes (the
// route answers 404) instead of failing the whole service.
class MockDocuments
{
public:
    void load(const QList<SeedDocument> &documents);
    QList<DocumentInfo> infos() const { return m_infos; }
    QStringList sha256s() const;
    bool contains(const QString &id) const { return m_bytes.contains(id); }
    QByteArray bytes(const QString &id) const { return m_bytes.value(id); }

    // Pages of a PDF, counted from its page objects (no PDF library in the core).
    static int countPages(const QByteArray &pdf);

private:
    QList<DocumentInfo> m_infos;
    QHash<QString, QByteArray> m_bytes; // only documents whose file could be read
};

} // namespace clickar
