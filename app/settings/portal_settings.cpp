#include "portal_settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace pbx {

static QString group(const QUrl &portal)
{
    // QSettings treats '/' as a separator; keys must be flat.
    return u"portals/"_s + QString(PortalSettings::portalKey(portal)).replace(u'/', u'_');
}

QString PortalSettings::portalKey(const QUrl &portal)
{
    return portal.host().toLower() + u':' + QString::number(portal.port(portal.scheme() == u"http" ? 80 : 443));
}

QString PortalSettings::lastPortalUrl() const
{
    return m_settings.value(u"signin/portal"_s).toString();
}

void PortalSettings::setLastPortalUrl(const QString &url)
{
    m_settings.setValue(u"signin/portal"_s, url);
}

QString PortalSettings::lastUsername() const
{
    return m_settings.value(u"signin/username"_s).toString();
}

void PortalSettings::setLastUsername(const QString &username)
{
    m_settings.setValue(u"signin/username"_s, username);
}

QString PortalSettings::clientId(const QUrl &portal) const
{
    return m_settings.value(group(portal) + u"/client-id"_s).toString();
}

void PortalSettings::setClientId(const QUrl &portal, const QString &clientId)
{
    m_settings.setValue(group(portal) + u"/client-id"_s, clientId);
}

QByteArray PortalSettings::pinnedCertificate(const QUrl &portal) const
{
    return QByteArray::fromHex(m_settings.value(group(portal) + u"/pinned-sha256"_s).toByteArray());
}

void PortalSettings::setPinnedCertificate(const QUrl &portal, const QByteArray &sha256)
{
    if (sha256.isEmpty())
        m_settings.remove(group(portal) + u"/pinned-sha256"_s);
    else
        m_settings.setValue(group(portal) + u"/pinned-sha256"_s, sha256.toHex());
}

} // namespace pbx
