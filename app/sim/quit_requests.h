#pragma once

// How pbx-portal-sim is asked to stop: SIGINT/SIGTERM (Ctrl+C, a service
// manager), or, for pbx-admin --demo's child, its standard input closing
// when the app ends. Either way the event loop quits and the portal closes
// its sockets; every acknowledged change is already on disk.
namespace pbx::sim {

// The signal handler only writes a byte to a socket pair (async-signal-safe);
// a QSocketNotifier on the other end quits the event loop. On Windows the
// console's Ctrl+C ends the process, as it does for any console program.
void quitOnTerminationSignals();

// The event loop quits when standard input reaches its end.
void quitWhenStdinCloses();

} // namespace pbx::sim
