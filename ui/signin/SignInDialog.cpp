#include "SignInDialog.h"

#include "api/ApiReply.h"
#include "core/ClientSession.h"
#include "dialogs/CertificateDialog.h"
#include "style/Icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

constexpr int kMinPasswordLength = 8; // the server's rule (docs/openapi.yaml)

QLineEdit* passwordField(QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(256);
    return field;
}

} // namespace

SignInDialog::SignInDialog(ClientSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Sign in to MyCloud"));
    setMinimumWidth(420);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSignInPage());
    m_pages->addWidget(buildResetPage());
    // Names for tests and for accessibility tools that address fields by name.
    const std::pair<QLineEdit*, const char*> fields[] = {{m_email, "email"},
                                                         {m_password, "password"},
                                                         {m_server, "server"},
                                                         {m_resetEmail, "resetEmail"},
                                                         {m_code, "code"},
                                                         {m_newPassword, "newPassword"},
                                                         {m_confirmPassword, "confirmPassword"}};
    for (const auto& [field, name] : fields)
        field->setObjectName(QString::fromLatin1(name));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(&m_session, &ClientSession::signInFailed, this, &SignInDialog::onSignInFailed);
    connect(&m_session, &ClientSession::signedIn, this, [this] {
        setBusy(false);
        accept();
    });
    updateButtons();
}

QWidget* SignInDialog::buildSignInPage()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("<h2>Sign in</h2><p>With the e-mail address and password of your MyCloud "
                                "account.</p>"),
                             page);
    title->setWordWrap(true);

    m_email = new QLineEdit(page);
    m_email->setPlaceholderText(tr("name@company.com"));
    m_email->setText(m_session.profile().email());
    m_password = passwordField(page);
    auto* form = new QFormLayout;
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(tr("&Password:"), m_password);

    auto* forgot = new QPushButton(tr("&Forgot your password?"), page);
    forgot->setFlat(true);
    connect(forgot, &QPushButton::clicked, this, [this] {
        m_resetEmail->setText(m_email->text());
        m_pages->setCurrentIndex(1);
        m_resetEmail->setFocus();
        updateButtons();
    });

    m_serverToggle = new QToolButton(page);
    m_serverToggle->setText(tr("Server settings"));
    m_serverToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_serverToggle->setCheckable(true);
    m_serverToggle->setIcon(Icons::get(u"chevron-right"_s));
    m_serverToggle->setAutoRaise(true);
    m_serverBox = new QWidget(page);
    m_server = new QLineEdit(page);
    const QUrl remembered = m_session.profile().server();
    m_server->setText(remembered.isValid() ? remembered.toString() : QString::fromLatin1(kDefaultServer));
    auto* serverForm = new QFormLayout(m_serverBox);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(tr("Ser&ver:"), m_server);
    auto* serverHint
        = new QLabel(tr("Change it only for a self-hosted MyCloud server (https:// only)."), page);
    serverHint->setWordWrap(true);
    serverForm->addRow(serverHint);
    m_serverBox->setVisible(false);
    connect(m_serverToggle, &QToolButton::toggled, this, [this](bool open) {
        m_serverBox->setVisible(open);
        m_serverToggle->setIcon(Icons::get(open ? u"chevron-down"_s : u"chevron-right"_s));
    });

    m_status = new QLabel(page);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);

    auto* buttons = new QDialogButtonBox(page);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_email, m_password, m_server})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(forgot, 0, Qt::AlignLeft);
    layout->addWidget(m_serverToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    if (!m_email->text().isEmpty())
        m_password->setFocus();
    return page;
}

