#pragma once

#include <QDialog>
#include <QUrl>

namespace pbx::ui {

// The version, the libraries we ship with and their licenses, and "Copy
// diagnostics" for a support ticket (never a secret: see diagnostics.h).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QUrl portal, QWidget *parent = nullptr);

private:
    QUrl m_portal;
};

} // namespace pbx::ui
