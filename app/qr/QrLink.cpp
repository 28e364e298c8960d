#include "QrLink.h"

#include "AppLink.h"

namespace mycloud {

QrLink QrLink::parse(const QString& text, const QStringList& ourHosts)
{
    QrLink link;
    link.m_text = text;
    const auto parsed = AppLink::parse(text, ourHosts);
    if (!parsed)
        return link;
    // A printed code opens a product: an affair link on paper is shown as text, like any other.
    switch (parsed->kind()) {
    case AppLink::Kind::Label:
        link.m_kind = Kind::ProductToken;
        link.m_token = parsed->token();
        break;
    case AppLink::Kind::Product:
        link.m_kind = Kind::ProductId;
        link.m_productId = parsed->id();
        break;
    case AppLink::Kind::Affair: break;
    }
    return link;
}

} // namespace mycloud
