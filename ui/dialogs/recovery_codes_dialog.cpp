#include "recovery_codes_dialog.h"

#include "common/secure_wipe.h"
#include "message_boxes.h"
#include "mfa/base32.h"
#include "widgets/secret_clipboard.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pbx::ui {

RecoveryCodesDialog::RecoveryCodesDialog(QStringList codes, QString account, QString portal, QWidget *parent,
                                         Purpose purpose)
    : SignOutGuardedDialog(parent), m_codes(std::move(codes)), m_account(std::move(account)), m_portal(std::move(portal)),
      m_clipboard(new SecretClipboard(this)), m_status(new QLabel(this)),
      m_confirm(new QCheckBox(tr("I have &saved these codes somewhere safe"), this)),
      m_continue(new QPushButton(tr("&Continue"), this)), m_purpose(purpose)
{
    const bool replacement = purpose == Purpose::Replacement;
    setObjectName(QStringLiteral("recoveryCodesDialog"));
    setWindowTitle(replacement ? tr("Save your new recovery codes") : tr("Save your recovery codes"));
    setWindowModality(Qt::ApplicationModal);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *heading = new QLabel(windowTitle(), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto *why = new QLabel(
        (replacement ? tr("Your previous recovery codes no longer work.") + QLatin1Char(' ') : QString())
            + tr("If you lose your phone, each of these codes signs you in once, so that you can set up a new one. "
                 "Keep them apart from your phone, where only you can get at them. They are not shown again."),
        this);
    why->setWordWrap(true);
    why->setMinimumWidth(420);
    layout->addWidget(why);

    // Two columns of grouped codes, in a fixed font: 0/O and 1/I never
    // appear, but a fixed font keeps the groups aligned for reading out.
    auto *grid = new QGridLayout;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        auto *code = new QLabel(mfa::groupForDisplay(m_codes.at(i).toLatin1()), this);
        code->setObjectName(QStringLiteral("recoveryCode"));
        code->setTextFormat(Qt::PlainText);
        code->setFont(fixed);
        grid->addWidget(code, int(i % 5), int(i / 5));
    }
    grid->setHorizontalSpacing(32);
    auto *codesRow = new QHBoxLayout;
    codesRow->addStretch();
    codesRow->addLayout(grid);
    codesRow->addStretch();
    layout->addSpacing(8);
    layout->addLayout(codesRow);
    layout->addSpacing(8);

    auto *keepRow = new QHBoxLayout;
    auto *copyButton = new QPushButton(tr("Cop&y"), this);
    copyButton->setObjectName(QStringLiteral("copyCodesButton"));
    auto *saveButton = new QPushButton(tr("Sa&ve…"), this);
    saveButton->setObjectName(QStringLiteral("saveCodesButton"));
    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printCodesButton"));
    for (QPushButton *b : {copyButton, saveButton, printButton}) {
        b->setAutoDefault(false);
        keepRow->addWidget(b);
    }
    keepRow->addStretch();
    layout->addLayout(keepRow);
    m_status->setObjectName(QStringLiteral("codesStatus"));
    m_status->setTextFormat(Qt::PlainText); // may quote a file name
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_confirm->setObjectName(QStringLiteral("confirmSavedCheck"));
    m_confirm->setEnabled(false); // first copy, save or print them
    layout->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    auto *signOut = new QPushButton(tr("Sign &out"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setAutoDefault(false);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);
    buttons->addWidget(signOut);
    signOut->setVisible(!replacement); // already signed in: nothing to sign out of
    buttons->addStretch();
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);

    connect(copyButton, &QPushButton::clicked, this, &RecoveryCodesDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &RecoveryCodesDialog::save);
    connect(printButton, &QPushButton::clicked, this, &RecoveryCodesDialog::print);
    connect(m_confirm, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_kept && m_confirm->isChecked())
            accept();
    });
    connect(signOut, &QPushButton::clicked, this, [this] { signOutNow(); });
    copyButton->setFocus();
}

void RecoveryCodesDialog::reject()
{
    if (m_purpose == Purpose::AfterEnrollment)
        return SignOutGuardedDialog::reject();
    if (m_kept
        || MessageBoxes::confirm(this, tr("Close without keeping the codes?"),
                                 tr("Your previous recovery codes no longer work, and these are not shown again."),
                                 tr("&Close")))
        QDialog::reject();
}

RecoveryCodesDialog::~RecoveryCodesDialog()
{
    for (QString &code : m_codes)
        secureWipe(code);
}

QString RecoveryCodesDialog::text() const
{
    QString out = tr("PBX Admin recovery codes for %1").arg(m_account) + QLatin1Char('\n') + m_portal + QLatin1Char('\n')
        + QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat) + QLatin1String("\n\n")
        + tr("Each code signs you in once if you lose your phone.") + QLatin1String("\n\n");
    for (const QString &code : m_codes)
        out += mfa::groupForDisplay(code.toLatin1()) + QLatin1Char('\n');
    return out;
}

void RecoveryCodesDialog::copy()
{
    QStringList grouped;
    for (const QString &code : std::as_const(m_codes))
        grouped << mfa::groupForDisplay(code.toLatin1());
    m_clipboard->copy(grouped.join(QLatin1Char('\n')));
    kept(tr("Copied. The clipboard is cleared in 30 seconds: paste them into your password manager now."));
}

void RecoveryCodesDialog::save()
{
    QFileDialog dialog(this, tr("Save recovery codes"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                           + QLatin1String("/pbx-admin-recovery-codes.txt"),
                       tr("Text files (*.txt)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("txt"));
    if (MessageBoxes::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSaveFile file(path);
    // Only the owner reads it, as a password manager's export would be.
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    kept(tr("Saved to %1.").arg(path));
}

void RecoveryCodesDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (MessageBoxes::exec(dialog) != QDialog::Accepted)
        return;
    QTextDocument page;
    page.setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    page.setPlainText(text());
    page.print(&printer);
    kept(tr("Sent to the printer."));
}

void RecoveryCodesDialog::kept(const QString &how)
{
    m_kept = true;
    m_status->setText(how);
    m_confirm->setEnabled(true);
    m_confirm->setFocus();
}

} // namespace pbx::ui
