#include "retry_countdown.h"

namespace pbx::ui {

RetryCountdown::RetryCountdown(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RetryCountdown::onTimeout);
}

void RetryCountdown::start(int seconds)
{
    m_deadline = QDeadlineTimer(std::chrono::seconds(seconds));
    m_timer.start();
    emit tick(remainingSeconds());
}

void RetryCountdown::stop()
{
    m_timer.stop();
}

int RetryCountdown::remainingSeconds() const
{
    return int((m_deadline.remainingTime() + 999) / 1000);
}

void RetryCountdown::onTimeout()
{
    const int left = remainingSeconds();
    if (left <= 0) {
        m_timer.stop();
        emit finished();
        return;
    }
    emit tick(left);
}

} // namespace pbx::ui
