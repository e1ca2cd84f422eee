#include "placeholder_window.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pbx::ui {

PlaceholderWindow::PlaceholderWindow(QWidget *parent) : QWidget(parent), m_status(new QLabel(this))
{
    setWindowTitle(tr("PBX Admin"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>PBX Admin %1</h2>").arg(QStringLiteral(PBX_VERSION)), this);
    auto *text = new QLabel(tr("The sign-in window is not part of this build yet. Use pbx-admin-cli to sign in."), this);
    text->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_status);
    layout->addStretch();
    resize(480, 220);
}

void PlaceholderWindow::setDemoPortal(const QString &url, const QString &fingerprint)
{
    m_status->setText(tr("Demo portal running at %1\nCertificate SHA-256: %2").arg(url, fingerprint));
}

} // namespace pbx::ui
