#pragma once

#include <QPlainTextEdit>

namespace mycloud {

// A plain-text box for descriptions and comments that keeps the dialog usable from the keyboard
// (Tab leaves it) and knows the API's length bound, which QPlainTextEdit cannot enforce itself.
class MultiLineEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MultiLineEdit(QWidget* parent = nullptr);

    QString text() const; // trimmed
    // Longer than the API accepts. Checked rather than cut, so that pasted text is never lost.
    bool isTooLong() const;
};

} // namespace mycloud
