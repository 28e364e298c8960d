#include "DoeOrder.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "doe/DoeSelection.h"
#include "store/Store.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace mycloud {

DoeOrder::DoeOrder(ApiClient& client, QUuid affairId, DoeRequest request, QString accountEmail,
                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_affairId(affairId)
    , m_request(std::move(request))
    , m_accountEmail(std::move(accountEmail))
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { send(m_client.send(Endpoints::doe(m_export.id))); });
}

DoeOrder::~DoeOrder()
{
    dropReply();
}

void DoeOrder::start()
{
    if (m_outcome == Outcome::Pending && !m_reply && !m_poll.isActive())
        send(m_client.send(Endpoints::createDoe(m_affairId, m_request)));
}

void DoeOrder::cancel()
{
    const ApiError cancelled(ApiError::Kind::Cancelled);
    finish(Outcome::Failed, cancelled, cancelled.message());
}

void DoeOrder::send(ApiReply* reply)
{
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, &DoeOrder::onAnswer);
}

void DoeOrder::onAnswer()
{
    ApiReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const auto answer = reply->decoded<DoeExport>();
    if (!answer) {
        const ApiError& error = answer.error();
        // The server's own detail is English: say what a 422 means here instead.
        finish(Outcome::Failed, error,
               error.kind() == ApiError::Kind::Http && error.status() == 422
                   ? tr("No document matches this selection on the server (or a chosen product left the "
                        "affair). Synchronise, then choose other document kinds or products.")
                   : error.message());
        return;
    }
    m_export = answer.value();
    switch (m_export.status) {
    case DoeExport::Status::Preparing:
        if (++m_polls <= kMaxPolls) {
            m_poll.start();
            return;
        }
        finish(Outcome::Failed,
               ApiError(ApiError::Kind::Timeout, u"still preparing after %1 polls"_s.arg(m_polls)),
               tr("The server is taking too long to prepare the DOE. Try again later."));
        return;
    case DoeExport::Status::Ready: finish(Outcome::Ready, std::nullopt, {}); return;
    case DoeExport::Status::Emailed:
        finish(Outcome::Emailed, std::nullopt,
               tr("The DOE weighs %1, more than %2: a download link was sent by e-mail to %3. The link is "
                  "valid until %4.")
                   .arg(sizeText(m_export.size), sizeText(DoeExport::kDownloadLimit), m_accountEmail,
                        QLocale().toString(m_export.expiresAt.toLocalTime().date(), QLocale::LongFormat)));
        return;
    case DoeExport::Status::Failed:
        finish(Outcome::Failed, std::nullopt,
               tr("The server could not prepare the DOE. Try again later, or contact B2EI."));
        return;
    }
}

void DoeOrder::finish(Outcome outcome, std::optional<ApiError> error, QString message)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_error = std::move(error);
    m_message = std::move(message);
    m_poll.stop();
    dropReply();
    emit finished();
}

void DoeOrder::dropReply()
{
    ApiReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr); // its abort answers at once: not to us any more
    reply->abort();
    reply->deleteLater();
}

QString DoeOrder::sizeText(qint64 bytes)
{
    // Whole units need no decimals: "500 MB", not "500.0 MB".
    const int precision = bytes % (qint64(1) << 20) == 0 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

DoeOrder::Estimate DoeOrder::estimate(const Store& store, const QUuid& affairId, const DoeRequest& request)
{
    const auto selection = DoeSelection::select(store, affairId, request);
    if (!selection)
        return {};
    return {selection->items.size(), selection->bytes()};
}

} // namespace mycloud
