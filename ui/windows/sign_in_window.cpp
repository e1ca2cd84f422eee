#include "sign_in_window.h"

#include "widgets/demo_banner.h"
#include "widgets/error_text.h"
#include "widgets/password_line_edit.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pbx::ui {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

SignInWindow::SignInWindow(bool demo, QWidget *parent)
    : QWidget(parent), m_portal(new QLineEdit(this)), m_username(new QLineEdit(this)),
      m_password(new PasswordLineEdit(this)), m_advancedToggle(new QToolButton(this)), m_advanced(new QWidget(this)),
      m_clientId(new QLineEdit(m_advanced)), m_clientSecret(new PasswordLineEdit(m_advanced)),
      m_caFile(new QLineEdit(m_advanced)), m_proxyMode(new QComboBox(m_advanced)), m_proxy(new QLineEdit(m_advanced)),
      m_error(new QLabel(this)),
      m_busyText(new QLabel(tr("Signing in…"), this)), m_progress(new QProgressBar(this)),
      m_signIn(new QPushButton(tr("&Sign in"), this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("signInWindow"));
    setWindowTitle(tr("Sign in — PBX Admin"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grow with wrapped error text
    if (demo)
        layout->addWidget(new DemoBanner(this));

    auto *title = new QLabel(tr("Sign in to your PBX portal"), this);
    QFont f = title->font();
    // Larger, not bold: a bold face is a second font file to load before the
    // first frame (about 0.6 ms of a 15 ms start-up).
    f.setPointSizeF(f.pointSizeF() * 1.4);
    title->setFont(f);
    layout->addWidget(title);

    m_portal->setObjectName(QStringLiteral("portalEdit"));
    m_portal->setPlaceholderText(QStringLiteral("https://portal.example.com"));
    m_portal->setAccessibleName(tr("Portal address"));
    m_portal->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("user@domain"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    auto *form = new QFormLayout;
    if (!demo) {
        // Several portals, one profile each; the demo has only its own.
        m_profiles = new QComboBox(this);
        m_profiles->setObjectName(QStringLiteral("profileCombo"));
        m_profiles->setAccessibleName(tr("Profile"));
        m_profiles->setPlaceholderText(tr("Created at your first sign-in"));
        m_newProfile = new QPushButton(tr("&New…"), this);
        m_newProfile->setObjectName(QStringLiteral("newProfileButton"));
        m_newProfile->setAutoDefault(false);
        m_deleteProfile = new QPushButton(tr("Dele&te"), this);
        m_deleteProfile->setObjectName(QStringLiteral("deleteProfileButton"));
        m_deleteProfile->setAutoDefault(false);
        auto *row = new QHBoxLayout;
        row->addWidget(m_profiles, 1);
        row->addWidget(m_newProfile);
        row->addWidget(m_deleteProfile);
        form->addRow(buddyLabel(tr("Pro&file:"), m_profiles, this), row);
        connect(m_profiles, &QComboBox::activated, this,
                [this](int index) { emit profileChosen(m_profiles->itemData(index).toString()); });
        connect(m_newProfile, &QPushButton::clicked, this, &SignInWindow::newProfileRequested);
        connect(m_deleteProfile, &QPushButton::clicked, this, &SignInWindow::deleteProfileRequested);
    }
    form->addRow(buddyLabel(tr("P&ortal:"), m_portal, this), m_portal);
    form->addRow(buddyLabel(tr("&Username:"), m_username, this), m_username);
    form->addRow(buddyLabel(tr("&Password:"), m_password, this), m_password);
    layout->addLayout(form);

    m_advancedToggle->setObjectName(QStringLiteral("advancedButton"));
    m_advancedToggle->setText(tr("A&dvanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    layout->addWidget(m_advancedToggle);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("API client ID"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setAccessibleName(tr("API client secret"));
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(buddyLabel(tr("Client &ID:"), m_clientId, m_advanced), m_clientId);
    advancedForm->addRow(buddyLabel(tr("Client s&ecret:"), m_clientSecret, m_advanced), m_clientSecret);
    auto *hint = new QLabel(tr("Your provider gives these. The secret is kept in the system keychain."), m_advanced);
    hint->setWordWrap(true);
    advancedForm->addRow(hint);

    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("Extra certificate authority file"));
    m_caFile->setPlaceholderText(tr("Only if your provider uses a private CA"));
    auto *browse = new QPushButton(tr("&Browse…"), m_advanced);
    browse->setObjectName(QStringLiteral("caFileButton"));
    browse->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    advancedForm->addRow(buddyLabel(tr("C&A file:"), m_caFile, m_advanced), caRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });

    m_proxyMode->setObjectName(QStringLiteral("proxyCombo"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("System settings"), int(ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_proxyMode->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    m_proxyMode->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));
    m_proxy->setObjectName(QStringLiteral("proxyEdit"));
    m_proxy->setAccessibleName(tr("Proxy host and port"));
    m_proxy->setPlaceholderText(tr("host:port"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxy, 1);
    advancedForm->addRow(buddyLabel(tr("Pro&xy:"), m_proxyMode, m_advanced), proxyRow);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SignInWindow::updateProxyEdit);
    updateProxyEdit();

    // The main and the Advanced forms are two layouts; one label width lines
    // their fields up.
    int labelWidth = 0;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy()) // the text without its '&' mnemonic marker
            labelWidth = std::max(labelWidth, label->fontMetrics().horizontalAdvance(QString(label->text()).remove(u'&')));
    }
    for (QLabel *label : labels) {
        if (label->buddy())
            label->setMinimumWidth(labelWidth);
    }
    layout->addWidget(m_advanced);
    m_advanced->hide();

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showAsError(m_error);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    auto *busyRow = new QHBoxLayout;
    m_busyText->setObjectName(QStringLiteral("busyText"));
    connect(&m_busyRetry, &RetryCountdown::tick, this, [this](int left) {
        m_busyText->setText(tr("The portal is busy, trying again in %n second(s)…", nullptr, left));
    });
    connect(&m_busyRetry, &RetryCountdown::finished, this, [this] { m_busyText->setText(tr("Signing in…")); });
    busyRow->addWidget(m_busyText);
    busyRow->addWidget(m_progress, 1);
    layout->addLayout(busyRow);
    layout->addStretch();

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *buttons = new QHBoxLayout;
    auto *about = new QPushButton(tr("&About"), this);
    about->setObjectName(QStringLiteral("aboutButton"));
    about->setAutoDefault(false);
    connect(about, &QPushButton::clicked, this, &SignInWindow::aboutRequested);
    buttons->addWidget(about);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);

    // Enter anywhere in the form signs in, as the default button would in a dialog.
    for (QLineEdit *edit : {m_portal, m_username, static_cast<QLineEdit *>(m_password), m_clientId,
                            static_cast<QLineEdit *>(m_clientSecret)})
        connect(edit, &QLineEdit::returnPressed, this, &SignInWindow::submit);
    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInWindow::cancelRequested);
    connect(m_advancedToggle, &QToolButton::toggled, this, &SignInWindow::setAdvancedVisible);
    setBusy(false);
    resize(440, sizeHint().height());
}

