#include "FormButtons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

FormButtons::FormButtons(QDialog* dialog, const QString& acceptText)
    : QWidget(dialog)
    , m_problem(new QLabel(this))
{
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = box->button(QDialogButtonBox::Ok);
    if (!acceptText.isEmpty())
        m_accept->setText(acceptText);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(box);
}

void FormButtons::setProblem(const std::optional<QString>& problem)
{
    m_problem->setText(problem.value_or(QString()));
    m_problem->setVisible(problem.has_value());
    m_accept->setEnabled(!problem);
    // Screen readers reach the reason from the disabled button too.
    m_accept->setToolTip(problem.value_or(QString()));
    m_accept->setAccessibleDescription(problem.value_or(QString()));
}

} // namespace mycloud
