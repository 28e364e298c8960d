#include "Download.h"

#include "FileCache.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;
// What Qt may hold in memory ahead of the disk: bounds the RSS of a gigabyte download.
constexpr qint64 kReadBufferBytes = 4 << 20;
constexpr qint64 kProgressStepBytes = 256 << 10;
constexpr qint64 kWritebackStepBytes = 8 << 20;
constexpr qint64 kMaxProblemBytes = 64 << 10;
constexpr int kMaxAttempts = 4; // the first request and three resumes
constexpr int kFirstBackoffMs = 500; // doubles at each retry

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

bool syncToDisk(QFile& file)
{
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

Download::Download(ApiClient& client, Document document, QString partPath, QString finalPath, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_document(std::move(document))
    , m_partPath(std::move(partPath))
    , m_finalPath(std::move(finalPath))
    , m_hash(std::make_shared<Sha256>())
{ }

Download::~Download()
{
    dropReply();
}

void Download::start()
{
    const QFileInfo part(m_partPath);
    qint64 existing = part.exists() ? part.size() : 0;
    if (existing > m_document.size) {
        qCInfo(lcFiles) << "part of" << m_document.sha256 << "is longer than the document: starting over";
        QFile::remove(m_partPath);
        existing = 0;
    }
    if (existing == 0) {
        send();
        return;
    }
    // The hash must cover the bytes already there before new ones are appended: one pass over
    // the part, off the UI thread (it may be most of a gigabyte).
    qCDebug(lcFiles) << "re-hashing" << existing << "bytes of" << m_document.sha256 << "before resuming";
    auto hash = m_hash;
    QtConcurrent::run([path = m_partPath, existing, hash] {
        return hashPart(path, existing, hash.get());
    }).then(this, [this](qint64 hashed) {
        if (m_finished)
            return;
        m_written = hashed;
        m_continuesOldBytes = hashed > 0;
        if (m_written == m_document.size)
            verifyAndCommit(); // a complete part from an earlier run: no request at all
        else
            send();
    });
}

void Download::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished
    // Re-hashing or waiting to retry (or a reply that did not finish on abort): finish here.
    finish(FileError::network(ApiError(ApiError::Kind::Cancelled)));
}

void Download::send()
{
    if (m_aborted || m_finished)
        return;
    ++m_attempts;
    m_headersChecked = false;
    m_bodyIsProblem = false;
    m_problemBody.clear();
    m_certificate.reset();

    const QUrl url = m_client.urlFor(ApiRequest::get(Endpoints::documentContentPath(m_document.id)));
    QNetworkRequest request = m_client.networkRequest(url, true);
    request.setRawHeader("Accept", "*/*");
    // An explicit identity encoding: byte offsets must be the file's, never a compressed stream's.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_written > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_written) + '-');
        // The part is only worth continuing if it is the same content: otherwise the server
        // answers 200 with the whole file, and we start over.
        request.setRawHeader("If-Range", '"' + m_document.sha256.toLatin1() + '"');
    }
    qCDebug(lcFiles) << "GET content of" << m_document.sha256 << "from byte" << m_written << "attempt"
                     << m_attempts;
    QNetworkReply* reply = m_client.network().get(request);
    reply->setReadBufferSize(kReadBufferBytes);
    m_reply = reply;
    ApiClient::recordCertificate(reply, this, &m_certificate);
    connect(reply, &QNetworkReply::readyRead, this, &Download::readBody);
    connect(reply, &QNetworkReply::finished, this, &Download::onReplyFinished);
}

