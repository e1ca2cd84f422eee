#include "cli_app.h"

#include "common/logging.h"
#include "common/secure_wipe.h"
#include "console/csv.h"
#include "console/directory_loader.h"
#include "console/mfa_state.h"
#include "console/mfa_summary_loader.h"
#include "console/mfa_summary_model.h"
#include "console/user_details.h"
#include "console/user_action_runner.h"
#include "console/users_table_model.h"
#include "mfa/base32.h"
#include "mfa/qr_matrix.h"
#include "portal/network_proxy.h"
#include "portal/blocking_call.h"
#include "portal/portal_url.h"
#include "portal/session.h"
#include "settings/network_settings.h"
#include "control_character_filter.h"
#include "terminal.h"
#include "terminal_qr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pbx::cli {

namespace {

// The command line's words, in one translation context: lupdate files
// every Cli::tr() under "pbx::cli::Cli".
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(pbx::cli::Cli)
};

// Standard output or error as the CLI writes it: through a
// ControlCharacterFilter, so that nothing the portal says drives the
// terminal.
struct FilteredStream
{
    explicit FilteredStream(FILE *stream) { file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered); }
    QFile file;
    ControlCharacterFilter filter{&file};
    QTextStream text{&filter};
};

QTextStream &out()
{
    static FilteredStream s(stdout);
    return s.text;
}

QTextStream &err()
{
    static FilteredStream s(stderr);
    return s.text;
}

// The one text printed with escape sequences on purpose: the QR code's
// colours, which are ours.
void printUnfiltered(const QString &text)
{
    out().flush();
    QTextStream raw(stdout);
    raw << text;
    raw.flush();
}

int fail(const PortalError &error)
{
    QString line = error.message();
    if (error.kind == ErrorKind::Tls && !error.certificate.isNull() && !line.contains(error.certificate.fingerprintText()))
        line += u" (SHA-256 "_s + error.certificate.fingerprintText() + u')';
    err() << "pbx-admin-cli: " << line << Qt::endl;
    return exitCodeFor(error);
}

int usage(const QString &message)
{
    err() << "pbx-admin-cli: " << message << Qt::endl;
    return ExitUsage;
}

// Runs the event loop until the session's step is done (or DefaultWaitMs
// has passed: then the step is cancelled, and the caller sees the state it
// left).
void waitWhileBusy(Session &session)
{
    if (!waitUntil([&] { return !session.busy(); }))
        session.cancel();
}

std::optional<QString> valueOrPrompt(const QCommandLineParser &parser, const QCommandLineOption &option,
                                     const QString &prompt, bool hidden = false)
{
    if (parser.isSet(option))
        return parser.value(option);
    return promptLine(prompt, hidden);
}

void showEnrollment(const Enrollment &enrollment)
{
    const auto matrix = mfa::QrMatrix::encode(enrollment.otpauthUri.toUtf8());
    out() << Cli::tr("Multi-factor authentication must be set up for this account.") << "\n"
          << Cli::tr("Scan this code with your authenticator app:") << "\n\n";
    if (matrix)
        printUnfiltered(renderHalfBlocks(matrix.value(), stdoutIsTerminal()));
    const mfa::OtpauthUri &key = enrollment.key;
    out() << "\n" << Cli::tr("Or enter this key by hand:") << " " << mfa::groupForDisplay(key.secretBase32()) << "\n"
          << Cli::tr("Issuer:") << " " << key.issuer << "\n"
          << Cli::tr("Account:") << " " << key.account << "\n";
    if (!key.parameters.isDefault())
        out() << Cli::tr("Algorithm:") << " " << mfa::algorithmName(key.parameters.algorithm) << ", "
              << Cli::tr("digits:") << " " << key.parameters.digits << ", " << Cli::tr("period:") << " "
              << key.parameters.period << "s\n";
    out().flush();
}

// Once, after activation: the codes for the day the phone is lost. The
// codes are data (standard output); what to do with them is not.
void showRecoveryCodes(QStringList codes)
{
    if (codes.isEmpty())
        return;
    err() << Cli::tr("Save these recovery codes somewhere safe. Each signs you in once if you lose your phone "
                "(pbx-admin-cli login --recovery-code); they are not shown again.")
          << Qt::endl;
    for (QString &code : codes) {
        out() << mfa::groupForDisplay(code.toLatin1()) << '\n';
        secureWipe(code);
    }
    out().flush();
}

