#pragma once

#include "QrLink.h"
#include "api/ApiError.h"
#include "domain/Affair.h"
#include "domain/Product.h"

#include <QObject>
#include <QPointer>

namespace mycloud {

class ApiClient;
class ApiReply;
class Store;

// Turns a scanned code into one of the customer's products: from the offline store first (so a
// technician in a basement still gets the sheet), then from the server (GET /qr/{token}) for a
// product the store does not have yet. One resolution at a time; a new one replaces the last.
class QrResolver final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Found, // product and affair are set
        NotOurs, // a label of ours, but no product of this customer has it
        NotALabel, // text, a foreign link: show it, never open it
        Unreachable, // not in the store and the server cannot be reached: try again online
        Failed, // the server answered something else: see error
    };
    struct Resolution
    {
        Outcome outcome = Outcome::NotALabel;
        QrLink link;
        Product product;
        Affair affair;
        std::optional<ApiError> error;
        bool fromStore = false;
        QString message() const; // translated, for the scanner's list
    };

    QrResolver(ApiClient& client, const Store& store, QObject* parent = nullptr);

    void resolve(const QrLink& link);

signals:
    void resolved(const mycloud::QrResolver::Resolution& resolution);

private:
    void finish(Resolution resolution);

    ApiClient& m_client;
    const Store& m_store;
    QPointer<ApiReply> m_pending;
};

} // namespace mycloud
