#include "DocumentExport.h"

#include "DownloadJob.h"
#include "FileCache.h"
#include "FileError.h"
#include "domain/SafeFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mycloud {

DocumentExport::DocumentExport(FileCache& cache, QList<Document> documents, QString folder, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_documents(std::move(documents))
    , m_folder(std::move(folder))
{
    for (const Document& document : std::as_const(m_documents))
        m_total += document.size;
}

QString DocumentExport::targetPath(const QString& folder, const Document& document)
{
    const QString name
        = SafeFileName::component(document.fileName.isEmpty() ? document.title : document.fileName);
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    QString path = QDir(folder).filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(u"%1 (%2)%3"_s.arg(base).arg(n).arg(suffix));
    return path;
}

void DocumentExport::start()
{
    if (!QDir().mkpath(m_folder)) {
        finish(QCoreApplication::translate("DocumentExport", "Cannot create the folder %1.").arg(m_folder));
        return;
    }
    next();
}

void DocumentExport::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    finish(QCoreApplication::translate("DocumentExport", "Cancelled."));
}

void DocumentExport::next()
{
    if (m_cancelled || m_finished)
        return;
    if (m_index == m_documents.size()) {
        finish({});
        return;
    }
    const Document document = m_documents.at(m_index);
    emit progress(m_done, m_total, document.title);
    m_job = m_cache.fetch(document);
    DownloadJob* job = m_job;
    const auto done = [this, job, document] {
        if (m_cancelled || m_finished)
            return;
        if (job->error()) {
            finish(QCoreApplication::translate("DocumentExport", "%1: %2")
                       .arg(document.title, job->error()->message()));
            return;
        }
        copy(job->path(), document);
    };
    if (job->isFinished()) {
        done();
        return;
    }
    connect(job, &DownloadJob::progress, this, [this, document](qint64 received, qint64) {
        emit progress(m_done + received, m_total, document.title);
    });
    connect(job, &DownloadJob::finished, this, done);
}

void DocumentExport::copy(const QString& cached, const Document& document)
{
    const QString target = targetPath(m_folder, document);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target, document] {
        watcher->deleteLater();
        if (m_cancelled || m_finished)
            return;
        if (const QString error = watcher->result(); !error.isEmpty()) {
            finish(error);
            return;
        }
        m_saved << target;
        m_done += document.size;
        ++m_index;
        next();
    });
    // Copied off the UI thread: a schematic set can weigh hundreds of megabytes.
    watcher->setFuture(QtConcurrent::run([cached, target]() -> QString {
        QFile::remove(target + u".part"_s);
        if (!QFile::copy(cached, target + u".part"_s) || !QFile::rename(target + u".part"_s, target)) {
            QFile::remove(target + u".part"_s);
            return QCoreApplication::translate("DocumentExport",
                                               "Cannot write %1: is the disk full or read-only?")
                .arg(target);
        }
        return {};
    }));
}

void DocumentExport::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit progress(m_done, m_total, QString());
    emit finished();
}

} // namespace mycloud