QWidget* SignInDialog::buildResetPage()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("<h2>Forgot your password?</h2><p>We e-mail you a code: type it below with "
                                "your new password.</p>"),
                             page);
    title->setWordWrap(true);
    m_resetEmail = new QLineEdit(page);
    m_sendCode = new QPushButton(tr("Send me a &code"), page);
    m_code = new QLineEdit(page);
    m_newPassword = passwordField(page);
    m_confirmPassword = passwordField(page);
    auto* form = new QFormLayout;
    form->addRow(tr("&E-mail address:"), m_resetEmail);
    form->addRow(QString(), m_sendCode);
    form->addRow(tr("C&ode from the e-mail:"), m_code);
    form->addRow(tr("&New password:"), m_newPassword);
    form->addRow(tr("Con&firm it:"), m_confirmPassword);
    auto* rule = new QLabel(tr("At least %n characters.", nullptr, kMinPasswordLength), page);
    form->addRow(QString(), rule);
    m_resetStatus = new QLabel(page);
    m_resetStatus->setWordWrap(true);
    m_resetStatus->setVisible(false);

    auto* buttons = new QDialogButtonBox(page);
    m_setPassword = buttons->addButton(tr("Set the &new password"), QDialogButtonBox::AcceptRole);
    auto* back = buttons->addButton(tr("&Back to sign-in"), QDialogButtonBox::RejectRole);
    connect(m_sendCode, &QPushButton::clicked, this, &SignInDialog::requestCode);
    connect(m_setPassword, &QPushButton::clicked, this, &SignInDialog::confirmReset);
    connect(back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        updateButtons();
    });
    for (QLineEdit* field : {m_resetEmail, m_code, m_newPassword, m_confirmPassword})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_resetStatus);
    layout->addStretch();
    layout->addWidget(buttons);
    return page;
}

void SignInDialog::setMessage(const QString& message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

QUrl SignInDialog::server() const
{
    return QUrl(m_server->text().trimmed());
}

void SignInDialog::updateButtons()
{
    const QUrl url = server();
    const bool serverOk = url.isValid() && url.scheme() == u"https" && !url.host().isEmpty();
    m_signIn->setEnabled(!m_busy->isVisible() && serverOk && m_email->text().contains(u'@')
                         && !m_password->text().isEmpty());
    if (!serverOk && !m_serverBox->isVisible())
        m_serverToggle->setChecked(true);
    m_sendCode->setEnabled(serverOk && m_resetEmail->text().contains(u'@'));
    const bool passwordOk = m_newPassword->text().size() >= kMinPasswordLength
        && m_newPassword->text() == m_confirmPassword->text();
    m_setPassword->setEnabled(serverOk && !m_code->text().trimmed().isEmpty() && passwordOk);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* field : std::initializer_list<QWidget*>{m_email, m_password, m_server})
        field->setEnabled(!busy);
    updateButtons();
}

void SignInDialog::showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(true);
}

void SignInDialog::signIn()
{
    m_status->setVisible(false);
    setBusy(true);
    m_session.signIn(server(), m_email->text(), m_password->text(), std::exchange(m_caToTrust, {}));
}

void SignInDialog::onSignInFailed(const ApiError& error)
{
    setBusy(false);
    const auto& certificate = error.certificate();
    if (error.kind() == ApiError::Kind::Tls && certificate && !certificate->pem.isEmpty()) {
        // Never accepted silently: the user sees who the server claims to be and decides.
        CertificateDialog dialog(*certificate, server().host(), this);
        if (dialog.exec() == QDialog::Accepted) {
            m_caToTrust = certificate->pem;
            signIn();
            return;
        }
    }
    showError(m_status, error.message());
    m_password->setFocus();
    m_password->selectAll();
}

void SignInDialog::watch(ApiReply* reply, QLabel* status, const std::function<void()>& succeeded)
{
    m_pages->setEnabled(false);
    connect(reply, &ApiReply::finished, this, [this, reply, status, succeeded] {
        reply->deleteLater();
        m_pages->setEnabled(true);
        if (const auto& error = reply->error())
            showError(status, error->message());
        else
            succeeded();
        updateButtons();
    });
}

void SignInDialog::requestCode()
{
    watch(m_session.requestPasswordReset(server(), m_resetEmail->text()), m_resetStatus, [this] {
        // The server answers alike for any address, so that accounts cannot be guessed.
        showError(m_resetStatus,
                  tr("If an account uses %1, a code is on its way. It is valid for a short "
                     "time only.")
                      .arg(m_resetEmail->text().trimmed()));
        m_code->setFocus();
    });
}

void SignInDialog::confirmReset()
{
    watch(m_session.confirmPasswordReset(server(), m_code->text(), m_newPassword->text()), m_resetStatus,
          [this] {
              m_email->setText(m_resetEmail->text().trimmed());
              m_password->clear();
              m_pages->setCurrentIndex(0);
              setMessage(tr("Your password was changed: sign in with the new one."));
              m_password->setFocus();
          });
}

} // namespace mycloud
