#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

// The embedded demo portal lives in a module (pbx-demo-portal) that
// pbx-admin loads only for --demo: an ordinary start-up then does not load
// the simulator's libraries (Qt HTTP Server, OpenSSL's libcrypto), which
// cost about a millisecond and a megabyte before the first frame.
namespace pbx::demo {

struct PortalInfo
{
    QUrl url;
    QByteArray certificateSha256;
    // The demo account the sign-in window offers, and the API client.
    QString username, password, clientId, clientSecret;
};

// What the module exports: starts the simulator on DATADIR and returns it
// (the caller owns it), or null with *error set.
using StartFunction = QObject *(*)(const QString &dataDir, PortalInfo *info, QString *error);
inline constexpr const char StartSymbol[] = "pbx_demo_portal_start";

// Loads the module from beside the executable or from the install's
// library directory, and starts the portal.
QObject *startPortal(const QString &dataDir, PortalInfo *info, QString *error);

} // namespace pbx::demo
