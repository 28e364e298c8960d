#include "PasswordFields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// The server's bounds (docs/openapi.yaml: LockRequest, PasswordChange).
constexpr int kLockMin = 8;
constexpr int kAccountMin = 10;
constexpr int kMax = 256;

} // namespace

PasswordFields::PasswordFields(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    if (kind == Kind::Account)
        m_current = addPassword(form, tr("C&urrent password:"), u"currentPassword"_s);
    m_new = addPassword(form, kind == Kind::Account ? tr("&New password:") : tr("&Password:"), u"password"_s);
    m_confirm = addPassword(form, tr("&Confirmation:"), u"confirmation"_s);
    // Made after the fields, so that Tab reaches them first.
    m_show = new QCheckBox(tr("&Show the passwords"), this);
    m_rules = new QLabel(this);
    form->addRow(QString(), m_show);
    form->addRow(QString(), m_rules);
    m_show->setObjectName(u"showPasswords"_s);
    m_rules->setObjectName(u"rules"_s);
    m_rules->setAccessibleName(tr("Password rules"));

    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        for (QLineEdit* edit : findChildren<QLineEdit*>())
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(this, &PasswordFields::changed, this, &PasswordFields::showRules);
    showRules();
    setFocusProxy(m_current ? m_current : m_new);
}

QLineEdit* PasswordFields::addPassword(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &PasswordFields::changed);
    return edit;
}

QString PasswordFields::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordFields::newPassword() const
{
    return m_new->text();
}

QList<PasswordFields::Rule> PasswordFields::rules() const
{
    // Passwords are never trimmed: spaces are characters like any other.
    const QString password = m_new->text();
    const int min = m_kind == Kind::Account ? kAccountMin : kLockMin;
    QList<Rule> list{{password.size() >= min && password.size() <= kMax,
                      tr("%1 to %2 characters").arg(min).arg(kMax),
                      tr("The password must have %1 to %2 characters.").arg(min).arg(kMax)}};
    if (m_current)
        list.append({!password.isEmpty() && password != m_current->text(),
                     tr("Different from the current password"),
                     tr("The new password must differ from the current one.")});
    list.append({!password.isEmpty() && m_confirm->text() == password, tr("Both entries are the same"),
                 tr("The confirmation does not match the password.")});
    return list;
}

std::optional<QString> PasswordFields::problem() const
{
    if (m_current && m_current->text().isEmpty())
        return tr("Enter your current password.");
    for (const Rule& rule : rules()) {
        if (!rule.met)
            return rule.problem;
    }
    return std::nullopt;
}

void PasswordFields::showRules()
{
    QStringList lines;
    for (const Rule& rule : rules())
        lines.append((rule.met ? u"\u2713 "_s : u"\u2717 "_s) + rule.rule);
    m_rules->setText(lines.join(u'\n'));
}

} // namespace mycloud
