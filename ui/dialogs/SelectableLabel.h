#pragma once

#include <QLabel>

namespace mycloud {

// Text from the server shown as it is (never read as HTML) and selectable, so that the user can
// copy a name, an address or a fingerprint.
class SelectableLabel final : public QLabel
{
    Q_OBJECT

public:
    SelectableLabel(const QString& text, const QString& objectName, QWidget* parent);

    void setBold(bool bold);
};

} // namespace mycloud
