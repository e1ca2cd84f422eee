#pragma once

#include <QString>
#include <QStringList>

namespace pbx {

// Sends every Qt log message, as well as to stderr, to DIR/pbx-admin.log,
// rotated at 1 MiB into pbx-admin.log.1 ... .5 (the oldest dropped). Our
// categories never carry passwords, passcodes, secrets or tokens, so the
// file holds none either. Also keeps the last warnings and errors in
// memory for "Copy diagnostics".
class LogFile
{
public:
    static constexpr qint64 MaxBytes = 1 << 20;
    static constexpr int KeptFiles = 5;
    static constexpr int RecentCount = 20;

    // Installs the message handler. The file is created with the first
    // message; if DIR cannot be written, messages go to stderr only.
    static void install(const QString &dir);
    // The current log file, or empty if it cannot be written.
    static QString path();
    // The most recent warnings and errors, oldest first, each with its time.
    static QStringList recentProblems();
};

} // namespace pbx
