#include "user_scopes.h"

namespace pbx::scopes {

const QStringList &all()
{
    static const QStringList scopes{
        QStringLiteral("Basic User"),        QStringLiteral("Simple User"),
        QStringLiteral("Advanced User"),     QStringLiteral("Call Center Agent"),
        QStringLiteral("Site Manager"),      QStringLiteral("Call Center Supervisor"),
        QStringLiteral("Office Manager"),    QStringLiteral("Reseller"),
        QStringLiteral("Super User"),        QStringLiteral("NDP"),
        QStringLiteral("No Portal")};
    return scopes;
}

const QStringList &managers()
{
    static const QStringList scopes{QStringLiteral("Office Manager"), QStringLiteral("Reseller"),
                                    QStringLiteral("Super User")};
    return scopes;
}

bool seesDomainUsers(const QString &scope)
{
    return managers().contains(scope) || scope == QLatin1String("Site Manager")
        || scope == QLatin1String("Call Center Supervisor");
}

bool seesManyDomains(const QString &scope)
{
    return scope == QLatin1String("Super User") || scope == QLatin1String("Reseller");
}

} // namespace pbx::scopes
