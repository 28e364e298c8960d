#pragma once

#include <QString>

#include <optional>

namespace mycloud::server {

// A throwaway demo CA and a localhost/127.0.0.1 server certificate it signs (P-256), so that the
// demo serves real HTTPS with no set-up. Clients trust ca.pem explicitly, never blindly.
class DemoCertificates final
{
public:
    DemoCertificates() = delete;

    // Writes dir/ca.pem, dir/server.pem (chain) and dir/server.key (owner-only). Error message on failure.
    static std::optional<QString> create(const QString& dir);
};

} // namespace mycloud::server
