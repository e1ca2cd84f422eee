#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <functional>

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
    // environment, prints "first-paint-ns N" (N on the monotonic clock the
    // script also reads) after the first paint, and quits.
    static void measureIfAsked(QObject *window)
    {
        if (qEnvironmentVariableIntValue("PBX_MEASURE_STARTUP") != 1)
            return;
        install(window, [] {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::steady_clock::now().time_since_epoch())
                                .count();
            std::printf("first-paint-ns %lld\n", static_cast<long long>(ns));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
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
