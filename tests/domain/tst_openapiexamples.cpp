// The contract and the codec agree: every schema example in docs/openapi.yaml decodes with our
// codec, the schema's property names are exactly the ones we write, and every field the schema
// requires is one our decoder insists on. Reads the JSON bundle made by scripts/openapi.sh.
#include "domain/Account.h"
#include "domain/Affair.h"
#include "domain/ChangePage.h"
#include "domain/Company.h"
#include "domain/Document.h"
#include "domain/JsonCodec.h"
#include "domain/MaintenanceNote.h"
#include "domain/Page.h"
#include "domain/Problem.h"
#include "domain/Product.h"
#include "domain/Task.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

struct Decoder
{
    std::function<std::optional<DecodeError>(const QJsonObject&)> error;
    std::function<QJsonObject(const QJsonObject&)> encoded; // decode then encode
};

template <class T> Decoder decoderFor()
{
    return {[](const QJsonObject& json) -> std::optional<DecodeError> {
                auto r = T::fromJson(json);
                return r ? std::nullopt : std::optional<DecodeError>(r.error());
            },
            [](const QJsonObject& json) {
                auto r = T::fromJson(json);
                return r ? r->toJson() : QJsonObject{};
            }};
}

const QMap<QString, Decoder>& decoders()
{
    static const QMap<QString, Decoder> all{
        {u"Person"_s, decoderFor<Person>()},
        {u"Contact"_s, decoderFor<Contact>()},
        {u"Company"_s, decoderFor<Company>()},
        {u"Account"_s, decoderFor<Account>()},
        {u"Affair"_s, decoderFor<Affair>()},
        {u"Product"_s, decoderFor<Product>()},
        {u"Document"_s, decoderFor<Document>()},
        {u"Task"_s, decoderFor<Task>()},
        {u"MaintenanceNote"_s, decoderFor<MaintenanceNote>()},
        {u"Problem"_s, decoderFor<Problem>()},
        {u"Change"_s, decoderFor<Change>()},
        {u"ChangePage"_s, decoderFor<ChangePage>()},
        {u"AffairPage"_s, decoderFor<Page<Affair>>()},
        {u"ProductPage"_s, decoderFor<Page<Product>>()},
        {u"DocumentPage"_s, decoderFor<Page<Document>>()},
        {u"TaskPage"_s, decoderFor<Page<Task>>()},
        {u"NotePage"_s, decoderFor<Page<MaintenanceNote>>()},
    };
    return all;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestOpenApiExamples final : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schemas;

    QJsonObject schema(const QString& name) const { return m_schemas.value(name).toObject(); }

private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("MYCLOUD_OPENAPI_JSON");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            QSKIP("no bundled spec: scripts/openapi.sh could not run (npm registry unreachable)");
        auto root = JsonCodec::parse(file.readAll());
        QVERIFY(root);
        m_schemas = root->toObject()[u"components"_s].toObject()[u"schemas"_s].toObject();
        QVERIFY(!m_schemas.isEmpty());
    }

    void exampleDecodes_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : decoders().keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void exampleDecodes()
    {
        QFETCH(QString, name);
        const QJsonObject example = schema(name).value(u"example"_s).toObject();
        QVERIFY2(!example.isEmpty(), "the schema has no example");
        const auto error = decoders()[name].error(example);
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    }

    void propertiesMatchTheEncoder_data() { exampleDecodes_data(); }

    void propertiesMatchTheEncoder()
    {
        QFETCH(QString, name);
        const QStringList specified = schema(name).value(u"properties"_s).toObject().keys();
        const QJsonObject example = schema(name).value(u"example"_s).toObject();
        const QStringList written = decoders()[name].encoded(example).keys();
        // Optional properties we omit when empty (Problem.detail/errors, Change.data) may be absent.
        const QStringList required = schema(name).value(u"required"_s).toVariant().toStringList();
        for (const QString& key : written)
            QVERIFY2(specified.contains(key),
                     qPrintable(u"we write “%1”, the spec does not know it"_s.arg(key)));
        for (const QString& key : required)
            QVERIFY2(written.contains(key),
                     qPrintable(u"the spec requires “%1”, we do not write it"_s.arg(key)));
        QVERIFY(sorted(specified).size() >= written.size());
    }

    void requiredFieldsAreEnforced_data() { exampleDecodes_data(); }

    void requiredFieldsAreEnforced()
    {
        QFETCH(QString, name);
        const QJsonObject example = schema(name).value(u"example"_s).toObject();
        const QStringList required = schema(name).value(u"required"_s).toVariant().toStringList();
        QVERIFY(!required.isEmpty());
        for (const QString& key : required) {
            QJsonObject without = example;
            without.remove(key);
            const auto error = decoders()[name].error(without);
            QVERIFY2(error,
                     qPrintable(u"“%1” is required by the spec but its absence was accepted"_s.arg(key)));
            QCOMPARE(error->kind(), DecodeError::Kind::MissingField);
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApiExamples)
#include "tst_openapiexamples.moc"
