#pragma once

#include "DecodeError.h"
#include "DocumentKind.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <optional>

namespace mycloud {

// What goes into a DOE package (« dossier des ouvrages exécutés ») of an affair.
struct DoeRequest final
{
    QList<DocumentKind> kinds; // at least one, no duplicates
    std::optional<QList<QUuid>> productIds; // nullopt: every product of the affair
    bool latestValidOnly = true; // schematics: only the latest valid revision

    static Result<DoeRequest, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const DoeRequest&) const = default;
};

// A DOE package prepared by the server: downloaded directly up to 500 MB, sent as an e-mailed
// link beyond; available for 45 days.
struct DoeExport final
{
    enum class Status { Preparing, Ready, Emailed, Failed };
    enum class Delivery { Download, Email };
    static constexpr qint64 kDownloadLimit = 524288000; // 500 MB: above it, the link is e-mailed
    static constexpr int kValidDays = 45;

    QUuid id;
    QUuid affairId;
    Status status = Status::Preparing;
    Delivery delivery = Delivery::Download;
    qint64 fileCount = 0;
    qint64 size = 0;
    QDateTime createdAt;
    QDateTime expiresAt;

    static Result<DoeExport, DecodeError> fromJson(const QJsonValue& json, const QString& path = {});
    QJsonObject toJson() const;
    bool operator==(const DoeExport&) const = default;

    static QString statusToString(Status status);
    static std::optional<Status> statusFromString(QStringView text);
    static QString deliveryToString(Delivery delivery);
    static std::optional<Delivery> deliveryFromString(QStringView text);
};

} // namespace mycloud
