#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "portal_error.h"
#include "portal_types.h"
#include "tls_trust.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QNetworkReply;
class QNetworkRequest;

namespace pbx {

// The API client's identity at the portal (NetSapiens client_id/secret).
struct ClientCredentials
{
    QString clientId;
    QString clientSecret;
};

struct Done
{
};

// The caller's own password and current code, which a portal asks for
// before changing the caller's own MFA or an administrator's
// (ErrorKind::StepUpRequired). Empty: not given.
struct StepUp
{
    QString password;
    QString passcode;
};

// Asynchronous calls to one portal over one QNetworkAccessManager. Every
// call ends in exactly one callback with a value or a typed error, unless
// abortAll() or the client's destruction cancels it first.
class PortalClient : public QObject
{
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T, PortalError>)>;

    struct Limits
    {
        int idleTimeoutMs = 15000;          // no byte for this long: give up
        int totalTimeoutMs = 30000;         // whole request, however it trickles
        qint64 maxResponseBytes = 8 << 20;  // larger answers are refused
    };

    PortalClient(QUrl portal, TlsTrust trust, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~PortalClient() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    // QNetworkProxy::DefaultProxy (the default) follows the application's
    // proxy factory: the system's settings. A plain-http portal (allowed
    // only on this computer) never goes through a proxy: the password would
    // leave the machine in clear.
    void setProxy(const QNetworkProxy &proxy);
    const QUrl &portal() const { return m_portal; }
    const TlsTrust &trust() const { return m_trust; }
    // The access token every call but the token grants carries, set by the
    // session that owns it (with what it knows of it: an MFA-restricted
    // token's 403 means MFA is still to be done). Empty: none.
    void setAccessToken(const QString &token, bool mfaRestricted);

    // POST /jwt grant_type=password
    void passwordGrant(const ClientCredentials &client, const QString &username, const QString &password,
                       Callback<TokenPair> done);
    // POST /jwt grant_type=mfa, answering the challenge of a restricted token
    void mfaGrant(const ClientCredentials &client, const QString &username, const QString &password,
                  const QString &passcode, const TokenPair &restricted, Callback<TokenPair> done,
                  MfaMethod method = MfaMethod::Authenticator);
    // POST /jwt grant_type=refresh_token
    void refreshGrant(const ClientCredentials &client, const QString &refreshToken, Callback<TokenPair> done);
    // DELETE /jwt: revokes the access token.
    void revoke(Callback<Done> done);
    // GET /jwt: the access token's claims as the portal reads them.
    void currentClaims(Callback<JwtClaims> done);

    // Our MFA extension (docs/portal-api.md).
    void startEnrollment(Callback<Enrollment> done);
    void activateEnrollment(const QString &passcode, const QString &password,
                            Callback<TokenPair> done);

    // GET /domains, one page (the API's start/limit).
    void domains(int start, int limit, Callback<QList<PortalDomain>> done);
    void users(const QString &domain, int start, int limit, Callback<QList<PortalUser>> done);
    void userCount(const QString &domain, Callback<int> done);
    // GET /domains/{domain}/users/{user}: one user, as the listing has it.
    void user(const QString &domain, const QString &user, Callback<PortalUser> done);
    // The caller's own record: user("~", "~").
    void myUser(Callback<PortalUser> done);

    // Help-desk administration (docs/portal-api.md). A portal without these
    // answers NotFound.
    void setMfaRequired(const QString &domain, const QString &user, bool required,
                        Callback<PortalUser> done, const StepUp &proof = {});
    void resetMfa(const QString &domain, const QString &user, Callback<PortalUser> done,
                  const StepUp &proof = {});
    // DELETE .../mfa/lockout: lifts a lock after too many failed attempts.
    void unlockAccount(const QString &domain, const QString &user, Callback<PortalUser> done,
                       const StepUp &proof = {});
    void setMfaPolicy(const QString &domain, const QStringList &scopes, Callback<int> done);
    // Our extension: until `deadline`, users who must enroll may still sign
    // in fully and set MFA up later. Invalid removes the deadline.
    void setEnrollmentDeadline(const QString &domain, const QDateTime &deadline,
                               Callback<int> done);
    // POST .../mfa/temporary-access: a single-use code for the user to sign
    // in once and enroll a new phone; DELETE cancels it.
    void issueTemporaryAccess(const QString &domain, const QString &user, int lifetimeMinutes,
                              const QString &reason, Callback<TemporaryAccessCode> done, const StepUp &proof = {});
    void cancelTemporaryAccess(const QString &domain, const QString &user,
                               Callback<PortalUser> done, const StepUp &proof = {});
    // POST .../mfa/reminder: the portal reminds the user to set up MFA.
    void sendReminder(const QString &domain, const QString &user, Callback<Done> done);
    // POST /domains/~/users/~/mfa/recovery-codes: new recovery codes for
    // the caller, with their password and a current code.
    void replaceRecoveryCodes(const StepUp &proof, Callback<QStringList> done);
    void auditLog(const AuditQuery &query, Callback<QList<AuditEvent>> done);
    // Our extension: GET /domains/{domain}/mfa-summary, and GET /mfa-summary
    // for every domain of the caller's scope. NotFound from a portal
    // without it.
    void mfaSummary(const QString &domain, Callback<MfaSummary> done);
    void mfaSummaries(Callback<QList<MfaSummary>> done);

    // Cancels every request in flight; their callbacks get Cancelled.
    void abortAll();
    // Cancels every request in flight without calling their callbacks.
    void discardAll();

private:
    // Administration: MFA changes that may carry a StepUp (409 and 422 then
    // mean its password or code was wrong).
    // Token, MfaToken and Refresh are the token grants, sent without the
    // access token.
    enum class Endpoint { Token, MfaToken, Refresh, Activate, Enrollment, Administration, Reminder, UserLookUp, Other };
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
    };
    using RawCallback = std::function<void(Result<Reply, PortalError>)>;