// The options every command that talks to a portal takes.
struct SignInOptions
{
    QCommandLineOption server{u"server"_s, Cli::tr("Portal URL (https://...)."), u"URL"_s};
    QCommandLineOption user{u"user"_s, Cli::tr("Username."), u"U"_s};
    QCommandLineOption clientId{u"client-id"_s, Cli::tr("API client ID."), u"ID"_s};
    QCommandLineOption clientSecret{u"client-secret"_s,
                                    Cli::tr("API client secret (visible to other users in the process list: prefer "
                                       "--client-secret-file or PBX_CLIENT_SECRET)."),
                                    u"S"_s};
    QCommandLineOption clientSecretFile{u"client-secret-file"_s,
                                        Cli::tr("Read the API client secret from the first line of FILE."), u"FILE"_s};
    QCommandLineOption ca{u"ca"_s, Cli::tr("Also trust the CA certificates in FILE (PEM)."), u"FILE"_s};
    QCommandLineOption pin{u"pin"_s, Cli::tr("Trust exactly the certificate with this SHA-256 fingerprint."), u"SHA256"_s};
    QCommandLineOption passwordStdin{u"password-stdin"_s, Cli::tr("Read the password from the first line of standard input.")};
    QCommandLineOption passcode{u"passcode"_s,
                                Cli::tr("The code from the authenticator app (without it, the next line of standard "
                                   "input)."),
                                u"CODE"_s};
    QCommandLineOption proxy{u"proxy"_s, Cli::tr("system (the default), none, http://HOST:PORT or socks5://HOST:PORT."),
                             u"PROXY"_s};
    QCommandLineOption recoveryCode{u"recovery-code"_s,
                                    Cli::tr("Answer the MFA challenge with a recovery code instead of a code from the app.")};
    QCommandLineOption temporaryAccess{u"temporary-access"_s,
                                       Cli::tr("Answer the MFA challenge with a temporary access code from the help desk, "
                                          "then set up a new authenticator app.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addHelpOption();
        parser.addOptions({server, user, clientId, clientSecret, clientSecretFile, ca, pin, passwordStdin, passcode, proxy,
                           recoveryCode, temporaryAccess});
    }
};

// The client secret from --client-secret-file or PBX_CLIENT_SECRET, which
// keep it out of the process list; nullopt when neither is given.
Result<std::optional<QString>, QString> clientSecretFromFileOrEnvironment(const QCommandLineParser &parser,
                                                                          const SignInOptions &o)
{
    const int given = int(parser.isSet(o.clientSecret)) + int(parser.isSet(o.clientSecretFile))
        + int(qEnvironmentVariableIsSet("PBX_CLIENT_SECRET"));
    if (given > 1)
        return Cli::tr("Give the client secret once: --client-secret, --client-secret-file or PBX_CLIENT_SECRET.");
    if (parser.isSet(o.clientSecretFile)) {
        QFile file(parser.value(o.clientSecretFile));
        if (!file.open(QIODevice::ReadOnly))
            return Cli::tr("--client-secret-file: cannot read %1: %2").arg(file.fileName(), file.errorString());
        QByteArray line = file.readLine(4096);
        QString secret = QString::fromUtf8(line).trimmed();
        secureWipe(line);
        if (secret.isEmpty())
            return Cli::tr("--client-secret-file: %1 is empty.").arg(file.fileName());
        return std::optional<QString>(secret);
    }
    if (qEnvironmentVariableIsSet("PBX_CLIENT_SECRET")) {
        QString secret = qEnvironmentVariable("PBX_CLIENT_SECRET").trimmed();
        if (secret.isEmpty())
            return Cli::tr("PBX_CLIENT_SECRET is empty.");
        return std::optional<QString>(secret);
    }
    return std::optional<QString>();
}

// What a command that changes MFA keeps from its sign-in, for a portal that
// asks for the caller's password (and a fresh code) again: wiped with it.
struct StepUpSource
{
    QString password;
    bool accountUsesMfa = false;
    ~StepUpSource() { secureWipe(password); }
};

// Signs in, completing MFA enrollment or challenge on the way. ExitOk once
// the session is signed in; otherwise the exit status, already explained.
// With `keep`, the password stays there for step-up.
int signIn(const QCommandLineParser &parser, const SignInOptions &o, Session &session, StepUpSource *keep = nullptr)
{
    if (parser.isSet(o.ca) && parser.isSet(o.pin))
        return usage(Cli::tr("--ca and --pin cannot be used together."));
    if (parser.isSet(o.recoveryCode) && parser.isSet(o.temporaryAccess))
        return usage(Cli::tr("--recovery-code and --temporary-access cannot be used together."));
    if (parser.isSet(o.proxy)) {
        const auto proxy = ProxySettings::fromText(parser.value(o.proxy));
        if (!proxy)
            return usage(proxy.error().message());
        session.setProxy(networkProxy(proxy.value()));
    }
    TlsTrust trust;
    if (parser.isSet(o.ca)) {
        auto loaded = TlsTrust::withCaFile(parser.value(o.ca));
        if (!loaded)
            return usage(loaded.error().message());
        trust = loaded.value();
    } else if (parser.isSet(o.pin)) {
        const QByteArray digest = parseFingerprint(parser.value(o.pin));
        if (digest.isEmpty())
            return usage(Cli::tr("--pin takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed."));
        trust = TlsTrust::withPin(digest);
    }

    // The password comes first on stdin with --password-stdin, before any
    // other answer a script pipes in.
    std::optional<QString> password;
    if (parser.isSet(o.passwordStdin)) {
        password = promptLine({}, false);
        if (!password)
            return usage(Cli::tr("--password-stdin: standard input is empty."));
    }
    const auto serverText = valueOrPrompt(parser, o.server, Cli::tr("Portal URL: "));
    if (!serverText)
        return ExitInputEnded;
    const auto url = portalUrl(*serverText);
    if (!url)
        return usage(url.error().message());
    const auto username = valueOrPrompt(parser, o.user, Cli::tr("Username: "));
    const auto id = username ? valueOrPrompt(parser, o.clientId, Cli::tr("Client ID: ")) : std::nullopt;
    std::optional<QString> secret;
    if (id) {
        auto given = clientSecretFromFileOrEnvironment(parser, o);
        if (!given)
            return usage(given.error());
        secret = given.value() ? given.value() : valueOrPrompt(parser, o.clientSecret, Cli::tr("Client secret: "), true);
    }
    if (!password && secret)
        password = promptLine(Cli::tr("Password: "), true);
    if (!username || !id || !secret || !password)
        return ExitInputEnded;
    WipeOnExit wipePassword(*password);
    WipeOnExit wipeSecret(*secret);

    std::optional<PortalError> failure;
    std::optional<Enrollment> enrollment;
    QObject context;
    QObject::connect(&session, &Session::signInFailed, &context, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::enrollmentFailed, &context, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::activationFailed, &context, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::challengeFailed, &context, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::enrollmentReady, &context, [&](const Enrollment &e) { enrollment = e; });
    QObject::connect(&session, &Session::portalBusy, &context, [](int seconds) {
        err() << Cli::tr("The portal is busy, trying again in %n second(s).", nullptr, seconds) << Qt::endl;
    });

    session.signIn(url.value(), trust, {*id, *secret}, *username, *password);
    waitWhileBusy(session);
    if (failure)
        return fail(*failure);

    const auto askPasscode = [&]() -> std::optional<QString> {
        auto code = valueOrPrompt(parser, o.passcode, Cli::tr("Code from your authenticator app: "));
        if (code)
            code = QString::fromLatin1(mfa::normalizeTypedKey(*code)); // drop spaces and dashes
        return code;
    };

    const bool usedMfa = session.state() == Session::State::EnrollmentRequired
        || session.state() == Session::State::ChallengeRequired;
    if (session.state() == Session::State::ChallengeRequired) {
        err() << Cli::tr("This account uses multi-factor authentication.") << Qt::endl;
        MfaMethod method = MfaMethod::Authenticator;
        std::optional<QString> code;
        if (parser.isSet(o.recoveryCode) || parser.isSet(o.temporaryAccess)) {
            method = parser.isSet(o.recoveryCode) ? MfaMethod::RecoveryCode : MfaMethod::TemporaryAccess;
            code = valueOrPrompt(parser, o.passcode,
                                 method == MfaMethod::RecoveryCode ? Cli::tr("Recovery code: ") : Cli::tr("Temporary access code: "), true);
        } else {
            code = askPasscode();
        }
        if (!code)
            return ExitInputEnded;
        WipeOnExit wipeCode(*code);
        session.answerChallenge(*code, method);
        waitWhileBusy(session);
        if (failure)
            return fail(*failure);
        if (const auto left = session.recoveryCodesLeft())
            err() << Cli::tr("Recovery codes left: %1").arg(*left) << Qt::endl;
    }
    // Required and not set up yet, or a new phone after a temporary access
    // code.
    if (session.state() == Session::State::EnrollmentRequired) {
        session.fetchEnrollment();
        waitWhileBusy(session);
        if (failure || !enrollment)
            return fail(failure.value_or(PortalError::make(ErrorKind::Protocol)));
        showEnrollment(*enrollment);
        const auto code = askPasscode();
        if (!code)
            return ExitInputEnded;
        // Activation confirms the password. A script that piped it in has
        // given it already; a person is asked again, as the portal does.
        std::optional<QString> confirm = parser.isSet(o.passwordStdin) ? password : promptLine(Cli::tr("Password: "), true);
        if (!confirm)
            return ExitInputEnded;
        WipeOnExit wipeConfirm(*confirm);
        session.activate(*code, *confirm);
        waitWhileBusy(session);
        if (!failure)
            showRecoveryCodes(session.takeRecoveryCodes());
    }
    if (failure)
        return fail(*failure);
    if (session.state() != Session::State::SignedIn)
        return fail(PortalError::make(ErrorKind::Protocol));
    if (keep) {
        keep->password = *password;
        keep->password.detach();
        keep->accountUsesMfa = usedMfa;
    }
    return ExitOk;
}

// A command from a script leaves no session behind at the portal.
void signOut(Session &session)
{
    if (session.state() != Session::State::SignedIn)
        return;
    blockingCall<Done>([&](auto cb) { session.client()->revoke(cb); });
}

// Parses a command's options; false when it has already printed help or
// a usage error into *status.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, int *status)
{
    if (!parser.parse(arguments)) {
        *status = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        *status = ExitOk;
        return false;
    }
    return true;
}

int login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Sign in to a PBX portal, completing MFA enrollment or challenge."));
    const SignInOptions o;
    o.addTo(parser);
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    Session session;
    if (const int signedIn = signIn(parser, o, session); signedIn != ExitOk)
        return signedIn;
    const JwtClaims &c = session.claims();
    out() << Cli::tr("Signed in as %1 (%2), scope %3, domain %4.").arg(c.displayName, c.sub, c.userScope, c.domain)
          << Qt::endl;
    if (session.enrollmentDue().isValid())
        out() << Cli::tr("Multi-factor authentication must be set up by %1 (%n day(s) left). Sign in with pbx-admin to "
                    "set it up.", nullptr, session.enrollmentDaysLeft())
                     .arg(session.enrollmentDue().toString(Qt::ISODate))
              << Qt::endl;
    signOut(session);
    return ExitOk;
}

