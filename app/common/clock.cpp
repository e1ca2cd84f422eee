#include "clock.h"

namespace pbx {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace pbx
