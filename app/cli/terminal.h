#pragma once

#include <QString>
#include <optional>

namespace pbx::cli {

// Reads one line from standard input after printing `prompt` to standard
// error. With `hidden`, and when input is a terminal, typing is not echoed.
// nullopt when input has ended.
std::optional<QString> promptLine(const QString &prompt, bool hidden = false);

bool stdinIsTerminal();
bool stdoutIsTerminal();

} // namespace pbx::cli
