#pragma once

#include "portal/session.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace pbx {

// Loads the users of some domains page by page (start/limit), so a domain
// of 20,000 users arrives in pieces and the caller stays responsive.
class DirectoryLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 1000; // the API's largest page

    explicit DirectoryLoader(Session &session, QObject *parent = nullptr);

    void load(const QStringList &domains);
    // Stops; finished() reports Cancelled at once, later answers are dropped.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void pageLoaded(const QList<pbx::PortalUser> &users);
    void progress(int loaded, int total);
    void finished(const std::optional<pbx::PortalError> &error);

private:
    void countNext();
    void fetchNext();
    void finish(std::optional<PortalError> error);

    QPointer<Session> m_session;
    QStringList m_domains;
    qsizetype m_domainIndex = 0;
    int m_start = 0;
    int m_loaded = 0;
    int m_total = 0;
    bool m_running = false;
    quint64 m_run = 0; // answers of an earlier run are ignored
};

} // namespace pbx
