#include "SelectableLabel.h"

namespace mycloud {

SelectableLabel::SelectableLabel(const QString& text, const QString& objectName, QWidget* parent)
    : QLabel(text, parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void SelectableLabel::setBold(bool bold)
{
    QFont f = font();
    f.setBold(bold);
    setFont(f);
}

} // namespace mycloud
