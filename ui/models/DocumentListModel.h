#pragma once

#include "DomainListModel.h"
#include "domain/Document.h"

#include <QHash>
#include <QIcon>
#include <QUuid>

#include <optional>

namespace mycloud {

class FileCache;

// One tab of the product sheet: a product's documents of one kind, newest first (schematics by
// revision). The latest valid schematic stands out: bold, with a star. A superseded document (a
// newer revision replaces it, DocumentRevisions) is in italics, with a warning that says by which
// revision, and whether this computer holds the old copy.
class DocumentListModel final : public DomainListModel<Document>
{
    Q_OBJECT

public:
    enum Column { Title, Revision, Date, Size, FileName };
    enum : int {
        DocumentRole = ValueRole,
        IsLatestValidRole = FirstModelRole, // bool
        SupersededByRole, // qint64: the revision that replaces the document, 0 when it is current
    };

    explicit DocumentListModel(const Store& store, QObject* parent = nullptr);

    const QUuid& product() const { return m_product; }
    void setProduct(const QUuid& productId);
    DocumentKind kind() const { return m_kind; }
    void setKind(DocumentKind kind);
    // Where the model learns which documents this computer holds; none by default.
    void setCache(const FileCache* cache) { m_cache = cache; }

protected:
    Query query() const override;
    QVariant cell(const Document& document, int column, int role) const override;
    void rowsReplaced() override;

private:
    QVariant latestValidMark(int role) const;
    QVariant supersededMark(const Document& document, qint64 byRevision, int role) const;

    QUuid m_product;
    DocumentKind m_kind = DocumentKind::Photo;
    QUuid m_latestValid;
    QHash<QUuid, qint64> m_supersededBy; // document → the revision that replaces it
    const FileCache* m_cache = nullptr;
    QIcon m_star;
    QIcon m_warning;
};

} // namespace mycloud
