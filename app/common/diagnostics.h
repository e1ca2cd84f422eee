#pragma once

#include <QString>
#include <QUrl>

namespace pbx {

// The text "Copy diagnostics" puts on the clipboard for a support ticket:
// versions, the OS, the portal's host (never a path, query, user or key)
// and the recent warnings and errors. Never a secret.
QString diagnosticsReport(const QUrl &portal);

// Versions of the libraries we ship with, as the About dialog shows them.
QString openSslVersion();
QString qrencodeVersion();

} // namespace pbx
