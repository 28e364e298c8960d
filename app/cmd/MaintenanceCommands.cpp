#include "MaintenanceCommands.h"

#include "domain/JsonFormat.h"
#include "domain/MaintenanceNote.h"
#include "store/Store.h"
#include "sync/Actions.h"

using namespace Qt::StringLiterals;

namespace mycloud {

MaintenanceCommands::MaintenanceCommands(CommandContext& context)
    : m_context(context)
{ }

Person MaintenanceCommands::person(const QString& role) const
{
    return {m_context.option(role + u"-company"_s), m_context.option(role + u"-last-name"_s),
            m_context.option(role + u"-first-name"_s)};
}

int MaintenanceCommands::send()
{
    if (!m_context.ensureSession())
        return OfflineQueued; // stored and queued: the next command that reaches the server sends it
    return m_context.syncAndReport(true);
}

int MaintenanceCommands::task()
{
    if (!m_context.openStore())
        return Error;
    Actions actions(m_context.store());
    const QString sub = m_context.argument(1);
    if (sub == u"add") {
        const auto product = m_context.resolveProduct(m_context.argument(2));
        const QString description = m_context.option(u"description"_s).trimmed();
        if (!product || description.isEmpty())
            return m_context.usage(tr("task add needs a product and --description."));
        if (!m_context.store().product(*product))
            return m_context.fail(
                tr("No product %1 in the offline store: sync first.").arg(m_context.argument(2)));
        const auto id
            = actions.addTask(*product, description, m_context.isSet(u"priority"_s), person(u"requester"_s));
        if (!id)
            return m_context.fail(tr("The task could not be stored."));
        m_context.say(JsonFormat::formatUuid(*id));
    } else if (sub == u"validate") {
        const auto id = JsonFormat::parseUuid(m_context.argument(2));
        const QDate date = QDate::fromString(m_context.option(u"date"_s), Qt::ISODate);
        if (!id || !date.isValid())
            return m_context.usage(tr("task validate needs a task id and --date YYYY-MM-DD."));
        if (!actions.validateTask(*id, person(u"performer"_s), date, m_context.option(u"work-done"_s),
                                  m_context.option(u"comment"_s)))
            return m_context.fail(tr("No task %1 in the offline store.").arg(m_context.argument(2)));
    } else {
        return m_context.usage(tr("task add or task validate."));
    }
    return send();
}

int MaintenanceCommands::note()
{
    if (!m_context.openStore())
        return Error;
    if (m_context.argument(1) != u"add")
        return m_context.usage(tr("note add PRODUCT …"));
    const auto product = m_context.resolveProduct(m_context.argument(2));
    const QDate date = QDate::fromString(m_context.option(u"date"_s), Qt::ISODate);
    if (!product || !date.isValid())
        return m_context.usage(tr("note add needs a product and --date YYYY-MM-DD."));
    MaintenanceNote n;
    n.productId = *product;
    n.requester = person(u"requester"_s);
    n.performer = person(u"performer"_s);
    n.performedAt = date;
    n.taskDescription = m_context.option(u"task-description"_s);
    n.workDone = m_context.option(u"work-done"_s);
    n.comment = m_context.option(u"comment"_s);
    const auto id = Actions(m_context.store()).addNote(n);
    if (!id)
        return m_context.fail(tr("The note could not be stored."));
    m_context.say(JsonFormat::formatUuid(*id));
    return send();
}

} // namespace mycloud
