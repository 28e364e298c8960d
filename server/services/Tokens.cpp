#include "Tokens.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace mycloud::server {

QString Tokens::random(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Tokens::hash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace mycloud::server
