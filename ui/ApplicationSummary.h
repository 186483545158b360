#pragma once

#include "domain/Account.h"
#include "domain/Renewal.h"
#include "service/RenewalClient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QVBoxLayout;

namespace clickar {

// The facts of one application, grouped as the insurer's pages show them, in the UI language: the decided plan
// (page 5), the final summary (page 8) and the receipt (page 9) are all built from these, so they always agree.
// Everything comes from the service's renewal; nothing is computed here.
class ApplicationSummary
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationSummary)

public:
    struct Row
    {
        QString key; // stable, for object names ("summary_" + key) and tests
        QString label;
        QString value;
    };
    struct Section
    {
        QString key;
        QString title;
        QList<Row> rows;
    };

    static Section basics(const Renewal &renewal);
    static Section coverage(const Renewal &renewal);
    static Section premium(const Renewal &renewal);
    static Section customer(const Renewal &renewal);
    static Section disclosure(const Renewal &renewal);
    // The choices sent with the application (ドライバーカード, 次回満期時のご案内方法); "—" when unknown.
    static Section choices(const std::optional<SubmitRequest> &request);
    static Section submission(const Renewal &renewal);
    // 引受保険会社 and 取扱代理店 (GET /support); empty when not loaded.
    static Section contacts(const std::optional<Support> &support);

    static QString driverCard(bool required);
    static QString nextNotice(const QString &code);
    static QString relation(const QString &code);

    // Replaces the widgets in `layout` with one titled table per section (each table named "summary_<section
    // key>", each value label "summary_<row key>"); called again after a change of data or language.
    static void populate(QVBoxLayout *layout, const QList<Section> &sections);
};

} // namespace clickar
