#pragma once

#include <QFile>
#include <QString>

#include <optional>

namespace mycloud {

// QuaZip 1.4's minizip marks every entry that needs zip64 fields (an entry or an offset past
// 4 GiB) and the zip64 end record as needing version 6.3, which Info-ZIP's unzip 6.0 refuses
// ("unsupported compression or encoding"); zip64 needs 4.5. It also says "made by MS-DOS" for
// those entries, so their Unix modes would be ignored. Both are set right in the central
// directory, which readers trust. Packages under 4 GiB have no zip64 record: nothing to do.
class Zip64VersionFix final
{
public:
    Zip64VersionFix() = delete;

    // `out` holds a whole zip without an archive comment, QuaZip closed, open for reading and
    // writing. Returns the error in English for logs, or nullopt.
    static std::optional<QString> apply(QFile& out);
};

} // namespace mycloud
