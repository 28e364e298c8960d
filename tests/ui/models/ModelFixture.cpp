#include "ModelFixture.h"

#include "models/StoreListModel.h"
#include "sync/Actions.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSslCertificate>

using namespace mycloud;
using namespace Qt::StringLiterals;

QString ModelFixture::start()
{
    QByteArray token;
    if (QString error = m_server.startSignedIn(&token); !error.isEmpty())
        return error;
    m_client.setServer(m_server.rootUrl(QString()));
    m_client.setTrustedCertificates(QSslCertificate::fromPath(m_server.dataPath(u"tls/ca.pem"_s)));
    m_client.setToken(token);
    m_store = std::make_unique<Store>(m_profile.filePath(u"store.sqlite"_s));
    if (auto opened = m_store->open(); !opened)
        return opened.error();
    return sync();
}

QString ModelFixture::sync()
{
    SyncEngine engine(m_client, *m_store);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.start();
    if (!finished.wait(120000))
        return u"the sync did not finish"_s;
    if (engine.report().status != SyncEngine::Status::Ok)
        return u"the sync failed: "_s + engine.report().message;
    return {};
}

Affair ModelFixture::affair(const QString& reference) const
{
    for (const Affair& affair : m_store->affairs())
        if (affair.reference == reference)
            return affair;
    return {};
}

QList<Product> ModelFixture::allProducts() const
{
    QList<Product> products;
    for (const Affair& affair : m_store->affairs())
        products += m_store->products(affair.id);
    return products;
}

bool ModelFixture::settle(StoreListModel& model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy loaded(&model, &StoreListModel::loaded);
    return loaded.wait(30000);
}

QVariantList ModelFixture::column(const QAbstractItemModel& model, int column, int role)
{
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role));
    return values;
}

QStringList ModelFixture::headers(const QAbstractItemModel& model)
{
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    return headers;
}

bool ModelFixture::addTasks(const QUuid& productId, const QStringList& descriptions)
{
    Actions actions(*m_store);
    const Person requester{u"Électricité Rhénane"_s, u"Bernard"_s, u"Claire"_s};
    for (const QString& description : descriptions)
        if (!actions.addTask(productId, description, false, requester))
            return false;
    return true;
}

QStringList ModelFixture::numbered(const QString& pattern, int count)
{
    QStringList texts;
    for (int i = 0; i < count; ++i)
        texts.append(pattern.arg(i));
    return texts;
}
