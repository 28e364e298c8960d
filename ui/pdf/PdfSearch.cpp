#include "PdfSearch.h"

#include <QPdfDocument>
#include <QPdfSearchModel>

namespace mycloud {

PdfSearch::PdfSearch(QObject* parent)
    : QObject(parent)
{
    m_pageTimer.setInterval(0);
    connect(&m_pageTimer, &QTimer::timeout, this, &PdfSearch::searchNextPage);
}

PdfSearch::~PdfSearch() = default;

void PdfSearch::setDocument(QPdfDocument* document)
{
    m_document = document;
    restart();
}

void PdfSearch::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    restart();
}

int PdfSearch::hitCount() const
{
    return m_model ? m_model->rowCount({}) : 0;
}

QPdfLink PdfSearch::currentLink() const
{
    return m_model && m_current >= 0 ? m_model->resultAtIndex(m_current) : QPdfLink();
}

void PdfSearch::next()
{
    const int count = hitCount();
    if (count > 0)
        setCurrent((m_current + 1) % count);
}

void PdfSearch::previous()
{
    const int count = hitCount();
    if (count > 0)
        setCurrent(m_current <= 0 ? count - 1 : m_current - 1);
}

void PdfSearch::restart()
{
    m_pageTimer.stop();
    m_model.reset();
    m_nextPage = 0;
    const bool hadCurrent = m_current >= 0;
    m_current = -1;
    if (m_document && !m_query.isEmpty()) {
        m_model = std::make_unique<QPdfSearchModel>();
        m_model->setDocument(m_document);
        m_model->setSearchString(m_query);
        m_pageTimer.start();
    }
    if (hadCurrent)
        emit currentHitChanged(-1);
    emit hitsChanged();
}

void PdfSearch::searchNextPage()
{
    if (!m_document || m_nextPage >= m_document->pageCount()) {
        m_pageTimer.stop();
        emit hitsChanged();
        emit finished(hitCount());
        return;
    }
    const int before = hitCount();
    // Searches that page now (and only that one: the pages before it are done), appending its hits.
    m_model->resultsOnPage(m_nextPage++);
    if (hitCount() == before)
        return;
    emit hitsChanged();
    if (m_current < 0)
        setCurrent(0);
}

void PdfSearch::setCurrent(int index)
{
    m_current = index;
    emit currentHitChanged(index);
}

} // namespace mycloud