// Decides, once the status is known, what the body is: the rest of the part (206), the whole file
// (200, also when the server would not resume), or a problem document to read the error from.
bool Download::checkHeaders()
{
    m_headersChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        const QByteArray range = m_reply->rawHeader("Content-Range");
        const QByteArray expected = "bytes " + QByteArray::number(m_written) + '-';
        if (!range.startsWith(expected)) {
            discardPart();
            finish(FileError::network(
                ApiError(ApiError::Kind::BadAnswer,
                         u"unexpected Content-Range %1"_s.arg(QString::fromLatin1(range)))));
            return false;
        }
        m_resumedFrom = m_written;
        m_continuesOldBytes = m_written > 0;
    } else if (status >= 200 && status < 300) {
        if (m_written > 0)
            qCInfo(lcFiles) << "the server sent all of" << m_document.sha256
                            << "instead of a range: starting over";
        m_written = 0;
        m_resumedFrom = 0;
        m_continuesOldBytes = false;
        m_hash->reset();
    } else {
        m_bodyIsProblem = true;
        return true;
    }
    return openPart();
}

void Download::readBody()
{
    // A reply closed by an abort (ours, or the transfer timeout's) has nothing left to read.
    if (m_finished || !m_reply || !m_reply->isOpen())
        return;
    if (!m_headersChecked && !checkHeaders())
        return;
    if (m_bodyIsProblem) {
        m_problemBody += m_reply->read(std::max<qint64>(0, kMaxProblemBytes - m_problemBody.size()));
        m_reply->skip(m_reply->bytesAvailable());
        return;
    }
    while (m_reply->bytesAvailable() > 0) {
        // readAll() hands over the reply's own buffers (at most kReadBufferBytes) without a copy.
        const QByteArray bytes = m_reply->readAll();
        const qint64 got = bytes.size();
        if (got == 0)
            break;
        if (m_written + got > m_document.size) {
            discardPart();
            finish(FileError::integrity(
                u"the server sent more than the document's %1 bytes"_s.arg(m_document.size)));
            return;
        }
        if (m_part.write(bytes) != got) {
            failWrite();
            return;
        }
        m_hash->addData(bytes);
        m_written += got;
        startWriteback();
    }
    reportProgress(false);
}

void Download::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    readBody(); // what arrived with the end (and the status of an empty body)
    if (m_finished)
        return;
    QNetworkReply* reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorText = reply->errorString();
    dropReply();

    if (m_aborted) {
        finish(FileError::network(ApiError(ApiError::Kind::Cancelled)));
        return;
    }
    if (auto error = ApiClient::errorOf(status, networkError, errorText, m_problemBody, m_certificate)) {
        retryOrFail(*error);
        return;
    }
    if (m_written < m_document.size) {
        // A clean end before the last byte is a cut all the same: resume it.
        retryOrFail(
            ApiError(ApiError::Kind::Offline,
                     u"the transfer ended after %1 of %2 bytes"_s.arg(m_written).arg(m_document.size)));
        return;
    }
    verifyAndCommit();
}

void Download::retryOrFail(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::Http && error.status() == 416) {
        discardPart(); // our part does not fit the server's file: only a fresh start can help
        if (m_attempts < kMaxAttempts) {
            send();
            return;
        }
    }
    if (error.isTransient() && m_attempts < kMaxAttempts) {
        const int delay = kFirstBackoffMs << (m_attempts - 1);
        qCInfo(lcFiles).noquote() << u"download of %1 stopped at %2 bytes (%3), resuming in %4 ms"_s.arg(
            m_document.sha256, QString::number(m_written), error.detail(), QString::number(delay));
        QTimer::singleShot(delay, this, &Download::send);
        return;
    }
    if (error.kind() == ApiError::Kind::Http && error.status() == 401)
        emit m_client.sessionExpired(); // as for any authenticated call: the UI signs out
    if (error.kind() == ApiError::Kind::Http && (error.status() == 404 || error.status() == 410))
        discardPart(); // the document is gone: its part will never be resumed
    finish(FileError::network(error));
}

