#include "domain/JsonReader.h"

#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;
using Kind = DecodeError::Kind;

class TestJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void notAnObjectNamesThePath()
    {
        JsonReader r(QJsonValue(u"text"_s), u"items[2]"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error()->field(), u"items[2]"_s);
        QCOMPARE(r.error()->kind(), Kind::WrongType);
    }

    void firstErrorWins()
    {
        JsonReader r(QJsonObject{{u"a"_s, 1}, {u"b"_s, u"x"_s}}, u"root"_s);
        r.string("a"_L1, 0, 10); // wrong type: recorded
        r.string("missing"_L1, 0, 10); // would be MissingField: ignored
        QCOMPARE(r.error()->field(), u"root.a"_s);
        QCOMPARE(r.error()->kind(), Kind::WrongType);
        QVERIFY(!r.finish(0).ok());
    }

    void stringBounds()
    {
        const QJsonObject o{{u"s"_s, u"abcd"_s}};
        {
            JsonReader r(o, {});
            QCOMPARE(r.string("s"_L1, 4, 4), u"abcd"_s);
            QVERIFY(r.ok());
        }
        {
            JsonReader r(o, {});
            r.string("s"_L1, 5, 10);
            QCOMPARE(r.error()->kind(), Kind::TooShort);
        }
        {
            JsonReader r(o, {});
            r.string("s"_L1, 0, 3);
            QCOMPARE(r.error()->kind(), Kind::TooLong);
        }
    }

    void whitespaceControlsAllowedOthersNot()
    {
        JsonReader ok(QJsonObject{{u"s"_s, u"ligne 1\r\nligne 2\tfin"_s}}, {});
        ok.string("s"_L1, 0, 100);
        QVERIFY(ok.ok());
        for (const QString& bad : {u"a\u0000b"_s, u"a\u0007b"_s, u"a\u007fb"_s}) {
            JsonReader r(QJsonObject{{u"s"_s, bad}}, {});
            r.string("s"_L1, 0, 100);
            QCOMPARE(r.error()->kind(), Kind::BadFormat);
        }
    }

    void integerBounds_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("min") << QJsonValue(1) << true;
        QTest::newRow("max") << QJsonValue(9007199254740991.0) << true;
        QTest::newRow("below") << QJsonValue(0) << false;
        QTest::newRow("above 2^53") << QJsonValue(9007199254740994.0) << false;
        QTest::newRow("fraction") << QJsonValue(2.5) << false;
        QTest::newRow("infinity-ish") << QJsonValue(1e308) << false;
        QTest::newRow("numeric string") << QJsonValue(u"3"_s) << false;
        QTest::newRow("bool") << QJsonValue(true) << false;
    }

    void integerBounds()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, ok);
        JsonReader r(QJsonObject{{u"n"_s, value}}, {});
        const qint64 n = r.integer("n"_L1, 1, 9007199254740991LL);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(n, value.toInteger());
    }

    void nullableNeedsTheKeyOptionalDoesNot()
    {
        const QJsonObject o{{u"present"_s, QJsonValue()}};
        {
            JsonReader r(o, {});
            QCOMPARE(r.nullableUuid("present"_L1), std::nullopt);
            QVERIFY(r.ok());
            r.nullableUuid("absent"_L1);
            QCOMPARE(r.error()->kind(), Kind::MissingField);
        }
        {
            JsonReader r(o, {});
            QCOMPARE(r.optionalUuid("absent"_L1), std::nullopt);
            QCOMPARE(r.optionalString("present"_L1, 0, 5), std::nullopt);
            QVERIFY(r.ok());
            QVERIFY(!r.has("present"_L1));
            QVERIFY(!r.has("absent"_L1));
        }
    }

    void arrayLimitsAndPaths()
    {
        const QJsonObject o{{u"tags"_s, QJsonArray{u"a"_s, u"b"_s, 3}}};
        auto decodeTag = [](const QJsonValue& v, const QString& path) -> Result<QString, DecodeError> {
            if (!v.isString())
                return DecodeError(Kind::WrongType, path);
            return v.toString();
        };
        {
            JsonReader r(o, u"x"_s);
            r.array<QString>("tags"_L1, 10, decodeTag);
            QCOMPARE(r.error()->field(), u"x.tags[2]"_s);
        }
        {
            JsonReader r(o, u"x"_s);
            r.array<QString>("tags"_L1, 2, decodeTag);
            QCOMPARE(r.error()->kind(), Kind::TooLong);
        }
        {
            JsonReader r(QJsonObject{{u"tags"_s, u"a"_s}}, {});
            r.array<QString>("tags"_L1, 2, decodeTag);
            QCOMPARE(r.error()->kind(), Kind::WrongType);
        }
    }

    void messagesAreReadable()
    {
        const DecodeError e(Kind::MissingField, u"contact.email"_s);
        QVERIFY(e.message().contains(u"contact.email"_s));
        QVERIFY(e.message().contains(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
