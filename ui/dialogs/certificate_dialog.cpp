#include "certificate_dialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pbx::ui {

CertificateDialog::CertificateDialog(const QString &portal, const CertificateInfo &c, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Untrusted certificate"));
    setObjectName(QStringLiteral("certificateDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b> presented a certificate that this computer does not trust.<br>"
                                "Trust it only if your provider confirms this fingerprint.")
                                 .arg(portal.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto selectable = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        // The certificate's fields are whatever its maker wrote: never markup.
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        return label;
    };
    const QLocale locale;
    form->addRow(tr("Issued to:"), selectable(c.subject));
    form->addRow(tr("Issued by:"), selectable(c.issuer));
    form->addRow(tr("Valid from:"), selectable(locale.toString(c.notBefore.toLocalTime(), QLocale::LongFormat)));
    form->addRow(tr("Valid until:"), selectable(locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat)));
    auto *fingerprint = selectable(c.fingerprintText());
    fingerprint->setObjectName(QStringLiteral("fingerprintLabel"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *trust = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    // Cancel is the safe default: Enter must not trust a certificate.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace pbx::ui
