#include "PdfDocumentLoader.h"

#include <QThread>
#include <QtConcurrent>

namespace mycloud {

QFuture<PdfDocumentLoader::Result> PdfDocumentLoader::load(const QString& path, QThread* owner)
{
    return QtConcurrent::run([path, owner] {
        Result result;
        auto document = std::make_shared<QPdfDocument>();
        result.error = document->load(path);
        const int pages = document->pageCount();
        if (document->status() != QPdfDocument::Status::Ready || pages <= 0) {
            // A file that parses but holds no page is no more use than a damaged one.
            if (result.error == QPdfDocument::Error::None)
                result.error = QPdfDocument::Error::InvalidFileFormat;
            return result;
        }
        result.pagePointSizes.reserve(pages);
        for (int page = 0; page < pages; ++page) {
            const QSizeF size = document->pagePointSize(page);
            // QPdfView divides by the page sizes: a page that cannot be read would break its layout.
            if (size.isEmpty()) {
                result.error = QPdfDocument::Error::InvalidFileFormat;
                result.pagePointSizes.clear();
                return result;
            }
            result.pagePointSizes.append(size);
        }
        result.error = QPdfDocument::Error::None;
        document->moveToThread(owner);
        result.document = std::move(document);
        return result;
    });
}

} // namespace mycloud
