#include "cli_app.h"

#include "common/logging.h"
#include "common/secure_wipe.h"
#include "mfa/base32.h"
#include "mfa/qr_matrix.h"
#include "portal/session.h"
#include "terminal.h"
#include "terminal_qr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pbx::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pbx::cli", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
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

// Runs the event loop until the session stops being busy.
void waitWhileBusy(Session &session)
{
    if (!session.busy())
        return;
    QEventLoop loop;
    QObject::connect(&session, &Session::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
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
    out() << tr("Multi-factor authentication must be set up for this account.") << "\n"
          << tr("Scan this code with your authenticator app:") << "\n\n";
    if (matrix)
        out() << renderHalfBlocks(matrix.value(), stdoutIsTerminal());
    const mfa::OtpauthUri &key = enrollment.key;
    out() << "\n" << tr("Or enter this key by hand:") << " " << mfa::groupForDisplay(key.secretBase32()) << "\n"
          << tr("Issuer:") << " " << key.issuer << "\n"
          << tr("Account:") << " " << key.account << "\n";
    if (!key.parameters.isDefault())
        out() << tr("Algorithm:") << " " << mfa::algorithmName(key.parameters.algorithm) << ", "
              << tr("digits:") << " " << key.parameters.digits << ", " << tr("period:") << " "
              << key.parameters.period << "s\n";
    out().flush();
}

int login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign in to a PBX portal, completing MFA enrollment or challenge."));
    parser.addHelpOption();
    const QCommandLineOption server(u"server"_s, tr("Portal URL (https://...)."), u"URL"_s);
    const QCommandLineOption user(u"user"_s, tr("Username."), u"U"_s);
    const QCommandLineOption clientId(u"client-id"_s, tr("API client ID."), u"ID"_s);
    const QCommandLineOption clientSecret(u"client-secret"_s, tr("API client secret."), u"S"_s);
    const QCommandLineOption ca(u"ca"_s, tr("Also trust the CA certificates in FILE (PEM)."), u"FILE"_s);
    const QCommandLineOption pin(u"pin"_s, tr("Trust exactly the certificate with this SHA-256 fingerprint."), u"SHA256"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s, tr("Read the password from the first line of standard input."));
    const QCommandLineOption passcode(u"passcode"_s, tr("The code from the authenticator app."), u"CODE"_s);
    parser.addOptions({server, user, clientId, clientSecret, ca, pin, passwordStdin, passcode});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(ca) && parser.isSet(pin))
        return usage(tr("--ca and --pin cannot be used together."));

    TlsTrust trust;
    if (parser.isSet(ca)) {
        auto loaded = TlsTrust::withCaFile(parser.value(ca));
        if (!loaded)
            return usage(loaded.error().message());
        trust = loaded.value();
    } else if (parser.isSet(pin)) {
        const QByteArray digest = parseFingerprint(parser.value(pin));
        if (digest.isEmpty())
            return usage(tr("--pin takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed."));
        trust = TlsTrust::withPin(digest);
    }

    // The password comes first on stdin with --password-stdin, before any
    // other answer a script pipes in.
    std::optional<QString> password;
    if (parser.isSet(passwordStdin)) {
        password = promptLine({}, false);
        if (!password)
            return usage(tr("--password-stdin: standard input is empty."));
    }
    const auto serverText = valueOrPrompt(parser, server, tr("Portal URL: "));
    if (!serverText)
        return ExitInputEnded;
    const auto url = PortalClient::portalUrl(*serverText);
    if (!url)
        return usage(url.error().message());
    const auto username = valueOrPrompt(parser, user, tr("Username: "));
    const auto id = username ? valueOrPrompt(parser, clientId, tr("Client ID: ")) : std::nullopt;
    auto secret = id ? valueOrPrompt(parser, clientSecret, tr("Client secret: "), true) : std::nullopt;
    if (!password && secret)
        password = promptLine(tr("Password: "), true);
    if (!username || !id || !secret || !password)
        return ExitInputEnded;
    WipeOnExit wipePassword(*password);
    WipeOnExit wipeSecret(*secret);

    Session session;
    std::optional<PortalError> failure;
    std::optional<Enrollment> enrollment;
    QObject::connect(&session, &Session::signInFailed, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::enrollmentFailed, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::activationFailed, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::challengeFailed, [&](const PortalError &e) { failure = e; });
    QObject::connect(&session, &Session::enrollmentReady, [&](const Enrollment &e) { enrollment = e; });

    session.signIn(url.value(), trust, {*id, *secret}, *username, *password);
    waitWhileBusy(session);
    if (failure)
        return fail(*failure);

    const auto askPasscode = [&]() -> std::optional<QString> {
        auto code = valueOrPrompt(parser, passcode, tr("Code from your authenticator app: "));
        if (code)
            code = QString::fromLatin1(mfa::normalizeTypedKey(*code)); // drop spaces and dashes
        return code;
    };

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
        std::optional<QString> confirm = parser.isSet(passwordStdin) ? password : promptLine(tr("Password: "), true);
        if (!confirm)
            return ExitInputEnded;
        WipeOnExit wipeConfirm(*confirm);
        session.activate(*code, *confirm);
        waitWhileBusy(session);
    } else if (session.state() == Session::State::ChallengeRequired) {
        out() << tr("This account uses multi-factor authentication.") << Qt::endl;
        const auto code = askPasscode();
        if (!code)
            return ExitInputEnded;
        session.answerChallenge(*code);
        waitWhileBusy(session);
    }
    if (failure)
        return fail(*failure);
    if (session.state() != Session::State::SignedIn)
        return fail(PortalError::make(ErrorKind::Protocol));

    const JwtClaims &c = session.claims();
    out() << tr("Signed in as %1 (%2), scope %3, domain %4.").arg(c.displayName, c.sub, c.userScope, c.domain)
          << Qt::endl;

    // A login from a script leaves no session behind at the portal.
    bool revoked = false;
    session.client()->revoke(session.accessToken(), [&](Result<Done, PortalError>) { revoked = true; });
    QEventLoop loop;
    while (!revoked)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return ExitOk;
}

} // namespace

int exitCodeFor(const PortalError &error)
{
    switch (error.kind) {
    case ErrorKind::BadCredentials: return ExitBadCredentials;
    case ErrorKind::WrongPasscode: return ExitWrongPasscode;
    case ErrorKind::WrongPassword: return ExitWrongPassword;
    case ErrorKind::RateLimited: return ExitRateLimited;
    case ErrorKind::Tls:
    case ErrorKind::InsecureRedirect: return ExitTls;
    case ErrorKind::Network:
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
    if (command == u"--version" || command == u"-v") {
        out() << "pbx-admin-cli " << PBX_VERSION << Qt::endl;
        return ExitOk;
    }
    const QString help = tr("Usage: pbx-admin-cli login --server URL --user U --client-id ID --client-secret S\n"
                            "                           [--ca FILE | --pin SHA256] [--password-stdin] [--passcode CODE]\n"
                            "Run 'pbx-admin-cli login --help' for details.");
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        out() << help << Qt::endl;
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << "pbx-admin-cli: " << tr("unknown command '%1'").arg(command) << "\n" << help << Qt::endl;
    return ExitUsage;
}

} // namespace pbx::cli
