#include "DocumentContent.h"

#include "http/HttpReply.h"

#include <QFile>
#include <QUrl>

#include <httplib.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

// Whether httplib's parsed range (first, last; -1 where absent) selects at least one byte.
bool satisfiable(const std::pair<ssize_t, ssize_t>& range, qint64 size)
{
    const auto [first, last] = range;
    if (first < 0)
        return last > 0 && size > 0; // suffix range "-N"
    return first < size && (last < 0 || last >= first);
}

bool isInlineType(const QString& mime)
{
    return mime == u"application/pdf" || mime == u"image/jpeg" || mime == u"image/png"
        || mime == u"image/webp";
}

} // namespace

QByteArray DocumentContent::contentDisposition(const QString& fileName, bool inlineView)
{
    QByteArray ascii;
    for (const QChar c : fileName) {
        const char16_t u = c.unicode();
        const bool safe = u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' && u != u'/' && u != u';';
        ascii.append(safe ? static_cast<char>(u) : '_');
    }
    if (ascii.isEmpty())
        ascii = "document";
    return (inlineView ? "inline" : "attachment") + QByteArray("; filename=\"") + ascii
        + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

void DocumentContent::serve(const httplib::Request& req, httplib::Response& res, const Document& document,
                            const QString& path)
{
    const std::string etag = '"' + document.sha256.toStdString() + '"';
    res.set_header("ETag", etag);
    res.set_header("Accept-Ranges", "bytes");
    res.set_header("Cache-Control", "private, max-age=0, must-revalidate");
    if (req.get_header_value("If-None-Match") == etag) {
        res.status = 304;
        return;
    }
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || file->size() != document.size) {
        HttpReply::problem(res, 503, u"unavailable"_s, u"The document's file is missing on the server."_s);
        return;
    }
    // cpp-httplib 0.11 neither rejects an unsatisfiable range (it sends a bogus Content-Length) nor
    // implements If-Range, and it only offers the parsed ranges on the const request: we decide
    // here and, where the answer must be the whole file, clear the ranges it would apply.
    auto& ranges = const_cast<httplib::Ranges&>(req.ranges);
    // File bytes go as they are: a compressed stream would not match Content-Length nor the ranges
    // (httplib would gzip text/csv on the fly).
    const_cast<httplib::Headers&>(req.headers).erase("Accept-Encoding");
    const std::string ifRange = req.get_header_value("If-Range");
    if (!ifRange.empty() && ifRange != etag)
        ranges.clear();
    if (ranges.size() > 1)
        ranges.clear(); // several ranges: the whole file, as docs/openapi.yaml says
    if (ranges.size() == 1 && !satisfiable(ranges.front(), document.size)) {
        ranges.clear(); // or httplib would apply the range to the problem body too
        res.set_header("Content-Range", "bytes */" + std::to_string(document.size));
        HttpReply::problem(res, 416, u"range_not_satisfiable"_s,
                           u"The requested range is outside the file."_s);
        return;
    }
    const bool inlineView = isInlineType(document.mimeType) && req.get_param_value("download") != "1";
    res.set_header("Content-Disposition", contentDisposition(document.fileName, inlineView).toStdString());
    if (inlineView)
        res.set_header("Content-Security-Policy", "sandbox");
    const std::string mime
        = document.mimeType.isEmpty() ? "application/octet-stream" : document.mimeType.toStdString();
    res.set_content_provider(static_cast<size_t>(document.size), mime,
                             [file](size_t offset, size_t length, httplib::DataSink& sink) {
                                 thread_local QByteArray buffer(kChunkBytes, Qt::Uninitialized);
                                 const qint64 want
                                     = std::min<qint64>(static_cast<qint64>(length), kChunkBytes);
                                 if (!file->seek(static_cast<qint64>(offset)))
                                     return false;
                                 const qint64 got = file->read(buffer.data(), want);
                                 if (got <= 0)
                                     return false;
                                 return sink.write(buffer.constData(), static_cast<size_t>(got));
                             });
}

} // namespace mycloud::server
