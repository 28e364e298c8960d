#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mycloud::server {

// Small but real PDF files for the demo data, written by hand (the server has no GUI, so no
// QPdfWriter): A3/A4 pages with Helvetica text in WinAnsi (French accents included) and simple
// vector drawings, so that viewers, search and thumbnails have something true to work on.
class DemoPdf final
{
public:
    explicit DemoPdf(double width = 595, double height = 842); // points; A4 portrait by default

    void newPage();
    void text(double x, double y, double size, const QString& line);
    void line(double x1, double y1, double x2, double y2, double width = 1);
    void rectangle(double x, double y, double w, double h, double width = 1);

    QByteArray finish() const;

    // A multi-page wiring schematic ("folios") of one product revision.
    static QByteArray schematic(const QString& productName, const QString& reference, int revision,
                                bool valid, int folios);
    // A one-page quality-control sheet with its checklist.
    static QByteArray qualitySheet(const QString& productName, const QString& reference,
                                   const QString& serialNumber);
    // A page of plain lines of text (tests use it as a known, real PDF).
    static QByteArray lines(const QStringList& lines);

private:
    double m_width;
    double m_height;
    QList<QByteArray> m_pages; // content streams
};

} // namespace mycloud::server
