#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

namespace pbx::ui {

// Counts down a rate-limit wait once a second, on the monotonic clock.
class RetryCountdown : public QObject
{
    Q_OBJECT
public:
    explicit RetryCountdown(QObject *parent = nullptr);
    void start(int seconds);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int remainingSeconds() const;

signals:
    void tick(int remainingSeconds);
    void finished();

private:
    void onTimeout();
    QTimer m_timer;
    QDeadlineTimer m_deadline;
};

} // namespace pbx::ui