int usersList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List a domain's users with their MFA state."));
    const SignInOptions o;
    o.addTo(parser);
    const QCommandLineOption domain(u"domain"_s, Cli::tr("The domain."), u"D"_s);
    const QCommandLineOption mfa(u"mfa"_s, Cli::tr("Only users in this MFA state: pending, enrolled, not-required or unknown."),
                                 u"STATE"_s);
    const QCommandLineOption csvOut(u"csv"_s, Cli::tr("Write CSV instead of a table."));
    parser.addOptions({domain, mfa, csvOut});
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    if (!parser.isSet(domain))
        return usage(Cli::tr("users list needs --domain D."));
    std::optional<MfaState> state;
    if (parser.isSet(mfa)) {
        state = mfaStateFromKey(parser.value(mfa));
        if (!state)
            return usage(Cli::tr("--mfa takes pending, enrolled, not-required or unknown."));
    }
    Session session;
    if (const int signedIn = signIn(parser, o, session); signedIn != ExitOk)
        return signedIn;

    QList<PortalUser> users;
    std::optional<std::optional<PortalError>> done;
    DirectoryLoader loader(session);
    QObject::connect(&loader, &DirectoryLoader::pageLoaded, [&](const QList<PortalUser> &page) { users += page; });
    QObject::connect(&loader, &DirectoryLoader::finished, [&](const std::optional<PortalError> &e) { done = e; });
    loader.load({parser.value(domain)});
    if (!waitUntil([&] { return done.has_value(); }))
        done = PortalError::make(ErrorKind::Timeout);
    if (*done) {
        signOut(session);
        return fail(**done);
    }
    if (parser.isSet(csvOut))
        out() << csv::row(UsersTableModel::csvHeader());
    int unknown = 0;
    for (const PortalUser &u : std::as_const(users)) {
        unknown += mfaStateOf(u) == MfaState::Unknown;
        if (state && mfaStateOf(u) != *state)
            continue;
        if (parser.isSet(csvOut)) {
            out() << csv::row(UsersTableModel::csvRow(u));
        } else {
            QStringList cells;
            for (int c = 0; c < UsersTableModel::ColumnCount; ++c)
                cells << UsersTableModel::cellText(u, c);
            out() << cells.join(u'\t') << '\n';
        }
    }
    out().flush();
    signOut(session);
    // Users whose state the portal does not report may or may not match:
    // the filter's answer is incomplete, and a script must be able to tell.
    if (state && *state != MfaState::Unknown && unknown > 0) {
        err() << "pbx-admin-cli: "
              << Cli::tr("--mfa %1 cannot be fully answered (users whose MFA state is unknown: %2 of %3). %4")
                     .arg(mfaStateKey(*state))
                     .arg(unknown)
                     .arg(users.size())
                     .arg(unknownMfaStateReason())
              << Qt::endl;
        return ExitMfaStateUnknown;
    }
    return ExitOk;
}

int usersShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show one user of a domain with their MFA state."));
    const SignInOptions o;
    o.addTo(parser);
    const QCommandLineOption domain(u"domain"_s, Cli::tr("The user's domain."), u"D"_s);
    parser.addOption(domain);
    parser.addPositionalArgument(u"user"_s, Cli::tr("The user (as in the user column, e.g. 1001)."), u"USER"_s);
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    if (!parser.isSet(domain) || parser.positionalArguments().size() != 1)
        return usage(Cli::tr("users show needs --domain D and one user."));
    Session session;
    if (const int signedIn = signIn(parser, o, session); signedIn != ExitOk)
        return signedIn;
    const auto found = blockingCall<PortalUser>([&](PortalClient::Callback<PortalUser> cb) {
        session.client()->user(parser.value(domain), parser.positionalArguments().constFirst(), cb);
    });
    signOut(session);
    if (!found)
        return fail(found.error());
    const PortalUser &u = found.value();
    const QList<UserDetail> details = userDetails(u, DateStyle::Iso);
    for (qsizetype i = 0; i < details.size(); ++i) {
        out() << details.at(i).label << ": " << details.at(i).value << '\n';
        if (i == UsersTableModel::MfaColumn) // and the state's key, for scripts
            out() << Cli::tr("MFA state") << ": " << mfaStateKey(mfaStateOf(u)) << '\n';
    }
    out().flush();
    return ExitOk;
}

int mfaCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Require MFA, stop requiring it, reset it, unlock accounts, send reminders, or "
                                        "issue temporary access codes."));
    const SignInOptions o;
    o.addTo(parser);
    const QCommandLineOption domain(u"domain"_s, Cli::tr("The users' domain."), u"D"_s);
    const QCommandLineOption lifetime(u"lifetime"_s,
                                      Cli::tr("temporary-access: minutes the code is valid (%1 to %2; %3).")
                                          .arg(TemporaryAccessCode::MinLifetimeMinutes)
                                          .arg(TemporaryAccessCode::MaxLifetimeMinutes)
                                          .arg(TemporaryAccessCode::DefaultLifetimeMinutes),
                                      u"MINUTES"_s, QString::number(TemporaryAccessCode::DefaultLifetimeMinutes));
    const QCommandLineOption reason(u"reason"_s, Cli::tr("temporary-access: why, for the audit log (e.g. a ticket number)."),
                                    u"TEXT"_s);
    parser.addOptions({domain, lifetime, reason});
    parser.addPositionalArgument(u"action"_s, Cli::tr("require, unrequire, reset, unlock, remind or temporary-access"));
    parser.addPositionalArgument(u"users"_s, Cli::tr("The users (as in the user column, e.g. 1001)."), u"USER..."_s);
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QHash<QString, UserActionRunner::Action> ActionOf{
        {u"require"_s, UserActionRunner::Action::Require},  {u"unrequire"_s, UserActionRunner::Action::Unrequire},
        {u"reset"_s, UserActionRunner::Action::Reset},      {u"unlock"_s, UserActionRunner::Action::Unlock},
        {u"remind"_s, UserActionRunner::Action::Remind},    {u"temporary-access"_s, UserActionRunner::Action::TemporaryAccess}};
    if (!ActionOf.contains(action))
        return usage(Cli::tr("mfa takes require, unrequire, reset, unlock, remind or temporary-access."));
    if (!parser.isSet(domain) || positional.size() < 2)
        return usage(Cli::tr("mfa %1 needs --domain D and at least one user.").arg(action));
    bool lifetimeOk = false;
    const int minutes = parser.value(lifetime).toInt(&lifetimeOk);
    if (!lifetimeOk || minutes < TemporaryAccessCode::MinLifetimeMinutes
        || minutes > TemporaryAccessCode::MaxLifetimeMinutes)
        return usage(Cli::tr("--lifetime takes minutes from %1 to %2.")
                         .arg(TemporaryAccessCode::MinLifetimeMinutes)
                         .arg(TemporaryAccessCode::MaxLifetimeMinutes));
    Session session;
    StepUpSource stepUp;
    if (const int signedIn = signIn(parser, o, session, &stepUp); signedIn != ExitOk)
        return signedIn;
    QList<ListedUser> targets;
    for (const QString &user : positional.mid(1)) {
        ListedUser target;
        target.domain = parser.value(domain);
        target.user = user;
        targets << target;
    }
    int result = ExitOk;
    bool inputEnded = false;
    UserActionRunner runner(session);
    // The user's own account or an administrator's: the portal wants the
    // caller's password again, and a new code if the caller has MFA.
    QObject::connect(&runner, &UserActionRunner::stepUpNeeded, [&](const ListedUser &target) {
        StepUp proof{stepUp.password, {}};
        if (stepUp.accountUsesMfa) {
            auto code = promptLine(Cli::tr("%1 needs a new code from your authenticator app: ").arg(target.user));
            if (!code) {
                inputEnded = true;
                runner.cancel();
                return;
            }
            proof.passcode = QString::fromLatin1(mfa::normalizeTypedKey(*code));
        }
        runner.provideStepUp(std::move(proof));
    });
    // What the portal answered, one line a user.
    QObject::connect(&runner, &UserActionRunner::userDone, [&](const UserActionRunner::Outcome &outcome) {
        if (outcome.error) {
            err() << outcome.target.user << ": " << outcome.error->message() << Qt::endl;
            if (result == ExitOk)
                result = exitCodeFor(*outcome.error);
            return;
        }
        QString said;
        switch (runner.action()) {
        case UserActionRunner::Action::Remind: said = Cli::tr("reminder sent"); break;
        case UserActionRunner::Action::Unlock: said = Cli::tr("unlocked"); break;
        case UserActionRunner::Action::TemporaryAccess:
            // The code is the command's data: standard output, once.
            said = Cli::tr("%1 (valid until %2)")
                       .arg(mfa::groupForDisplay(outcome.code->code.toLatin1()), outcome.code->expires.toString(Qt::ISODate));
            break;
        default: said = outcome.changed ? describeMfaState(*outcome.changed) : QString(); break;
        }
        out() << outcome.target.user << ": " << said << Qt::endl;
    });
    runner.start(ActionOf.value(action), targets, {minutes, parser.value(reason)});
    if (!waitUntil([&] { return !runner.isRunning(); })) {
        runner.cancel();
        err() << "pbx-admin-cli: " << PortalError::make(ErrorKind::Timeout).message() << Qt::endl;
        result = exitCodeFor(PortalError::make(ErrorKind::Timeout));
    }
    signOut(session);
    return inputEnded ? ExitInputEnded : result;
}

