#pragma once

#include "api/ApiError.h"

#include <QDialog>

namespace mycloud {

// Shown when a self-hosted server's certificate does not verify: what it is, so that the user can
// check its fingerprint with the administrator before trusting the authority that issued it.
class CertificateDialog final : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const CertificateDetails& certificate, const QString& host, QWidget* parent = nullptr);

    // "AB:CD:…" as 32 pairs in two lines of 16, easier to read aloud and compare.
    static QString groupedFingerprint(const QString& fingerprint);
};

} // namespace mycloud
