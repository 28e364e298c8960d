#pragma once

#include "DomainListModel.h"
#include "domain/Document.h"

#include <QIcon>
#include <QUuid>

#include <optional>

namespace mycloud {

// One tab of the product sheet: a product's documents of one kind, newest first (schematics by
// revision). The latest valid schematic stands out: bold, with a star.
class DocumentListModel final : public DomainListModel<Document>
{
    Q_OBJECT

public:
    enum Column { Title, Revision, Date, Size, FileName };
    enum : int {
        DocumentRole = ValueRole,
        IsLatestValidRole = FirstModelRole, // bool
    };

    explicit DocumentListModel(const Store& store, QObject* parent = nullptr);

    const QUuid& product() const { return m_product; }
    void setProduct(const QUuid& productId);
    DocumentKind kind() const { return m_kind; }
    void setKind(DocumentKind kind);

    // The schematic to hand out: the valid one with the highest revision (a newer revision may
    // still be under review). Other kinds in `documents` are ignored.
    static std::optional<Document> latestValid(const QList<Document>& documents);

protected:
    Query query() const override;
    QVariant cell(const Document& document, int column, int role) const override;
    void rowsReplaced() override;

private:
    QVariant latestValidMark(int role) const;

    QUuid m_product;
    DocumentKind m_kind = DocumentKind::Photo;
    QUuid m_latestValid;
    QIcon m_star;
};

} // namespace mycloud
