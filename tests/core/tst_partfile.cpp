// PartFile on real files in a temporary folder: a resume keeps the trusted bytes and cuts the rest,
// appends cross the writeback step intact, the rename happens only once the part is synced (and
// replaces the target), a discard leaves nothing, a real failing write (RLIMIT_FSIZE) discards
// the part while an open that fails keeps it, and aligned blocks go to the disk with O_DIRECT (as the
// kernel reports the handle's flags) between unaligned bytes, all landing where they belong.
#include "files/BlockQueue.h"
#include "files/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A file left by an earlier run, its folder created.
bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Distinct bytes at each offset, so that a shifted or repeated block shows.
QByteArray pattern(qint64 size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed + (i >> 12)) & 0xff);
    return bytes;
}

// Whether this process's handle on `path` has O_DIRECT, as /proc says (flags in octal); nullopt when
// no handle of ours is open on it.
std::optional<bool> openedDirect(const QString& path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    for (const QFileInfo& fd :
         QDir(u"/proc/self/fd"_s).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget() != target)
            continue;
        QFile info(u"/proc/self/fdinfo/"_s + fd.fileName());
        if (!info.open(QIODevice::ReadOnly))
            return std::nullopt;
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("flags:"))
                return (line.mid(6).trimmed().toLongLong(nullptr, 8) & O_DIRECT) != 0;
    }
    return std::nullopt;
}

// Whether the file system under `folder` takes direct writes (tmpfs does not).
bool takesDirectWrites(const QString& folder)
{
    const QByteArray probe = QFile::encodeName(folder + u"/direct-probe"_s);
    const int fd = ::open(probe.constData(), O_CREAT | O_WRONLY | O_DIRECT, 0600);
    if (fd >= 0)
        ::close(fd);
    ::unlink(probe.constData());
    return fd >= 0;
}

// While it lives, files of this process may not grow past `bytes`: a real write failure (EFBIG, the
// signal that would kill us ignored).
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
        : m_handler(std::signal(SIGXFSZ, SIG_IGN))
    {
        if (getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_set)
            setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

    bool isSet() const { return m_set; }

private:
    rlimit m_saved{};
    void (*m_handler)(int);
    bool m_set = false;
};

} // namespace

class TestPartFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_files = 0;

    QString freshPath() { return m_temp.filePath(u"dir%1/file.part"_s.arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void startsEmptyInAFolderItCreates()
    {
        PartFile part(freshPath());
        QCOMPARE(part.size(), 0);
        QVERIFY(!part.isOpen());
        QVERIFY(part.open());
        QVERIFY(part.isOpen());
        QVERIFY(part.append("hello"));
        QCOMPARE(part.size(), 5);
        part.close();
        QCOMPARE(readAll(part.path()), "hello");
    }

    void resumesAfterTheBytesItKeeps()
    {
        const QString path = freshPath();
        // An earlier run wrote 1000 bytes, of which only the first 600 are trusted.
        const QByteArray earlier = pattern(1000, 1);
        QVERIFY(writeFile(path, earlier));
        PartFile part(path);
        part.keep(600);
        QCOMPARE(part.size(), 600);
        QVERIFY(part.open());
        QCOMPARE(QFileInfo(path).size(), 600);
        QVERIFY(part.append("tail"));
        QCOMPARE(part.size(), 604);
        part.close();
        QCOMPARE(readAll(path), earlier.left(600) + "tail");
    }

    void keepingNothingStartsOver()
    {
        PartFile part(freshPath());
        QVERIFY(part.open());
        QVERIFY(part.append(pattern(5000, 2)));
        // The server sent the whole file instead of the rest: the open part starts over.
        part.keep(0);
        QVERIFY(part.open());
        QVERIFY(part.append("whole"));
        part.close();
        QCOMPARE(readAll(part.path()), "whole");
    }

    // The writeback starts every 8 MiB: appends across several steps, and again after the part
    // went back to a shorter size, must land where they belong.
    void appendsAcrossTheWritebackStepsStayIntact()
    {
        constexpr qint64 kChunk = 3 << 20;
        PartFile part(freshPath());
        QVERIFY(part.open());
        QByteArray expected;
        for (int i = 0; i < 8; ++i) {
            const QByteArray chunk = pattern(kChunk, char(i));
            QVERIFY(part.append(chunk));
            expected += chunk;
        }
        QCOMPARE(part.size(), 8 * kChunk);
        part.keep(5 * kChunk + 123);
        QVERIFY(part.open());
        expected.truncate(5 * kChunk + 123);
        for (int i = 0; i < 4; ++i) {
            const QByteArray chunk = pattern(kChunk, char(100 + i));
            QVERIFY(part.append(chunk));
            expected += chunk;
        }
        QVERIFY(part.sync());
        part.close();
        QCOMPARE(QFileInfo(part.path()).size(), expected.size());
        QVERIFY(readAll(part.path()) == expected);
    }

    // A resumed part of odd size, then the blocks a download appends: the first ends on a 4 KiB
    // boundary, the aligned ones go around the page cache, an odd tail does not; the bytes are the
    // same either way, here and on a file system without direct I/O.
    void alignedBlocksGoToTheDiskDirectly_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("temporary folder") << m_temp.path();
        // tmpfs: without direct I/O before Linux 6.6, so both ways are seen across machines.
        if (QFileInfo(u"/dev/shm"_s).isWritable())
            QTest::newRow("/dev/shm") << u"/dev/shm"_s;
    }

    void alignedBlocksGoToTheDiskDirectly()
    {
        QFETCH(QString, folder);
        QTemporaryDir dir(folder + u"/tst_partfile-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const bool direct = takesDirectWrites(dir.path());
        const QString path = dir.filePath(u"file.part"_s);
        QByteArray expected = pattern(1000, 7);
        QVERIFY(writeFile(path, expected));

        PartFile part(path);
        part.keep(1000);
        QVERIFY(part.open());
        const QByteArray toBoundary = pattern(BlockQueue::kAlignment - 1000, 8);
        QVERIFY(part.append(toBoundary));
        expected += toBoundary;
        QCOMPARE(openedDirect(path), std::optional<bool>(false));

        BlockQueue blocks(1, 256 << 10); // memory aligned as a download's
        BlockQueue::Block* block = blocks.takeEmpty();
        for (int i = 0; i < 3; ++i) {
            const QByteArray bytes = pattern(blocks.capacity(), char(20 + i));
            std::memcpy(block->data, bytes.constData(), size_t(bytes.size()));
            block->size = bytes.size();
            QVERIFY(part.append(block->bytes()));
            expected += bytes;
            QCOMPARE(openedDirect(path), std::optional<bool>(direct));
        }
        // The same bytes one byte off in memory cannot go directly.
        QVERIFY(part.append(QByteArrayView(block->data + 1, BlockQueue::kAlignment)));
        expected += QByteArray(block->data + 1, BlockQueue::kAlignment);
        QCOMPARE(openedDirect(path), std::optional<bool>(false));
        QVERIFY(part.append("odd tail"));
        expected += "odd tail";

        QCOMPARE(part.size(), expected.size());
        QVERIFY(part.sync());
        part.close();
        QVERIFY(readAll(path) == expected);
    }

    // A download reserves its whole size at once; one stopped part-way (a cancel, the app quitting)
    // must not keep the rest of it on the disk until it resumes.
    void closingGivesBackWhatWasNotWritten()
    {
        PartFile part(freshPath());
        QVERIFY(part.open());
        QVERIFY(part.append(pattern(1 << 20, 3)));
        part.reserve(64 << 20);
        struct stat reserved
        {
        };
        QCOMPARE(::stat(QFile::encodeName(part.path()).constData(), &reserved), 0);
        part.close();
        struct stat closed
        {
        };
        QCOMPARE(::stat(QFile::encodeName(part.path()).constData(), &closed), 0);
        QCOMPARE(closed.st_size, 1 << 20);
        QVERIFY2(qint64(closed.st_blocks) * 512 < (2 << 20),
                 qPrintable(u"%1 bytes allocated after close, %2 before"_s.arg(qint64(closed.st_blocks) * 512)
                                .arg(qint64(reserved.st_blocks) * 512)));
        // The control: the reservation did take the blocks.
        QVERIFY(qint64(reserved.st_blocks) * 512 >= (64 << 20));
    }

    void movesIntoPlaceReplacingTheTarget()
    {
        PartFile part(freshPath());
        const QString target = QFileInfo(part.path()).path() + u"/file.zip"_s;
        QVERIFY(part.open());
        QVERIFY(writeFile(target, "an older file"));
        QVERIFY(part.append("new bytes"));
        QCOMPARE(part.moveTo(target), QString());
        QVERIFY(!part.isOpen());
        QVERIFY(!QFileInfo::exists(part.path()));
        QCOMPARE(readAll(target), "new bytes");
        QCOMPARE(part.size(), 9);
    }

    // A part that cannot be synced is never renamed: the target keeps its bytes.
    void neverRenamedUnsynced()
    {
        const QString path = freshPath();
        QVERIFY(writeFile(path, "unsynced"));
        const QString target = QFileInfo(path).path() + u"/file.zip"_s;
        QVERIFY(writeFile(target, "old"));
        PartFile part(path);
        part.keep(8); // never opened: nothing to sync it through
        QVERIFY(!part.moveTo(target).isEmpty());
        QCOMPARE(readAll(target), "old");
        QCOMPARE(readAll(path), "unsynced");
    }

    void renameFailureIsReportedAndKeepsThePart()
    {
        PartFile part(freshPath());
        QVERIFY(part.open());
        QVERIFY(part.append("bytes"));
        const QString target = m_temp.filePath(u"no such folder/file.zip"_s);
        QVERIFY(!part.moveTo(target).isEmpty());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(readAll(part.path()), "bytes");
    }

    void discardLeavesNothing()
    {
        PartFile part(freshPath());
        QVERIFY(part.open());
        QVERIFY(part.append(pattern(10000, 3)));
        part.discard();
        QVERIFY(!part.isOpen());
        QCOMPARE(part.size(), 0);
        QVERIFY(!QFileInfo::exists(part.path()));
        // And it can start again.
        QVERIFY(part.open());
        QVERIFY(part.append("again"));
        part.close();
        QCOMPARE(readAll(part.path()), "again");
    }

    void failedWriteDiscardsThePart()
    {
        PartFile part(freshPath());
        QVERIFY(part.open());
        bool written = true;
        {
            const FileSizeLimit limit(64 << 10);
            QVERIFY(limit.isSet());
            written = part.append(pattern(128 << 10, 4));
        }
        QVERIFY(!written);
        const FileError error = part.failure(u"file.zip"_s, 1 << 20);
        QCOMPARE(error.kind(), FileError::Kind::Io); // the disk has room: not DiskFull
        QVERIFY(error.detail().contains(part.path()));
        QVERIFY(!QFileInfo::exists(part.path()));
        QCOMPARE(part.size(), 0);
    }

    void failureSaysDiskFullWhenTheBytesNoLongerFit()
    {
        PartFile part(freshPath());
        QVERIFY(part.open());
        QVERIFY(part.append("bytes"));
        // As after a failed write on a disk that cannot hold what is still needed.
        const FileError error = part.failure(u"file.zip"_s, qint64(1) << 60);
        QCOMPARE(error.kind(), FileError::Kind::DiskFull);
        QCOMPARE(error.neededBytes(), qint64(1) << 60);
        QVERIFY(!QFileInfo::exists(part.path()));
    }

    // A part that cannot even be opened is not ours to delete (nor its folder's to fill).
    void failedOpenKeepsWhatIsThere()
    {
        const QString path = freshPath();
        QVERIFY(QDir().mkpath(path)); // a folder where the part should be
        PartFile part(path);
        QVERIFY(!part.open());
        const FileError error = part.failure(u"file.zip"_s, qint64(1) << 60);
        QCOMPARE(error.kind(), FileError::Kind::Io);
        QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestPartFile)
#include "tst_partfile.moc"