    void send(const QByteArray &verb, const QString &path, const QJsonObject *body, Endpoint endpoint, RawCallback done);
    QNetworkRequest request(const QString &path, Endpoint endpoint) const;
    // Refuses the reply as soon as something is wrong before its answer: an
    // untrusted certificate, a redirect elsewhere, more than the size limit,
    // the total timeout. Why goes into `failure`.
    void guardReply(QNetworkReply *reply, const std::shared_ptr<std::optional<PortalError>> &failure);
    // What a finished reply amounts to.
    Result<Reply, PortalError> outcome(QNetworkReply *reply, const QString &path, Endpoint endpoint,
                                       bool mfaRestricted) const;
    PortalError networkError(QNetworkReply *reply, const QString &path) const;
    PortalError httpError(Endpoint endpoint, const Reply &reply, bool mfaRestricted) const;
    void tokenCall(const QJsonObject &body, Endpoint endpoint, Callback<TokenPair> done);
    template <typename T, typename Parser>
    void getJson(const QString &path, Parser parser, Callback<T> done);
    // Parses on a worker thread and calls `done` back on this one.
    template <typename T, typename Parser>
    void parseOffThread(QByteArray body, Parser parser, Callback<T> done);
    template <typename T, typename Parser>
    void call(const QByteArray &verb, const QString &path, const QJsonObject *body, Parser parser,
              Callback<T> done, Endpoint endpoint = Endpoint::Other);

    QUrl m_portal;
    TlsTrust m_trust;
    QString m_accessToken;
    bool m_accessMfaRestricted = false;
    const Clock &m_clock;
    Limits m_limits;
    QNetworkAccessManager m_nam;
    QSet<QNetworkReply *> m_pending;
    // Answers being parsed off this thread, each with what drops it
    // (true: with a Cancelled callback, as abortAll() does).
    QHash<QObject *, std::function<void(bool)>> m_parsing;
    // Answers this large are parsed on a worker thread: a page of users is
    // about 80 KB a hundred users, the audit log of a large territory tens
    // of megabytes, which would stall the window.
    static constexpr qsizetype ParseOffThreadBytes = 64 * 1024;
};

} // namespace pbx
