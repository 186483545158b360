#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace clickar::test {

// The resident memory of a process (VmRSS in /proc/<pid>/status), in KiB; -1 if it cannot be read. `pid` 0: this
// process. For the memory figures of the benchmarks and of the tests that check memory stays flat.
inline qint64 residentKiB(qint64 pid = 0)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace clickar::test
