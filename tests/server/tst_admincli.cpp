// `mycloud-server admin`, run on the data of a serving test server (same folder, same database):
// what it creates is what the API then shows, to its customer only; usage errors exit 2 and
// failures 1; passwords come from MYCLOUD_PASSWORD or stdin. The functions run in order and share
// the customer made by the first one.
#include "ServerProcess.h"
#include "TestValues.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/Page.h"
#include "domain/Product.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

const QString kEmail = u"claire.muller@electricite-rhenane.test"_s;

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAdminCli final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_files;
    QString m_password = u"first-password-1"_s;
    QByteArray m_token; // the new customer's session
    QByteArray m_demoToken;
    QUuid m_customer;
    QUuid m_affair;
    QUuid m_product;
    QString m_qrToken;
    QString m_pdfPath;

    template <class T> T decode(const Answer& answer)
    {
        auto value = JsonCodec::decode<T>(answer.body);
        if (!value)
            qWarning() << "cannot decode" << answer.body.left(300) << value.error().message();
        return value ? value.value() : T{};
    }

    static QString output(const AdminRun& run) { return QString::fromUtf8(run.out.trimmed()); }

    static QByteArray describe(const AdminRun& run)
    {
        return "exit " + QByteArray::number(run.exitCode) + ", out: " + run.out + ", err: " + run.err;
    }

    qint64 count(const QString& table)
    {
        QSqlQuery q(m_server.database());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        const QString error = m_server.startSignedIn(&m_demoToken);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A real PDF of the demo (a schematic), to add as a document of the new customer.
        const auto affairs = decode<Page<Affair>>(m_server.get(u"affairs?q=AFF-2024-0042"_s, m_demoToken));
        const auto products = decode<Page<Product>>(
            m_server.get(u"affairs/%1/products"_s.arg(idOf(affairs.items.value(0).id)), m_demoToken));
        const auto documents = decode<Page<Document>>(m_server.get(
            u"products/%1/documents?kind=schematic"_s.arg(idOf(products.items.value(0).id)), m_demoToken));
        QVERIFY(!documents.items.isEmpty());
        const Answer pdf
            = m_server.get(u"documents/%1/content"_s.arg(idOf(documents.items.first().id)), m_demoToken);
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF-"));
        m_pdfPath = writeFile(u"Schéma TGBT rév 3.pdf"_s, pdf.body);
        QVERIFY(!m_pdfPath.isEmpty());
    }

    void customerAddMakesAnAccount()
    {
        // The e-mail as typed, in capitals: stored and signed in with in lower case.
        const AdminRun run
            = m_server.admin({u"customer-add"_s, u"--email"_s, u"Claire.Muller@Electricite-Rhenane.test"_s,
                              u"--name"_s, u"Claire Muller"_s, u"--company"_s, u"Électricité Rhénane"_s,
                              u"--phone"_s, u"+33 3 89 00 00 00"_s},
                             m_password);
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        m_customer = QUuid::fromString(output(run));
        QVERIFY2(!m_customer.isNull(), run.out.constData());
        QVERIFY(!run.out.contains(m_password.toUtf8()));

        m_token = m_server.login(kEmail, m_password);
        QVERIFY(!m_token.isEmpty());
        const Answer account = m_server.get(u"account"_s, m_token);
        QCOMPARE(account.status, 200);
        const auto me = decode<Account>(account);
        QCOMPARE(me.id, m_customer);
        QCOMPARE(me.email, kEmail);
        QCOMPARE(me.name, u"Claire Muller"_s);
        QCOMPARE(me.company, u"Électricité Rhénane"_s);
        QCOMPARE(me.phone, u"+33 3 89 00 00 00"_s);
        const Answer affairs = m_server.get(u"affairs"_s, m_token);
        QCOMPARE(affairs.status, 200);
        QCOMPARE(decode<Page<Affair>>(affairs).items.size(), 0);
        QVERIFY(affairs.body.contains("\"items\":[]"));
    }

    void customerAddRefusesATakenAddress()
    {
        const qint64 customers = count(u"customers"_s);
        const AdminRun run = m_server.admin({u"customer-add"_s, u"--email"_s, kEmail.toUpper(), u"--name"_s,
                                             u"Someone Else"_s, u"--company"_s, u"Other"_s},
                                            u"second-password-2"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already has an account"), run.err.constData());
        QCOMPARE(count(u"customers"_s), customers);
        // The account is untouched: same password, same name.
        QVERIFY(!m_server.login(kEmail, m_password).isEmpty());
        QVERIFY(m_server.login(kEmail, u"second-password-2"_s).isEmpty());
        QCOMPARE(decode<Account>(m_server.get(u"account"_s, m_token)).name, u"Claire Muller"_s);
    }

    void customerAddRefusesAShortPassword_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("9 characters in MYCLOUD_PASSWORD") << u"nine-char"_s << QByteArray();
        QTest::newRow("9 characters on stdin") << QString() << QByteArray("nine-char\n");
        QTest::newRow("nothing at all") << QString() << QByteArray();
    }

    void customerAddRefusesAShortPassword()
    {
        QFETCH(QString, environment);
        QFETCH(QByteArray, input);
        const qint64 customers = count(u"customers"_s);
        const AdminRun run = m_server.admin({u"customer-add"_s, u"--email"_s, u"short@mycloud.test"_s,
                                             u"--name"_s, u"Short"_s, u"--company"_s, u"Short SA"_s},
                                            environment, input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("10 to 256 characters"), run.err.constData());
        QCOMPARE(count(u"customers"_s), customers);
    }

    void catalogueCommandsShowOverTheApi()
    {
        AdminRun run
            = m_server.admin({u"affair-add"_s, u"--customer"_s, kEmail.toUpper(), u"--reference"_s,
                              u"AFF-2026-0500"_s, u"--name"_s, u"Sous-station électrique"_s, u"--client"_s,
                              u"Ville de Colmar"_s, u"--site"_s, u"Colmar"_s, u"--contact-name"_s,
                              u"Paul Bernard"_s, u"--contact-email"_s, u"paul.bernard@b2ei.test"_s});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        m_affair = QUuid::fromString(output(run));
        QVERIFY(!m_affair.isNull());

        run = m_server.admin({u"product-add"_s, u"--affair"_s, idOf(m_affair), u"--reference"_s,
                              u"2026-0500-P01"_s, u"--name"_s, u"Armoire HTA"_s, u"--serial"_s,
                              u"B2EI-999001"_s, u"--manufactured"_s, u"2026-03-14"_s});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QStringList printed = output(run).split(u' ');
        QCOMPARE(printed.size(), 2);
        m_product = QUuid::fromString(printed[0]);
        m_qrToken = printed[1];
        QVERIFY(!m_product.isNull());
        QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{22,64}$"_s).match(m_qrToken).hasMatch(),
                 qPrintable(m_qrToken));

        run = m_server.admin({u"document-add"_s, u"--product"_s, idOf(m_product), u"--kind"_s, u"schematic"_s,
                              u"--file"_s, m_pdfPath, u"--title"_s, u"Schéma unifilaire"_s, u"--revision"_s,
                              u"3"_s, u"--valid"_s, u"no"_s});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QUuid schematic = QUuid::fromString(output(run));
        QVERIFY(!schematic.isNull());
        // Defaults: the title from the file name, revision 1, valid, the type from the content.
        const QByteArray notes = "Relevé des mesures\nisolement : 500 MOhm\n";
        const QString notesPath = writeFile(u"mesures.txt"_s, notes);
        run = m_server.admin({u"document-add"_s, u"--product"_s, idOf(m_product), u"--kind"_s, u"misc"_s,
                              u"--file"_s, notesPath});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        const QUuid misc = QUuid::fromString(output(run));
        QVERIFY(!misc.isNull());

        // The customer sees all of it.
        const auto affairs = decode<Page<Affair>>(m_server.get(u"affairs"_s, m_token));
        QCOMPARE(affairs.items.size(), 1);
        const Affair& affair = affairs.items[0];
        QCOMPARE(affair.id, m_affair);
        QCOMPARE(affair.reference, u"AFF-2026-0500"_s);
        QCOMPARE(affair.name, u"Sous-station électrique"_s);
        QCOMPARE(affair.client, u"Ville de Colmar"_s);
        QCOMPARE(affair.site, u"Colmar"_s);
        QCOMPARE(affair.contact.name, u"Paul Bernard"_s);
        QCOMPARE(affair.contact.email, u"paul.bernard@b2ei.test"_s);
        QCOMPARE(affair.productCount, 1);

        const auto products
            = decode<Page<Product>>(m_server.get(u"affairs/%1/products"_s.arg(idOf(m_affair)), m_token));
        QCOMPARE(products.items.size(), 1);
        const Product& product = products.items[0];
        QCOMPARE(product.id, m_product);
        QCOMPARE(product.affairId, m_affair);
        QCOMPARE(product.reference, u"2026-0500-P01"_s);
        QCOMPARE(product.name, u"Armoire HTA"_s);
        QCOMPARE(product.serialNumber, u"B2EI-999001"_s);
        QCOMPARE(product.manufacturedOn, std::optional<QDate>(QDate(2026, 3, 14)));
        QCOMPARE(product.qrToken, m_qrToken);

        const auto documents
            = decode<Page<Document>>(m_server.get(u"products/%1/documents"_s.arg(idOf(m_product)), m_token));
        QCOMPARE(documents.items.size(), 2);
        QFile pdfFile(m_pdfPath);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdf = pdfFile.readAll();
        for (const Document& d : documents.items) {
            const bool isSchematic = d.id == schematic;
            QVERIFY(isSchematic || d.id == misc);
            QCOMPARE(d.productId, m_product);
            QCOMPARE(d.kind, isSchematic ? DocumentKind::Schematic : DocumentKind::Misc);
            QCOMPARE(d.title, isSchematic ? u"Schéma unifilaire"_s : u"mesures"_s);
            QCOMPARE(d.fileName, isSchematic ? u"Schéma TGBT rév 3.pdf"_s : u"mesures.txt"_s);
            QCOMPARE(d.mimeType, isSchematic ? u"application/pdf"_s : u"text/plain"_s);
            QCOMPARE(d.revision, isSchematic ? 3 : 1);
            QCOMPARE(d.valid, !isSchematic);
            const QByteArray& bytes = isSchematic ? pdf : notes;
            QCOMPARE(d.size, bytes.size());
            QCOMPARE(d.sha256, sha256(bytes));
            const Answer content = m_server.get(u"documents/%1/content"_s.arg(idOf(d.id)), m_token);
            QCOMPARE(content.status, 200);
            QCOMPARE(sha256(content.body), sha256(bytes));
        }

        // The QR token resolves for its owner, and opens the public page.
        const Answer resolved = m_server.get(u"qr/"_s + m_qrToken, m_token);
        QCOMPARE(resolved.status, 200);
        const QJsonObject resolution = QJsonDocument::fromJson(resolved.body).object();
        QCOMPARE(resolution.value(u"product"_s).toObject().value(u"id"_s).toString(), idOf(m_product));
        QCOMPARE(resolution.value(u"affair"_s).toObject().value(u"id"_s).toString(), idOf(m_affair));
        const Answer page = m_server.get(u"/q/"_s + m_qrToken, {}, {{"Accept-Language", "fr"}});
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(u"Armoire HTA"_s));
    }

    void otherCustomersSeeNoneOfIt()
    {
        QVERIFY(!m_product.isNull());
        QCOMPARE(m_server.get(u"affairs/"_s + idOf(m_affair), m_demoToken).status, 404);
        QCOMPARE(m_server.get(u"products/"_s + idOf(m_product), m_demoToken).status, 404);
        QCOMPARE(m_server.get(u"products/%1/documents"_s.arg(idOf(m_product)), m_demoToken).status, 404);
        QCOMPARE(m_server.get(u"qr/"_s + m_qrToken, m_demoToken).status, 404);
        const auto affairs = decode<Page<Affair>>(m_server.get(u"affairs?q=AFF-2026-0500"_s, m_demoToken));
        QCOMPARE(affairs.items.size(), 0);
        // And the new customer sees nothing of the demo.
        const auto mine = decode<Page<Affair>>(m_server.get(u"affairs?q=AFF-2024-0042"_s, m_token));
        QCOMPARE(mine.items.size(), 0);
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString product = idOf(m_product);
        const QString affair = idOf(m_affair);
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"customer-delete"_s, u"--email"_s, kEmail};
        QTest::newRow("two commands") << QStringList{u"affair-add"_s, u"product-add"_s};
        QTest::newRow("unknown option") << QStringList{u"affair-add"_s, u"--colour"_s, u"red"_s};
        QTest::newRow("bad --kind") << QStringList{u"document-add"_s, u"--product"_s, product,  u"--kind"_s,
                                                   u"video"_s,        u"--file"_s,    m_pdfPath};
        QTest::newRow("bad --valid") << QStringList{u"document-add"_s, u"--product"_s, product,
                                                    u"--kind"_s,       u"photo"_s,     u"--file"_s,
                                                    m_pdfPath,         u"--valid"_s,   u"maybe"_s};
        QTest::newRow("--revision 0")
            << QStringList{u"document-add"_s, u"--product"_s, product,         u"--kind"_s, u"schematic"_s,
                           u"--file"_s,       m_pdfPath,      u"--revision"_s, u"0"_s};
        QTest::newRow("--revision not a number")
            << QStringList{u"document-add"_s, u"--product"_s, product,         u"--kind"_s, u"schematic"_s,
                           u"--file"_s,       m_pdfPath,      u"--revision"_s, u"two"_s};
        QTest::newRow("customer without --company")
            << QStringList{u"customer-add"_s, u"--email"_s, u"x@mycloud.test"_s, u"--name"_s, u"X"_s};
        QTest::newRow("customer e-mail without domain") << QStringList{
            u"customer-add"_s, u"--email"_s, u"x@localhost"_s, u"--name"_s, u"X"_s, u"--company"_s, u"X"_s};
        QTest::newRow("affair without --name")
            << QStringList{u"affair-add"_s, u"--customer"_s, kEmail, u"--reference"_s, u"AFF-X"_s};
        QTest::newRow("affair reference over 100 characters")
            << QStringList{u"affair-add"_s,    u"--customer"_s, kEmail,        u"--reference"_s,
                           QString(101, u'R'), u"--name"_s,     u"Trop long"_s};
        QTest::newRow("affair name over 200 characters")
            << QStringList{u"affair-add"_s, u"--customer"_s,   kEmail, u"--reference"_s, u"AFF-X"_s,
                           u"--name"_s,     QString(201, u'n')};
        QTest::newRow("product with a bad date") << QStringList{
            u"product-add"_s, u"--affair"_s,       affair,         u"--reference"_s, u"P"_s, u"--name"_s,
            u"P"_s,           u"--manufactured"_s, u"2026-13-40"_s};
        QTest::newRow("product serial over 100 characters")
            << QStringList{u"product-add"_s, u"--affair"_s, affair,        u"--reference"_s,  u"P"_s,
                           u"--name"_s,      u"P"_s,        u"--serial"_s, QString(101, u'9')};
        QTest::newRow("document title over 300 characters")
            << QStringList{u"document-add"_s, u"--product"_s, product,      u"--kind"_s,       u"misc"_s,
                           u"--file"_s,       m_pdfPath,      u"--title"_s, QString(301, u't')};
        QTest::newRow("document title with a control character")
            << QStringList{u"document-add"_s, u"--product"_s, product,      u"--kind"_s, u"misc"_s,
                           u"--file"_s,       m_pdfPath,      u"--title"_s, u"bell\a"_s};
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, arguments);
        const qint64 customers = count(u"customers"_s);
        const qint64 affairs = count(u"affairs"_s);
        const qint64 products = count(u"products"_s);
        const qint64 documents = count(u"documents"_s);
        const AdminRun run = m_server.admin(arguments, u"a-good-password"_s);
        QVERIFY2(run.exitCode == 2, describe(run).constData());
        QVERIFY2(run.err.contains("Usage: mycloud-server admin"), run.err.constData());
        QCOMPARE(count(u"customers"_s), customers);
        QCOMPARE(count(u"affairs"_s), affairs);
        QCOMPARE(count(u"products"_s), products);
        QCOMPARE(count(u"documents"_s), documents);
    }

    void failuresExit1_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("affair for an unknown customer") << QStringList{
            u"affair-add"_s, u"--customer"_s, u"nobody@mycloud.test"_s, u"--reference"_s, u"R"_s,
            u"--name"_s,     u"N"_s};
        QTest::newRow("product of an unknown affair") << QStringList{
            u"product-add"_s, u"--affair"_s, idOf(QUuid::createUuid()), u"--reference"_s, u"R"_s,
            u"--name"_s,      u"N"_s};
        QTest::newRow("document of an unknown product") << QStringList{
            u"document-add"_s, u"--product"_s, idOf(QUuid::createUuid()), u"--kind"_s, u"misc"_s,
            u"--file"_s,       m_pdfPath};
        QTest::newRow("document from no file") << QStringList{u"document-add"_s,
                                                              u"--product"_s,
                                                              idOf(m_product),
                                                              u"--kind"_s,
                                                              u"misc"_s,
                                                              u"--file"_s,
                                                              m_files.filePath(u"absent.pdf"_s)};
        QTest::newRow("password of an unknown account")
            << QStringList{u"password-reset"_s, u"--email"_s, u"nobody@mycloud.test"_s};
    }

    void failuresExit1()
    {
        QFETCH(QStringList, arguments);
        const qint64 affairs = count(u"affairs"_s);
        const qint64 products = count(u"products"_s);
        const qint64 documents = count(u"documents"_s);
        const AdminRun run = m_server.admin(arguments, u"a-good-password"_s);
        QVERIFY2(run.exitCode == 1, describe(run).constData());
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(count(u"affairs"_s), affairs);
        QCOMPARE(count(u"products"_s), products);
        QCOMPARE(count(u"documents"_s), documents);
    }

    void helpExits0()
    {
        const AdminRun run = m_server.admin({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("customer-add"));
        QVERIFY(run.out.contains("password-reset"));
    }

    void passwordResetFromStdin()
    {
        const QByteArray before = m_server.login(kEmail, m_password);
        QVERIFY(!before.isEmpty());
        QCOMPARE(m_server.get(u"account"_s, m_token).status, 200);

        // Too short: refused, nothing changes.
        AdminRun run = m_server.admin({u"password-reset"_s, u"--email"_s, kEmail}, {}, "short\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!m_server.login(kEmail, m_password).isEmpty());
        QCOMPARE(m_server.get(u"account"_s, before).status, 200);

        const QString next = u"second-password-2 with spaces"_s;
        run = m_server.admin({u"password-reset"_s, u"--email"_s, kEmail.toUpper()}, {}, next.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QVERIFY(!run.out.contains(next.toUtf8()));
        const Answer old
            = m_server.send("POST", u"auth/login"_s, {},
                            QJsonDocument(QJsonObject{{u"email"_s, kEmail}, {u"password"_s, m_password}})
                                .toJson(QJsonDocument::Compact));
        QCOMPARE(old.status, 401);
        QCOMPARE(old.problemCode(), u"invalid_credentials"_s);
        const QByteArray after = m_server.login(kEmail, next);
        QVERIFY(!after.isEmpty());
        m_password = next;
        // Every session opened before the reset is over.
        QCOMPARE(m_server.get(u"account"_s, m_token).status, 401);
        QCOMPARE(m_server.get(u"account"_s, before).status, 401);
        QCOMPARE(m_server.get(u"account"_s, after).status, 200);
        // The other customers' sessions are not.
        QCOMPARE(m_server.get(u"account"_s, m_demoToken).status, 200);
        m_token = after;
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), QString()); }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
