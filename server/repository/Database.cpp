#include "Database.h"

#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "mycloud.server.database")

using namespace Qt::StringLiterals;

namespace mycloud::server {

Database::Database(QString url, QString sqliteFile)
    : m_url(std::move(url))
    , m_sqliteFile(std::move(sqliteFile))
    , m_prefix(u"mycloud-"_s + QUuid::createUuid().toString(QUuid::Id128))
{ }

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_prefix))
            QSqlDatabase::removeDatabase(name);
    }
}

std::optional<QString> Database::open()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return QStringLiteral("cannot open the database: %1").arg(db.lastError().text());
    return Migrations::apply(db, isSqlite() ? Migrations::Dialect::Sqlite : Migrations::Dialect::Postgres);
}

QSqlDatabase Database::connection() const
{
    const QString name
        = m_prefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    if (isSqlite()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_sqliteFile);
        // Concurrent writers wait for each other instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            qCWarning(lcDatabase) << "open failed:" << db.lastError().text();
            return db;
        }
        QSqlQuery q(db);
        for (const QString& pragma :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s}) {
            if (!q.exec(pragma))
                qCWarning(lcDatabase) << pragma << "failed:" << q.lastError().text();
        }
        return db;
    }
    // postgresql://user:password@host:port/database, or libpq's ?host=/run/postgresql for a socket.
    const QUrl url(m_url);
    const QUrlQuery query(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s) : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open())
        qCWarning(lcDatabase) << "open failed:" << db.lastError().text();
    return db;
}

} // namespace mycloud::server
