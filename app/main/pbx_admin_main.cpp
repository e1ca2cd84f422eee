// pbx-admin: the desktop app.
#include "common/core_dumps.h"
#include "common/first_paint.h"
#include "common/log_file.h"
#include "demo_portal_module.h"
#include "session_module.h"
#include "sign_in_controller.h"
#include "windows/sign_in_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Our translation and Qt's own, for `--lang` or the system locale.
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // A language we do not ship (or the C locale) gets English, whose
    // catalogue holds the plural forms ("1 second", "2 seconds").
    if (ours->load(locale, u"pbx-admin"_s, u"_"_s, u":/i18n"_s) || ours->load(u":/i18n/pbx-admin_en"_s))
        QApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything could hold a password: no core dump will show one.
    pbx::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"pbx-admin"_s);
    QApplication::setOrganizationName(u"pbx-admin"_s);
    QApplication::setApplicationDisplayName(u"PBX Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(PBX_VERSION));
    QApplication::setDesktopFileName(u"org.pbxadmin.PbxAdmin"_s);

    // A rotating log in the app's data directory, for support (never a
    // secret; see log_file.h).
    pbx::LogFile::install(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"logs"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Desktop client for hosted PBX portals."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Run against the embedded demo portal."_s);
    const QCommandLineOption demoReset(u"demo-reset"_s, u"Run against the demo portal, started afresh."_s);
    const QCommandLineOption lang(u"lang"_s, u"Language, e.g. fr_CA (default: the system's)."_s, u"LANG"_s);
    parser.addOptions({demo, demoReset, lang});
    parser.process(app);
    installTranslations(app, parser.value(lang));

    std::unique_ptr<QObject> simulator;
    std::optional<pbx::ui::DemoPortal> demoPortal;
    if (parser.isSet(demo) || parser.isSet(demoReset)) {
        const QString dir =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-portal"_s);
        if (parser.isSet(demoReset))
            QDir(dir).removeRecursively();
        pbx::demo::PortalInfo info;
        QString error;
        simulator.reset(pbx::demo::startPortal(dir, &info, &error));
        if (!simulator) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "PBX Admin"),
                                  QApplication::translate("main", "The demo portal could not start: %1").arg(error));
            return 1;
        }
        demoPortal = pbx::ui::DemoPortal{info.url,      info.certificateSha256, info.username,
                                         info.password, info.clientId,           info.clientSecret};
    }

    QSettings settings;
    pbx::ui::SignInController signIn(settings, demoPortal);
    // The rest of the app (AppController), from the session module: loaded
    // once the window is on screen, or sooner by a request that cannot wait
    // (SignInController::loadSession() calls this until it succeeds).
    // Declared after signIn, so it goes first.
    std::unique_ptr<QObject> session;
    signIn.setSessionLoader([&signIn, &settings, &session] {
        QString error;
        session.reset(pbx::session::create(signIn, settings, &error));
        if (session)
            return true;
        // Nothing can be signed in to; the window says why and stays open
        // to be read. Signing in tries again.
        signIn.window()->showError(
            QApplication::translate("main", "PBX Admin is not completely installed: %1").arg(error));
        return false;
    });
    bool measuring = false;
    // Decoding the icon's six sizes would cost about a third of start-up; the
    // window manager can take it a frame later.
    pbx::FirstPaintHook::install(signIn.window(), [&signIn, &measuring] {
        QIcon icon;
        for (int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(u":/icons/pbx-admin-%1.png"_s.arg(size));
        QApplication::setWindowIcon(icon);
        const bool loaded = signIn.loadSession();
        if (measuring)
            QApplication::exit(loaded ? 0 : 1); // measured; the module loaded or not
    });
    // Installed last, so it runs first: before the icon and the module.
    measuring = pbx::FirstPaintHook::measureIfAsked(signIn.window(), false);
    signIn.start();
    return app.exec();
}
