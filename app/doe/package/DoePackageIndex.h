#pragma once

#include "DoePackageWriter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace mycloud {

// The package's index.html: everything from the server escaped, no script, nothing fetched.
class DoePackageIndex final
{
public:
    static inline const QString kFileName = QStringLiteral("index.html");

    // `names` are the items' entries in the zip (DoePackageWriter::entryNames), in `items` order.
    static QByteArray render(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
                             const QStringList& names);

private:
    using Language = DoePackageWriter::Language;

    DoePackageIndex(const DoePackageWriter::Info& info, const QList<DoePackageItem>& items,
                    const QStringList& names);

    QByteArray build() const;
    QString t(const char* french, const char* english) const;
    QString affairSection() const;
    QString changesSection(const DoePackageChanges& changes) const;
    QString contentsSection() const;
    QString productSection(qsizetype index, const QUuid& productId) const;
    static QString documentTitle(const Document& document);
    QString documentMeta(const Document& document) const;
    QString documentLink(const Document& document) const;

    const DoePackageWriter::Info& m_info;
    const QList<DoePackageItem>& m_items;
    const QStringList& m_names;
    const Language m_language;
    QHash<QUuid, QString> m_entryByDocument;
};

} // namespace mycloud
