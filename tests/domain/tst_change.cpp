#include "Samples.h"
#include "domain/ChangePage.h"
#include "domain/JsonCodec.h"

#include <QJsonArray>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;
using Kind = DecodeError::Kind;

namespace {

QJsonObject change(const char* entity, const char* op, const QJsonObject& data, const QString& id)
{
    QJsonObject o{{u"seq"_s, 41},
                  {u"entity"_s, QString::fromLatin1(entity)},
                  {u"op"_s, QString::fromLatin1(op)},
                  {u"id"_s, id}};
    if (!data.isEmpty())
        o.insert(u"data"_s, data);
    return o;
}

} // namespace

class TestChange final : public QObject
{
    Q_OBJECT

private slots:
    void upsertCarriesTypedData_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("data");
        QTest::newRow("account") << u"account"_s << samples::account();
        QTest::newRow("affair") << u"affair"_s << samples::affair();
        QTest::newRow("product") << u"product"_s << samples::product();
        QTest::newRow("document") << u"document"_s << samples::document();
        QTest::newRow("task") << u"task"_s << samples::task();
        QTest::newRow("note") << u"note"_s << samples::note();
    }

    void upsertCarriesTypedData()
    {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, data);
        const QJsonObject json = change(qPrintable(entity), "upsert", data, data.value(u"id"_s).toString());
        auto decoded = Change::fromJson(json);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message()));
        QCOMPARE(Change::entityToString(decoded->entity), entity);
        QVERIFY(decoded->data.has_value());
        QCOMPARE(decoded->toJson(), json);
    }

    void deleteHasNoData()
    {
        const QString id = u"a8098c1a-f86e-41d6-9a5e-5ce6e1b2c3d4"_s;
        auto deleted = Change::fromJson(change("task", "delete", {}, id));
        QVERIFY(deleted);
        QCOMPARE(deleted->op, Change::Op::Delete);
        QCOMPARE(deleted->data, std::nullopt);

        auto withData = Change::fromJson(change("task", "delete", samples::task(), id));
        QVERIFY(!withData);
        QCOMPARE(withData.error().field(), u"data"_s);
    }

    void malformedChanges_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Kind>("kind");
        const QString taskId = samples::task().value(u"id"_s).toString();
        QTest::newRow("upsert without data")
            << change("task", "upsert", {}, taskId) << u"data"_s << Kind::MissingField;
        QTest::newRow("unknown entity")
            << change("widget", "upsert", samples::task(), taskId) << u"entity"_s << Kind::UnknownValue;
        QTest::newRow("unknown op") << change("task", "patch", samples::task(), taskId) << u"op"_s
                                    << Kind::UnknownValue;
        QTest::newRow("data of another type") << change("task", "upsert", samples::affair(), taskId)
                                              << u"data.productId"_s << Kind::MissingField;
        QTest::newRow("id differs from data")
            << change("task", "upsert", samples::task(), u"0f8fad5b-d9cb-469f-a165-70867728950e"_s)
            << u"data.id"_s << Kind::BadFormat;
        QJsonObject seqZero = change("task", "delete", {}, taskId);
        seqZero.insert(u"seq"_s, 0);
        QTest::newRow("sequence zero") << seqZero << u"seq"_s << Kind::OutOfRange;
        QJsonObject dataNotObject = change("task", "upsert", {}, taskId);
        dataNotObject.insert(u"data"_s, u"{}"_s);
        QTest::newRow("data not an object") << dataNotObject << u"data"_s << Kind::WrongType;
    }

    void malformedChanges()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(Kind, kind);
        auto decoded = Change::fromJson(json);
        QVERIFY(!decoded);
        QCOMPARE(DecodeError::kindName(decoded.error().kind()), DecodeError::kindName(kind));
        QCOMPARE(decoded.error().field(), field);
    }

    void pageRoundTrip()
    {
        const QJsonObject json{
            {u"items"_s,
             QJsonArray{change("affair", "upsert", samples::affair(), samples::affair()[u"id"_s].toString()),
                        change("note", "delete", {}, samples::note()[u"id"_s].toString())}},
            {u"next"_s, QJsonValue()},
            {u"cursor"_s, u"42"_s}};
        auto page = JsonCodec::decode<ChangePage>(QJsonDocument(json).toJson());
        QVERIFY(page);
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->cursor, u"42"_s);
        QCOMPARE(page->toJson(), json);

        QJsonObject noCursor = json;
        noCursor.remove(u"cursor"_s);
        auto bad = ChangePage::fromJson(noCursor);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field(), u"cursor"_s);
    }
};

QTEST_GUILESS_MAIN(TestChange)
#include "tst_change.moc"
