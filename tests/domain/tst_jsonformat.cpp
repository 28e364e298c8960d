#include "domain/JsonFormat.h"

#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestJsonFormat final : public QObject
{
    Q_OBJECT

private slots:
    void uuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("canonical") << u"0f8fad5b-d9cb-469f-a165-70867728950e"_s << true;
        QTest::newRow("uppercase") << u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s << true;
        QTest::newRow("braces") << u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_s << false;
        QTest::newRow("no dashes") << u"0f8fad5bd9cb469fa16570867728950e"_s << false;
        QTest::newRow("dash misplaced") << u"0f8fad5bd-9cb-469f-a165-70867728950e"_s << false;
        QTest::newRow("nil") << u"00000000-0000-0000-0000-000000000000"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("non-ascii digit") << u"0f8fad5b-d9cb-469f-a165-70867728950\u0663"_s << false;
    }

    void uuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto id = JsonFormat::parseUuid(text);
        QCOMPARE(id.has_value(), valid);
        if (valid)
            QCOMPARE(JsonFormat::formatUuid(*id), text.toLower());
    }

    void dateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid = must be refused
        const QDateTime t(QDate(2026, 11, 23), QTime(10, 15, 30), Qt::UTC);
        QTest::newRow("utc") << u"2026-11-23T10:15:30Z"_s << t;
        QTest::newRow("offset converted to utc") << u"2026-11-23T12:15:30+02:00"_s << t;
        QTest::newRow("negative offset") << u"2026-11-23T05:15:30-05:00"_s << t;
        QTest::newRow("milliseconds") << u"2026-11-23T10:15:30.250Z"_s << t.addMSecs(250);
        QTest::newRow("one fraction digit") << u"2026-11-23T10:15:30.5Z"_s << t.addMSecs(500);
        QTest::newRow("nanoseconds truncated") << u"2026-11-23T10:15:30.123456789Z"_s << t.addMSecs(123);
        QTest::newRow("no zone") << u"2026-11-23T10:15:30"_s << QDateTime();
        QTest::newRow("lowercase z") << u"2026-11-23T10:15:30z"_s << QDateTime();
        QTest::newRow("space separator") << u"2026-11-23 10:15:30Z"_s << QDateTime();
        QTest::newRow("no seconds") << u"2026-11-23T10:15Z"_s << QDateTime();
        QTest::newRow("february 30") << u"2026-02-30T10:15:30Z"_s << QDateTime();
        QTest::newRow("minute 60") << u"2026-11-23T10:60:30Z"_s << QDateTime();
        QTest::newRow("date only") << u"2026-11-23"_s << QDateTime();
        QTest::newRow("epoch number") << u"1763892930"_s << QDateTime();
    }

    void dateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = JsonFormat::parseDateTime(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
        }
    }

    void formatDateTime()
    {
        const QDateTime t(QDate(2026, 11, 23), QTime(10, 15, 30), Qt::UTC);
        QCOMPARE(JsonFormat::formatDateTime(t), u"2026-11-23T10:15:30Z"_s);
        QCOMPARE(JsonFormat::formatDateTime(t.addMSecs(7)), u"2026-11-23T10:15:30.007Z"_s);
        QCOMPARE(JsonFormat::formatDateTime(t.toOffsetFromUtc(3600)), u"2026-11-23T10:15:30Z"_s);
    }

    void date_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << u"2024-05-14"_s << QDate(2024, 5, 14);
        QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
        QTest::newRow("not a leap year") << u"2023-02-29"_s << QDate();
        QTest::newRow("no padding") << u"2024-5-14"_s << QDate();
        QTest::newRow("with time") << u"2024-05-14T00:00:00Z"_s << QDate();
        QTest::newRow("french order") << u"14/05/2024"_s << QDate();
    }

    void date()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto parsed = JsonFormat::parseDate(text);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(JsonFormat::formatDate(*parsed), text);
        }
    }

    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("plain") << u"jean.dupont@b2ei.fr"_s << true;
        QTest::newRow("plus and subdomain") << u"j+mycloud@mail.b2ei.fr"_s << true;
        QTest::newRow("accented local part") << u"élodie@exemple.fr"_s << true;
        QTest::newRow("no at") << u"jean.dupont"_s << false;
        QTest::newRow("two ats") << u"a@b@c.fr"_s << false;
        QTest::newRow("nothing before at") << u"@b2ei.fr"_s << false;
        QTest::newRow("no dot in domain") << u"jean@localhost"_s << false;
        QTest::newRow("domain ends with dot") << u"jean@b2ei."_s << false;
        QTest::newRow("space") << u"jean dupont@b2ei.fr"_s << false;
    }

    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, plausible);
        QCOMPARE(JsonFormat::isPlausibleEmail(text), plausible);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_jsonformat.moc"
