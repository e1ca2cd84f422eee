#pragma once

#include <QWidget>

class QLabel;

namespace pbx::ui {

// The desktop app's first window until the sign-in window lands (issue 3):
// it says what the app is and, in demo mode, where the demo portal runs.
class PlaceholderWindow : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderWindow(QWidget *parent = nullptr);
    void setDemoPortal(const QString &url, const QString &fingerprint);

private:
    QLabel *m_status;
};

} // namespace pbx::ui
