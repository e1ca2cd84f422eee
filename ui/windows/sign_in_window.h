#pragma once

#include "settings/network_settings.h"
#include "widgets/retry_countdown.h"

#include <QWidget>

class QComboBox;
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
    QString caFile;
    ProxySettings::Mode proxyMode = ProxySettings::Mode::System;
    QString proxy; // host:port, for a manual proxy
};

// The first window: the portal profile, portal, username, password, and
// under "Advanced" the portal's API client ID and secret, an extra CA file
// and the proxy. A view only; SignInController and AppController act.
class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SignInWindow(bool demo, QWidget *parent = nullptr);

    void prefill(const SignInForm &form);
    SignInForm form() const;
    // The portal address as typed, for what needs nothing else of the form.
    QString portalText() const;
    void setBusy(bool busy);
    // While busy: the portal turned the sign-in away and it is sent again
    // in this many seconds (Cancel still stops it).
    void showBusyRetry(int seconds);
    // Busy with something the user cannot cancel (the demo portal starting):
    // the form waits, saying `text`. setBusy(false) ends it.
    void showWaiting(const QString &text);
    QString busyText() const;
    void showError(const QString &text);
    void clearError();
    void setAdvancedVisible(bool visible);
    void setClientSecret(const QString &secret);
    // Wipes the password and the client secret fields.
    void wipePassword();
    void focusFirstEmpty();
    QString errorText() const;
    // The profiles to choose from (id, name), and the one shown.
    void setProfiles(const QList<QPair<QString, QString>> &profiles, const QString &currentId);

signals:
    void signInRequested();
    void cancelRequested();
    void aboutRequested();
    void profileChosen(const QString &id);
    void newProfileRequested();
    void deleteProfileRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void updateProxyEdit();

    QLineEdit *m_portal;
    QLineEdit *m_username;
    PasswordLineEdit *m_password;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_clientId;
    PasswordLineEdit *m_clientSecret;
    QComboBox *m_profiles = nullptr; // none in demo mode
    QPushButton *m_newProfile = nullptr;
    QPushButton *m_deleteProfile = nullptr;
    QLineEdit *m_caFile;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxy;
    QLabel *m_error;
    QLabel *m_busyText;
    RetryCountdown m_busyRetry;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace pbx::ui
