#include "attempt_status.h"

#include "error_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace pbx::ui {

AttemptStatus::AttemptStatus(QWidget *parent)
    : QWidget(parent), m_error(new QLabel(this)), m_notice(new QLabel(this)), m_busyText(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    // Errors may quote the portal: never markup.
    m_error->setTextFormat(Qt::PlainText);
    m_notice->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showAsError(m_error);
    m_error->setAccessibleName(tr("Error"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyText);
    busyRow->addWidget(m_progress, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    clear();
    setBusy(false);

    connect(&m_countdown, &RetryCountdown::tick, this, [this](int left) {
        // After a busy answer the code the user typed may have expired by
        // the end of the wait: they are asked for a fresh one.
        m_error->setText(m_waitingFor == ErrorKind::Busy
                             ? tr("The portal is busy. Enter a new code in %n second(s).", nullptr, left)
                             : tr("Too many attempts. Try again in %n second(s).", nullptr, left));
        m_error->setVisible(true);
    });
    m_busyText->setObjectName(QStringLiteral("busyText"));
    connect(&m_busyRetry, &RetryCountdown::tick, this, [this](int left) {
        m_busyText->setText(tr("The portal is busy, trying again in %n second(s)…", nullptr, left));
    });
    connect(&m_busyRetry, &RetryCountdown::finished, this, [this] { m_busyText->setText(m_busyWhat); });
    connect(&m_countdown, &RetryCountdown::finished, this, [this] {
        m_error->setText(tr("You can try again now."));
        emit waitingChanged(false);
    });
}

void AttemptStatus::setBusy(bool busy, const QString &what)
{
    m_busyRetry.stop();
    m_busyWhat = what;
    m_busyText->setText(what);
    m_busyText->setVisible(busy);
    m_progress->setVisible(busy);
}

void AttemptStatus::showError(const PortalError &error)
{
    m_notice->hide();
    if (error.kind == ErrorKind::RateLimited || error.kind == ErrorKind::Busy) {
        m_waitingFor = error.kind;
        m_countdown.start(std::max(1, error.retryAfterSeconds));
        emit waitingChanged(true);
        return;
    }
    m_error->setText(error.message());
    m_error->setVisible(true);
}

void AttemptStatus::showBusyRetry(int seconds)
{
    m_busyRetry.start(seconds);
}

void AttemptStatus::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void AttemptStatus::clear()
{
    if (m_countdown.isRunning())
        return; // the wait stays visible until it is over
    m_error->clear();
    m_error->hide();
    m_notice->hide();
}

QString AttemptStatus::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace pbx::ui