void SignInWindow::submit()
{
    if (m_signIn->isEnabled())
        emit signInRequested(); // while busy the button is disabled: never twice
}

void SignInWindow::prefill(const SignInForm &form)
{
    m_portal->setText(form.portal);
    m_username->setText(form.username);
    m_password->setText(form.password);
    m_clientId->setText(form.clientId);
    m_clientSecret->setText(form.clientSecret);
    m_caFile->setText(form.caFile);
    m_proxyMode->setCurrentIndex(std::max(0, m_proxyMode->findData(int(form.proxyMode))));
    m_proxy->setText(form.proxy);
    focusFirstEmpty();
}

void SignInWindow::focusFirstEmpty()
{
    for (QLineEdit *edit : {m_portal, m_username, static_cast<QLineEdit *>(m_password)}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_signIn->setFocus();
}

SignInForm SignInWindow::form() const
{
    return {m_portal->text().trimmed(),
            m_username->text().trimmed(),
            m_password->text(),
            m_clientId->text().trimmed(),
            m_clientSecret->text(),
            m_caFile->text().trimmed(),
            ProxySettings::Mode(m_proxyMode->currentData().toInt()),
            m_proxy->text().trimmed()};
}

QString SignInWindow::portalText() const
{
    return m_portal->text().trimmed();
}

void SignInWindow::updateProxyEdit()
{
    const auto mode = ProxySettings::Mode(m_proxyMode->currentData().toInt());
    m_proxy->setEnabled(mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5);
}

void SignInWindow::setProfiles(const QList<QPair<QString, QString>> &profiles, const QString &currentId)
{
    if (!m_profiles)
        return;
    m_profiles->clear();
    for (const auto &p : profiles)
        m_profiles->addItem(p.second, p.first);
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findData(currentId)));
    m_deleteProfile->setEnabled(!profiles.isEmpty());
}

void SignInWindow::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_portal), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_password), m_advanced, static_cast<QWidget *>(m_advancedToggle)})
        w->setEnabled(!busy);
    if (m_profiles) {
        // No switching portals in the middle of signing in to one.
        m_profiles->setEnabled(!busy);
        m_newProfile->setEnabled(!busy);
        m_deleteProfile->setEnabled(!busy && m_profiles->count() > 0);
    }
    m_signIn->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_busyText->setVisible(busy);
    m_progress->setVisible(busy);
    m_busyRetry.stop();
    m_busyText->setText(tr("Signing in…"));
    if (busy)
        clearError();
}

void SignInWindow::showWaiting(const QString &text)
{
    setBusy(true);
    m_cancel->setVisible(false); // nothing of the user's to cancel
    m_busyText->setText(text);
}

void SignInWindow::keyPressEvent(QKeyEvent *event)
{
    // Keyboard users stop a sign-in (or the wait for a busy portal) with Esc.
    if (event->key() == Qt::Key_Escape && m_cancel->isVisible()) {
        m_cancel->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignInWindow::showBusyRetry(int seconds)
{
    m_busyRetry.start(seconds);
}

QString SignInWindow::busyText() const
{
    return m_busyText->isVisible() ? m_busyText->text() : QString();
}

void SignInWindow::showError(const QString &text)
{
    m_error->setTextFormat(Qt::PlainText); // may quote the portal or its certificate
    m_error->setText(text);
    m_error->show();
    // A long message makes the window taller rather than squeezing the
    // fields down to their minimum height.
    const int wanted = std::max(sizeHint().height(), heightForWidth(width()));
    if (wanted > height())
        resize(width(), wanted);
}

void SignInWindow::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString SignInWindow::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInWindow::setAdvancedVisible(bool visible)
{
    m_advancedToggle->setChecked(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(visible);
}

void SignInWindow::setClientSecret(const QString &secret)
{
    m_clientSecret->setText(secret);
}

void SignInWindow::wipePassword()
{
    // The client secret goes with it: it is back from the keychain at the
    // next sign-in, and must not sit revealable in a field meanwhile.
    m_password->wipe();
    m_clientSecret->wipe();
}

} // namespace pbx::ui
