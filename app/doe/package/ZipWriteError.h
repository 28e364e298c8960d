#pragma once

#include <QFile>
#include <QString>

namespace mycloud {

// Why the zip could not be written. A write the disk cuts short (full, or over a size limit) leaves
// QFile without an error: the system refuses only the next write, which Qt does not try.
class ZipWriteError final
{
public:
    ZipWriteError() = delete;

    static QString of(const QFile& out)
    {
        return out.error() != QFileDevice::NoError
            ? out.errorString()
            : QStringLiteral("short write: the disk is full or the file too large");
    }
};

} // namespace mycloud
