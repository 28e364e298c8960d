#include "DoePackageDownload.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "files/FileCache.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDoeClient, "mycloud.doe")

namespace mycloud {

namespace {

// What Qt may hold in memory ahead of the disk.
constexpr qint64 kReadBufferBytes = 4 << 20;
constexpr qint64 kProgressStepBytes = 256 << 10;
constexpr qint64 kMaxProblemBytes = 64 << 10;
constexpr int kMaxAttempts = 5; // the first request and four resumes
constexpr int kFirstBackoffMs = 500; // doubles at each retry

// The finished part onto the disk, then in place of the target (replacing a file the user agreed
// to overwrite, atomically): an error message, or empty. Runs on a worker thread.
QString syncAndRename(const QString& partPath, const QString& target)
{
    QFile part(partPath);
    if (!part.open(QIODevice::ReadWrite))
        return part.errorString();
#ifdef Q_OS_WIN
    const bool synced = ::_commit(part.handle()) == 0;
#else
    const bool synced = ::fsync(part.handle()) == 0;
#endif
    part.close();
    if (!synced)
        return u"cannot sync %1 to disk"_s.arg(partPath);
    std::error_code error;
    std::filesystem::rename(QFileInfo(partPath).filesystemAbsoluteFilePath(),
                            QFileInfo(target).filesystemAbsoluteFilePath(), error);
    return error ? QString::fromStdString(error.message()) : QString();
}

} // namespace

DoePackageDownload::DoePackageDownload(ApiClient& client, DoeExport exported, QString targetPath,
                                       QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_export(std::move(exported))
    , m_target(std::move(targetPath))
    , m_partPath(m_target + u".part"_s)
    , m_tagPath(m_partPath + u".etag"_s)
{ }

DoePackageDownload::~DoePackageDownload()
{
    dropReply();
}

void DoePackageDownload::start()
{
    if (m_finished || m_attempts > 0)
        return;
    // A part is only worth continuing with the tag of its bytes; without it, it is a stranger's.
    QFile tag(m_tagPath);
    if (QFileInfo::exists(m_partPath) && tag.open(QIODevice::ReadOnly)) {
        m_etag = tag.readAll().trimmed();
        m_written = m_etag.isEmpty() ? 0 : QFileInfo(m_partPath).size();
    }
    tag.close();
    if (m_written == 0)
        discardPart();

    const qint64 needed = std::max<qint64>(0, m_export.size - m_written) + FileCache::kFreeSpaceMargin;
    QStorageInfo storage(QFileInfo(m_target).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        finish(FileError::diskFull(QFileInfo(m_target).fileName(), needed, storage.bytesAvailable(),
                                   u"not enough free space for %1"_s.arg(m_target)));
        return;
    }
    send();
}

void DoePackageDownload::cancel()
{
    if (m_finished)
        return;
    finish(FileError::network(ApiError(ApiError::Kind::Cancelled)));
}

void DoePackageDownload::send()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_headersChecked = false;
    m_bodyIsProblem = false;
    m_problemBody.clear();
    m_certificate.reset();

    const ApiRequest content = ApiRequest::get(Endpoints::doe(m_export.id).path + u"/content"_s);
    QNetworkRequest request = m_client.networkRequest(m_client.urlFor(content), true);
    request.setRawHeader("Accept", "*/*");
    // Byte offsets must be the file's, never a compressed stream's.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_written > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_written) + '-');
        if (!m_etag.isEmpty())
            request.setRawHeader("If-Range", m_etag); // another package: the server sends it whole
    }
    qCDebug(lcDoeClient) << "GET package of export" << m_export.id << "from byte" << m_written << "attempt"
                         << m_attempts;
    QNetworkReply* reply = m_client.network().get(request);
    reply->setReadBufferSize(kReadBufferBytes);
    m_reply = reply;
    ApiClient::recordCertificate(reply, this, &m_certificate);
    connect(reply, &QNetworkReply::readyRead, this, &DoePackageDownload::readBody);
    connect(reply, &QNetworkReply::finished, this, &DoePackageDownload::onReplyFinished);
}

// Once the status is known: the rest of the part (206), the whole package (200), or a problem.
bool DoePackageDownload::checkHeaders()
{
    m_headersChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        // "bytes <first>-<last>/<total>"
        const QByteArray range = m_reply->rawHeader("Content-Range");
        const QByteArray expected = "bytes " + QByteArray::number(m_written) + '-';
        const qsizetype slash = range.indexOf('/');
        bool known = false;
        const qint64 size = slash > 0 ? range.mid(slash + 1).toLongLong(&known) : -1;
        if (!range.startsWith(expected) || !known) {
            discardPart();
            finish(FileError::network(
                ApiError(ApiError::Kind::BadAnswer,
                         u"unexpected Content-Range %1"_s.arg(QString::fromLatin1(range)))));
            return false;
        }
        m_total = size;
        m_resumedFrom = m_written;
    } else if (status >= 200 && status < 300) {
        if (m_written > 0)
            qCInfo(lcDoeClient) << "the server sent all of export" << m_export.id << "instead of a range";
        m_written = 0;
        m_resumedFrom = 0;
        m_total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        rememberTag(m_reply->rawHeader("ETag"));
    } else {
        m_bodyIsProblem = true;
        return true;
    }
    // Stored entries: a package smaller than its documents cannot hold them.
    if (m_total < m_export.size) {
        discardPart();
        finish(FileError::integrity(
            u"the server announced %1 bytes for %2 bytes of documents"_s.arg(m_total).arg(m_export.size)));
        return false;
    }
    return openPart();
}

