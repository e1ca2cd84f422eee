#include "portal_profiles.h"

#include "portal/portal_url.h"
#include "portal_settings.h"

#include <QSettings>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pbx {

QString PortalProfile::secretKey() const
{
    const auto portal = portalUrl(url);
    return (portal ? PortalSettings::portalKey(portal.value()) : url) + u'|' + clientId;
}

QList<PortalProfile> PortalProfiles::all() const
{
    QList<PortalProfile> out;
    m_settings.beginGroup(u"profiles"_s);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &id : ids) {
        if (auto p = find(id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const PortalProfile &a, const PortalProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<PortalProfile> PortalProfiles::find(const QString &id) const
{
    const QString g = u"profiles/"_s + id + u'/';
    if (id.isEmpty() || !m_settings.contains(g + u"name"_s))
        return std::nullopt;
    PortalProfile p;
    p.id = id;
    p.name = m_settings.value(g + u"name"_s).toString();
    p.url = m_settings.value(g + u"url"_s).toString();
    p.clientId = m_settings.value(g + u"client-id"_s).toString();
    p.lastUsername = m_settings.value(g + u"last-username"_s).toString();
    p.caFile = m_settings.value(g + u"ca-file"_s).toString();
    p.proxy.mode = ProxySettings::modeFromName(m_settings.value(g + u"proxy-mode"_s).toString());
    p.proxy.host = m_settings.value(g + u"proxy-host"_s).toString();
    p.proxy.port = quint16(m_settings.value(g + u"proxy-port"_s).toUInt());
    return p;
}

QString PortalProfiles::currentId() const
{
    return m_settings.value(u"profiles-current"_s).toString();
}

void PortalProfiles::setCurrentId(const QString &id)
{
    m_settings.setValue(u"profiles-current"_s, id);
}

PortalProfile PortalProfiles::create(const QString &name)
{
    PortalProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    return p;
}

void PortalProfiles::save(const PortalProfile &p)
{
    const QString g = u"profiles/"_s + p.id + u'/';
    m_settings.setValue(g + u"name"_s, p.name);
    m_settings.setValue(g + u"url"_s, p.url);
    m_settings.setValue(g + u"client-id"_s, p.clientId);
    m_settings.setValue(g + u"last-username"_s, p.lastUsername);
    m_settings.setValue(g + u"ca-file"_s, p.caFile);
    m_settings.setValue(g + u"proxy-mode"_s, ProxySettings::modeName(p.proxy.mode));
    m_settings.setValue(g + u"proxy-host"_s, p.proxy.host);
    m_settings.setValue(g + u"proxy-port"_s, p.proxy.port);
}

void PortalProfiles::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings.remove(u"profiles/"_s + id);
    if (currentId() == id)
        m_settings.remove(u"profiles-current"_s);
}

void PortalProfiles::adoptSinglePortalSettings()
{
    PortalSettings old(m_settings);
    const QString url = old.lastPortalUrl();
    if (url.isEmpty() || !all().isEmpty())
        return;
    const auto portal = portalUrl(url);
    PortalProfile p = create(portal ? portal.value().host() : url);
    p.url = url;
    p.lastUsername = old.lastUsername();
    p.clientId = portal ? old.clientId(portal.value()) : QString();
    save(p);
    setCurrentId(p.id);
}

} // namespace pbx
