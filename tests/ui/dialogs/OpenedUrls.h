#pragma once

#include <QDesktopServices>
#include <QObject>
#include <QUrl>

namespace mycloud::probe {

// While it lives, QDesktopServices hands URLs of the given schemes here instead of to the system's
// dialer, mailer or browser, so that a test sees what a button really opened.
class OpenedUrls final : public QObject
{
    Q_OBJECT

public:
    explicit OpenedUrls(QStringList schemes)
        : m_schemes(std::move(schemes))
    {
        for (const QString& scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, this, "open");
    }

    ~OpenedUrls() override
    {
        for (const QString& scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    Q_INVOKABLE void open(const QUrl& url) { urls.append(url); }

    QList<QUrl> urls;

private:
    QStringList m_schemes;
};

} // namespace mycloud::probe
