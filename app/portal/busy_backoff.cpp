#include "busy_backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace pbx {

std::optional<int> BusyBackoff::next(const PortalError &error)
{
    if (error.kind != ErrorKind::Busy || m_attempts >= m_maxAttempts)
        return std::nullopt;
    ++m_attempts;
    const int base = std::clamp(error.retryAfterSeconds, 1, MaxDelaySecs) * 1000;
    return base + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

} // namespace pbx
