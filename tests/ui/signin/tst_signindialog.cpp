// The sign-in dialog against the real server: a self-hosted server's certificate shown and trusted
// on request, a wrong password said, the "forgot your password?" flow with the code read from the
// server's real e-mail, then signing in with the new password.
#include "MailParsing.h"
#include "ServerProcess.h"
#include "core/ClientSession.h"
#include "dialogs/CertificateDialog.h"
#include "signin/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<ClientSession> m_session;

    static QLineEdit* field(QWidget* dialog, const QString& name)
    {
        return dialog->findChild<QLineEdit*>(name);
    }

    static QPushButton* button(QWidget* dialog, const QString& text)
    {
        for (QPushButton* b : dialog->findChildren<QPushButton*>())
            if (b->text().remove(u'&') == text)
                return b;
        return nullptr;
    }

    static QString shownText(QWidget* dialog)
    {
        QStringList texts;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->isVisibleTo(dialog))
                texts << label->text();
        return texts.join(u'\n');
    }

    // Answers the next CertificateDialog as soon as it is open, without waiting inside the event
    // loop that opened it.
    void whenCertificateAsked(bool trust)
    {
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, trust] {
            if (auto* dialog = qobject_cast<CertificateDialog*>(QApplication::activeModalWidget())) {
                poll->deleteLater();
                trust ? dialog->accept() : dialog->reject();
            }
        });
        poll->start(20);
    }

    QString takeResetCode()
    {
        for (int i = 0; i < 100; ++i) {
            const QDir box(m_server.dataPath(u"mail/new"_s));
            for (const QString& name : box.entryList(QDir::Files)) {
                QFile file(box.filePath(name));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QString code = mailedResetCode(parseMail(file.readAll()).body);
                file.close();
                QFile::remove(box.filePath(name));
                if (!code.isEmpty())
                    return code;
            }
            QTest::qWait(50);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start().isEmpty());
        m_session = std::make_unique<ClientSession>(m_profile.path());
        QVERIFY(!m_session->open());
    }

    void wrongPasswordThenCertificateThenSignedIn()
    {
        SignInDialog dialog(*m_session);
        dialog.show();
        QLineEdit* email = field(&dialog, u"email"_s);
        QLineEdit* password = field(&dialog, u"password"_s);
        QLineEdit* server = field(&dialog, u"server"_s);
        QVERIFY(email && password && server);
        QPushButton* signIn = button(&dialog, u"Sign in"_s);
        QVERIFY(signIn);
        QVERIFY(!signIn->isEnabled());
        server->setText(m_server.rootUrl(QString()).toString());
        QTest::keyClicks(email, QString::fromLatin1(ServerProcess::kDemoEmail));
        QTest::keyClicks(password, u"wrong-password"_s);
        QVERIFY(signIn->isEnabled());

        // The untrusted certificate comes first: refused, the dialog says why.
        whenCertificateAsked(false);
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 20000);
        QVERIFY(!QFile::exists(m_profile.filePath(u"trusted-ca.pem"_s)));

        // Trusted this time; the password is still wrong.
        whenCertificateAsked(true);
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_profile.filePath(u"trusted-ca.pem"_s)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 20000); // the answer came: refused
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_session->state(), ClientSession::State::SignedOut);

        password->setText(QString::fromLatin1(ServerProcess::kDemoPassword));
        signIn->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_session->state(), ClientSession::State::SignedIn);
    }

    void forgotPasswordWithTheMailedCode()
    {
        m_session->signOut();
        SignInDialog dialog(*m_session);
        dialog.show();
        field(&dialog, u"email"_s)->setText(QString::fromLatin1(ServerProcess::kDemoEmail));
        button(&dialog, u"Forgot your password?"_s)->click();
        auto* pages = dialog.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentIndex(), 1);
        QWidget* reset = pages->currentWidget();
        QLineEdit* resetEmail = field(reset, u"resetEmail"_s);
        QCOMPARE(resetEmail->text(), QString::fromLatin1(ServerProcess::kDemoEmail)); // carried over
        button(reset, u"Send me a code"_s)->click();
        const QString code = takeResetCode();
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY(shownText(reset).contains(u"code is on its way"_s));
        field(reset, u"code"_s)->setText(code);
        field(reset, u"newPassword"_s)->setText(u"Nouveau-Mot-2026"_s);
        QPushButton* set = button(reset, u"Set the new password"_s);
        QVERIFY(!set->isEnabled()); // the confirmation is missing
        field(reset, u"confirmPassword"_s)->setText(u"Nouveau-Mot-2026"_s);
        QVERIFY(set->isEnabled());
        set->click();
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentIndex(), 0, 20000);
        QVERIFY(shownText(&dialog).contains(u"password was changed"_s));

        field(&dialog, u"password"_s)->setText(u"Nouveau-Mot-2026"_s);
        button(&dialog, u"Sign in"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        QCOMPARE(m_session->state(), ClientSession::State::SignedIn);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QVERIFY(m_server.stop().isEmpty());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
