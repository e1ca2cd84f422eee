#pragma once

#include "sim/simulator.h"

#include <QThread>
#include <memory>

namespace pbx::test {

// A simulator on a thread of its own, as a separate server would be: what
// runs on the caller's thread (many clients, a UI) does not slow it down,
// and its slow answers do not block the caller.
class SimulatorThread
{
public:
    bool start(const sim::Simulator::Options &options, QString *error)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(&m_context, [&] {
            m_simulator = std::make_unique<sim::Simulator>(options);
            ok = m_simulator->start(error);
        }, Qt::BlockingQueuedConnection);
        return ok;
    }
    // Everything the simulator knows, read on its own thread.
    template <typename F>
    auto read(F f)
    {
        decltype(f(*m_simulator)) out{};
        QMetaObject::invokeMethod(&m_context, [&] { out = f(*m_simulator); }, Qt::BlockingQueuedConnection);
        return out;
    }
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QThread *const home = QThread::currentThread();
        QMetaObject::invokeMethod(&m_context, [&] {
            m_simulator.reset();
            m_context.moveToThread(home); // only the owning thread may hand it back
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ~SimulatorThread() { stop(); }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<sim::Simulator> m_simulator;
};

} // namespace pbx::test
