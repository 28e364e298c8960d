#include "ConflictDialog.h"

#include "core/ClientSession.h"
#include "dialogs/ConflictListModel.h"
#include "dialogs/SelectableLabel.h"
#include "domain/MaintenanceNote.h"
#include "domain/Task.h"
#include "models/Cells.h"
#include "sync/ConflictResolver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

struct Field
{
    QString key; // also the value label's object name
    QString label;
    QString value;
};
using Fields = QList<Field>;

QString yesNo(bool value)
{
    return value ? ConflictDialog::tr("Yes") : ConflictDialog::tr("No");
}

Fields taskFields(const Task& task)
{
    return {{u"description"_s, ConflictDialog::tr("Description:"), task.description},
            {u"priority"_s, ConflictDialog::tr("Priority:"), yesNo(task.priority)},
            {u"requester"_s, ConflictDialog::tr("Requester:"), Cells::person(task.requester)}};
}

Fields noteFields(const MaintenanceNote& note)
{
    return {{u"requester"_s, ConflictDialog::tr("Requester:"), Cells::person(note.requester)},
            {u"performer"_s, ConflictDialog::tr("Performed by:"), Cells::person(note.performer)},
            {u"performedAt"_s, ConflictDialog::tr("Performed on:"),
             QLocale().toString(note.performedAt, QLocale::ShortFormat)},
            {u"taskDescription"_s, ConflictDialog::tr("Task:"), note.taskDescription},
            {u"workDone"_s, ConflictDialog::tr("Work done:"), note.workDone},
            {u"comment"_s, ConflictDialog::tr("Comment:"), note.comment}};
}

// The queue's level words, as the user reads them.
QString levelName(const QString& level)
{
    if (level == u"affair")
        return ConflictDialog::tr("The affair");
    if (level == u"product")
        return ConflictDialog::tr("The product");
    if (level == u"account")
        return ConflictDialog::tr("The whole account");
    return level;
}

// A switch or a lock: the fields as they were queued.
Fields jsonFields(const QJsonObject& json)
{
    const QHash<QString, QString> labels{{u"level"_s, ConflictDialog::tr("Level:")},
                                         {u"enabled"_s, ConflictDialog::tr("Enabled:")},
                                         {u"passwordReference"_s, ConflictDialog::tr("Password:")},
                                         {u"password"_s, ConflictDialog::tr("Password:")}};
    Fields fields;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        // The lock's password is in the keychain (or, queued by an earlier version, here): never shown.
        if (it.key() == u"passwordReference" || it.key() == u"password")
            text = u"••••••••"_s;
        else if (it.key() == u"level")
            text = levelName(value.toString());
        else if (value.isBool())
            text = yesNo(value.toBool());
        else if (value.isObject() || value.isArray())
            text = QString::fromUtf8(
                QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
        else
            text = value.toVariant().toString();
        fields.append({it.key(), labels.value(it.key(), it.key() + u':'), text});
    }
    return fields;
}

Fields fieldsOf(Outbox::Kind kind, const QJsonObject& json)
{
    switch (kind) {
    case Outbox::Kind::CreateTask:
    case Outbox::Kind::UpdateTask:
    case Outbox::Kind::DeleteTask:
        if (auto task = Task::fromJson(json))
            return taskFields(task.value());
        break;
    case Outbox::Kind::ValidateTask:
    case Outbox::Kind::CreateNote:
    case Outbox::Kind::DeleteNote:
        if (auto note = MaintenanceNote::fromJson(json))
            return noteFields(note.value());
        break;
    default: break;
    }
    return jsonFields(json);
}

QString theirsWhenEmpty(Outbox::Kind kind)
{
    // Only an edit and a validation look at the server's side: nothing there means it was deleted.
    return kind == Outbox::Kind::UpdateTask || kind == Outbox::Kind::ValidateTask
        ? ConflictDialog::tr("Deleted on the server")
        : ConflictDialog::tr("Not taken by the server");
}

// One side of the conflict; the values that differ from the other side are in bold.
void fill(QFormLayout* form, const Fields& fields, const Fields& other, const QString& whenEmpty)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
    QWidget* box = form->parentWidget();
    if (fields.isEmpty()) {
        auto* empty = new SelectableLabel(whenEmpty, u"empty"_s, box);
        empty->setBold(true);
        form->addRow(empty);
        return;
    }
    for (const Field& field : fields) {
        auto* value = new SelectableLabel(field.value, field.key, box);
        value->setWordWrap(true);
        const auto same = std::find_if(other.begin(), other.end(), [&](const Field& f) {
            return f.key == field.key && f.value == field.value;
        });
        value->setBold(!other.isEmpty() && same == other.end());
        form->addRow(field.label, value);
    }
}

} // namespace

