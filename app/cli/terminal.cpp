#include "terminal.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define PBX_ISATTY _isatty
#define PBX_FILENO _fileno
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#define PBX_ISATTY isatty
#define PBX_FILENO fileno
#endif

namespace pbx::cli {

bool stdinIsTerminal()
{
    return PBX_ISATTY(PBX_FILENO(stdin));
}

bool stdoutIsTerminal()
{
    return PBX_ISATTY(PBX_FILENO(stdout));
}

namespace {

#ifndef Q_OS_WIN
// The terminal's settings while echo is off, for the signal handler: Ctrl-C
// (or a kill) at a hidden prompt must not leave the user's shell without echo.
termios g_savedTerminal{};
struct sigaction g_previous[3]{};
constexpr int RestoredSignals[3] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void restoreEchoAndDie(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}
#endif

// Turns echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            g_savedTerminal = m_saved;
            struct sigaction restore{};
            restore.sa_handler = restoreEchoAndDie;
            sigemptyset(&restore.sa_mask);
            for (int i = 0; i < 3; ++i)
                sigaction(RestoredSignals[i], &restore, &g_previous[i]);
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        for (int i = 0; i < 3; ++i)
            sigaction(RestoredSignals[i], &g_previous[i], nullptr);
#endif
        std::fputs("\n", stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

std::optional<QString> promptLine(const QString &prompt, bool hidden)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    bool ok;
    if (hidden && stdinIsTerminal()) {
        EchoOff quiet;
        ok = bool(std::getline(std::cin, line));
    } else {
        ok = bool(std::getline(std::cin, line));
    }
    if (!ok)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString result = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    // Wipe our copy of what may be a password.
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

} // namespace pbx::cli
