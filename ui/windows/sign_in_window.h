#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace pbx::ui {

class PasswordLineEdit;

struct SignInForm
{
    QString portal, username, password, clientId, clientSecret;
};

// The first window: portal, username, password, and under "Advanced" the
// portal's API client ID and secret. A view only; AppController acts.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SignInWindow(bool demo, QWidget *parent = nullptr);

    void prefill(const SignInForm &form);
    SignInForm form() const;
    void setBusy(bool busy);
    void showError(const QString &text);
    void clearError();
    void setAdvancedVisible(bool visible);
    void setClientSecret(const QString &secret);
    void wipePassword();
    void focusFirstEmpty();
    QString errorText() const;

signals:
    void signInRequested();
    void cancelRequested();
    void aboutRequested();

private:
    void submit();

    QLineEdit *m_portal;
    QLineEdit *m_username;
    PasswordLineEdit *m_password;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_clientId;
    PasswordLineEdit *m_clientSecret;
    QLabel *m_error;
    QLabel *m_busyText;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace pbx::ui
