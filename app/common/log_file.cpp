#include "log_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

namespace pbx {

namespace {

struct State
{
    QMutex mutex; // messages come from any thread
    QString dir;
    QFile file;
    QStringList recent;
    QtMessageHandler previous = nullptr;
    bool failed = false; // the directory or file cannot be written
};

State &state()
{
    // Never destroyed: the handler stays installed until the process ends,
    // and Qt may still log while static objects are being torn down.
    static State *s = new State;
    return *s;
}

QString fileName(int generation)
{
    const QString base = QDir(state().dir).filePath(QStringLiteral("pbx-admin.log"));
    return generation == 0 ? base : base + QLatin1Char('.') + QString::number(generation);
}

// pbx-admin.log -> .1 -> .2 ... ; the oldest is dropped.
void rotate()
{
    State &s = state();
    s.file.close();
    QFile::remove(fileName(LogFile::KeptFiles));
    for (int g = LogFile::KeptFiles - 1; g >= 0; --g)
        QFile::rename(fileName(g), fileName(g + 1));
    s.file.setFileName(fileName(0));
    if (s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        s.file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
            + QLatin1String(levelName(type)) + QLatin1Char(' ')
            + QLatin1String(context.category ? context.category : "default") + QLatin1String(": ") + message;
        // Opened on the first message, not at start-up.
        if (!s.file.isOpen() && !s.dir.isEmpty() && !s.failed) {
            s.failed = !QDir().mkpath(s.dir);
            s.file.setFileName(fileName(0));
            if (!s.failed && s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                s.file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            else
                s.failed = true;
        }
        if (s.file.isOpen()) {
            if (s.file.size() >= LogFile::MaxBytes)
                rotate();
            s.file.write(line.toUtf8() + '\n');
            s.file.flush();
        }
        if (type >= QtWarningMsg) {
            s.recent.append(line);
            while (s.recent.size() > LogFile::RecentCount)
                s.recent.removeFirst();
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

void LogFile::install(const QString &dir)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.dir = dir;
    }
    s.previous = qInstallMessageHandler(handler);
}

QString LogFile::path()
{
    QMutexLocker lock(&state().mutex);
    return state().dir.isEmpty() || state().failed ? QString() : fileName(0);
}

QStringList LogFile::recentProblems()
{
    QMutexLocker lock(&state().mutex);
    return state().recent;
}

} // namespace pbx
