// The links the app opens from its command line (the desktop's mycloud:// handler, a label's
// address): products, affairs and our labels, each refused with its reason otherwise.
#include "qr/AppLink.h"
#include "qr/QrLink.h"

#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kId = u"0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79";
constexpr auto kToken = u"k7Qm2xV9pL4sT8wZ1bN6cR";

} // namespace

class TestAppLink final : public QObject
{
    Q_OBJECT

private:
    const QStringList m_ours{u"mycloud.b2ei.fr"_s, u"127.0.0.1"_s};

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value"); // the id or the token
        const QString id = QString::fromUtf16(kId);
        const QString t = QString::fromUtf16(kToken);
        const int product = int(AppLink::Kind::Product);
        const int affair = int(AppLink::Kind::Affair);
        const int label = int(AppLink::Kind::Label);
        QTest::newRow("product") << u"mycloud://product/"_s + id << product << id;
        QTest::newRow("affair") << u"mycloud://affair/"_s + id << affair << id;
        QTest::newRow("scheme case") << u"MyCloud://product/"_s + id << product << id;
        QTest::newRow("target case") << u"mycloud://AFFAIR/"_s + id << affair << id;
        QTest::newRow("id in capitals") << u"mycloud://product/"_s + id.toUpper() << product << id;
        QTest::newRow("trailing slash") << u"mycloud://affair/"_s + id + u'/' << affair << id;
        QTest::newRow("spaces around") << u"  mycloud://product/"_s + id + u"\n"_s << product << id;
        QTest::newRow("label") << u"https://mycloud.b2ei.fr/q/"_s + t << label << t;
        QTest::newRow("label, scheme and host case") << u"HTTPS://MyCloud.B2EI.fr/q/"_s + t << label << t;
        QTest::newRow("label, trailing slash") << u"https://mycloud.b2ei.fr/q/"_s + t + u'/' << label << t;
        QTest::newRow("label, port") << u"https://127.0.0.1:8443/q/"_s + t << label << t;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, value);
        const auto link = AppLink::parse(text, m_ours);
        QVERIFY2(link.ok(), link ? "" : qPrintable(link.error().message()));
        QCOMPARE(int(link->kind()), kind);
        if (link->kind() == AppLink::Kind::Label) {
            QCOMPARE(link->token(), value);
            QVERIFY(link->id().isNull());
        } else {
            QCOMPARE(link->id(), QUuid::fromString(value));
            QVERIFY(link->token().isEmpty());
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("said"); // a part of the message: the reason, in words
        const QString id = QString::fromUtf16(kId);
        const QString t = QString::fromUtf16(kToken);
        using K = AppLinkError::Kind;
        QTest::newRow("empty") << QString() << int(K::Empty) << u"empty"_s;
        QTest::newRow("blank") << u"  \t\n"_s << int(K::Empty) << u"empty"_s;
        QTest::newRow("huge") << u"mycloud://product/"_s + id + QString(3000, u'a') << int(K::TooLong)
                              << u"too long"_s;
        QTest::newRow("plain text") << u"Armoire TGBT niveau 0"_s << int(K::NotALink) << u"not a link"_s;
        QTest::newRow("braces (not a valid URL)")
            << u"mycloud://product/{"_s + id + u'}' << int(K::NotALink) << u"not a link"_s;
        QTest::newRow("control character")
            << u"mycloud://product/\u0001"_s + id << int(K::NotALink) << u"not a link"_s;
        QTest::newRow("http") << u"http://mycloud.b2ei.fr/q/"_s + t << int(K::UnsupportedScheme)
                              << u"http:"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s << int(K::UnsupportedScheme) << u"file:"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << int(K::UnsupportedScheme)
                                    << u"javascript:"_s;
        QTest::newRow("credentials") << u"https://mycloud.b2ei.fr@evil.example/q/"_s + t << int(K::ExtraParts)
                                     << u"user name"_s;
        QTest::newRow("query") << u"mycloud://product/"_s + id + u"?x=1"_s << int(K::ExtraParts)
                               << u"query"_s;
        QTest::newRow("fragment") << u"https://mycloud.b2ei.fr/q/"_s + t + u"#x"_s << int(K::ExtraParts)
                                  << u"fragment"_s;
        QTest::newRow("port on an app link")
            << u"mycloud://product:80/"_s + id << int(K::ExtraParts) << u"port"_s;
        QTest::newRow("foreign host")
            << u"https://evil.example/q/"_s + t << int(K::ForeignServer) << u"evil.example"_s;
        QTest::newRow("our name as a subdomain") << u"https://mycloud.b2ei.fr.evil.example/q/"_s
                + t << int(K::ForeignServer) << u"mycloud.b2ei.fr.evil.example"_s;
        QTest::newRow("look-alike host") // Cyrillic і
            << u"https://mycloud.b2eі.fr/q/"_s + t << int(K::ForeignServer) << u"not your MyCloud server"_s;
        QTest::newRow("our host, other path")
            << u"https://mycloud.b2ei.fr/d/"_s + t << int(K::NotALabel) << u"QR label"_s;
        QTest::newRow("our host, deeper path")
            << u"https://mycloud.b2ei.fr/q/"_s + t + u"/unlock"_s << int(K::NotALabel) << u"QR label"_s;
        QTest::newRow("our host, short token")
            << u"https://mycloud.b2ei.fr/q/abc"_s << int(K::NotALabel) << u"QR label"_s;
        QTest::newRow("our host, dots")
            << u"https://mycloud.b2ei.fr/q/../../etc/passwd"_s << int(K::NotALabel) << u"QR label"_s;
        QTest::newRow("other target")
            << u"mycloud://document/"_s + id << int(K::UnknownTarget) << u"“document”"_s;
        QTest::newRow("no target") << u"mycloud:product/"_s + id << int(K::UnknownTarget)
                                   << u"product or an affair"_s;
        QTest::newRow("not a uuid") << u"mycloud://product/AFF-2023-0118"_s << int(K::BadId)
                                    << u"“AFF-2023-0118”"_s;
        QTest::newRow("no id") << u"mycloud://affair/"_s << int(K::BadId) << u"not the id"_s;
        QTest::newRow("nil uuid") << u"mycloud://product/00000000-0000-0000-0000-000000000000"_s
                                  << int(K::BadId) << u"not the id"_s;
        QTest::newRow("two ids") << u"mycloud://product/"_s + id + u'/' + id << int(K::BadId)
                                 << u"not the id"_s;
        QTest::newRow("uuid too short")
            << u"mycloud://product/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a7"_s << int(K::BadId) << u"not the id"_s;
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, said);
        const auto link = AppLink::parse(text, m_ours);
        QVERIFY(!link.ok());
        QCOMPARE(int(link.error().kind()), kind);
        const QString message = link.error().message();
        QVERIFY2(message.contains(said, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(message.size() < 200); // a whole link of 3000 characters is never pasted into it
    }

    void labelsNeedOurHosts()
    {
        const QString label = u"https://mycloud.b2ei.fr/q/"_s + QString::fromUtf16(kToken);
        QCOMPARE(AppLink::parse(label, {}).error().kind(), AppLinkError::Kind::ForeignServer);
        // App links name ids, not servers: they open whatever the profile's server is.
        QVERIFY(AppLink::parse(u"mycloud://product/"_s + QString::fromUtf16(kId), {}).ok());
    }

    // The scanner reads codes through the same parser: a product link or a label opens a product,
    // an affair link on paper stays text, and a refused link is text.
    void scannedCodesUseTheSameParser()
    {
        const QString id = QString::fromUtf16(kId);
        const QrLink product = QrLink::parse(u"MYCLOUD://Product/"_s + id + u'/', m_ours);
        QCOMPARE(product.kind(), QrLink::Kind::ProductId);
        QCOMPARE(product.productId(), QUuid::fromString(id));
        QCOMPARE(QrLink::parse(u"mycloud://affair/"_s + id, m_ours).kind(), QrLink::Kind::Text);
        QCOMPARE(QrLink::parse(u"mycloud://product/nope"_s, m_ours).kind(), QrLink::Kind::Text);
        const QrLink label
            = QrLink::parse(u"https://127.0.0.1:8443/q/"_s + QString::fromUtf16(kToken), m_ours);
        QCOMPARE(label.kind(), QrLink::Kind::ProductToken);
        QCOMPARE(label.token(), QString::fromUtf16(kToken));
    }
};

QTEST_GUILESS_MAIN(TestAppLink)
#include "tst_applink.moc"
