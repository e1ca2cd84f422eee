#pragma once

#include "portal_error.h"

#include <optional>

namespace pbx {

// When to try again after the portal answered 503 (busy): after its
// Retry-After (a second when it gave none), at most MaxDelaySecs, plus up
// to half as much again at random, so that clients turned away together do
// not all come back in the same second. After MaxAttempts retries, no more.
class BusyBackoff
{
public:
    static constexpr int MaxAttempts = 4;
    static constexpr int MaxDelaySecs = 30;

    explicit BusyBackoff(int maxAttempts = MaxAttempts) : m_maxAttempts(maxAttempts) {}

    // The delay before the next try, in milliseconds; nullopt when the
    // error is not a busy portal or the retries are used up.
    std::optional<int> next(const PortalError &error);
    void reset() { m_attempts = 0; }

private:
    int m_maxAttempts;
    int m_attempts = 0;
};

} // namespace pbx
