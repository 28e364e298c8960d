#pragma once

#include "domain/Document.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace mycloud {

class DownloadJob;
class FileCache;

// Documents saved into a folder the user chose ("download all photos", "the latest valid
// schematic"): each one fetched through the file cache (so verified, and shared with the viewer),
// then copied under a safe, unique file name on a worker thread. One at a time, in order;
// cancellable; progress in bytes over the whole set.
class DocumentExport final : public QObject
{
    Q_OBJECT

public:
    DocumentExport(FileCache& cache, QList<Document> documents, QString folder, QObject* parent = nullptr);

    void start();
    void cancel();

    qint64 totalBytes() const { return m_total; }
    const QStringList& savedFiles() const { return m_saved; }
    const QString& error() const { return m_error; } // translated; empty when all went well

    // A name in `folder` for `document` that no existing file has: "Schéma (2).pdf" after "Schéma.pdf".
    static QString targetPath(const QString& folder, const Document& document);

signals:
    void progress(qint64 done, qint64 total, const QString& current);
    void finished();

private:
    void next();
    void copy(const QString& cached, const Document& document);
    void finish(const QString& error);

    FileCache& m_cache;
    QList<Document> m_documents;
    QString m_folder;
    QPointer<DownloadJob> m_job;
    qsizetype m_index = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QStringList m_saved;
    QString m_error;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace mycloud
