#pragma once

#include "Location.h"

#include <QList>
#include <QObject>

namespace mycloud {

// Back and forward through the places visited, as in a browser: going somewhere new drops what
// was ahead.
class History final : public QObject
{
    Q_OBJECT

public:
    explicit History(QObject* parent = nullptr);

    const Location& current() const { return m_entries.at(m_index); }
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }

    void go(const Location& location);
    void back();
    void forward();
    // Forgets an entity that no longer exists (deleted on the server): its entries are removed.
    void forget(const QUuid& id);

signals:
    void currentChanged(const mycloud::Location& location);

private:
    void moveTo(qsizetype index);

    QList<Location> m_entries{Location::affairs()};
    qsizetype m_index = 0;
};

} // namespace mycloud