void DoePackageDownload::readBody()
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
        const QByteArray bytes = m_reply->readAll();
        if (bytes.isEmpty())
            break;
        if (m_written + bytes.size() > m_total) {
            discardPart();
            finish(
                FileError::integrity(u"the server sent more than the %1 bytes it announced"_s.arg(m_total)));
            return;
        }
        if (m_part.write(bytes) != bytes.size()) {
            failWrite();
            return;
        }
        m_written += bytes.size();
    }
    // A signal per network chunk would flood the UI.
    if (m_reported < 0 || m_written - m_reported >= kProgressStepBytes) {
        m_reported = m_written;
        emit progress(m_written, total());
    }
}

void DoePackageDownload::onReplyFinished()
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

    if (auto error = ApiClient::errorOf(status, networkError, errorText, m_problemBody, m_certificate)) {
        retryOrFail(*error);
        return;
    }
    if (m_written < m_total) {
        // A clean end before the last byte is a cut all the same: resume it.
        retryOrFail(ApiError(ApiError::Kind::Offline,
                             u"the transfer ended after %1 of %2 bytes"_s.arg(m_written).arg(m_total)));
        return;
    }
    commit();
}

void DoePackageDownload::retryOrFail(const ApiError& error)
{
    const bool rangeRefused = error.kind() == ApiError::Kind::Http && error.status() == 416;
    if (rangeRefused)
        discardPart(); // the part does not fit the server's package: only a fresh start can help
    if ((rangeRefused || error.isTransient()) && m_attempts < kMaxAttempts) {
        const int delay = rangeRefused ? 0 : kFirstBackoffMs << (m_attempts - 1);
        qCInfo(lcDoeClient).noquote()
            << u"package of export %1 stopped at %2 bytes (%3), resuming in %4 ms"_s.arg(
                   m_export.id.toString(QUuid::WithoutBraces), QString::number(m_written), error.detail(),
                   QString::number(delay));
        QTimer::singleShot(delay, this, &DoePackageDownload::send);
        return;
    }
    if (error.kind() == ApiError::Kind::Http && error.status() == 401)
        emit m_client.sessionExpired(); // as for any authenticated call: the UI signs out
    if (error.kind() == ApiError::Kind::Http && (error.status() == 404 || error.status() == 410))
        discardPart(); // the export is gone: its part will never be resumed
    finish(FileError::network(error));
}

void DoePackageDownload::commit()
{
    m_part.close();
    // fsync of a package of hundreds of megabytes: not on the UI thread.
    QtConcurrent::run(syncAndRename, m_partPath, m_target).then(this, [this](const QString& problem) {
        if (m_finished)
            return;
        if (!problem.isEmpty()) {
            finish(FileError::io(u"%1: %2"_s.arg(m_target, problem)));
            return;
        }
        QFile::remove(m_tagPath);
        emit progress(m_written, m_total);
        finish(std::nullopt);
    });
}

bool DoePackageDownload::openPart()
{
    if (!m_part.isOpen()) {
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

void DoePackageDownload::rememberTag(const QByteArray& etag)
{
    m_etag = etag;
    QFile tag(m_tagPath);
    // Without a tag the part can still be resumed within this run (an export's package never
    // changes), but not by a later one.
    if (etag.isEmpty() || !tag.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || tag.write(etag) != etag.size())
        QFile::remove(m_tagPath);
}

void DoePackageDownload::discardPart()
{
    m_part.close();
    QFile::remove(m_partPath);
    QFile::remove(m_tagPath);
    m_written = 0;
    m_resumedFrom = 0;
}

// QFile hides errno: the free space tells a full disk from another I/O failure. Either way the part
// goes, since its last bytes are unknown.
void DoePackageDownload::failWrite()
{
    const QString detail = m_part.errorString();
    const qint64 needed = total() + FileCache::kFreeSpaceMargin;
    discardPart();
    QStorageInfo storage(QFileInfo(m_target).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < needed)
        finish(FileError::diskFull(QFileInfo(m_target).fileName(), needed, storage.bytesAvailable(), detail));
    else
        finish(FileError::io(u"%1: %2"_s.arg(m_partPath, detail)));
}

void DoePackageDownload::finish(std::optional<FileError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    dropReply();
    m_part.close();
    m_error = std::move(error);
    if (m_error && !m_error->isCancelled())
        qCWarning(lcDoeClient).noquote()
            << "package of export" << m_export.id << "failed:" << m_error->detail();
    emit finished();
}

void DoePackageDownload::dropReply()
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

QString DoePackageDownload::errorMessage() const
{
    if (!m_error)
        return {};
    switch (m_error->kind()) {
    case FileError::Kind::Network:
    case FileError::Kind::DiskFull: return m_error->message();
    case FileError::Kind::Integrity:
        return tr("The DOE package received is not the size the server announced. It was discarded: try "
                  "again.");
    case FileError::Kind::Io: return tr("The DOE package cannot be saved: %1").arg(m_error->detail());
    }
    return {};
}

} // namespace mycloud
