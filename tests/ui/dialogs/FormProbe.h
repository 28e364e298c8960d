#pragma once

// Finds the widgets of a form dialog by object name and drives them as a user would.

#include "dialogs/FormButtons.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace mycloud::probe {

// path: object names from the root, "performer/company".
template <typename T = QWidget> T* find(const QObject* root, const QString& path)
{
    const QStringList names = path.split(u'/');
    for (qsizetype i = 0; root && i < names.size() - 1; ++i)
        root = root->findChild<QObject*>(names.at(i));
    return root ? root->findChild<T*>(names.last()) : nullptr;
}

// Types text key by key. Unlike QTest::keyClicks, it takes accents ("Lefèvre"), which French names need.
inline void keys(QWidget* field, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Replaces what the field holds: select all, then type (or erase when text is empty).
inline void type(QWidget* field, const QString& text)
{
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        keys(field, text);
}

// Replaces what the field holds with a paste, for texts too long to type.
inline void paste(QWidget* field, const QString& text)
{
    QApplication::clipboard()->setText(text);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

// Clicks near the left edge, where a check box's indicator and text are whatever its width.
inline void click(QWidget* widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, QPoint(4, widget->height() / 2));
}

inline QPushButton* acceptButton(const QObject* dialog)
{
    return dialog->findChild<FormButtons*>()->acceptButton();
}

// The reason shown under the form, empty when there is none.
inline QString problem(const QObject* dialog)
{
    const auto* label = find<QLabel>(dialog, QStringLiteral("problem"));
    return label->isVisibleTo(label->window()) ? label->text() : QString();
}

} // namespace mycloud::probe
