// Every domain type: canonical round trips, and table-driven rejection of every kind of bad input.
#include "Samples.h"
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/Company.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/MaintenanceNote.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"
#include "domain/Task.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace mycloud;
using namespace Qt::StringLiterals;
using Kind = DecodeError::Kind;

namespace {

// Type-erased access to one domain type's codec, so one table can drive all of them.
struct Codec
{
    QJsonObject sample;
    std::function<std::optional<DecodeError>(const QJsonValue&)> decodeError;
    std::function<QJsonObject(const QJsonValue&)> reencode; // decode, then encode
    std::function<bool(const QJsonValue&)> stableValue; // decode(encode(decode(x))) == decode(x)
    QStringList nullable; // keys whose value may be null
};

template <class T> Codec codecFor(QJsonObject sample, QStringList nullable = {})
{
    Codec c;
    c.sample = std::move(sample);
    c.decodeError = [](const QJsonValue& json) -> std::optional<DecodeError> {
        auto r = T::fromJson(json);
        return r ? std::nullopt : std::optional<DecodeError>(r.error());
    };
    c.reencode = [](const QJsonValue& json) {
        auto r = T::fromJson(json);
        return r ? r->toJson() : QJsonObject{{u"decodeError"_s, r.error().message()}};
    };
    c.stableValue = [](const QJsonValue& json) {
        auto first = T::fromJson(json);
        if (!first)
            return false;
        auto second = JsonCodec::decode<T>(JsonCodec::encode(first.value()));
        return second && second.value() == first.value();
    };
    c.nullable = std::move(nullable);
    return c;
}

const QMap<QString, Codec>& codecs()
{
    static const QMap<QString, Codec> all{
        {u"Person"_s, codecFor<Person>(samples::person())},
        {u"Contact"_s, codecFor<Contact>(samples::contact())},
        {u"Company"_s, codecFor<Company>(samples::company())},
        {u"Account"_s, codecFor<Account>(samples::account())},
        {u"Affair"_s, codecFor<Affair>(samples::affair())},
        {u"Product"_s, codecFor<Product>(samples::product(), {u"manufacturedOn"_s})},
        {u"Document"_s, codecFor<Document>(samples::document())},
        {u"Task"_s, codecFor<Task>(samples::task())},
        {u"MaintenanceNote"_s, codecFor<MaintenanceNote>(samples::note(), {u"taskId"_s, u"requestedAt"_s})},
    };
    return all;
}

// A value of another JSON type than `value`, to provoke WrongType.
QJsonValue wrongTypeFor(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: return 42;
    case QJsonValue::Double: return u"42"_s;
    case QJsonValue::Bool: return 1;
    case QJsonValue::Object: return QJsonArray{1, 2};
    case QJsonValue::Array: return QJsonObject{};
    default: return true;
    }
}

QJsonObject withField(QJsonObject object, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, withField(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

QJsonObject withoutField(QJsonObject object, const QString& path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.remove(path);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, withoutField(object.value(head).toObject(), path.mid(dot + 1)));
    return object;
}

// Every leaf path of a sample ("contact.email"), nested objects included.
QStringList leafPaths(const QJsonObject& object, const QString& prefix = {})
{
    QStringList paths;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it->isObject())
            paths += leafPaths(it->toObject(), path);
        else
            paths += path;
    }
    return paths;
}

} // namespace

