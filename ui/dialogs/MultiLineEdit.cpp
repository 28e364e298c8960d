#include "MultiLineEdit.h"

#include "domain/Limits.h"

#include <QFontMetrics>

namespace mycloud {

MultiLineEdit::MultiLineEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * 4);
}

QString MultiLineEdit::text() const
{
    return toPlainText().trimmed();
}

bool MultiLineEdit::isTooLong() const
{
    return text().size() > limits::kText;
}

} // namespace mycloud
