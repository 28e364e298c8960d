#include "DemoCertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

template <class T, void (*Free)(T*)> using Owned = std::unique_ptr<T, decltype([](T* p) { Free(p); })>;

QByteArray toPem(int (*write)(BIO*, void*), void* object)
{
    Owned<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool writeFile(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.setPermissions(permissions);
    return file.commit();
}

} // namespace

namespace {

using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
using Cert = Owned<X509, X509_free>;

// A certificate for `key` named `commonName`, signed by issuerKey (itself when issuer is null).
Cert makeCertificate(EVP_PKEY* key, const char* commonName, X509* issuer, EVP_PKEY* issuerKey,
                     const std::vector<std::pair<int, const char*>>& extensions)
{
    Cert cert(X509_new());
    Owned<BIGNUM, BN_free> serial(BN_new());
    if (!cert || !serial)
        return nullptr;
    X509_set_version(cert.get(), 2);
    BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 825);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("MyCloud demo"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName),
                               -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, signer, cert.get(), nullptr, nullptr, 0);
    for (const auto& [nid, value] : extensions) {
        Owned<X509_EXTENSION, X509_EXTENSION_free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
        if (!ext || X509_add_ext(cert.get(), ext.get(), -1) != 1)
            return nullptr;
    }
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

QByteArray certificatePem(X509* cert)
{
    return toPem([](BIO* b, void* o) { return PEM_write_bio_X509(b, static_cast<X509*>(o)); }, cert);
}

} // namespace

std::optional<QString> DemoCertificates::create(const QString& dir)
{
    Key caKey(EVP_EC_gen("P-256"));
    Key serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return u"cannot generate keys"_s;
    Cert ca = makeCertificate(caKey.get(), "MyCloud demo CA", nullptr, caKey.get(),
                              {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                               {NID_key_usage, "critical,keyCertSign,cRLSign"},
                               {NID_subject_key_identifier, "hash"}});
    if (!ca)
        return u"cannot make the CA certificate"_s;
    Cert server = makeCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(),
                                  {{NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
                                   {NID_basic_constraints, "critical,CA:FALSE"},
                                   {NID_key_usage, "critical,digitalSignature"},
                                   {NID_ext_key_usage, "serverAuth"},
                                   {NID_authority_key_identifier, "keyid:always"}});
    if (!server)
        return u"cannot make the server certificate"_s;
    const QByteArray keyPem = toPem(
        [](BIO* b, void* o) {
            return PEM_write_bio_PrivateKey(b, static_cast<EVP_PKEY*>(o), nullptr, nullptr, 0, nullptr,
                                            nullptr);
        },
        serverKey.get());
    const auto readable
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    // server.pem is the chain (server, then CA); the CA key is thrown away: nothing else can be signed.
    if (!writeFile(dir + u"/server.key"_s, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(dir + u"/server.pem"_s, certificatePem(server.get()) + certificatePem(ca.get()),
                      readable)
        || !writeFile(dir + u"/ca.pem"_s, certificatePem(ca.get()), readable))
        return u"cannot write the certificates under %1"_s.arg(dir);
    return std::nullopt;
}

} // namespace mycloud::server
