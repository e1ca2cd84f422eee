#pragma once

#include "common/clock.h"
#include "portal/tls_trust.h"
#include "sim/simulator.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace pbx::test {

// A simulator on loopback over real TLS, in this process, on a data
// directory of its own, with a clock the test moves.
struct SimFixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    sim::Simulator::Options options;
    std::unique_ptr<sim::Simulator> simulator;

    bool start()
    {
        options.dataDir = dir.path();
        options.clock = &clock;
        simulator = std::make_unique<sim::Simulator>(options);
        QString error;
        if (!simulator->start(&error)) {
            qWarning("simulator failed to start: %s", qPrintable(error));
            return false;
        }
        return true;
    }
    void stop() { simulator.reset(); }
    QUrl url() const { return simulator->url(); }
    TlsTrust pinned() const { return TlsTrust::withPin(simulator->certificateSha256()); }
};

} // namespace pbx::test
