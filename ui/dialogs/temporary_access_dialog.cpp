#include "temporary_access_dialog.h"

#include "common/secure_wipe.h"
#include "console/users_table_model.h"
#include "mfa/base32.h"
#include "step_up_dialog.h"
#include "widgets/error_text.h"
#include "widgets/secret_clipboard.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pbx::ui {

TemporaryAccessDialog::TemporaryAccessDialog(Session &session, ListedUser user, QWidget *parent)
    : QDialog(parent), m_session(&session), m_user(std::move(user)), m_pages(new QStackedWidget(this)),
      m_lifetime(new QSpinBox(this)), m_reason(new QLineEdit(this)), m_error(new QLabel(this)),
      m_issue(new QPushButton(tr("&Issue code"), this)), m_code(new QLabel(this)), m_expires(new QLabel(this)),
      m_clipboard(new SecretClipboard(this))
{
    setObjectName(QStringLiteral("temporaryAccessDialog"));
    setWindowTitle(tr("Temporary access code"));
    const QString who = UsersTableModel::cellText(m_user, UsersTableModel::NameColumn) + QLatin1String(" (")
        + UsersTableModel::cellText(m_user, UsersTableModel::UserColumn) + QLatin1Char(')');
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_pages);

    // Page 1: before the code exists.
    auto *ask = new QWidget(m_pages);
    auto *askLayout = new QVBoxLayout(ask);
    askLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("A temporary access code lets %1 sign in once and set up a new phone. Whoever has "
                                "it can do the same, so first:")
                                 .arg(who),
                             ask);
    intro->setTextFormat(Qt::PlainText); // the name comes from the directory
    intro->setWordWrap(true);
    intro->setMinimumWidth(440);
    askLayout->addWidget(intro);
    for (const QString &item : {tr("I have verified the caller's identity (called back on a number on record, or in "
                                   "person)."),
                                tr("The caller cannot use their authenticator app or recovery codes."),
                                tr("I will give the code to the caller only, by voice or in person.")}) {
        auto *check = new QCheckBox(item, ask);
        check->setObjectName(QStringLiteral("checklistItem"));
        m_checks << check;
        askLayout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &TemporaryAccessDialog::updateIssue);
    }
    auto *form = new QFormLayout;
    m_lifetime->setObjectName(QStringLiteral("lifetimeSpin"));
    m_lifetime->setRange(TemporaryAccessCode::MinLifetimeMinutes, TemporaryAccessCode::MaxLifetimeMinutes);
    m_lifetime->setValue(TemporaryAccessCode::DefaultLifetimeMinutes);
    m_lifetime->setSuffix(tr(" min"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("For the audit log, e.g. a ticket number"));
    auto *lifetimeLabel = new QLabel(tr("&Valid for:"), ask);
    lifetimeLabel->setBuddy(m_lifetime);
    auto *reasonLabel = new QLabel(tr("&Reason:"), ask);
    reasonLabel->setBuddy(m_reason);
    form->addRow(lifetimeLabel, m_lifetime);
    form->addRow(reasonLabel, m_reason);
    askLayout->addLayout(form);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText); // the portal's words
    m_error->setWordWrap(true);
    showAsError(m_error);
    m_error->hide();
    askLayout->addWidget(m_error);
    auto *askButtons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), ask);
    cancel->setAutoDefault(false);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setDefault(true);
    askButtons->addStretch();
    askButtons->addWidget(cancel);
    askButtons->addWidget(m_issue);
    askLayout->addLayout(askButtons);
    m_pages->addWidget(ask);

    // Page 2: the code, once.
    auto *shown = new QWidget(m_pages);
    auto *shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    auto *give = new QLabel(tr("Read this code to %1. It works once.").arg(who), shown);
    give->setTextFormat(Qt::PlainText);
    give->setWordWrap(true);
    shownLayout->addWidget(give);
    m_code->setObjectName(QStringLiteral("codeLabel"));
    m_code->setTextFormat(Qt::PlainText);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setAccessibleName(tr("Temporary access code"));
    shownLayout->addWidget(m_code);
    m_expires->setObjectName(QStringLiteral("expiresLabel"));
    m_expires->setAlignment(Qt::AlignCenter);
    shownLayout->addWidget(m_expires);
    auto *shownButtons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Cop&y"), shown);
    copy->setObjectName(QStringLiteral("copyCodeButton"));
    copy->setAutoDefault(false);
    auto *close = new QPushButton(tr("&Close"), shown);
    close->setObjectName(QStringLiteral("closeButton"));
    shownButtons->addWidget(copy);
    shownButtons->addStretch();
    shownButtons->addWidget(close);
    shownLayout->addLayout(shownButtons);
    m_pages->addWidget(shown);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(); });
    connect(copy, &QPushButton::clicked, this, [this] { m_clipboard->copy(m_shownCode); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    updateIssue();
    m_checks.first()->setFocus(); // keyboard order: the checklist, then lifetime and reason
}

TemporaryAccessDialog::~TemporaryAccessDialog()
{
    secureWipe(m_shownCode);
}

void TemporaryAccessDialog::updateIssue()
{
    const bool checked = std::all_of(m_checks.cbegin(), m_checks.cend(), [](const QCheckBox *c) { return c->isChecked(); });
    m_issue->setEnabled(checked && !m_busy);
}

void TemporaryAccessDialog::issue(const StepUp &proof)
{
    if (!m_session || !m_session->client() || !m_issue->isEnabled())
        return;
    m_busy = true;
    m_error->hide();
    updateIssue();
    const QPointer<TemporaryAccessDialog> self(this);
    const bool proven = !proof.password.isEmpty();
    m_session->client()->issueTemporaryAccess(
        m_user.domain, m_user.user, m_lifetime->value(), m_reason->text().trimmed(),
        [self, proven](Result<TemporaryAccessCode, PortalError> r) {
            if (!self)
                return;
            self->m_busy = false;
            self->updateIssue();
            if (r)
                return self->showCode(std::move(r).value());
            // An administrator's account: the portal wants the caller's
            // password (and code) first; asked once.
            if (r.error().kind == ErrorKind::StepUpRequired && !proven)
                return self->askStepUp();
            self->m_error->setText(r.error().message());
            self->m_error->show();
            // Grow for the wrapped line rather than squeeze the form.
            self->m_pages->currentWidget()->adjustSize();
            self->adjustSize();
        },
        proof);
}

void TemporaryAccessDialog::askStepUp()
{
    // From inside a reply: open(), not exec().
    auto *dialog = new StepUpDialog(UsersTableModel::cellText(m_user, UsersTableModel::UserColumn), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        StepUp proof = dialog->proof();
        issue(proof);
        secureWipe(proof.password);
        secureWipe(proof.passcode);
    });
    dialog->open();
}

void TemporaryAccessDialog::showCode(TemporaryAccessCode code)
{
    m_shownCode = mfa::groupForDisplay(code.code.toLatin1());
    secureWipe(code.code);
    m_code->setText(m_shownCode);
    m_expires->setText(tr("Valid until %1").arg(QLocale().toString(code.expires.toLocalTime(), QLocale::LongFormat)));
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("Temporary access code issued"));
    adjustSize();
}

} // namespace pbx::ui
