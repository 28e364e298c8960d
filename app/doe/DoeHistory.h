#pragma once

#include "doe/package/DoePackageWriter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace mycloud {

// What each affair's last DOE package held, so that the next one can say what changed since.
// One small JSON file per affair under `directory` (the profile's `doe/` folder), written
// atomically; kept apart from the offline store, which may be rebuilt from the server.
class DoeHistory final
{
public:
    struct Record
    {
        QDateTime exportedAt;
        QList<Document> documents;
    };

    explicit DoeHistory(QString directory);

    std::optional<Record> last(const QUuid& affairId) const; // nullopt: never exported (or unreadable)
    // An English error for the log, or nullopt.
    std::optional<QString> save(const QUuid& affairId, const Record& record) const;

    // How `items` differ from the previous package: a document id not seen before is a revision
    // when the previous package held an older revision of the same document (same product, kind
    // and title), else an addition; what the previous package held and no longer is, removed.
    static DoePackageChanges changes(const Record& previous, const QList<DoePackageItem>& items);

private:
    QString fileFor(const QUuid& affairId) const;

    QString m_directory;
};

} // namespace mycloud
