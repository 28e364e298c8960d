#pragma once

#include "domain/Document.h"

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace mycloud::server {

// Streams a stored document: ETag = sha256, If-None-Match → 304, Range → 206 (httplib applies the
// range to our content provider), a safe Content-Disposition, read from disk in large chunks.
class DocumentContent final
{
public:
    DocumentContent() = delete;

    static void serve(const httplib::Request& req, httplib::Response& res, const Document& document,
                      const QString& path);

    // "attachment; filename="…"; filename*=UTF-8''…" with anything unsafe in the ASCII form replaced.
    static QByteArray contentDisposition(const QString& fileName, bool inlineView);
};

} // namespace mycloud::server
