#pragma once

#include "portal_client.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <functional>
#include <memory>

namespace pbx {

// How sequential callers (the CLI, tests) wait: the event loop runs until
// the work says it is done or the time is up. Never from inside a network
// callback. Every request has its own timeouts (PortalClient::Limits); this
// is the backstop for a whole step, a directory of many pages included.
inline constexpr int DefaultWaitMs = 10 * 60 * 1000;

// Runs the event loop until done() holds, for at most timeoutMs. Returns
// done() at the end: false when the time ran out.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = DefaultWaitMs)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer wake; // the wait below returns at the deadline even if nothing else happens
    wake.setSingleShot(true);
    QObject::connect(&wake, &QTimer::timeout, &loop, [] {});
    wake.start(timeoutMs);
    while (!done() && !deadline.hasExpired())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

// Runs one client call to its end, or gives up with Timeout after timeoutMs;
// a late answer then goes nowhere (the result lives in shared storage, not
// on this stack).
template <typename T>
Result<T, PortalError> blockingCall(std::function<void(PortalClient::Callback<T>)> call, int timeoutMs = DefaultWaitMs)
{
    auto result = std::make_shared<std::optional<Result<T, PortalError>>>();
    call([result](Result<T, PortalError> r) { result->emplace(std::move(r)); });
    if (!waitUntil([&] { return result->has_value(); }, timeoutMs))
        return PortalError::make(ErrorKind::Timeout);
    return std::move(**result);
}

} // namespace pbx
