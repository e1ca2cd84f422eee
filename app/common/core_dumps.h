#pragma once

namespace pbx {

// Keeps the process's memory, which holds passwords, codes and tokens
// while they are in use, out of core dumps and away from debuggers of the
// same user: on Linux PR_SET_DUMPABLE 0 (also closes /proc/PID/mem to
// others) and a core size limit of 0; on other Unix systems the limit
// alone. Windows writes no dump unless Windows Error Reporting is set up
// to, which is the machine owner's choice; nothing is changed there.
// True when everything asked for took effect.
bool disableCoreDumps();

} // namespace pbx
