#pragma once

#include "ListPage.h"

#include <QUuid>

class QAction;

namespace mycloud {

class AffairListModel;
class ClientSession;
class QrAccess;
struct Affair;

// "Liste de vos affaires" (seed §3): search, consult, remote consultation, DOE, lock / unlock,
// the B2EI contact; and "available offline", which keeps every document of the affair in the cache.
class AffairsPage final : public ListPage
{
    Q_OBJECT

public:
    explicit AffairsPage(ClientSession& session, QWidget* parent = nullptr);

    void reload() override;
    QrAccess* access() const { return m_access; }
    AffairListModel* model() const { return m_model; }

signals:
    void openAffair(const QUuid& affairId);
    void doeRequested(const QUuid& affairId);

protected:
    void searchChanged(const QString& text) override;
    void currentChanged() override;
    void activated(int sourceRow) override;

private:
    std::optional<Affair> current() const;
    void setKeptOffline(bool keep);

    ClientSession& m_session;
    AffairListModel* m_model = nullptr;
    QrAccess* m_access = nullptr;
    QAction* m_consult = nullptr;
    QAction* m_doe = nullptr;
    QAction* m_keepOffline = nullptr;
};

} // namespace mycloud