class TestDomainCodec final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString& type : codecs().keys())
            QTest::newRow(qPrintable(type)) << type;
    }

    void roundTrip()
    {
        QFETCH(QString, type);
        const Codec& codec = codecs()[type];
        QCOMPARE(codec.decodeError(codec.sample), std::nullopt);
        QCOMPARE(codec.reencode(codec.sample), codec.sample);
        QVERIFY(codec.stableValue(codec.sample));
    }

    void missingField_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        for (auto it = codecs().begin(); it != codecs().end(); ++it) {
            for (const QString& path : leafPaths(it->sample))
                QTest::addRow("%s/%s", qPrintable(it.key()), qPrintable(path)) << it.key() << path;
        }
    }

    void missingField()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        const Codec& codec = codecs()[type];
        const auto error = codec.decodeError(withoutField(codec.sample, field));
        QVERIFY2(error, "a missing field must be refused, never defaulted");
        QCOMPARE(DecodeError::kindName(error->kind()), DecodeError::kindName(Kind::MissingField));
        QCOMPARE(error->field(), field);
    }

    void wrongType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        for (auto it = codecs().begin(); it != codecs().end(); ++it) {
            for (const QString& path : leafPaths(it->sample)) {
                const QJsonValue current = it->sample.value(path.section(u'.', 0, 0));
                const QJsonValue leaf
                    = current.isObject() ? current.toObject().value(path.section(u'.', 1)) : current;
                QTest::addRow("%s/%s", qPrintable(it.key()), qPrintable(path))
                    << it.key() << path << wrongTypeFor(leaf.isNull() ? QJsonValue(u"x"_s) : leaf);
                if (!it->nullable.contains(path)) {
                    QTest::addRow("%s/%s=null", qPrintable(it.key()), qPrintable(path))
                        << it.key() << path << QJsonValue(QJsonValue::Null);
                }
            }
            // The whole value is not an object.
            QTest::addRow("%s/<array>", qPrintable(it.key())) << it.key() << QString() << QJsonValue();
        }
    }

    void wrongType()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const Codec& codec = codecs()[type];
        const QJsonValue input = field.isEmpty() ? QJsonValue(QJsonArray{codec.sample})
                                                 : QJsonValue(withField(codec.sample, field, value));
        const auto error = codec.decodeError(input);
        QVERIFY2(error, "a value of the wrong type must be refused");
        // A wrong-typed date or id is still a wrong type, not a format error.
        QCOMPARE(DecodeError::kindName(error->kind()), DecodeError::kindName(Kind::WrongType));
        QCOMPARE(error->field(), field);
    }

    void badValue_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<Kind>("kind");
        const QString longName(201, u'x');
        const QString longText(10001, u'y');
        auto row = [](const char* name, const char* type, const char* field, QJsonValue value, Kind kind) {
            QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(field) << value << kind;
        };
        row("empty required name", "Affair", "name", u""_s, Kind::TooShort);
        row("oversized name", "Affair", "name", longName, Kind::TooLong);
        row("oversized reference", "Product", "reference", QString(101, u'R'), Kind::TooLong);
        row("oversized description", "Task", "description", longText, Kind::TooLong);
        row("empty task description", "Task", "description", u""_s, Kind::TooShort);
        row("NUL in a name", "Affair", "name", u"Armoire\u0000A"_s, Kind::BadFormat);
        row("escape char in title", "Document", "title", u"Sch\u001b[31méma"_s, Kind::BadFormat);
        row("not a uuid", "Affair", "id", u"not-a-uuid"_s, Kind::BadUuid);
        row("uuid with braces", "Affair", "id", u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_s, Kind::BadUuid);
        row("uuid without dashes", "Product", "affairId", u"0f8fad5bd9cb469fa16570867728950e"_s,
            Kind::BadUuid);
        row("uuid with a non-hex digit", "Task", "productId", u"0f8fad5b-d9cb-469f-a165-70867728950g"_s,
            Kind::BadUuid);
        row("nil uuid", "Document", "id", u"00000000-0000-0000-0000-000000000000"_s, Kind::BadUuid);
        row("oversized uuid", "Affair", "id", QString(500, u'a'), Kind::TooLong);
        row("timestamp without zone", "Affair", "createdAt", u"2024-03-01T08:30:00"_s, Kind::BadDateTime);
        row("timestamp with a space", "Affair", "createdAt", u"2024-03-01 08:30:00Z"_s, Kind::BadDateTime);
        row("impossible day", "Task", "createdAt", u"2024-02-30T08:30:00Z"_s, Kind::BadDateTime);
        row("hour 25", "Task", "updatedAt", u"2024-02-10T25:30:00Z"_s, Kind::BadDateTime);
        row("date as timestamp", "MaintenanceNote", "performedAt", u"2026-10-15T00:00:00Z"_s, Kind::BadDate);
        row("month 13", "Product", "manufacturedOn", u"2024-13-01"_s, Kind::BadDate);
        row("french date order", "Product", "manufacturedOn", u"14/05/2024"_s, Kind::BadDate);
        row("negative count", "Affair", "productCount", -1, Kind::OutOfRange);
        row("fractional count", "Affair", "productCount", 1.5, Kind::OutOfRange);
        row("huge size", "Document", "size", 1e300, Kind::OutOfRange);
        row("size beyond 2^53", "Document", "size", 18014398509481984.0, Kind::OutOfRange);
        row("version zero", "Task", "version", 0, Kind::OutOfRange);
        row("revision zero", "Document", "revision", 0, Kind::OutOfRange);
        row("latitude 91", "Company", "latitude", 91, Kind::OutOfRange);
        row("longitude -181", "Company", "longitude", -181, Kind::OutOfRange);
        row("unknown kind", "Document", "kind", u"drawing"_s, Kind::UnknownValue);
        row("kind in capitals", "Document", "kind", u"Schematic"_s, Kind::UnknownValue);
        row("uppercase sha256", "Document", "sha256",
            u"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"_s, Kind::BadFormat);
        row("short sha256", "Document", "sha256", QString(63, u'a'), Kind::TooShort);
        row("short qr token", "Product", "qrToken", u"abc"_s, Kind::TooShort);
        row("qr token with a slash", "Product", "qrToken", u"q7Hn2xLw9PzR4tVb8c/d1e"_s, Kind::BadFormat);
        row("nested bad e-mail", "Affair", "contact.email", u"jean.dupont"_s, Kind::BadFormat);
        row("nested empty contact name", "Affair", "contact.name", u""_s, Kind::TooShort);
        row("e-mail with two @", "Account", "email", u"a@b@c.fr"_s, Kind::BadFormat);
        row("nested oversized performer", "MaintenanceNote", "performer.lastName", longName, Kind::TooLong);
        row("bad nullable uuid", "MaintenanceNote", "taskId", u"1234"_s, Kind::BadUuid);
        row("bad nullable timestamp", "MaintenanceNote", "requestedAt", u"yesterday"_s, Kind::BadDateTime);
    }

    void badValue()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(Kind, kind);
        const Codec& codec = codecs()[type];
        const auto error = codec.decodeError(withField(codec.sample, field, value));
        QVERIFY2(error, "the bad value was accepted");
        QCOMPARE(DecodeError::kindName(error->kind()), DecodeError::kindName(kind));
        QCOMPARE(error->field(), field);
        QVERIFY(error->message().contains(field));
    }

    void nullableFieldsAcceptNull()
    {
        auto product = Product::fromJson(withField(samples::product(), u"manufacturedOn"_s, QJsonValue()));
        QVERIFY(product);
        QCOMPARE(product->manufacturedOn, std::nullopt);
        QCOMPARE(product->toJson().value(u"manufacturedOn"_s), QJsonValue(QJsonValue::Null));

        QJsonObject json = samples::note();
        json.insert(u"taskId"_s, QJsonValue());
        json.insert(u"requestedAt"_s, QJsonValue());
        auto note = MaintenanceNote::fromJson(json);
        QVERIFY(note);
        QCOMPARE(note->taskId, std::nullopt);
        QCOMPARE(note->requestedAt, std::nullopt);
        QCOMPARE(note->toJson(), json);
    }

    void decodedValuesAreTyped()
    {
        auto affair = Affair::fromJson(samples::affair());
        QVERIFY(affair);
        QCOMPARE(affair->id, QUuid(u"0f8fad5b-d9cb-469f-a165-70867728950e"_s));
        QCOMPARE(affair->name, u"Rénovation TGBT Bâtiment A"_s);
        QCOMPARE(affair->contact.email, u"jean.dupont@b2ei.fr"_s);
        QCOMPARE(affair->productCount, 12);
        QCOMPARE(affair->updatedAt, QDateTime(QDate(2026, 11, 20), QTime(16, 5, 12, 250), Qt::UTC));
        auto document = Document::fromJson(samples::document());
        QVERIFY(document);
        QCOMPARE(document->kind, DocumentKind::Schematic);
        QCOMPARE(document->size, 1048576);
    }

    void uppercaseUuidIsNormalised()
    {
        auto affair = Affair::fromJson(
            withField(samples::affair(), u"id"_s, u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s));
        QVERIFY(affair);
        QCOMPARE(affair->toJson().value(u"id"_s).toString(), u"0f8fad5b-d9cb-469f-a165-70867728950e"_s);
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject json = samples::task();
        json.insert(u"assignee"_s, u"someone new in API v1.1"_s);
        auto task = Task::fromJson(json);
        QVERIFY(task);
        QVERIFY(!task->toJson().contains(u"assignee"_s));
    }

    void bytesThatAreNotJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"id\": \"0f8fad5b-d9cb");
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1} x");
        QTest::newRow("invalid utf-8 escape") << QByteArray("{\"name\": \"\\uZZZZ\"}");
        QTest::newRow("bare scalar") << QByteArray("42");
    }

    void bytesThatAreNotJson()
    {
        QFETCH(QByteArray, bytes);
        auto affair = JsonCodec::decode<Affair>(bytes);
        QVERIFY(!affair);
        QCOMPARE(DecodeError::kindName(affair.error().kind()), DecodeError::kindName(Kind::NotJson));
    }

    void deepNestingIsRefused()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        auto affair = JsonCodec::decode<Affair>(deep);
        QVERIFY(!affair);
    }

    void pageNamesTheBadItem()
    {
        QJsonArray items{samples::affair(), withField(samples::affair(), u"name"_s, 7)};
        auto page = Page<Affair>::fromJson(QJsonObject{{u"items"_s, items}, {u"next"_s, u"abc"_s}});
        QVERIFY(!page);
        QCOMPARE(page.error().field(), u"items[1].name"_s);

        auto good = Page<Affair>::fromJson(
            QJsonObject{{u"items"_s, QJsonArray{samples::affair()}}, {u"next"_s, QJsonValue()}});
        QVERIFY(good);
        QCOMPARE(good->items.size(), 1);
        QCOMPARE(good->next, std::nullopt);
        QCOMPARE(Page<Affair>::fromJson(good->toJson()).value(), good.value());

        auto missingNext = Page<Affair>::fromJson(QJsonObject{{u"items"_s, QJsonArray{}}});
        QVERIFY(!missingNext);
        QCOMPARE(missingNext.error().field(), u"next"_s);
    }

    void pageRefusesOversizedArrays()
    {
        QJsonArray items;
        for (int i = 0; i < 501; ++i)
            items.append(samples::affair());
        auto page = Page<Affair>::fromJson(QJsonObject{{u"items"_s, items}, {u"next"_s, QJsonValue()}});
        QVERIFY(!page);
        QCOMPARE(DecodeError::kindName(page.error().kind()), DecodeError::kindName(Kind::TooLong));
    }

    void problemRoundTrip()
    {
        const QByteArray body
            = "{\"type\":\"https://mycloud.b2ei.fr/problems/validation_failed\","
              "            \"title\":\"Validation failed\",\"status\":422,\"code\":\"validation_failed\","
              "            \"detail\":\"The task is not "
              "valid.\",\"errors\":[{\"field\":\"description\",\"message\":\"required\"}]}";
        auto problem = JsonCodec::decode<Problem>(body);
        QVERIFY(problem);
        QCOMPARE(problem->status, 422);
        QCOMPARE(problem->code, u"validation_failed"_s);
        QCOMPARE(problem->errors.size(), 1);
        QCOMPARE(problem->errors.first().field, u"description"_s);
        QCOMPARE(JsonCodec::decode<Problem>(JsonCodec::encode(problem.value())).value(), problem.value());

        auto badStatus = JsonCodec::decode<Problem>("{\"type\":\"about:blank\",\"title\":\"x\",\"status\":"
                                                    "1000,\"code\":\"internal\",\"detail\":\"\"}");
        QVERIFY(!badStatus);
        QCOMPARE(badStatus.error().field(), u"status"_s);
    }
};

QTEST_GUILESS_MAIN(TestDomainCodec)
#include "tst_domaincodec.moc"
