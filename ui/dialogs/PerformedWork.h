#pragma once

#include "domain/Person.h"

#include <QDate>
#include <QString>

namespace mycloud {

// What the « réalisé par » part of a validation or a maintenance note says about the work.
struct PerformedWork final
{
    Person performer;
    QDate performedAt;
    QString workDone;
    QString comment;

    bool operator==(const PerformedWork&) const = default;
};

} // namespace mycloud
