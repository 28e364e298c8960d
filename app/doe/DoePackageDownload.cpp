#include "DoePackageDownload.h"

#include "api/Endpoints.h"
#include "files/FileCache.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kMaxAttempts = 5; // the first request and four resumes

} // namespace

DoePackageDownload::DoePackageDownload(ApiClient& client, DoeExport exported, QString targetPath,
                                       QObject* parent)
    : QObject(parent)
    , m_export(std::move(exported))
    , m_target(std::move(targetPath))
    , m_tagPath(m_target + u".part.etag"_s)
    , m_part(m_target + u".part"_s)
    , m_transfer(client, m_part,
                 {.path = Endpoints::doe(m_export.id).path + u"/content"_s,
                  .log = lcDoeClient,
                  .label = u"package of export %1"_s.arg(m_export.id.toString(QUuid::WithoutBraces)),
                  .fileName = QFileInfo(m_target).fileName(),
                  .maxAttempts = kMaxAttempts})
{
    connect(&m_transfer, &ResumableTransfer::answered, this, &DoePackageDownload::onAnswered);
    connect(&m_transfer, &ResumableTransfer::progress, this, &DoePackageDownload::progress);
    connect(&m_transfer, &ResumableTransfer::completed, this, &DoePackageDownload::commit);
    connect(&m_transfer, &ResumableTransfer::failed, this, [this](const FileError& error) { finish(error); });
}

DoePackageDownload::~DoePackageDownload() = default;

void DoePackageDownload::start()
{
    if (m_finished || m_transfer.isStarted())
        return;
    // A part is only worth continuing with the tag of its bytes; without it, it is a stranger's.
    QFile tag(m_tagPath);
    if (QFileInfo::exists(m_part.path()) && tag.open(QIODevice::ReadOnly)) {
        const QByteArray etag = tag.readAll().trimmed();
        m_part.keep(etag.isEmpty() ? 0 : QFileInfo(m_part.path()).size());
        m_transfer.setIfRange(etag); // another package: the server sends it whole
    }
    tag.close();
    if (m_part.size() == 0)
        discardPart();

    const qint64 needed = std::max<qint64>(0, m_export.size - m_part.size()) + FileCache::kFreeSpaceMargin;
    QStorageInfo storage(QFileInfo(m_target).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < needed) {
        finish(FileError::diskFull(QFileInfo(m_target).fileName(), needed, storage.bytesAvailable(),
                                   u"not enough free space for %1"_s.arg(m_target)));
        return;
    }
    m_transfer.start();
}

void DoePackageDownload::cancel()
{
    finish(FileError::network(ApiError(ApiError::Kind::Cancelled)));
}

void DoePackageDownload::onAnswered(const QByteArray& etag)
{
    if (m_transfer.resumedFrom() == 0)
        rememberTag(etag);
    // Stored entries: a package smaller than its documents cannot hold them.
    if (m_transfer.total() < m_export.size) {
        discardPart();
        finish(FileError::integrity(
            u"the server announced %1 bytes for %2 bytes of documents"_s.arg(m_transfer.total())
                .arg(m_export.size)));
    }
}

void DoePackageDownload::commit()
{
    m_part.close();
    // fsync of a package of hundreds of megabytes: not on the UI thread.
    // Synced and in place of the target (replacing a file the user agreed to overwrite, atomically).
    QtConcurrent::run(qOverload<const QString&, qint64, const QString&>(&PartFile::moveTo), m_part.path(),
                      m_part.size(), m_target)
        .then(this, [this](const QString& problem) {
            if (m_finished)
                return;
            if (!problem.isEmpty()) {
                finish(FileError::io(u"%1: %2"_s.arg(m_target, problem)));
                return;
            }
            QFile::remove(m_tagPath);
            emit progress(m_part.size(), m_transfer.total());
            finish(std::nullopt);
        });
}

void DoePackageDownload::rememberTag(const QByteArray& etag)
{
    m_transfer.setIfRange(etag);
    QFile tag(m_tagPath);
    // Without a tag the part can still be resumed within this run (an export's package never
    // changes), but not by a later one.
    if (etag.isEmpty() || !tag.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || tag.write(etag) != etag.size())
        QFile::remove(m_tagPath);
}

void DoePackageDownload::discardPart()
{
    m_transfer.discardPart();
    QFile::remove(m_tagPath);
}

void DoePackageDownload::finish(std::optional<FileError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    // A tag whose part the transfer gave up (a write error, a file gone) tells nothing any more.
    if (!QFileInfo::exists(m_part.path()))
        QFile::remove(m_tagPath);
    m_transfer.stop();
    m_error = std::move(error);
    if (m_error && !m_error->isCancelled())
        qCWarning(lcDoeClient).noquote()
            << "package of export" << m_export.id << "failed:" << m_error->detail();
    emit finished();
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
