#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

namespace mycloud {

// What a scanned code says, as far as MyCloud is concerned: one of our product labels
// (`https://<one of our servers>/q/<token>`), an app link (`mycloud://product/<id>`), or anything
// else, which is only ever shown as text — never opened blindly. Read by AppLink, the one parser of
// the links the app opens.
class QrLink final
{
public:
    enum class Kind { ProductToken, ProductId, Text };
    // `ourHosts`: the hosts of the servers this app trusts (the profile's), compared without case;
    // a label of any other host is text, whatever its path says.
    static QrLink parse(const QString& text, const QStringList& ourHosts);

    Kind kind() const { return m_kind; }
    const QString& token() const { return m_token; } // ProductToken
    const QUuid& productId() const { return m_productId; } // ProductId
    const QString& text() const { return m_text; } // what the code held, as decoded

private:
    Kind m_kind = Kind::Text;
    QString m_token;
    QUuid m_productId;
    QString m_text;
};

} // namespace mycloud
