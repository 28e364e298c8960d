#pragma once

#include "Page.h"
#include "domain/Document.h"

#include <QUuid>

class QLabel;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace mycloud {

class ClientSession;
class CollapsibleSection;
class DocumentsTab;
class InfoTab;
class MaintenanceTab;
class TasksTab;

// "Fiche du produit" (seed §5): tabs Information, Schematics, Quality documents, Misc files, Tasks,
// Maintenance. Under kCompactWidth the same parts become folding sections (seed §6, the mobile
// version), Information and Photos apart.
class ProductPage final : public Page
{
    Q_OBJECT

public:
    static constexpr int kCompactWidth = 760;
    enum Tab { Information, Schematics, Quality, Misc, Tasks, Maintenance };

    explicit ProductPage(ClientSession& session, QWidget* parent = nullptr);

    void setProduct(const QUuid& productId);
    const QUuid& productId() const { return m_productId; }
    void reload() override;

    bool isCompact() const { return m_compact; }
    void setCompact(bool compact);
    QTabWidget* tabs() const { return m_tabs; }
    const QList<CollapsibleSection*>& sections() const { return m_sections; }
    InfoTab* info() const { return m_info; }
    DocumentsTab* documents(DocumentKind kind) const;
    TasksTab* tasks() const { return m_tasks; }
    MaintenanceTab* maintenance() const { return m_maintenance; }

signals:
    void exportRequested(const QList<mycloud::Document>& documents, const QString& what);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void insertTabs(int from);

    ClientSession& m_session;
    QUuid m_productId;
    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_scroll = nullptr;
    QList<CollapsibleSection*> m_sections;
    InfoTab* m_info = nullptr;
    DocumentsTab* m_schematics = nullptr;
    DocumentsTab* m_quality = nullptr;
    DocumentsTab* m_misc = nullptr;
    TasksTab* m_tasks = nullptr;
    MaintenanceTab* m_maintenance = nullptr;
    bool m_compact = false;
};

} // namespace mycloud
