#pragma once

#include <QString>

class QSqlDatabase;

namespace clickar {

// The schema of the mock service's database, created and versioned by the service: the file is marked as ours
// (PRAGMA application_id) and carries its schema version (PRAGMA user_version); migrations bring an older file up
// to date in one transaction. A file of another application or of a newer version is refused, never changed.
namespace mockschema {

constexpr int applicationId = 0x436c6b72; // "Clkr"
constexpr int version = 2;

enum class Check {
    Ready,     // schema current (created or migrated now)
    NotSqlite, // not an SQLite file, or damaged
    Foreign,   // SQLite, but another application's
    Newer,     // ours, from a newer version
    Failed,    // could not be created or migrated
};

// Checks the open database and brings its schema to `version`; for files also WAL and an integrity check.
// *problem: a short technical reason when the check is not Ready.
Check prepare(QSqlDatabase &db, bool isFile, QString *problem);

} // namespace mockschema

} // namespace clickar
