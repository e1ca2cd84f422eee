#pragma once

#include "network_settings.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace pbx {

// One portal the user signs in to: its name, address and API client ID, the
// last username, and how to reach it (proxy, extra CA file). The client
// secret lives in the OS keychain (secretKey()); passwords are never kept.
struct PortalProfile
{
    QString id;
    QString name;
    QString url;
    QString clientId;
    QString lastUsername;
    QString caFile; // PEM file of extra CAs to trust for this portal, or empty
    ProxySettings proxy;

    // The keychain entry of this profile's client secret: the secret belongs
    // to the portal and client ID pair.
    QString secretKey() const;
};

// The profiles, in QSettings ("profiles/<id>/..."), and which one is
// current.
class PortalProfiles
{
public:
    explicit PortalProfiles(QSettings &settings) : m_settings(settings) {}

    // Sorted by name.
    QList<PortalProfile> all() const;
    std::optional<PortalProfile> find(const QString &id) const;
    QString currentId() const;
    void setCurrentId(const QString &id);
    // A new, empty profile with a fresh id; not saved until save().
    static PortalProfile create(const QString &name);
    void save(const PortalProfile &profile);
    void remove(const QString &id);

    // Before profiles, the app remembered one portal ("signin/portal",
    // "signin/username", "portals/<host:port>/client-id"); that becomes the
    // first profile, once.
    void adoptSinglePortalSettings();

private:
    QSettings &m_settings;
};

} // namespace pbx
