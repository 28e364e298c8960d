#include "FileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mycloud::server {

FileStore::FileStore(QString root)
    : m_root(std::move(root))
{ }

QString FileStore::pathFor(const QString& sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256.mid(2, 2) + u'/' + sha256;
}

bool FileStore::contains(const QString& sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

std::optional<FileStore::Stored> FileStore::put(const QString& sourcePath, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Stored> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(source.errorString());

    QDir().mkpath(m_root + u"/incoming"_s);
    // A name of its own: two stores at once of files with the same name never meet.
    QSaveFile staging(m_root + u"/incoming/"_s + QUuid::createUuid().toString(QUuid::Id128));
    if (!staging.open(QIODevice::WriteOnly))
        return fail(staging.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(source.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (staging.write(buffer.constData(), n) != n)
            return fail(staging.errorString());
        size += n;
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    if (contains(sha256)) {
        staging.cancelWriting();
        return Stored{sha256, size};
    }
    if (!staging.commit())
        return fail(staging.errorString());
    const QString target = pathFor(sha256);
    QDir().mkpath(QFileInfo(target).path());
    if (!QFile::rename(staging.fileName(), target) && !contains(sha256))
        return fail(u"cannot move the file into the store"_s);
    return Stored{sha256, size};
}

} // namespace mycloud::server
