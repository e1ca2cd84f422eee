#pragma once

#include "settings/network_settings.h"

#include <QNetworkProxy>

namespace pbx {

// What QNetworkAccessManager::setProxy() takes for a profile's proxy setting;
// System maps to DefaultProxy, i.e. the application's factory (the system's
// settings).
QNetworkProxy networkProxy(const ProxySettings &proxy);

} // namespace pbx
