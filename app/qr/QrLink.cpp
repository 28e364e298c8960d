#include "QrLink.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qsizetype kMinToken = 22;
constexpr qsizetype kMaxToken = 64;

bool isOurs(const QUrl& url, const QStringList& ourHosts)
{
    // ACE form on both sides: a look-alike Unicode host never equals ours.
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    for (const QString& ours : ourHosts) {
        if (!ours.isEmpty() && QUrl(u"https://"_s + ours).host(QUrl::FullyEncoded).toLower() == host)
            return true;
    }
    return false;
}

} // namespace

bool QrLink::isToken(QStringView text)
{
    if (text.size() < kMinToken || text.size() > kMaxToken)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QrLink QrLink::parse(const QString& text, const QStringList& ourHosts)
{
    QrLink link;
    link.m_text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxLength)
        return link;
    const QUrl url(trimmed, QUrl::StrictMode);
    // Credentials in a URL are the classic way to dress a foreign host up as ours.
    if (!url.isValid() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return link;
    const QString scheme = url.scheme().toLower();
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (scheme == u"https" && isOurs(url, ourHosts) && path.size() == 2 && path.first() == u"q"
        && isToken(path.last())) {
        link.m_kind = Kind::ProductToken;
        link.m_token = path.last();
    } else if (scheme == u"mycloud" && url.host() == u"product" && path.size() == 1) {
        const QUuid id = QUuid::fromString(path.first());
        if (!id.isNull()) {
            link.m_kind = Kind::ProductId;
            link.m_productId = id;
        }
    }
    return link;
}

} // namespace mycloud
