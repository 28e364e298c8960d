#include "Zip64VersionFix.h"

#include "ZipWriteError.h"

#include <QByteArray>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// The signatures of the records read here.
enum Signature : quint32 {
    kEndSignature = 0x06054b50, // end of central directory
    kLocatorSignature = 0x07064b50, // zip64 end of central directory locator
    kEnd64Signature = 0x06064b50, // zip64 end of central directory
    kCentralSignature = 0x02014b50, // central directory entry
};

quint16 le16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint64 le64(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint64>(bytes.constData() + at);
}

} // namespace

std::optional<QString> Zip64VersionFix::apply(QFile& out)
{
    constexpr quint16 kMinizipVersion = 63;
    constexpr quint16 kZip64Version = 45;
    constexpr quint16 kMadeByUnix = 3 << 8;
    auto broken = [&out](const QString& why) {
        return u"cannot set the zip64 versions of %1: %2"_s.arg(out.fileName(), why);
    };
    const qint64 size = out.size();
    auto readAt
        = [&out](qint64 offset, qint64 length) { return out.seek(offset) ? out.read(length) : QByteArray(); };
    auto writeAt = [&out](qint64 offset, const QByteArray& bytes) {
        return out.seek(offset) && out.write(bytes) == bytes.size();
    };
    // No archive comment: the end record is the last 22 bytes, the zip64 locator the 20 before.
    const QByteArray end = readAt(size - 22, 22);
    if (end.size() != 22 || le32(end, 0) != kEndSignature)
        return broken(u"no end record"_s);
    const QByteArray locator = readAt(size - 42, 20);
    if (locator.size() != 20 || le32(locator, 0) != kLocatorSignature)
        return std::nullopt;
    const qint64 end64Offset = qint64(le64(locator, 8));
    QByteArray end64 = readAt(end64Offset, 56);
    if (end64.size() != 56 || le32(end64, 0) != kEnd64Signature)
        return broken(u"no zip64 end record"_s);
    if (le16(end64, 14) == kMinizipVersion) {
        qToLittleEndian<quint16>(kZip64Version, end64.data() + 14);
        if (!writeAt(end64Offset, end64))
            return broken(ZipWriteError::of(out));
    }
    const qint64 centralSize = qint64(le64(end64, 40));
    const qint64 centralOffset = qint64(le64(end64, 48));
    QByteArray central = readAt(centralOffset, centralSize);
    if (central.size() != centralSize)
        return broken(u"short central directory"_s);
    bool changed = false;
    for (qsizetype at = 0; at < central.size();) {
        if (central.size() - at < 46 || le32(central, at) != kCentralSignature)
            return broken(u"bad central directory entry"_s);
        if (le16(central, at + 6) == kMinizipVersion) {
            qToLittleEndian<quint16>(kZip64Version, central.data() + at + 6);
            qToLittleEndian<quint16>(kMadeByUnix | kZip64Version, central.data() + at + 4);
            changed = true;
        }
        at += 46 + le16(central, at + 28) + le16(central, at + 30) + le16(central, at + 32);
    }
    if (changed && !writeAt(centralOffset, central))
        return broken(ZipWriteError::of(out));
    return std::nullopt;
}

} // namespace mycloud
