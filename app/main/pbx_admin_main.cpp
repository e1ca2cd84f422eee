// pbx-admin: the desktop app.
#include "app_controller.h"
#include "sim/demo_seed.h"
#include "sim/simulator.h"

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
    if (ours->load(locale, u"pbx-admin"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"pbx-admin"_s);
    QApplication::setOrganizationName(u"pbx-admin"_s);
    QApplication::setApplicationDisplayName(u"PBX Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(PBX_VERSION));
    QApplication::setDesktopFileName(u"pbx-admin"_s);
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/pbx-admin-%1.png"_s.arg(size));
    QApplication::setWindowIcon(icon);

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

    std::unique_ptr<pbx::sim::Simulator> simulator;
    std::optional<pbx::ui::DemoPortal> demoPortal;
    if (parser.isSet(demo) || parser.isSet(demoReset)) {
        const QString dir =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-portal"_s);
        if (parser.isSet(demoReset))
            QDir(dir).removeRecursively();
        pbx::sim::Simulator::Options options;
        options.dataDir = dir;
        simulator = std::make_unique<pbx::sim::Simulator>(options);
        QString error;
        if (!simulator->start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "PBX Admin"),
                                  QApplication::translate("main", "The demo portal could not start: %1").arg(error));
            return 1;
        }
        demoPortal = pbx::ui::DemoPortal{simulator->url(),
                                         simulator->certificateSha256(),
                                         u"manager@acme.demo"_s,
                                         QString::fromLatin1(pbx::sim::DemoSeed::Password),
                                         QString::fromLatin1(pbx::sim::DemoSeed::ClientId),
                                         QString::fromLatin1(pbx::sim::DemoSeed::ClientSecret)};
    }

    QSettings settings;
    pbx::ui::AppController controller(settings, demoPortal);
    controller.start();
    return app.exec();
}
