#include "AppLink.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr qsizetype kMinToken = 22;
constexpr qsizetype kMaxToken = 64;
constexpr qsizetype kShown = 80; // of what the user gave, in a message

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

QString shown(const QString& text)
{
    return text.size() > kShown ? text.left(kShown - 1) + u'…' : text;
}

} // namespace

AppLinkError::AppLinkError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

QString AppLinkError::message() const
{
    switch (m_kind) {
    case Kind::Empty: return tr("The link is empty.");
    case Kind::TooLong: return tr("The link is too long to be a MyCloud link.");
    case Kind::NotALink: return tr("“%1” is not a link.").arg(m_detail);
    case Kind::UnsupportedScheme:
        return tr("MyCloud opens mycloud:// links and the links of its QR labels, not %1: links.")
            .arg(m_detail);
    case Kind::ExtraParts:
        return tr("The link has parts MyCloud links never have (a user name, a port, a query or "
                  "a fragment): it was not opened.");
    case Kind::ForeignServer:
        return tr("The link leads to %1, which is not your MyCloud server: it was not opened.").arg(m_detail);
    case Kind::NotALabel: return tr("The link is not the address of a MyCloud QR label.");
    case Kind::UnknownTarget:
        return tr("A MyCloud link names a product or an affair, not “%1”.").arg(m_detail);
    case Kind::BadId: return tr("“%1” is not the id of a product or an affair.").arg(m_detail);
    }
    return {};
}

bool AppLink::isToken(QStringView text)
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

Result<AppLink, AppLinkError> AppLink::parse(const QString& text, const QStringList& ourHosts)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return AppLinkError(AppLinkError::Kind::Empty);
    if (trimmed.size() > kMaxLength)
        return AppLinkError(AppLinkError::Kind::TooLong);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return AppLinkError(AppLinkError::Kind::NotALink, shown(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"mycloud")
        return AppLinkError(AppLinkError::Kind::UnsupportedScheme, shown(scheme));
    // Credentials in a URL are the classic way to dress a foreign host up as ours.
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (scheme == u"mycloud" && url.port() != -1))
        return AppLinkError(AppLinkError::Kind::ExtraParts);
    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (scheme == u"https") {
        if (!isOurs(url, ourHosts))
            return AppLinkError(AppLinkError::Kind::ForeignServer, shown(url.host()));
        if (path.size() != 2 || path.first() != u"q" || !isToken(path.last()))
            return AppLinkError(AppLinkError::Kind::NotALabel);
        return AppLink(Kind::Label, {}, path.last());
    }
    const QString target = url.host().toLower();
    if (target != u"product" && target != u"affair")
        return AppLinkError(AppLinkError::Kind::UnknownTarget, shown(target));
    const QUuid id = path.size() == 1 ? QUuid::fromString(path.first()) : QUuid();
    if (id.isNull())
        return AppLinkError(AppLinkError::Kind::BadId, shown(path.join(u'/')));
    return AppLink(target == u"product" ? Kind::Product : Kind::Affair, id, {});
}

} // namespace mycloud
