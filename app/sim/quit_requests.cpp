#include "quit_requests.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <io.h>
#include <thread>
#endif

namespace pbx::sim {

#ifdef Q_OS_UNIX
namespace {
int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; if the pipe is full a quit is pending.
    [[maybe_unused]] const ssize_t written = ::write(signalFds[0], &byte, 1);
}
} // namespace
#endif

void quitOnTerminationSignals()
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return; // then the signals keep their default: ending the process
    auto *notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

void quitWhenStdinCloses()
{
#ifdef Q_OS_UNIX
    // Watched by the event loop, not read by a thread: a thread blocked in
    // fread() holds stdin's lock, and newer C libraries take that lock at
    // exit(), so the process could not end before its input did.
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN)))
            return; // what it says is dropped; only its end matters
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
#else
    // Detached: it may still be blocked in a read when the process ends.
    std::thread([] {
        char buffer[256];
        while (::_read(0, buffer, sizeof buffer) > 0) {
        }
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
#endif
}

} // namespace pbx::sim
