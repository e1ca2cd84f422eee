#include "network_proxy.h"

namespace pbx {

QNetworkProxy networkProxy(const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System: return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case ProxySettings::Mode::None: return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySettings::Mode::Http: return QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, proxy.port);
    case ProxySettings::Mode::Socks5: return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host, proxy.port);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

} // namespace pbx
