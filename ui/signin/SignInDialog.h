#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QWidget;

namespace mycloud {

class ApiError;
class ApiReply;
class ClientSession;

// Sign-in (seed §2 "Connexion"): e-mail and password, the server under "Server settings" (for a
// self-hosted MyCloud, with its certificate shown and trusted on request), and the "Forgot your
// password?" flow: a code is e-mailed, then a new password is set with it. Accepted once signed in.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr const char* kDefaultServer = "https://mycloud.b2ei.fr";

    explicit SignInDialog(ClientSession& session, QWidget* parent = nullptr);

    void setMessage(const QString& message); // e.g. why the user must sign in again

private:
    QWidget* buildSignInPage();
    QWidget* buildResetPage();
    QUrl server() const;
    void signIn();
    void onSignInFailed(const ApiError& error);
    void requestCode();
    void confirmReset();
    void setBusy(bool busy);
    void showError(QLabel* label, const QString& text);
    void updateButtons();
    void watch(ApiReply* reply, QLabel* status, const std::function<void()>& succeeded);

    ClientSession& m_session;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QToolButton* m_serverToggle = nullptr;
    QWidget* m_serverBox = nullptr;
    QLineEdit* m_server = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_signIn = nullptr;
    QProgressBar* m_busy = nullptr;
    QByteArray m_caToTrust; // a certificate authority the user chose to trust, sent with the next try

    QLineEdit* m_resetEmail = nullptr;
    QPushButton* m_sendCode = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_confirmPassword = nullptr;
    QPushButton* m_setPassword = nullptr;
    QLabel* m_resetStatus = nullptr;
};

} // namespace mycloud
