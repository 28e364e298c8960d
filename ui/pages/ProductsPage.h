#pragma once

#include "ListPage.h"

#include <QUuid>

class QAction;

namespace mycloud {

class ClientSession;
class ProductListModel;
class QrAccess;
struct Product;
enum class DocumentKind;

// "Liste des produits" of one affair (seed §4): search, consult, add a note or a task, the ⋮ menu
// to download a product's photos / schematics / quality documents / misc files, remote
// consultation, lock / unlock, the affair's contact.
class ProductsPage final : public ListPage
{
    Q_OBJECT

public:
    explicit ProductsPage(ClientSession& session, QWidget* parent = nullptr);

    void setAffair(const QUuid& affairId);
    const QUuid& affairId() const { return m_affairId; }
    void reload() override;
    QrAccess* access() const { return m_access; }
    ProductListModel* model() const { return m_model; }

signals:
    void openProduct(const QUuid& affairId, const QUuid& productId);
    void addNoteRequested(const QUuid& productId);
    void addTaskRequested(const QUuid& productId);
    void downloadRequested(const QUuid& productId, mycloud::DocumentKind kind);
    void labelsRequested(const QUuid& affairId);

protected:
    void searchChanged(const QString& text) override;
    void currentChanged() override;
    void activated(int sourceRow) override;

private:
    std::optional<Product> current() const;

    ClientSession& m_session;
    ProductListModel* m_model = nullptr;
    QrAccess* m_access = nullptr;
    QUuid m_affairId;
    QAction* m_consult = nullptr;
    QAction* m_addNote = nullptr;
    QAction* m_addTask = nullptr;
    QAction* m_options = nullptr;
    QAction* m_labels = nullptr;
};

} // namespace mycloud
