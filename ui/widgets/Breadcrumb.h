#pragma once

#include "navigation/Location.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

namespace mycloud {

// "MyCloud › Affair › Product" (seed §4, §5): each part but the last takes the user back there.
class Breadcrumb final : public QWidget
{
    Q_OBJECT

public:
    struct Crumb
    {
        QString text;
        Location location;
    };

    explicit Breadcrumb(QWidget* parent = nullptr);
    void setTrail(const QList<Crumb>& trail);
    const QList<Crumb>& trail() const { return m_trail; }

signals:
    void activated(const mycloud::Location& location);

private:
    QHBoxLayout* m_layout = nullptr;
    QList<Crumb> m_trail;
};

} // namespace mycloud
