#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace mycloud {

// A titled section that folds open and shut (the seed's mobile product sheet, §6: "appuyer sur le
// titre … afin de le dérouler"). The content widget is borrowed: takeContent() gives it back.
class CollapsibleSection final : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    void setContent(QWidget* content);
    QWidget* takeContent();
    QWidget* content() const { return m_content; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton* header() const { return m_header; }

private:
    QToolButton* m_header = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace mycloud
