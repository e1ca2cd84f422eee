#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <functional>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace pbx {

// Runs `then` once `window` has painted for the first time and that paint
// has reached the screen: for work that must not delay the first frame.
// Header-only and QtCore-only, so the minimal dialog the app's start-up is
// compared with can use it without linking anything of ours.
class FirstPaintHook : public QObject
{
public:
    static void install(QObject *window, std::function<void()> then)
    {
        window->installEventFilter(new FirstPaintHook(window, std::move(then)));
    }

    // For scripts/measure-performance: with PBX_MEASURE_STARTUP=1 in the
    // environment, prints "first-paint-ns N peak-rss-kib M" after the first
    // paint: N on the monotonic clock the script also reads, M the peak
    // resident set up to then. Then quits, unless `quit` is false (pbx-admin
    // quits once it has also started what follows the first frame, which
    // must not count).
    // Returns whether it measures.
    static bool measureIfAsked(QObject *window, bool quit = true)
    {
        if (qEnvironmentVariableIntValue("PBX_MEASURE_STARTUP") != 1)
            return false;
        install(window, [quit] {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::steady_clock::now().time_since_epoch())
                                .count();
            long peakRssKib = 0;
#ifdef Q_OS_UNIX
            rusage usage{};
            if (getrusage(RUSAGE_SELF, &usage) == 0)
                peakRssKib = usage.ru_maxrss;
#ifdef Q_OS_MACOS
            peakRssKib /= 1024; // bytes there
#endif
#endif
            std::printf("first-paint-ns %lld peak-rss-kib %ld\n", static_cast<long long>(ns), peakRssKib);
            std::fflush(stdout);
            if (quit)
                QCoreApplication::quit();
        });
        return true;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            // Queued: after this paint is flushed.
            QTimer::singleShot(0, watched, std::move(m_then));
            m_then = nullptr;
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FirstPaintHook(QObject *parent, std::function<void()> then) : QObject(parent), m_then(std::move(then)) {}
    std::function<void()> m_then;
};

} // namespace pbx
