// What a scanned code's text means: our labels and app links, and everything else (hostile or
// merely foreign) kept as text.
#include "qr/QrLink.h"

#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestQrLink final : public QObject
{
    Q_OBJECT

private:
    const QStringList m_ours{u"mycloud.b2ei.fr"_s, u"127.0.0.1"_s};

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value"); // the token or the product id
        const int token = int(QrLink::Kind::ProductToken);
        const int id = int(QrLink::Kind::ProductId);
        const int text = int(QrLink::Kind::Text);
        const QString t = u"k7Qm2xV9pL4sT8wZ1bN6cR"_s;
        QTest::newRow("our label") << u"https://mycloud.b2ei.fr/q/"_s + t << token << t;
        QTest::newRow("host case") << u"https://MyCloud.B2EI.fr/q/"_s + t << token << t;
        QTest::newRow("trailing slash") << u"https://mycloud.b2ei.fr/q/"_s + t + u'/' << token << t;
        QTest::newRow("port") << u"https://127.0.0.1:8443/q/"_s + t << token << t;
        QTest::newRow("spaces around") << u"  https://mycloud.b2ei.fr/q/"_s + t + u"\n"_s << token << t;
        QTest::newRow("app link") << u"mycloud://product/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s << id
                                  << u"{0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79}"_s;
        QTest::newRow("app link, braces (not a valid URL)")
            << u"mycloud://product/{0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79}"_s << text << QString();
        QTest::newRow("plain http") << u"http://mycloud.b2ei.fr/q/"_s + t << text << QString();
        QTest::newRow("foreign host") << u"https://evil.example/q/"_s + t << text << QString();
        QTest::newRow("our name as a subdomain")
            << u"https://mycloud.b2ei.fr.evil.example/q/"_s + t << text << QString();
        QTest::newRow("credentials trick")
            << u"https://mycloud.b2ei.fr@evil.example/q/"_s + t << text << QString();
        QTest::newRow("look-alike host")
            << u"https://mycloud.b2eі.fr/q/"_s + t << text << QString(); // Cyrillic і
        QTest::newRow("token too short") << u"https://mycloud.b2ei.fr/q/abc"_s << text << QString();
        QTest::newRow("token too long")
            << u"https://mycloud.b2ei.fr/q/"_s + QString(65, u'a') << text << QString();
        QTest::newRow("token with dots")
            << u"https://mycloud.b2ei.fr/q/../../etc/passwd"_s << text << QString();
        QTest::newRow("token percent-encoded")
            << u"https://mycloud.b2ei.fr/q/%2E%2E%2Fk7Qm2xV9pL4sT8wZ1bN6cR"_s << text << QString();
        QTest::newRow("other path") << u"https://mycloud.b2ei.fr/d/"_s + t << text << QString();
        QTest::newRow("deeper path") << u"https://mycloud.b2ei.fr/q/"_s + t + u"/unlock"_s << text
                                     << QString();
        QTest::newRow("query") << u"https://mycloud.b2ei.fr/q/"_s + t + u"?x=1"_s << text << QString();
        QTest::newRow("fragment") << u"https://mycloud.b2ei.fr/q/"_s + t + u"#x"_s << text << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << text << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << text << QString();
        QTest::newRow("app link, bad id") << u"mycloud://product/not-a-uuid"_s << text << QString();
        QTest::newRow("app link, other kind")
            << u"mycloud://affair/0b6c1f5e-8a55-4a8e-9d8f-2f3e4c5b6a79"_s << text << QString();
        QTest::newRow("plain text") << u"Armoire TGBT niveau 0"_s << text << QString();
        QTest::newRow("empty") << QString() << text << QString();
        QTest::newRow("huge") << u"https://mycloud.b2ei.fr/q/"_s + t + QString(4096, u' ') + u'x' << text
                              << QString();
        QTest::newRow("control characters") << u"https://mycloud.b2ei.fr/q/\u0000"_s + t << text << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, value);
        const QrLink link = QrLink::parse(text, m_ours);
        QCOMPARE(int(link.kind()), kind);
        QCOMPARE(link.text(), text); // always kept, to show
        if (link.kind() == QrLink::Kind::ProductToken)
            QCOMPARE(link.token(), value);
        else
            QVERIFY(link.token().isEmpty());
        if (link.kind() == QrLink::Kind::ProductId)
            QCOMPARE(link.productId(), QUuid::fromString(value));
    }

    void noHostsMeansNoLabel()
    {
        QCOMPARE(QrLink::parse(u"https://mycloud.b2ei.fr/q/k7Qm2xV9pL4sT8wZ1bN6cR"_s, {}).kind(),
                 QrLink::Kind::Text);
    }
};

QTEST_GUILESS_MAIN(TestQrLink)
#include "tst_qrlink.moc"
