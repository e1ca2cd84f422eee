// pbx-admin: the desktop app.
#include "app_controller.h"
#include "common/core_dumps.h"
#include "common/first_paint.h"
#include "common/log_file.h"
#include "common/translations.h"
#include "demo/demo_portal.h"
#include "windows/sign_in_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

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
    pbx::installTranslations(parser.value(lang));

    QSettings settings;
    const bool demoMode = parser.isSet(demo) || parser.isSet(demoReset);
    pbx::ui::AppController controller(settings, demoMode);
    // The demo portal is pbx-portal-sim in a process of its own: its slow
    // password hashing never holds up this one's window. It starts just
    // after the first frame, so that on a small machine it does not compete
    // with it for the processor. Declared after the controller, so it ends
    // first (and the portal with it).
    std::unique_ptr<pbx::DemoPortalProcess> demoPortal;
    QString demoDir;
    if (demoMode) {
        demoDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-portal"_s);
        if (parser.isSet(demoReset))
            QDir(demoDir).removeRecursively();
        demoPortal = std::make_unique<pbx::DemoPortalProcess>();
        QObject::connect(demoPortal.get(), &pbx::DemoPortalProcess::ready, &controller,
                         &pbx::ui::AppController::setDemoPortal);
        QObject::connect(demoPortal.get(), &pbx::DemoPortalProcess::failed, &controller,
                         &pbx::ui::AppController::demoPortalFailed);
    }

    // Decoding the icon's six sizes would cost about a third of start-up; the
    // window manager can take it a frame later.
    bool measuring = false;
    pbx::FirstPaintHook::install(controller.signInWindow(), [&demoPortal, demoDir, &measuring] {
        QIcon icon;
        for (int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(u":/icons/pbx-admin-%1.png"_s.arg(size));
        QApplication::setWindowIcon(icon);
        if (demoPortal)
            demoPortal->start(demoDir);
        if (measuring)
            QApplication::quit(); // measured; what follows the first frame was started too
    });
    // Installed last, so it runs first: before the icon and the demo portal.
    measuring = pbx::FirstPaintHook::measureIfAsked(controller.signInWindow(), false);
    controller.start();
    return app.exec();
}
