#include "LockDialog.h"

#include "dialogs/FormButtons.h"
#include "dialogs/PasswordFields.h"
#include "style/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

LockDialog::LockDialog(const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_fields(new PasswordFields(PasswordFields::Kind::Lock, this))
{
    setWindowTitle(tr("Lock %1").arg(name));
    setModal(true);
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(Icons::get(u"lock"_s).pixmap(size, size));
    auto* explanation = new QLabel(tr("Whoever scans a QR code of %1 will then be asked for this password "
                                      "before seeing its documents. Give it only to the people you trust.")
                                       .arg(name),
                                   this);
    explanation->setWordWrap(true);
    explanation->setObjectName(u"explanation"_s);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(explanation, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_fields);
    auto* buttons = new FormButtons(this, tr("&Lock"));
    layout->addWidget(buttons);

    buttons->follow(m_fields, &PasswordFields::changed, [this] { return m_fields->problem(); });
    m_fields->setFocus();
}

QString LockDialog::password() const
{
    return m_fields->newPassword();
}

} // namespace mycloud
