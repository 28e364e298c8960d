#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QVariant>

namespace mycloud {

// The two switches that affairs and products share: remote consultation ("On"/"Off" with an
// icon) and the lock (an icon when locked). Holds its icons, made once rather than for every paint.
class FlagCells final
{
    Q_DECLARE_TR_FUNCTIONS(FlagCells)

public:
    FlagCells();

    QVariant remoteConsultation(bool enabled, int role) const;
    QVariant lock(bool locked, int role) const;

private:
    QIcon m_remoteOn;
    QIcon m_remoteOff;
    QIcon m_lock;
};

} // namespace mycloud
