#include "Download.h"

#include "FileCache.h"
#include "api/Endpoints.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;
constexpr int kMaxAttempts = 4; // the first request and three resumes

// The part written by an earlier run, hashed up to `bytes` (fewer when the file is shorter):
// what the hash must already hold before the rest is appended to it.
qint64 hashPart(const QString& path, qint64 bytes, Sha256* hash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes) {
        const qint64 got = file.read(buffer.data(), std::min(kChunkBytes, bytes - done));
        if (got <= 0)
            break;
        hash->addData(QByteArrayView(buffer.constData(), got));
        done += got;
    }
    return done;
}

} // namespace

Download::Download(ApiClient& client, Document document, QString partPath, QString finalPath, QObject* parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_finalPath(std::move(finalPath))
    , m_part(std::move(partPath))
    , m_transfer(client, m_part,
                 {.path = Endpoints::documentContentPath(m_document.id),
                  .log = lcFiles,
                  .label = u"document "_s + m_document.sha256,
                  .fileName = m_document.fileName,
                  .total = m_document.size,
                  .maxAttempts = kMaxAttempts})
    , m_hash(std::make_shared<Sha256>())
{
    // The part is only worth continuing if it is the same content: otherwise the server answers
    // 200 with the whole file, and we start over.
    m_transfer.setIfRange('"' + m_document.sha256.toLatin1() + '"');
    connect(&m_transfer, &ResumableTransfer::answered, this, &Download::onAnswered);
    // On the thread that writes the part (a worker for a large file): the hash is not touched here
    // meanwhile.
    m_transfer.setObserver([hash = m_hash](QByteArrayView bytes) { hash->addData(bytes); });
    connect(&m_transfer, &ResumableTransfer::progress, this, &Download::progress);
    connect(&m_transfer, &ResumableTransfer::completed, this, &Download::verifyAndCommit);
    connect(&m_transfer, &ResumableTransfer::failed, this, [this](const FileError& error) { finish(error); });
}

Download::~Download() = default;

void Download::start()
{
    const QFileInfo part(m_part.path());
    qint64 existing = part.exists() ? part.size() : 0;
    if (existing > m_document.size) {
        qCInfo(lcFiles) << "part of" << m_document.sha256 << "is longer than the document: starting over";
        m_part.discard();
        existing = 0;
    }
    if (existing == 0) {
        m_transfer.start();
        return;
    }
    // The hash must cover the bytes already there before new ones are appended: one pass over
    // the part, off the UI thread (it may be most of a gigabyte).
    qCDebug(lcFiles) << "re-hashing" << existing << "bytes of" << m_document.sha256 << "before resuming";
    auto hash = m_hash;
    QtConcurrent::run([path = m_part.path(), existing, hash] {
        return hashPart(path, existing, hash.get());
    }).then(this, [this](qint64 hashed) {
        if (m_finished)
            return;
        m_part.keep(hashed);
        m_continuesOldBytes = hashed > 0;
        if (hashed == m_document.size)
            verifyAndCommit(); // a complete part from an earlier run: no request at all
        else
            m_transfer.start();
    });
}

void Download::abort()
{
    // Also while re-hashing or waiting to retry.
    finish(FileError::network(ApiError(ApiError::Kind::Cancelled)));
}

void Download::onAnswered()
{
    m_continuesOldBytes = m_transfer.resumedFrom() > 0;
    if (!m_continuesOldBytes)
        m_hash->reset(); // the whole file follows
}

void Download::verifyAndCommit()
{
    const QString actual = QString::fromLatin1(m_hash->result().toHex());
    const qint64 written = m_part.size();
    if (written != m_document.size || actual != m_document.sha256) {
        const bool oldBytesMayBeTheCulprit = m_continuesOldBytes && !m_restartedAfterMismatch;
        discardPart();
        if (oldBytesMayBeTheCulprit) {
            // The old bytes may be the bad ones (a part damaged on disk): one fresh download
            // decides. Only a mismatch of the server's own bytes is an error for the user.
            qCInfo(lcFiles) << "resumed" << m_document.sha256 << "does not verify: downloading it afresh";
            m_restartedAfterMismatch = true;
            m_transfer.start();
            return;
        }
        finish(FileError::integrity(
            u"expected %1 bytes with sha256 %2, got %3 bytes with sha256 %4"_s.arg(m_document.size)
                .arg(m_document.sha256)
                .arg(written)
                .arg(actual)));
        return;
    }
    // On disk before the rename, so that a crash cannot leave a named but empty file.
    if (!m_part.open() || !m_part.sync()) {
        finish(m_part.failure(m_document.fileName, m_document.size + FileCache::kFreeSpaceMargin));
        return;
    }
    if (const QString problem = m_part.moveTo(m_finalPath); !problem.isEmpty()) {
        m_part.discard();
        // Content-addressed: a file already in place (another process's download) has these very bytes.
        if (!QFileInfo::exists(m_finalPath)) {
            finish(FileError::io(u"cannot rename %1 into place: %2"_s.arg(m_part.path(), problem)));
            return;
        }
    }
    emit progress(m_document.size, m_document.size);
    finish(std::nullopt);
}

void Download::discardPart()
{
    m_transfer.discardPart();
    m_continuesOldBytes = false;
    m_hash->reset();
}

void Download::finish(std::optional<FileError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_transfer.stop();
    m_error = std::move(error);
    if (m_error && !m_error->isCancelled())
        qCWarning(lcFiles).noquote() << "download of" << m_document.sha256 << "failed:" << m_error->detail();
    emit finished();
}

} // namespace mycloud
