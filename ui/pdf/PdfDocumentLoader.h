#pragma once

#include <QFuture>
#include <QList>
#include <QPdfDocument>
#include <QSizeF>

#include <memory>

class QThread;

namespace mycloud {

// Opens a PDF file off the calling thread. QPdfDocument::load() of Qt 6.4 is asynchronous only
// for a sequential device (a QNetworkReply): a local file is parsed on the spot, cross-reference
// table and first pages included. So the document is created and loaded on the thread pool, then
// handed to `owner` (the UI thread) ready to use.
class PdfDocumentLoader final
{
public:
    struct Result
    {
        std::shared_ptr<QPdfDocument> document; // null when the file could not be opened
        QPdfDocument::Error error = QPdfDocument::Error::None;
        QList<QSizeF> pagePointSizes;
    };

    static QFuture<Result> load(const QString& path, QThread* owner);
};

} // namespace mycloud
