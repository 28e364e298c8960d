#pragma once

#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/MaintenanceNote.h"
#include "domain/Product.h"
#include "domain/Task.h"
#include "http/Language.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>

namespace mycloud::server {

// The HTML of the public QR pages (what a phone shows after scanning a label): self-contained,
// no script, styles inline, readable on a phone, in French or English. Every text from the
// database is escaped. The product page is the seed's mobile product sheet, read-only for now.
class QrPageRenderer final
{
public:
    explicit QrPageRenderer(Language language);

    struct ProductSheet
    {
        QString token;
        Product product;
        Affair affair;
        QList<Document> documents; // every kind; grouped and ordered here
        QList<Task> tasks; // priority first
        QList<MaintenanceNote> notes; // newest first
    };
    QByteArray product(const ProductSheet& sheet) const;
    QByteArray locked(const QString& token, bool wrongPassword) const;
    QByteArray disabled() const;
    QByteArray notFound() const;
    QByteArray rateLimited(qint64 retryAfterSeconds) const;
    QByteArray failed() const;

private:
    QString tr(const char* french, const char* english) const;
    QByteArray page(const QString& title, const QString& body) const;
    QString message(const QString& title, const QString& text) const;
    QString documentSection(const ProductSheet& sheet, DocumentKind kind) const;
    QString photoSection(const ProductSheet& sheet) const;
    QString taskSection(const ProductSheet& sheet) const;
    QString noteSection(const ProductSheet& sheet) const;
    QString date(const QDateTime& when) const;
    QString date(const QDate& day) const;
    QLocale locale() const;

    Language m_language;
};

} // namespace mycloud::server
