#include "DoeHistory.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// Three fields identify "the same document" across revisions.
QString seriesKey(const Document& d)
{
    return d.productId.toString(QUuid::WithoutBraces) + u'\n' + documentKindToString(d.kind) + u'\n'
        + d.title;
}

} // namespace

DoeHistory::DoeHistory(QString directory)
    : m_directory(std::move(directory))
{ }

QString DoeHistory::fileFor(const QUuid& affairId) const
{
    return m_directory + u'/' + affairId.toString(QUuid::WithoutBraces) + u".json"_s;
}

std::optional<DoeHistory::Record> DoeHistory::last(const QUuid& affairId) const
{
    QFile file(fileFor(affairId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Record record;
    record.exportedAt = QDateTime::fromString(root.value(u"exportedAt"_s).toString(), Qt::ISODateWithMs);
    if (!record.exportedAt.isValid())
        return std::nullopt;
    for (const QJsonValue& value : root.value(u"documents"_s).toArray()) {
        auto document = Document::fromJson(value);
        if (!document)
            return std::nullopt; // a damaged record tells nothing reliable: as if never exported
        record.documents.append(std::move(*document));
    }
    return record;
}

std::optional<QString> DoeHistory::save(const QUuid& affairId, const Record& record) const
{
    if (!QDir().mkpath(m_directory))
        return u"cannot create %1"_s.arg(m_directory);
    QJsonArray documents;
    for (const Document& d : record.documents)
        documents.append(d.toJson());
    QSaveFile file(fileFor(affairId));
    const QByteArray bytes
        = QJsonDocument(QJsonObject{{u"exportedAt"_s, record.exportedAt.toString(Qt::ISODateWithMs)},
                                    {u"documents"_s, documents}})
              .toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
    return std::nullopt;
}

DoePackageChanges DoeHistory::changes(const Record& previous, const QList<DoePackageItem>& items)
{
    DoePackageChanges changes;
    changes.previousExport = previous.exportedAt;
    QSet<QUuid> before;
    QHash<QString, QList<QUuid>> beforeBySeries;
    for (const Document& d : previous.documents) {
        before.insert(d.id);
        beforeBySeries[seriesKey(d)].append(d.id);
    }
    QSet<QUuid> kept;
    for (const DoePackageItem& item : items) {
        const Document& d = item.document;
        if (before.contains(d.id)) {
            kept.insert(d.id);
            continue;
        }
        const QList<QUuid> older = beforeBySeries.value(seriesKey(d));
        if (older.isEmpty()) {
            changes.added.append(item);
            continue;
        }
        changes.revised.append(item);
        for (const QUuid& id : older)
            kept.insert(id); // replaced by its revision, not removed
    }
    for (const Document& d : previous.documents)
        if (!kept.contains(d.id))
            changes.removed.append(d);
    return changes;
}

} // namespace mycloud
