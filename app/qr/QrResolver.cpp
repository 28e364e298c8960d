#include "QrResolver.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/Endpoints.h"
#include "domain/QrResolution.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mycloud {

QString QrResolver::Resolution::message() const
{
    switch (outcome) {
    case Outcome::Found:
        return QCoreApplication::translate("QrResolver", "%1 — %2 (affair %3)")
            .arg(product.reference, product.name, affair.reference);
    case Outcome::NotOurs:
        return QCoreApplication::translate("QrResolver", "This label is not one of your products.");
    case Outcome::NotALabel:
        return QCoreApplication::translate("QrResolver", "Not a MyCloud label: %1")
            .arg(link.text().left(200));
    case Outcome::Unreachable:
        return QCoreApplication::translate(
            "QrResolver",
            "This product is not on this computer yet and the server cannot be "
            "reached: scan it again once online.");
    case Outcome::Failed:
        return error ? error->message()
                     : QCoreApplication::translate("QrResolver", "The label could not be looked up.");
    }
    return {};
}

QrResolver::QrResolver(ApiClient& client, const Store& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

void QrResolver::resolve(const QrLink& link)
{
    if (m_pending)
        m_pending->deleteLater(); // cancels it: only the newest scan matters
    Resolution resolution;
    resolution.link = link;
    const std::optional<Product> stored = link.kind() == QrLink::Kind::ProductToken
        ? m_store.productByQrToken(link.token())
        : link.kind() == QrLink::Kind::ProductId ? m_store.product(link.productId())
                                                 : std::nullopt;
    if (link.kind() == QrLink::Kind::Text) {
        finish(resolution);
        return;
    }
    if (stored) {
        if (const auto affair = m_store.affair(stored->affairId)) {
            resolution.outcome = Outcome::Found;
            resolution.product = *stored;
            resolution.affair = *affair;
            resolution.fromStore = true;
            finish(resolution);
            return;
        }
    }
    if (link.kind() == QrLink::Kind::ProductId) { // app links name our own ids: not in the store, not ours
        resolution.outcome = Outcome::NotOurs;
        finish(resolution);
        return;
    }
    ApiReply* reply = m_client.send(Endpoints::resolveQr(link.token()));
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, resolution]() mutable {
        reply->deleteLater();
        const auto answer = reply->decoded<QrResolution>();
        if (answer) {
            resolution.outcome = Outcome::Found;
            resolution.product = answer->product;
            resolution.affair = answer->affair;
        } else if (answer.error().kind() == ApiError::Kind::Http && answer.error().status() == 404) {
            resolution.outcome = Outcome::NotOurs;
        } else {
            resolution.outcome = answer.error().isUnreachable() ? Outcome::Unreachable : Outcome::Failed;
            resolution.error = answer.error();
        }
        finish(resolution);
    });
}

void QrResolver::finish(Resolution resolution)
{
    // Always after resolve() returned, whether the answer came from the store or the network.
    QTimer::singleShot(0, this, [this, resolution = std::move(resolution)] { emit resolved(resolution); });
}

} // namespace mycloud
