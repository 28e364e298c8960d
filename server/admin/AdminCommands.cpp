#include "AdminCommands.h"

#include "domain/Document.h"
#include "domain/JsonFormat.h"
#include "domain/Limits.h"
#include "files/FileStore.h"
#include "repository/AccountRepository.h"
#include "repository/CatalogRepository.h"
#include "repository/Database.h"
#include "repository/SqlValues.h"
#include "services/PasswordHasher.h"
#include "services/SessionService.h"
#include "services/Tokens.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace mycloud::server {

namespace {

constexpr int kUsage = 2;

const char* const kHelp
    = "Usage: mycloud-server admin [--data DIR] [--database URL] COMMAND [options]\n\n"
      "Commands:\n"
      "  customer-add   --email E --name N --company C [--address A] [--phone P]\n"
      "                 a customer account; its password from MYCLOUD_PASSWORD or stdin\n"
      "  affair-add     --customer EMAIL --reference R --name N [--client C] [--site S]\n"
      "                 [--contact-name N --contact-phone P --contact-email E]\n"
      "  product-add    --affair ID --reference R --name N [--serial S] [--description D]\n"
      "                 [--manufactured YYYY-MM-DD]   prints the id and the QR token\n"
      "  document-add   --product ID --kind photo|schematic|quality|misc --file PATH\n"
      "                 [--title T] [--revision N] [--valid yes|no] [--mime TYPE]\n"
      "  password-reset --email E   new password from MYCLOUD_PASSWORD or stdin; ends every session\n";

int usage(const QString& message)
{
    std::fprintf(stderr, "mycloud-server admin: %s\n\n%s", qPrintable(message), kHelp);
    return kUsage;
}

int failed(const QString& message)
{
    std::fprintf(stderr, "mycloud-server admin: %s\n", qPrintable(message));
    return 1;
}

// A value the API cannot carry (too long, a control character, no e-mail address) is refused here:
// the client decodes with the same codec, and one bad value would hide a whole page of its lists.
template <class T> std::optional<int> breaksApiRules(const T& value)
{
    const auto decoded = T::fromJson(value.toJson());
    if (decoded)
        return std::nullopt;
    return usage(decoded.error().message());
}

std::optional<QString> readPassword()
{
    QString password = qEnvironmentVariable("MYCLOUD_PASSWORD");
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();
    if (password.size() < 10 || password.size() > 256)
        return std::nullopt;
    return password;
}

struct Context
{
    QCommandLineParser& args;
    Database& database;
    AccountRepository accounts;
    CatalogRepository catalog;
    FileStore files;
};

int addCustomer(Context& c)
{
    Account account;
    account.id = QUuid::createUuid();
    account.email = c.args.value(u"email"_s).trimmed().toLower();
    account.name = c.args.value(u"name"_s);
    account.company = c.args.value(u"company"_s);
    account.address = c.args.value(u"address"_s);
    account.phone = c.args.value(u"phone"_s);
    account.remoteConsultation = true;
    account.version = 1;
    if (!account.email.contains(u'@') || account.name.isEmpty() || account.company.isEmpty())
        return usage(u"customer-add needs --email, --name and --company"_s);
    if (const auto refused = breaksApiRules(account))
        return *refused;
    if (c.accounts.credentialsByEmail(account.email))
        return failed(u"%1 already has an account"_s.arg(account.email));
    const auto password = readPassword();
    if (!password)
        return failed(u"give a password of 10 to 256 characters in MYCLOUD_PASSWORD or on stdin"_s);
    if (!c.accounts.insert(account, PasswordHasher::hash(*password)))
        return failed(u"cannot create the account"_s);
    std::printf("%s\n", qPrintable(SqlValues::uuid(account.id)));
    return 0;
}

int addAffair(Context& c)
{
    const auto owner = c.accounts.credentialsByEmail(c.args.value(u"customer"_s));
    if (!owner)
        return failed(u"no customer account has the e-mail %1"_s.arg(c.args.value(u"customer"_s)));
    Affair affair;
    affair.id = QUuid::createUuid();
    affair.reference = c.args.value(u"reference"_s);
    affair.name = c.args.value(u"name"_s);
    affair.client = c.args.value(u"client"_s);
    affair.site = c.args.value(u"site"_s);
    affair.contact = {c.args.value(u"contact-name"_s), c.args.value(u"contact-phone"_s),
                      c.args.value(u"contact-email"_s)};
    if (affair.contact.name.isEmpty())
        affair.contact.name = u"B2EI"_s;
    affair.remoteConsultation = true;
    affair.createdAt = affair.updatedAt = SqlValues::now();
    affair.version = 1;
    if (affair.reference.isEmpty() || affair.name.isEmpty())
        return usage(u"affair-add needs --reference and --name"_s);
    if (const auto refused = breaksApiRules(affair))
        return *refused;
    if (!c.catalog.insertAffair(owner->id, affair))
        return failed(u"cannot create the affair"_s);
    std::printf("%s\n", qPrintable(SqlValues::uuid(affair.id)));
    return 0;
}

int addProduct(Context& c)
{
    const auto affairId = JsonFormat::parseUuid(c.args.value(u"affair"_s));
    const auto owner = affairId ? c.catalog.affairOwner(*affairId) : std::nullopt;
    if (!owner)
        return failed(u"no affair has the id %1"_s.arg(c.args.value(u"affair"_s)));
    Product product;
    product.id = QUuid::createUuid();
    product.affairId = *affairId;
    product.reference = c.args.value(u"reference"_s);
    product.name = c.args.value(u"name"_s);
    product.serialNumber = c.args.value(u"serial"_s);
    product.description = c.args.value(u"description"_s);
    if (c.args.isSet(u"manufactured"_s)) {
        product.manufacturedOn = QDate::fromString(c.args.value(u"manufactured"_s), Qt::ISODate);
        if (!product.manufacturedOn->isValid())
            return usage(u"--manufactured wants a date as YYYY-MM-DD"_s);
    }
    product.qrToken = Tokens::random(16); // 128 random bits: labels cannot be guessed or enumerated
    product.remoteConsultation = true;
    product.createdAt = product.updatedAt = SqlValues::now();
    product.version = 1;
    if (product.reference.isEmpty() || product.name.isEmpty())
        return usage(u"product-add needs --reference and --name"_s);
    if (const auto refused = breaksApiRules(product))
        return *refused;
    if (!c.catalog.insertProduct(*owner, product))
        return failed(u"cannot create the product"_s);
    std::printf("%s %s\n", qPrintable(SqlValues::uuid(product.id)), qPrintable(product.qrToken));
    return 0;
}

int addDocument(Context& c)
{
    const auto productId = JsonFormat::parseUuid(c.args.value(u"product"_s));
    const auto owner = productId ? c.catalog.productOwner(*productId) : std::nullopt;
    if (!owner)
        return failed(u"no product has the id %1"_s.arg(c.args.value(u"product"_s)));
    const auto kind = documentKindFromString(c.args.value(u"kind"_s));
    if (!kind)
        return usage(u"--kind is photo, schematic, quality or misc"_s);
    const QFileInfo source(c.args.value(u"file"_s));
    if (!source.isFile())
        return failed(u"no file at %1"_s.arg(source.filePath()));
    bool revisionOk = true;
    const qint64 revision
        = c.args.isSet(u"revision"_s) ? c.args.value(u"revision"_s).toLongLong(&revisionOk) : 1;
    const QString valid = c.args.isSet(u"valid"_s) ? c.args.value(u"valid"_s) : u"yes"_s;
    if (!revisionOk || revision < 1 || (valid != u"yes" && valid != u"no"))
        return usage(u"--revision wants a number from 1, --valid yes or no"_s);

    Document d;
    d.id = QUuid::createUuid();
    d.productId = *productId;
    d.kind = *kind;
    d.fileName = source.fileName().left(limits::kFileName);
    d.title = c.args.isSet(u"title"_s) ? c.args.value(u"title"_s) : source.completeBaseName();
    d.mimeType
        = c.args.isSet(u"mime"_s) ? c.args.value(u"mime"_s) : QMimeDatabase().mimeTypeForFile(source).name();
    d.sha256 = QString(limits::kSha256Hex, u'0'); // until the file is stored: checked before copying it
    d.revision = revision;
    d.valid = valid == u"yes";
    d.createdAt = SqlValues::now();
    d.version = 1;
    if (const auto refused = breaksApiRules(d))
        return *refused;

    QString error;
    const auto stored = c.files.put(source.absoluteFilePath(), &error);
    if (!stored)
        return failed(u"cannot store the file: %1"_s.arg(error));
    d.size = stored->size;
    d.sha256 = stored->sha256;
    if (!c.catalog.insertDocument(*owner, d))
        return failed(u"cannot record the document"_s);
    std::printf("%s\n", qPrintable(SqlValues::uuid(d.id)));
    return 0;
}

int resetPassword(Context& c)
{
    const auto account = c.accounts.credentialsByEmail(c.args.value(u"email"_s));
    if (!account)
        return failed(u"no customer account has the e-mail %1"_s.arg(c.args.value(u"email"_s)));
    const auto password = readPassword();
    if (!password)
        return failed(u"give a password of 10 to 256 characters in MYCLOUD_PASSWORD or on stdin"_s);
    if (!c.accounts.setPasswordHash(account->id, PasswordHasher::hash(*password)))
        return failed(u"cannot store the password"_s);
    // Keeps no session: no token hash is "-". An empty QString would be bound as NULL, and
    // "token_hash <> NULL" is never true: every session would have survived the reset.
    SessionService(c.database, 0).revokeOthers(account->id, u"-"_s);
    std::printf("password changed; every session of %s ended\n", qPrintable(c.args.value(u"email"_s)));
    return 0;
}

} // namespace

