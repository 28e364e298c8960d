#include "ContactRow.h"

#include "dialogs/SelectableLabel.h"
#include "style/Icons.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mycloud {

ContactRow::ContactRow(Kind kind, const QString& value, QWidget* parent)
    : QWidget(parent)
    , m_value(value.trimmed())
    , m_url(urlFor(kind, m_value))
{
    const bool phone = kind == Kind::Phone;
    auto* label = new SelectableLabel(m_value.isEmpty() ? tr("Not provided") : m_value, u"value"_s, this);
    auto* open = new QPushButton(Icons::get(phone ? u"call"_s : u"mail"_s),
                                 phone ? tr("Call") : tr("Send an e-mail"), this);
    open->setObjectName(u"open"_s);
    open->setEnabled(m_url.isValid());
    // Otherwise Enter pressed anywhere in the dialog would place a call.
    open->setAutoDefault(false);
    auto* copy = new QToolButton(this);
    copy->setObjectName(u"copy"_s);
    copy->setIcon(Icons::get(u"copy"_s));
    const QString copyText = phone ? tr("Copy the phone number") : tr("Copy the e-mail address");
    copy->setToolTip(copyText);
    copy->setAccessibleName(copyText);
    copy->setEnabled(!m_value.isEmpty());

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(open);
    layout->addWidget(copy);

    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_url); });
    connect(copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_value); });
}

QUrl ContactRow::urlFor(Kind kind, const QString& value)
{
    const QString trimmed = value.trimmed();
    if (kind == Kind::Email) {
        if (trimmed.isEmpty())
            return {};
        // The address as the path, so that a '?' or '#' in it cannot add headers to the mail.
        QUrl url;
        url.setScheme(u"mailto"_s);
        url.setPath(trimmed);
        return url;
    }
    // Dialers want the bare number: "+33 3 89 00 00 00" -> "+33389000000".
    QString number;
    for (const QChar c : trimmed) {
        if ((c >= u'0' && c <= u'9') || (c == u'+' && number.isEmpty()))
            number.append(c);
    }
    const bool hasDigits = number.size() > (number.startsWith(u'+') ? 1 : 0);
    return hasDigits ? QUrl(u"tel:"_s + number) : QUrl();
}

} // namespace mycloud
