#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QSettings;

namespace pbx {

// Per-origin settings in QSettings: certificates the user pinned. The last
// portal, username and client ID are what the app remembered before
// profiles (portal_profiles.h); they are only read to adopt them as the
// first profile. Never a password or a client secret (those go to the OS
// keychain).
class PortalSettings
{
public:
    explicit PortalSettings(QSettings &settings) : m_settings(settings) {}

    QString lastPortalUrl() const;
    void setLastPortalUrl(const QString &url);
    QString lastUsername() const;
    void setLastUsername(const QString &username);

    QString clientId(const QUrl &portal) const;
    void setClientId(const QUrl &portal, const QString &clientId);

    // The SHA-256 of the certificate pinned for this portal, or empty.
    QByteArray pinnedCertificate(const QUrl &portal) const;
    void setPinnedCertificate(const QUrl &portal, const QByteArray &sha256);

    // "host:port": pins and client IDs belong to exactly one origin.
    static QString portalKey(const QUrl &portal);

private:
    QSettings &m_settings;
};

} // namespace pbx
