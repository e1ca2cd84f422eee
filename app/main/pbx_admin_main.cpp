// pbx-admin: the desktop app.
#include "placeholder_window.h"
#include "portal/certificate_info.h"
#include "sim/simulator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"pbx-admin"_s);
    QApplication::setOrganizationName(u"PBX Admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(PBX_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Run against the embedded demo portal."));
    const QCommandLineOption demoReset(u"demo-reset"_s, QApplication::translate("main", "Start the demo portal afresh."));
    parser.addOptions({demo, demoReset});
    parser.process(app);

    pbx::ui::PlaceholderWindow window;
    std::unique_ptr<pbx::sim::Simulator> simulator;
    if (parser.isSet(demo) || parser.isSet(demoReset)) {
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-portal"_s);
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
        window.setDemoPortal(simulator->url().toString(), pbx::formatFingerprint(simulator->certificateSha256()));
    }
    window.show();
    return app.exec();
}
