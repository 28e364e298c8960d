#include "DocumentListModel.h"

#include "Cells.h"
#include "domain/DocumentRevisions.h"
#include "files/FileCache.h"
#include "store/Store.h"
#include "style/Icons.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

DocumentListModel::DocumentListModel(const Store& store, QObject* parent)
    : DomainListModel(store, {tr("Title"), tr("Revision"), tr("Date"), tr("Size"), tr("File name")}, parent)
    , m_star(Icons::get(u"star"_s))
    , m_warning(Icons::get(u"warning"_s))
{ }

void DocumentListModel::setProduct(const QUuid& productId)
{
    reloadIfChanged(m_product, productId);
}

void DocumentListModel::setKind(DocumentKind kind)
{
    reloadIfChanged(m_kind, kind);
}

DocumentListModel::Query DocumentListModel::query() const
{
    return [product = m_product, kind = m_kind](const Store& store) {
        QList<Document> documents = store.documents(product);
        documents.removeIf([kind](const Document& d) { return d.kind != kind; });
        std::stable_sort(documents.begin(), documents.end(), [](const Document& a, const Document& b) {
            if (a.kind == DocumentKind::Schematic && a.revision != b.revision)
                return a.revision > b.revision;
            return a.createdAt > b.createdAt;
        });
        return documents;
    };
}

void DocumentListModel::rowsReplaced()
{
    const auto latest = DocumentRevisions::latestValid(rows());
    m_latestValid = latest ? latest->id : QUuid();
    m_supersededBy.clear();
    for (const Document& d : rows())
        if (const auto newer = DocumentRevisions::supersededBy(d, rows()))
            m_supersededBy.insert(d.id, newer->revision);
}

QVariant DocumentListModel::cell(const Document& document, int column, int role) const
{
    const bool isLatestValid = !m_latestValid.isNull() && document.id == m_latestValid;
    if (role == IsLatestValidRole)
        return isLatestValid;
    const qint64 supersededBy = m_supersededBy.value(document.id);
    if (role == SupersededByRole)
        return supersededBy;
    if (supersededBy > 0
        && (role == Qt::FontRole || role == Qt::ToolTipRole
            || (role == Qt::DecorationRole && column == Title)))
        return supersededMark(document, supersededBy, role);
    if (isLatestValid
        && (role == Qt::FontRole || role == Qt::ToolTipRole
            || (role == Qt::DecorationRole && column == Title)))
        return latestValidMark(role);
    switch (column) {
    case Title: return Cells::text(document.title, role);
    case Revision:
        return document.kind == DocumentKind::Schematic ? Cells::number(document.revision, role) : QVariant();
    case Date: return Cells::dateTime(document.createdAt, role);
    case Size:
        if (role == Qt::DisplayRole)
            return QLocale().formattedDataSize(document.size);
        return Cells::number(document.size, role);
    case FileName: return Cells::text(document.fileName, role);
    default: return {};
    }
}

QVariant DocumentListModel::supersededMark(const Document& document, qint64 byRevision, int role) const
{
    switch (role) {
    case Qt::FontRole: {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::ToolTipRole:
        if (m_cache && m_cache->contains(document.sha256))
            return tr("Superseded: the copy on this computer is revision %1; revision %2 replaces it.")
                .arg(document.revision)
                .arg(byRevision);
        return tr("Superseded by revision %1").arg(byRevision);
    case Qt::DecorationRole: return m_warning;
    default: return {};
    }
}

QVariant DocumentListModel::latestValidMark(int role) const
{
    switch (role) {
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole: return tr("Latest valid schematic");
    case Qt::DecorationRole: return m_star;
    default: return {};
    }
}

} // namespace mycloud