// A date alone means through the end of that day, where the command runs.
QDateTime deadlineFrom(const QString &text)
{
    if (text.contains(u'T'))
        return QDateTime::fromString(text, Qt::ISODate);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? date.endOfDay() : QDateTime();
}

int mfaDeadlineCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Set a domain's MFA enrollment deadline: until then, users who must set up MFA "
                                        "may still sign in and do it later. 'none' removes it."));
    const SignInOptions o;
    o.addTo(parser);
    const QCommandLineOption domain(u"domain"_s, Cli::tr("The domain."), u"D"_s);
    parser.addOption(domain);
    parser.addPositionalArgument(u"deadline"_s, Cli::tr("A date (through its end), an ISO 8601 date and time, or none."),
                                 u"DATE|none"_s);
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(domain) || positional.size() != 1)
        return usage(Cli::tr("mfa deadline needs --domain D and a date, or none."));
    QDateTime deadline;
    if (positional.constFirst() != u"none") {
        deadline = deadlineFrom(positional.constFirst());
        if (!deadline.isValid())
            return usage(Cli::tr("mfa deadline takes a date such as 2027-01-31, a date and time such as "
                            "2027-01-31T17:00:00+01:00, or none."));
    }
    Session session;
    if (const int signedIn = signIn(parser, o, session); signedIn != ExitOk)
        return signedIn;
    const auto r = blockingCall<int>([&](PortalClient::Callback<int> cb) {
        session.client()->setEnrollmentDeadline(parser.value(domain), deadline, cb);
    });
    signOut(session);
    if (!r)
        return fail(r.error());
    if (deadline.isValid())
        out() << parser.value(domain) << ": " << Cli::tr("MFA enrollment due by %1").arg(deadline.toUTC().toString(Qt::ISODate))
              << Qt::endl;
    else
        out() << parser.value(domain) << ": " << Cli::tr("no MFA enrollment deadline") << Qt::endl;
    return ExitOk;
}

int mfaSummaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("How far along with MFA each domain of your scope is, or one domain: users, "
                                        "enrolled, pending, not required, overdue, locked."));
    const SignInOptions o;
    o.addTo(parser);
    const QCommandLineOption domain(u"domain"_s, Cli::tr("Only this domain."), u"D"_s);
    const QCommandLineOption csvOut(u"csv"_s, Cli::tr("Write CSV instead of a table."));
    parser.addOptions({domain, csvOut});
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    if (parser.isSet(domain) && parser.value(domain).trimmed().isEmpty())
        return usage(Cli::tr("--domain needs a domain."));
    Session session;
    if (const int signedIn = signIn(parser, o, session); signedIn != ExitOk)
        return signedIn;

    std::optional<Result<QList<MfaSummary>, PortalError>> done;
    MfaSummaryLoader loader(session);
    QObject::connect(&loader, &MfaSummaryLoader::loaded, [&](const QList<MfaSummary> &s) { done.emplace(s); });
    QObject::connect(&loader, &MfaSummaryLoader::failed, [&](const PortalError &e) { done.emplace(e); });
    loader.load(parser.value(domain).trimmed());
    if (!waitUntil([&] { return done.has_value(); }))
        done.emplace(PortalError::make(ErrorKind::Timeout));
    signOut(session);
    if (!*done)
        return fail(done->error());
    const QList<MfaSummary> &summaries = done->value();

    const MfaSummary total = MfaSummaryModel::totalOf(summaries, Cli::tr("All domains (%1)").arg(summaries.size()));
    if (parser.isSet(csvOut)) {
        out() << csv::row(MfaSummaryModel::csvHeader());
        for (const MfaSummary &s : summaries)
            out() << csv::row(MfaSummaryModel::csvRow(s));
    } else {
        // The dashboard's table, as text.
        const auto cells = [](const MfaSummary &s) {
            QStringList row;
            for (int c = 0; c < MfaSummaryModel::ColumnCount; ++c)
                row << MfaSummaryModel::cellText(s, c);
            return row;
        };
        QList<QStringList> rows{MfaSummaryModel::csvHeader()};
        for (const MfaSummary &s : summaries)
            rows << cells(s);
        if (summaries.size() > 1)
            rows << cells(total);
        QList<qsizetype> widths(rows.constFirst().size(), 0);
        for (const QStringList &row : std::as_const(rows))
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row.at(c).size());
        for (const QStringList &row : std::as_const(rows)) {
            QString line = row.constFirst().leftJustified(widths.constFirst());
            for (qsizetype c = 1; c < row.size(); ++c)
                line += u"  "_s + row.at(c).rightJustified(widths.at(c)); // numbers line up on the right
            out() << line << '\n';
        }
    }
    out().flush();
    if (loader.source() == MfaSummaryLoader::Source::Listing)
        err() << "pbx-admin-cli: "
              << Cli::tr("the portal offers no MFA summary; counted from the directory listing (%1 users, %2 s).")
                     .arg(total.users)
                     .arg(QLocale().toString(double(loader.elapsedMs()) / 1000.0, 'f', 1))
              << Qt::endl;
    // Counts that leave users out are not the whole answer, and a script
    // must be able to tell.
    if (total.unknown > 0) {
        err() << "pbx-admin-cli: "
              << Cli::tr("MFA state unknown for %1 of %2 users; they are in no other count. %3")
                     .arg(total.unknown)
                     .arg(total.users)
                     .arg(unknownMfaStateReason())
              << Qt::endl;
        return ExitMfaStateUnknown;
    }
    return ExitOk;
}

int recoveryCodesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Replace your recovery codes. Asks for a new code from your authenticator app "
                                        "(the next line of standard input after the sign-in's)."));
    const SignInOptions o;
    o.addTo(parser);
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    Session session;
    StepUpSource stepUp;
    if (const int signedIn = signIn(parser, o, session, &stepUp); signedIn != ExitOk)
        return signedIn;
    // The sign-in's code is spent: the portal wants a new one.
    auto code = promptLine(Cli::tr("A new code from your authenticator app, to confirm: "));
    if (!code) {
        signOut(session);
        return ExitInputEnded;
    }
    StepUp proof{stepUp.password, QString::fromLatin1(mfa::normalizeTypedKey(*code))};
    auto codes = blockingCall<QStringList>(
        [&](auto cb) { session.client()->replaceRecoveryCodes(proof, cb); });
    secureWipe(proof.password);
    signOut(session);
    if (!codes)
        return fail(codes.error());
    showRecoveryCodes(codes.value());
    return ExitOk;
}

int auditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show the MFA audit log of a domain."));
    const SignInOptions o;
    o.addTo(parser);
    const QCommandLineOption domain(u"domain"_s, Cli::tr("The domain."), u"D"_s);
    const QCommandLineOption since(u"since"_s, Cli::tr("Only events from this date or time (ISO 8601)."), u"DATE"_s);
    parser.addOptions({domain, since});
    int status = ExitOk;
    if (!parseCommand(parser, arguments, &status))
        return status;
    if (!parser.isSet(domain))
        return usage(Cli::tr("audit needs --domain D."));
    AuditQuery query;
    query.domain = parser.value(domain);
    if (parser.isSet(since)) {
        query.from = QDateTime::fromString(parser.value(since), Qt::ISODate);
        if (!query.from.isValid())
            query.from = QDateTime(QDate::fromString(parser.value(since), Qt::ISODate), QTime(0, 0));
        if (!query.from.isValid())
            return usage(Cli::tr("--since takes a date such as 2026-11-01 or 2026-11-01T08:00:00Z."));
    }
    Session session;
    if (const int signedIn = signIn(parser, o, session); signedIn != ExitOk)
        return signedIn;
    const auto events = blockingCall<QList<AuditEvent>>(
        [&](PortalClient::Callback<QList<AuditEvent>> cb) { session.client()->auditLog(query, cb); });
    signOut(session);
    if (!events)
        return fail(events.error());
    for (const AuditEvent &e : events.value())
        out() << e.timestamp.toString(Qt::ISODate) << '\t' << e.action << '\t' << e.byUser << '@' << e.byDomain << '\t'
              << e.targetUser << '@' << e.targetDomain << '\n';
    out().flush();
    return ExitOk;
}

} // namespace

int exitCodeFor(const PortalError &error)
{
    switch (error.kind) {
    case ErrorKind::BadCredentials: return ExitBadCredentials;
    case ErrorKind::WrongPasscode:
    case ErrorKind::CodeNotAccepted: return ExitWrongPasscode;
    case ErrorKind::WrongPassword: return ExitWrongPassword;
    case ErrorKind::RateLimited:
    case ErrorKind::AccountLocked: return ExitRateLimited;
    case ErrorKind::Tls:
    case ErrorKind::InsecureRedirect: return ExitTls;
    case ErrorKind::Network:
    case ErrorKind::Proxy:
    case ErrorKind::Timeout: return ExitNetwork;
    case ErrorKind::InvalidInput: return ExitUsage;
    default: return ExitFailure;
    }
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"login")
        return login(arguments.mid(1));
    if (command == u"users" && arguments.value(2) == u"list")
        return usersList(arguments.mid(2));
    if (command == u"users" && arguments.value(2) == u"show")
        return usersShow(arguments.mid(2));
    if (command == u"mfa" && arguments.value(2) == u"deadline")
        return mfaDeadlineCommand(arguments.mid(2));
    if (command == u"mfa" && arguments.value(2) == u"summary")
        return mfaSummaryCommand(arguments.mid(2));
    if (command == u"mfa")
        return mfaCommand(arguments.mid(1));
    if (command == u"audit")
        return auditCommand(arguments.mid(1));
    if (command == u"recovery-codes")
        return recoveryCodesCommand(arguments.mid(1));
    if (command == u"--version" || command == u"-v") {
        out() << "pbx-admin-cli " << PBX_VERSION << Qt::endl;
        return ExitOk;
    }
    const QString help = Cli::tr("Usage: pbx-admin-cli COMMAND SIGN-IN-OPTIONS...\n"
                            "Commands:\n"
                            "  login\n"
                            "  users list --domain D [--mfa pending|enrolled|not-required|unknown] [--csv]\n"
                            "  users show --domain D USER\n"
                            "  mfa require|unrequire|reset|unlock|remind --domain D USER...\n"
                            "  mfa temporary-access --domain D [--lifetime MINUTES] [--reason TEXT] USER...\n"
                            "  mfa deadline --domain D DATE|none\n"
                            "  mfa summary [--domain D] [--csv]\n"
                            "  recovery-codes\n"
                            "  audit --domain D [--since DATE]\n"
                            "Sign-in options: --server URL --user U --client-id ID\n"
                            "  [--client-secret-file FILE | --client-secret S] (or PBX_CLIENT_SECRET)\n"
                            "  [--ca FILE | --pin SHA256] [--proxy PROXY] [--password-stdin] [--passcode CODE]\n"
                            "  [--recovery-code | --temporary-access]\n"
                            "Without --passcode, the code is read from the next line of standard input.\n"
                            "Run 'pbx-admin-cli COMMAND --help' for details.");
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        out() << help << Qt::endl;
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << "pbx-admin-cli: " << Cli::tr("unknown command '%1'").arg(command) << "\n" << help << Qt::endl;
    return ExitUsage;
}

} // namespace pbx::cli
