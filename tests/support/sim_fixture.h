#pragma once

#include "common/clock.h"
#include "portal/tls_trust.h"
#include "sim/simulator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace pbx::test {

// Copies DIR's files and folders into an empty `to`, permissions and all.
inline bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir()) {
            if (!QDir().mkpath(target) || !QFile::setPermissions(target, entry.permissions())
                || !copyTree(entry.filePath(), target))
                return false;
        } else if (!QFile::copy(entry.filePath(), target) || !QFile::setPermissions(target, entry.permissions())) {
            return false;
        }
    }
    return true;
}

// A demo portal's data directory, seeded once per test program: the seed
// hashes five passwords (600,000 rounds each), which a test that wants a
// fresh portal per function need not pay every time. Empty if it failed.
inline QString seededTemplate()
{
    static QTemporaryDir dir;
    static const bool seeded = [] {
        sim::Simulator::Options options;
        options.dataDir = dir.path();
        sim::Simulator simulator(options);
        QString error;
        if (!simulator.start(&error)) {
            qWarning("template simulator failed to start: %s", qPrintable(error));
            return false;
        }
        return true;
    }();
    return seeded ? dir.path() : QString();
}

// A simulator on loopback over real TLS, in this process, on a data
// directory of its own, with a clock the test moves.
struct SimFixture
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    sim::Simulator::Options options;
    std::unique_ptr<sim::Simulator> simulator;
    // Start from a copy of seededTemplate() (same keys and certificate as
    // every other such copy) rather than seeding afresh.
    bool fromTemplate = false;

    bool start()
    {
        if (fromTemplate && QDir(dir.path()).isEmpty()) {
            const QString seeded = seededTemplate();
            if (seeded.isEmpty() || !copyTree(seeded, dir.path())) {
                qWarning("cannot copy the seeded portal");
                return false;
            }
        }
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