int AdminCommands::run(const QStringList& arguments)
{
    QCommandLineParser args;
    for (const auto& [name, valueName] :
         std::initializer_list<std::pair<QString, QString>>{{u"data"_s, u"dir"_s},
                                                            {u"database"_s, u"url"_s},
                                                            {u"email"_s, u"e-mail"_s},
                                                            {u"name"_s, u"name"_s},
                                                            {u"company"_s, u"name"_s},
                                                            {u"address"_s, u"text"_s},
                                                            {u"phone"_s, u"number"_s},
                                                            {u"customer"_s, u"e-mail"_s},
                                                            {u"reference"_s, u"text"_s},
                                                            {u"client"_s, u"name"_s},
                                                            {u"site"_s, u"name"_s},
                                                            {u"contact-name"_s, u"name"_s},
                                                            {u"contact-phone"_s, u"number"_s},
                                                            {u"contact-email"_s, u"e-mail"_s},
                                                            {u"affair"_s, u"id"_s},
                                                            {u"serial"_s, u"text"_s},
                                                            {u"description"_s, u"text"_s},
                                                            {u"manufactured"_s, u"date"_s},
                                                            {u"product"_s, u"id"_s},
                                                            {u"kind"_s, u"kind"_s},
                                                            {u"file"_s, u"path"_s},
                                                            {u"title"_s, u"text"_s},
                                                            {u"revision"_s, u"number"_s},
                                                            {u"valid"_s, u"yes|no"_s},
                                                            {u"mime"_s, u"type"_s}})
        args.addOption(QCommandLineOption(name, QString(), valueName));
    args.addOption(QCommandLineOption(u"help"_s));
    if (!args.parse(arguments))
        return usage(args.errorText());
    const QStringList positional = args.positionalArguments(); // "admin", the command
    if (args.isSet(u"help"_s)) {
        std::printf("%s", kHelp);
        return 0;
    }
    if (positional.size() != 2)
        return usage(u"give one command"_s);
    const QString command = positional.at(1);
    using Handler = int (*)(Context&);
    const std::pair<const char*, Handler> commands[] = {{"customer-add", &addCustomer},
                                                        {"affair-add", &addAffair},
                                                        {"product-add", &addProduct},
                                                        {"document-add", &addDocument},
                                                        {"password-reset", &resetPassword}};
    Handler handler = nullptr;
    for (const auto& [name, candidate] : commands)
        if (command == QLatin1StringView(name))
            handler = candidate;
    if (!handler)
        return usage(u"unknown command %1"_s.arg(command));

    const QString dataDir
        = QDir(args.isSet(u"data"_s) ? args.value(u"data"_s) : u"mycloud-data"_s).absolutePath();
    if (!QDir().mkpath(dataDir))
        return failed(u"cannot create the data directory %1"_s.arg(dataDir));
    Database database(args.value(u"database"_s), dataDir + u"/mycloud.sqlite"_s);
    if (const auto error = database.open())
        return failed(*error);
    Context context{args, database, AccountRepository(database), CatalogRepository(database),
                    FileStore(dataDir + u"/files"_s)};
    return handler(context);
}

} // namespace mycloud::server