void Download::verifyAndCommit()
{
    const QString actual = QString::fromLatin1(m_hash->result().toHex());
    if (m_written != m_document.size || actual != m_document.sha256) {
        const bool oldBytesMayBeTheCulprit = m_continuesOldBytes && !m_restartedAfterMismatch;
        discardPart();
        if (oldBytesMayBeTheCulprit) {
            // The old bytes may be the bad ones (a part damaged on disk): one fresh download
            // decides. Only a mismatch of the server's own bytes is an error for the user.
            qCInfo(lcFiles) << "resumed" << m_document.sha256 << "does not verify: downloading it afresh";
            m_restartedAfterMismatch = true;
            send();
            return;
        }
        finish(FileError::integrity(
            u"expected %1 bytes with sha256 %2, got %3 bytes with sha256 %4"_s.arg(m_document.size)
                .arg(m_document.sha256)
                .arg(m_written)
                .arg(actual)));
        return;
    }
    if (!openPart())
        return;
    // On disk before the rename, so that a crash cannot leave a named but empty file.
    if (!m_part.flush() || !syncToDisk(m_part)) {
        failWrite();
        return;
    }
    m_part.close();
    // Content-addressed: a file already in place (another process's download) has these very bytes.
    if (!QFile::rename(m_partPath, m_finalPath) && !QFileInfo::exists(m_finalPath)) {
        const QString reason = u"cannot rename %1 into place"_s.arg(m_partPath);
        discardPart();
        finish(FileError::io(reason));
        return;
    }
    QFile::remove(m_partPath);
    reportProgress(true);
    finish(std::nullopt);
}

// Hands what has been written so far to the disk in the background, a few megabytes at a time, so
// that the fsync before the rename finds little left to do instead of a gigabyte.
void Download::startWriteback()
{
#ifdef Q_OS_LINUX
    m_writebackFrom = std::min(m_writebackFrom, m_written); // the part restarted
    if (m_written - m_writebackFrom < kWritebackStepBytes)
        return;
    ::sync_file_range(m_part.handle(), m_writebackFrom, m_written - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
    m_writebackFrom = m_written;
#endif
}

bool Download::openPart()
{
    if (!m_part.isOpen()) {
        QDir().mkpath(QFileInfo(m_partPath).path());
        m_part.setFileName(m_partPath);
        // Unbuffered: a failed write fails here, not at some later flush.
        if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            finish(FileError::io(u"%1: %2"_s.arg(m_partPath, m_part.errorString())));
            return false;
        }
    }
    if ((m_part.size() != m_written && !m_part.resize(m_written)) || !m_part.seek(m_written)) {
        failWrite();
        return false;
    }
    return true;
}

void Download::discardPart()
{
    m_part.close();
    QFile::remove(m_partPath);
    m_written = 0;
    m_resumedFrom = 0;
    m_continuesOldBytes = false;
    m_hash->reset();
}

// A write that failed tells us little (QFile hides errno): the free space tells a full disk from
// another I/O failure. Either way the part goes, since its last bytes are unknown.
void Download::failWrite()
{
    const QString detail = m_part.errorString();
    discardPart();
    QStorageInfo storage(QFileInfo(m_partPath).path());
    storage.refresh();
    if (storage.isValid() && storage.bytesAvailable() < m_document.size + FileCache::kFreeSpaceMargin)
        finish(FileError::diskFull(m_document.fileName, m_document.size + FileCache::kFreeSpaceMargin,
                                   storage.bytesAvailable(), detail));
    else
        finish(FileError::io(u"%1: %2"_s.arg(m_partPath, detail)));
}

void Download::finish(std::optional<FileError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    dropReply();
    m_part.close();
    m_error = std::move(error);
    if (m_error && !m_error->isCancelled())
        qCWarning(lcFiles).noquote() << "download of" << m_document.sha256 << "failed:" << m_error->detail();
    emit finished();
}

void Download::dropReply()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void Download::reportProgress(bool force)
{
    // A signal per network chunk would flood the UI on a gigabyte file.
    if (!force && m_reported >= 0 && m_written - m_reported < kProgressStepBytes
        && m_written != m_document.size)
        return;
    m_reported = m_written;
    emit progress(m_written, m_document.size);
}

} // namespace mycloud
