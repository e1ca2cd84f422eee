#pragma once

#include "portal/portal_error.h"
#include "retry_countdown.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pbx::ui {

// Under an MFA form: progress while a request runs, the last error in
// plain words, and, after a 429 or a 503, the wait counting down live.
class AttemptStatus : public QWidget
{
    Q_OBJECT
public:
    explicit AttemptStatus(QWidget *parent = nullptr);

    void setBusy(bool busy, const QString &what = {});
    // While busy: the portal turned the request away and it is sent again
    // in this many seconds.
    void showBusyRetry(int seconds);
    void showError(const PortalError &error);
    void showNotice(const QString &text);
    void clear();
    bool isWaiting() const { return m_countdown.isRunning(); }
    QString errorText() const;

signals:
    void waitingChanged(bool waiting);

private:
    QLabel *m_error;
    QLabel *m_notice;
    QLabel *m_busyText;
    QProgressBar *m_progress;
    RetryCountdown m_countdown;
    ErrorKind m_waitingFor = ErrorKind::RateLimited; // what m_countdown counts down
    RetryCountdown m_busyRetry;
    QString m_busyWhat;
};

} // namespace pbx::ui
