#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace mycloud {

// Incremental SHA-256 through OpenSSL: about 2 GB/s with the CPU's SHA instructions, where
// QCryptographicHash (Qt's own code in 6.4) does 260 MB/s and would cap every download there.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView bytes);
    void reset();
    QByteArray result(); // the 32-byte digest; then reset() before reuse

private:
    evp_md_ctx_st* m_context;
};

} // namespace mycloud
