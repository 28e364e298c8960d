#include "CertificateDialog.h"

#include "dialogs/SelectableLabel.h"
#include "style/Icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

QLabel* selectable(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new SelectableLabel(text, objectName, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const CertificateDetails& certificate, const QString& host,
                                     QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Untrusted certificate"));
    setModal(true);

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(Icons::get(u"warning"_s).pixmap(size, size));
    auto* warning = new QLabel(
        tr("<p><b>The identity of %1 cannot be verified.</b></p>"
           "<p>Its certificate comes from an authority this computer does not know. A server hosted by "
           "your company with its own authority looks like this, but so does an attacker's server.</p>"
           "<p>Before trusting it, call your administrator and check that the fingerprint below is, "
           "character for character, the one of your server.</p>")
            .arg(host.toHtmlEscaped()),
        this);
    warning->setObjectName(u"warning"_s);
    warning->setWordWrap(true);

    const QLocale locale;
    const auto date = [&locale](const QDateTime& when) {
        return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::LongFormat) : tr("Unknown");
    };
    auto* fingerprint = selectable(groupedFingerprint(certificate.sha256Fingerprint), u"fingerprint"_s, this);
    fingerprint->setWordWrap(false);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* details = new QFormLayout;
    details->addRow(tr("Problem:"), selectable(certificate.errors.join(u'\n'), u"errors"_s, this));
    details->addRow(tr("Issued to:"), selectable(certificate.subject, u"subject"_s, this));
    details->addRow(tr("Issued by:"), selectable(certificate.issuer, u"issuer"_s, this));
    details->addRow(tr("Valid from:"), selectable(date(certificate.notBefore), u"notBefore"_s, this));
    details->addRow(tr("Valid until:"), selectable(date(certificate.notAfter), u"notAfter"_s, this));
    details->addRow(tr("SHA-256 fingerprint:"), fingerprint);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* trust
        = buttons->addButton(tr("&Trust this certificate authority"), QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    trust->setObjectName(u"trust"_s);
    // Trusting must be a deliberate click, never an Enter pressed out of habit.
    trust->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(warning, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(details);
    layout->addWidget(buttons);
    cancel->setFocus();
}

QString CertificateDialog::groupedFingerprint(const QString& fingerprint)
{
    QString hex = fingerprint.toUpper();
    hex.remove(QRegularExpression(u"[^0-9A-F]"_s));
    if (hex.size() != 64)
        return fingerprint; // not a SHA-256: show it untouched rather than a misleading layout
    QStringList lines;
    for (int line = 0; line < 2; ++line) {
        QStringList pairs;
        for (int i = 0; i < 16; ++i)
            pairs.append(hex.mid((line * 16 + i) * 2, 2));
        lines.append(pairs.join(u':'));
    }
    return lines.join(u'\n');
}

} // namespace mycloud
