#pragma once

#include "domain/Company.h"

#include <QDialog>
#include <QUrl>

namespace mycloud {

class OfflineMap;

// « Nous trouver »: B2EI's address, phone, e-mail, website and where it is on a map.
class FindUsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FindUsDialog(const Company& company, QWidget* parent = nullptr);

    QUrl mapUrl() const { return m_mapUrl; }
    static QUrl openStreetMapUrl(double latitude, double longitude);

private:
    QUrl m_mapUrl;
};

} // namespace mycloud
