#pragma once

#include "common/result.h"
#include "portal/portal_error.h"

#include <QString>

namespace pbx {

// How a profile reaches its portal: the system's proxy settings (the
// default), no proxy, or a manual HTTP or SOCKS5 proxy.
struct ProxySettings
{
    enum class Mode { System, None, Http, Socks5 };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;

    // "host:port" (or "[v6]:port") for a manual proxy; an InvalidInput
    // error saying what is wrong otherwise.
    static Result<ProxySettings, PortalError> manual(Mode mode, const QString &hostPort);
    QString hostPort() const;
    // "system", "none", "http://host:port" or "socks5://host:port", as the
    // CLI's --proxy takes it.
    static Result<ProxySettings, PortalError> fromText(const QString &text);
    // portal/network_proxy.h turns this into a QNetworkProxy.

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);
};

} // namespace pbx
