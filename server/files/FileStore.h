#pragma once

#include <QString>

#include <optional>

namespace mycloud::server {

// Document bytes, content-addressed: <root>/<aa>/<bb>/<sha256>. The same file uploaded twice is
// stored once; a file is written to a temporary name, hashed while copied, then renamed into place.
class FileStore final
{
public:
    explicit FileStore(QString root);

    struct Stored
    {
        QString sha256;
        qint64 size = 0;
    };
    // Copies `sourcePath` in. Returns nullopt and sets `error` on failure (e.g. a full disk).
    std::optional<Stored> put(const QString& sourcePath, QString* error = nullptr);

    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;

private:
    QString m_root;
};

} // namespace mycloud::server
