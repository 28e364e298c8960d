#pragma once

#include <QObject>
#include <QPdfLink>
#include <QPointer>
#include <QTimer>

#include <memory>

class QPdfDocument;
class QPdfSearchModel;

namespace mycloud {

// Finds a string in a document, case-insensitively, and steps through the hits in page order.
//
// QPdfSearchModel (6.4) searches one page per 100 ms timer tick on the calling thread, and leaks
// that timer each time the string or the document changes. So every query gets a fresh model, and
// this class asks it for one page per event-loop pass: the whole document is searched promptly,
// the UI stays responsive between pages, and the end of the search is known.
class PdfSearch final : public QObject
{
    Q_OBJECT

public:
    explicit PdfSearch(QObject* parent = nullptr);
    ~PdfSearch() override;

    void setDocument(QPdfDocument* document);
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    int hitCount() const;
    int currentHit() const { return m_current; } // -1 when none
    QPdfLink currentLink() const;
    bool isSearching() const { return m_pageTimer.isActive(); }

    void next();
    void previous();

signals:
    // The number of hits or the searching state changed.
    void hitsChanged();
    void currentHitChanged(int index);
    void finished(int hitCount);

private:
    void restart();
    void searchNextPage();
    void setCurrent(int index);

    QPointer<QPdfDocument> m_document;
    QString m_query;
    std::unique_ptr<QPdfSearchModel> m_model;
    QTimer m_pageTimer;
    int m_nextPage = 0;
    int m_current = -1;
};

} // namespace mycloud
