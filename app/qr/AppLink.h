#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace mycloud {

// Why a text is not a link the app opens, as a value; message() says it to the user.
class AppLinkError final
{
    Q_DECLARE_TR_FUNCTIONS(AppLinkError)

public:
    enum class Kind {
        Empty,
        TooLong,
        NotALink, // not a URL at all
        UnsupportedScheme, // detail: the scheme
        ExtraParts, // credentials, a port, a query or a fragment: never in our links
        ForeignServer, // an https link to another host; detail: the host
        NotALabel, // our host, but not /q/<token>
        UnknownTarget, // mycloud://<neither product nor affair>/…; detail: what it names
        BadId, // mycloud://product/<not a UUID>; detail: the id
    };

    explicit AppLinkError(Kind kind, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& detail() const { return m_detail; }
    QString message() const; // translated

    bool operator==(const AppLinkError&) const = default;

private:
    Kind m_kind;
    QString m_detail;
};

// A link the app opens: `mycloud://product/<uuid>`, `mycloud://affair/<uuid>` (from a browser,
// an e-mail, the desktop's URL handler) or a product label `https://<one of our servers>/q/<token>`.
// The one parser of such links: QrLink reads scanned codes through it.
class AppLink final
{
public:
    enum class Kind { Product, Affair, Label };
    static constexpr qsizetype kMaxLength = 2048; // longer is no link of ours

    // `ourHosts`: the hosts of the servers this app trusts (the profile's), compared without case;
    // a label of any other host is refused, whatever its path says. Scheme and target are
    // compared without case; surrounding spaces and a trailing slash are allowed.
    static Result<AppLink, AppLinkError> parse(const QString& text, const QStringList& ourHosts);

    Kind kind() const { return m_kind; }
    const QUuid& id() const { return m_id; } // Product, Affair
    const QString& token() const { return m_token; } // Label

    static bool isToken(QStringView text); // 22..64 characters of the URL-safe base64 alphabet

private:
    AppLink(Kind kind, QUuid id, QString token)
        : m_kind(kind)
        , m_id(id)
        , m_token(std::move(token))
    { }

    Kind m_kind;
    QUuid m_id;
    QString m_token;
};

} // namespace mycloud
