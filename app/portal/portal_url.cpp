#include "portal_url.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pbx {

namespace {

// The context stays the one these strings were first translated under.
PortalError invalid(const char *text, const QString &arg = {})
{
    QString message = QCoreApplication::translate("pbx::PortalClient", text);
    if (!arg.isNull())
        message = message.arg(arg);
    return PortalError::make(ErrorKind::InvalidInput, message);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    // QUrl gives IPv4 literals in dotted decimal, IPv4-mapped ones after "::ffff:".
    QString v4 = host;
    if (v4.startsWith(u"::ffff:", Qt::CaseInsensitive))
        v4 = v4.mid(7);
    const QStringList parts = v4.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        if (part.isEmpty() || part.size() > 3 || part.toUInt(&ok) > 255 || !ok)
            return false;
    }
    return parts.first() == u"127";
}

Result<QUrl, PortalError> portalUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("pbx::PortalClient", "Enter the portal address."));
    if (!trimmed.contains(u"://"))
        trimmed.prepend(u"https://"_s);
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("pbx::PortalClient", "“%1” is not a valid portal address."), text);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return invalid(QT_TRANSLATE_NOOP("pbx::PortalClient",
                                         "Use https:// for %1: passwords are never sent over plain http."),
                       url.host());
    if (scheme != u"https" && scheme != u"http")
        return invalid(QT_TRANSLATE_NOOP("pbx::PortalClient", "The portal address must start with https://."));
    if (!url.userInfo().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("pbx::PortalClient", "The portal address must not contain a user name."));
    // Whatever path was given (".../ns-api/v2", "/portal/"), the API lives at
    // the origin's /ns-api/v2.
    url.setPath({});
    url.setQuery(QString());
    url.setFragment({});
    return url;
}

} // namespace pbx