ConflictDialog::ConflictDialog(ClientSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ConflictListModel(session.store(), this))
    , m_list(new QListView(this))
    , m_message(new SelectableLabel(QString(), u"message"_s, this))
    , m_mine(new QGroupBox(tr("Yours"), this))
    , m_theirs(new QGroupBox(tr("Theirs"), this))
    , m_mineFields(new QFormLayout(m_mine))
    , m_theirsFields(new QFormLayout(m_theirs))
    , m_error(new SelectableLabel(QString(), u"error"_s, this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
{
    setWindowTitle(tr("Conflicts"));
    m_list->setObjectName(u"conflicts"_s);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Conflicts"));
    // Long descriptions wrap rather than scroll sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_mine->setObjectName(u"mine"_s);
    m_theirs->setObjectName(u"theirs"_s);
    m_message->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_keepMine->setObjectName(u"keepMine"_s);
    m_keepTheirs->setObjectName(u"keepTheirs"_s);
    m_keepMine->setToolTip(tr("Send your version again: it replaces the server's."));
    m_keepTheirs->setToolTip(tr("Keep the server's version and forget yours."));
    // Enter closes the dialog; it never picks a side by accident.
    m_keepMine->setAutoDefault(false);
    m_keepTheirs->setAutoDefault(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* sides = new QHBoxLayout;
    sides->addWidget(m_mine, 1);
    sides->addWidget(m_theirs, 1);
    auto* choices = new QHBoxLayout;
    choices->addStretch();
    choices->addWidget(m_keepMine);
    choices->addWidget(m_keepTheirs);
    auto* details = new QVBoxLayout;
    details->addWidget(m_message);
    details->addLayout(sides);
    details->addStretch();
    details->addWidget(m_error);
    details->addLayout(choices);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 2);
    body->addLayout(details, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);
    resize(860, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConflictDialog::showSelected);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolve(false); });
    // A sync can bring new conflicts while the dialog is open.
    connect(&m_session, &ClientSession::statusChanged, this, &ConflictDialog::reload);
    reload();
}

int ConflictDialog::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConflictDialog::reload()
{
    const int row = selectedRow();
    const qint64 id = row >= 0 ? m_model->conflict(row).id : 0;
    m_model->reload();
    const int kept = m_model->rowOf(id);
    const int count = m_model->rowCount();
    if (count > 0)
        m_list->setCurrentIndex(m_model->index(kept >= 0 ? kept : std::clamp(row, 0, count - 1)));
    showSelected();
}

void ConflictDialog::showSelected()
{
    const int row = selectedRow();
    const bool any = row >= 0;
    m_mine->setVisible(any);
    m_theirs->setVisible(any);
    m_keepMine->setEnabled(any);
    m_keepTheirs->setEnabled(any);
    m_error->hide();
    if (!any) {
        m_message->setText(tr("No conflicts left."));
        return;
    }
    const Outbox::Conflict& conflict = m_model->conflict(row);
    const Fields mine = conflict.local.isEmpty() ? Fields() : fieldsOf(conflict.kind, conflict.local);
    const Fields theirs = conflict.server.isEmpty() ? Fields() : fieldsOf(conflict.kind, conflict.server);
    m_message->setText(conflict.message);
    fill(m_mineFields, mine, theirs, tr("Deleted on this computer"));
    fill(m_theirsFields, theirs, mine, theirsWhenEmpty(conflict.kind));
}

void ConflictDialog::resolve(bool keepMine)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 id = m_model->conflict(row).id;
    ConflictResolver resolver(m_session.store());
    std::optional<ConflictResolver::Error> error;
    if (keepMine) {
        const auto queued = resolver.keepMine(id);
        if (!queued)
            error = queued.error();
    } else {
        error = resolver.keepTheirs(id);
    }
    if (error) {
        m_error->setText(ConflictResolver::message(*error));
        m_error->show();
        return;
    }
    reload();
    m_session.sync(); // what was kept goes out now, and the status bar counts one conflict less
}

} // namespace mycloud
