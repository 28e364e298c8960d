#pragma once

#include <QUrl>
#include <QWidget>

namespace mycloud {

// A phone number or an e-mail address with its action (call, write) and a copy button; the same
// row serves the affair's contact and « Nous trouver ».
class ContactRow final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Phone, Email };

    ContactRow(Kind kind, const QString& value, QWidget* parent = nullptr);

    // tel: with digits and a leading + only, or mailto:; empty when there is nothing to open.
    QUrl url() const { return m_url; }
    static QUrl urlFor(Kind kind, const QString& value);

private:
    QString m_value;
    QUrl m_url;
};

} // namespace mycloud
