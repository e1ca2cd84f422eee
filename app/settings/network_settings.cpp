#include "network_settings.h"

#include <QCoreApplication>
#include <QUrl>

namespace pbx {

Result<ProxySettings, PortalError> ProxySettings::manual(Mode mode, const QString &hostPort)
{
    const auto invalid = [] {
        return PortalError::make(ErrorKind::InvalidInput,
                                 QCoreApplication::translate("pbx::ProxySettings",
                                                             "Enter the proxy as host:port, for example proxy.example.com:3128."));
    };
    // Parse as the authority of a URL, which handles [IPv6]:port too.
    const QUrl url(QStringLiteral("proxy://") + hostPort.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || !url.userInfo().isEmpty()
        || (!url.path().isEmpty() && url.path() != u"/"))
        return invalid();
    ProxySettings p;
    p.mode = mode;
    p.host = url.host();
    p.port = quint16(url.port());
    return p;
}

Result<ProxySettings, PortalError> ProxySettings::fromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == u"system")
        return ProxySettings{};
    if (t == u"none") {
        ProxySettings p;
        p.mode = Mode::None;
        return p;
    }
    if (t.startsWith(u"http://"))
        return manual(Mode::Http, t.mid(7));
    if (t.startsWith(u"socks5://"))
        return manual(Mode::Socks5, t.mid(9));
    return PortalError::make(ErrorKind::InvalidInput,
                             QCoreApplication::translate("pbx::ProxySettings",
                                                         "The proxy must be system, none, http://host:port or "
                                                         "socks5://host:port."));
}

QString ProxySettings::hostPort() const
{
    if (host.isEmpty())
        return {};
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System: return QStringLiteral("system");
    case Mode::None: return QStringLiteral("none");
    case Mode::Http: return QStringLiteral("http");
    case Mode::Socks5: return QStringLiteral("socks5");
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromName(const QString &name)
{
    if (name == u"none")
        return Mode::None;
    if (name == u"http")
        return Mode::Http;
    if (name == u"socks5")
        return Mode::Socks5;
    return Mode::System;
}

} // namespace pbx
