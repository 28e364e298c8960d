#pragma once

#include "qr/QrResolver.h"

#include <QAbstractListModel>

#include <optional>

namespace mycloud {

// What the scanner read, newest first, one row per distinct text: scanning a code again moves its
// row to the top instead of adding another, so walking past a panel twice lists it once.
class ScanListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TextRole = Qt::UserRole + 1, // what the code held
        ProductIdRole, // QUuid, null unless the code is one of the customer's products
        AffairIdRole,
        PendingRole, // bool: still being looked up
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Puts `text` at the top: true for a new row (to be looked up), false when it was listed already.
    bool add(const QString& text);
    void setResolution(const QString& text, const QrResolver::Resolution& resolution);
    // Empty while the row is being looked up.
    std::optional<QrResolver::Resolution> resolution(const QString& text) const;
    void clear();

private:
    struct Item
    {
        QString text;
        std::optional<QrResolver::Resolution> resolution;
    };
    qsizetype rowOf(const QString& text) const;

    QList<Item> m_items;
};

} // namespace mycloud
