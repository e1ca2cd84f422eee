#pragma once

#include "portal_client.h"

#include <QEventLoop>
#include <QTimer>
#include <memory>

namespace pbx {

// Runs one client call to its end, for sequential callers (the CLI, tests).
// With a timeout, gives up with Timeout after that long; a late answer then
// goes nowhere (the result lives in shared storage, not on this stack).
template <typename T>
Result<T, PortalError> blockingCall(std::function<void(PortalClient::Callback<T>)> call, int timeoutMs = -1)
{
    auto result = std::make_shared<std::optional<Result<T, PortalError>>>();
    QEventLoop loop;
    call([result, guard = QPointer<QEventLoop>(&loop)](Result<T, PortalError> r) {
        result->emplace(std::move(r));
        if (guard)
            guard->quit();
    });
    if (!result->has_value()) {
        if (timeoutMs >= 0)
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result->has_value())
        return PortalError::make(ErrorKind::Timeout);
    return std::move(**result);
}

} // namespace pbx
