#pragma once

#include "ServerProcess.h"
#include "api/ApiClient.h"
#include "store/Store.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace mycloud {
class StoreListModel;
}

// What every model test starts from: the real server with the demo data, and a Store in a
// temporary folder filled by a real SyncEngine run, signed in as the demo customer.
class ModelFixture final
{
public:
    // Starts the server, signs in and syncs: an error message, or empty.
    QString start();
    // Another sync, after the server's data changed: an error message, or empty.
    QString sync();

    mycloud::Store& store() const { return *m_store; }
    ServerProcess& server() { return m_server; }
    // The demo affair with this reference, as the store holds it (a default Affair if none).
    mycloud::Affair affair(const QString& reference) const;
    // Every product of the demo customer, affair after affair.
    QList<mycloud::Product> allProducts() const;

    // `model` with QAbstractItemModelTester attached (failures fatal) for as long as it lives.
    template <class Model> static std::unique_ptr<Model> tested(std::unique_ptr<Model> model)
    {
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal,
                                     model.get());
        return model;
    }
    // A model of the app over this store, tested.
    template <class Model> std::unique_ptr<Model> testedModel()
    {
        return tested(std::make_unique<Model>(store()));
    }
    // Ordinary tasks of the demo customer, added as the user would (Actions): false if one was refused.
    bool addTasks(const QUuid& productId, const QStringList& descriptions);
    static QStringList numbered(const QString& pattern, int count); // pattern with %1

    // Waits for the answer the model is waiting for, if any (after a setter or reload()).
    static bool settle(mycloud::StoreListModel& model);
    // One role of every row of a column.
    static QVariantList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole);
    // The domain value of every row (the model's AffairRole, ProductRole, …).
    template <class T> static QList<T> values(const QAbstractItemModel& model, int role)
    {
        QList<T> values;
        for (const QVariant& v : column(model, 0, role))
            values.append(v.value<T>());
        return values;
    }
    static QStringList headers(const QAbstractItemModel& model);

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    mycloud::ApiClient m_client;
    std::unique_ptr<mycloud::Store> m_store;
};
