#include "DoeBuilder.h"

#include "doe/DoeLog.h"
#include "files/DownloadJob.h"
#include "files/FileCache.h"
#include "files/PartFile.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kProgressIntervalMs = 100;

} // namespace

DoeBuilder::DoeBuilder(const Store& store, FileCache& cache, QUuid affairId, DoeRequest request,
                       QString targetPath, QString historyDirectory, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cache(cache)
    , m_affairId(affairId)
    , m_request(std::move(request))
    , m_target(std::move(targetPath))
    , m_history(std::move(historyDirectory))
{
    m_tick.setInterval(kProgressIntervalMs);
    connect(&m_tick, &QTimer::timeout, this,
            [this] { emit progress(Stage::Writing, m_written->load(), m_selection.bytes()); });
}

DoeBuilder::~DoeBuilder()
{
    *m_stop = true;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        delete it.key();
    }
    // The writer reads nothing of ours but the shared flags; it removes its part once stopped.
    m_writing.waitForFinished();
    if (!m_finished)
        m_cache.unpin(pinOwner());
}

QString DoeBuilder::pinOwner() const
{
    // Held while the package is built, so that fetching the last files cannot evict the first.
    return u"doe-build:"_s + m_affairId.toString(QUuid::WithoutBraces);
}

void DoeBuilder::start()
{
    emit progress(Stage::Selecting, 0, 0);
    QtConcurrent::run([&store = m_store, affairId = m_affairId, request = m_request, history = m_history] {
        return std::pair(DoeSelection::select(store, affairId, request), history.last(affairId));
    })
        .then(this,
              [this](const std::pair<std::optional<DoeSelection>, std::optional<DoeHistory::Record>>& got) {
                  onSelected(got.first, got.second);
              });
}

void DoeBuilder::onSelected(std::optional<DoeSelection> selection, std::optional<DoeHistory::Record> previous)
{
    if (m_finished)
        return;
    if (!selection)
        return fail(tr("This affair is not on this computer yet: synchronise, then try again."));
    if (selection->items.isEmpty())
        return fail(tr("There is nothing to put in the package: no document of the chosen kinds."));
    m_selection = std::move(*selection);
    m_previous = std::move(previous);

    QStringList shas;
    QSet<QString> queued;
    for (const DoeSelection::Item& item : std::as_const(m_selection.items)) {
        const Document& d = item.document;
        shas.append(d.sha256);
        if (m_cache.contains(d.sha256) || queued.contains(d.sha256))
            continue;
        queued.insert(d.sha256);
        m_queue.append(d);
        m_fetchTotal += d.size;
    }
    if (auto error = m_cache.pin(shas, pinOwner()))
        return fail(error->message());
    qCInfo(lcDoeClient) << "package of" << m_affairId << ":" << m_selection.items.size() << "documents,"
                        << m_queue.size() << "to download";
    m_stage = Stage::Fetching;
    emit progress(m_stage, 0, m_fetchTotal);
    if (m_finished)
        return;
    fetchMore();
    if (m_jobs.isEmpty())
        write();
}

void DoeBuilder::fetchMore()
{
    while (m_jobs.size() < kParallelFetches && !m_queue.isEmpty()) {
        const Document document = m_queue.takeFirst();
        DownloadJob* job = m_cache.fetch(document);
        m_jobs.insert(job, document.size);
        connect(job, &DownloadJob::progress, this, [this] {
            qint64 received = m_fetchDone;
            for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
                received += it.key()->received();
            emit progress(Stage::Fetching, received, m_fetchTotal);
        });
        connect(job, &DownloadJob::finished, this, [this, job] { onFetched(job); });
    }
}

void DoeBuilder::onFetched(DownloadJob* job)
{
    m_fetchDone += m_jobs.take(job);
    const std::optional<FileError> error = job->error();
    job->deleteLater();
    if (m_finished)
        return;
    if (error)
        return fail(error->message());
    emit progress(Stage::Fetching, m_fetchDone, m_fetchTotal);
    if (m_finished) // cancelled by a receiver of progress()
        return;
    fetchMore();
    if (m_jobs.isEmpty())
        write();
}

void DoeBuilder::write()
{
    QList<DoePackageItem> items;
    items.reserve(m_selection.items.size());
    for (const DoeSelection::Item& item : std::as_const(m_selection.items)) {
        QString path = m_cache.path(item.document.sha256);
        if (path.isEmpty()) // pinned, so only gone if removed from the disk behind our back
            return fail(FileError::io(u"%1 left the cache"_s.arg(item.document.sha256)).message());
        items.append({item.product, item.document, std::move(path)});
    }
    if (m_previous)
        m_changes = DoeHistory::changes(*m_previous, items);

    m_stage = Stage::Writing;
    emit progress(m_stage, 0, m_selection.bytes());
    m_tick.start();
    DoePackageWriter::Info info{m_selection.affair, QDateTime::currentDateTime(), m_language, m_changes};
    m_writing
        = QtConcurrent::run([part = QString(m_target + u".part"_s), target = m_target, info = std::move(info),
                             items = std::move(items), stop = m_stop, written = m_written]() -> QString {
              const auto error = DoePackageWriter::write(part, info, items, [&](qint64 done, qint64) {
                  written->store(done);
                  return !stop->load();
              });
              if (error)
                  return *error;
              return PartFile::moveTo(part, QFileInfo(part).size(), target);
          });
    m_writing.then(this, [this](const QString& error) { onWritten(error); });
}

void DoeBuilder::onWritten(const QString& error)
{
    m_tick.stop();
    if (m_finished)
        return;
    if (!error.isEmpty()) {
        qCWarning(lcDoeClient) << "package of" << m_affairId << "not written:" << error;
        return fail(tr("The package could not be written to %1. Check that the disk has room and that "
                       "the folder can be written to.")
                        .arg(QFileInfo(m_target).absolutePath()));
    }
    DoeHistory::Record record{QDateTime::currentDateTime(), {}};
    for (const DoeSelection::Item& item : std::as_const(m_selection.items))
        record.documents.append(item.document);
    if (auto problem = m_history.save(m_affairId, record)) // the package is made: only the next diff suffers
        qCWarning(lcDoeClient) << "cannot remember the package:" << *problem;
    m_stage = Stage::Done;
    emit progress(m_stage, m_selection.bytes(), m_selection.bytes());
    finish();
}

void DoeBuilder::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    *m_stop = true;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        it.key()->cancel();
    fail(tr("The package was cancelled."));
}

void DoeBuilder::fail(const QString& message)
{
    m_error = message;
    finish();
}

void DoeBuilder::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_tick.stop();
    m_cache.unpin(pinOwner());
    emit finished();
}

QString DoeBuilder::changesText() const
{
    if (!m_changes)
        return {};
    const QString since = QLocale().toString(m_changes->previousExport, QLocale::ShortFormat);
    if (m_changes->isEmpty())
        return tr("No change since the package of %1.").arg(since);
    QStringList parts;
    if (!m_changes->added.isEmpty())
        parts << tr("%n added", nullptr, int(m_changes->added.size()));
    if (!m_changes->revised.isEmpty())
        parts << tr("%n revised", nullptr, int(m_changes->revised.size()));
    if (!m_changes->removed.isEmpty())
        parts << tr("%n removed", nullptr, int(m_changes->removed.size()));
    return tr("Since the package of %1: %2.").arg(since, QLocale().createSeparatedList(parts));
}

} // namespace mycloud
