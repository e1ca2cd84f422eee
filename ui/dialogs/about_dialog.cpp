#include "about_dialog.h"

#include "common/diagnostics.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

AboutDialog::AboutDialog(QUrl portal, QWidget *parent) : QDialog(parent), m_portal(std::move(portal))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PBX Admin"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("PBX Admin %1").arg(QApplication::applicationVersion()), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    title->setFont(f);
    layout->addWidget(title);
    auto *summary = new QLabel(tr("Signs in to hosted PBX portals and sets up multi-factor authentication."), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    // Names and license identifiers are not translated.
    const QString rows = QStringLiteral(
                             "<table cellspacing='4'>"
                             "<tr><td>PBX Admin %1</td><td>GPL-3.0-or-later</td></tr>"
                             "<tr><td>Qt %2</td><td>LGPL-3.0-only (Qt HTTP Server: GPL-3.0-only)</td></tr>"
                             "<tr><td>%3</td><td>Apache-2.0</td></tr>"
                             "<tr><td>libqrencode %4</td><td>LGPL-2.1-or-later</td></tr>"
                             "<tr><td>QtKeychain</td><td>BSD-3-Clause</td></tr>"
                             "</table>")
                             .arg(QApplication::applicationVersion().toHtmlEscaped(),
                                  QString::fromLatin1(qVersion()).toHtmlEscaped(), openSslVersion().toHtmlEscaped(),
                                  qrencodeVersion().toHtmlEscaped());
    auto *components = new QLabel(rows, this);
    components->setObjectName(QStringLiteral("componentsLabel"));
    components->setTextFormat(Qt::RichText);
    components->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(components);
    auto *licenses = new QLabel(tr("This program comes with ABSOLUTELY NO WARRANTY. It is free software under the GNU "
                                   "General Public License, version 3 or later; the libraries keep their own licenses, "
                                   "listed above."),
                                this);
    licenses->setWordWrap(true);
    layout->addWidget(licenses);

    auto *copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("copiedLabel"));
    layout->addWidget(copied);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy &diagnostics"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    copy->setToolTip(tr("Versions, system, portal host and recent errors, for your support ticket. No password, "
                        "code or key is included."));
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this, copied] {
        QApplication::clipboard()->setText(diagnosticsReport(m_portal));
        copied->setText(tr("Diagnostics copied to the clipboard."));
    });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

} // namespace pbx::ui
