// pbx-admin as a user starts it: the built executable paints its sign-in
// window and, in the default build, loads its session module afterwards
// (app/main/session_module.h); with --demo it first loads the demo portal's
// module too. PBX_MEASURE_STARTUP makes it report the first frame and quit
// once the session is loaded; a module that fails to load ends it with 1
// (a user sees why in the sign-in window).
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstAppStart : public QObject
{
    Q_OBJECT

private slots:
    void paintsAndLoadsItsSession_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withoutModules");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("sign-in") << QStringList() << false << 0;
        QTest::newRow("demo") << QStringList{u"--demo"_s} << false << 0;
#ifdef PBX_SESSION_MODULE
        QTest::newRow("session module missing") << QStringList() << true << 1;
#endif
    }
    void paintsAndLoadsItsSession()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withoutModules);
        QFETCH(int, exitCode);
        QString app = qEnvironmentVariable("PBX_APP");
        QVERIFY2(!app.isEmpty(), "PBX_APP is not set");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        if (withoutModules) { // the executable alone, where no module is
            const QString alone = home.filePath(u"pbx-admin"_s);
            QVERIFY(QFile::copy(app, alone));
            app = alone;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
            env.insert(QString::fromLatin1(name), home.path());
        env.insert(u"PBX_MEASURE_STARTUP"_s, u"1"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(app, arguments);
        QVERIFY2(process.waitForFinished(60000), "pbx-admin did not quit after its first frame");
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, err.constData());
        QVERIFY2(process.exitCode() == exitCode, err.constData());
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(QRegularExpression(u"^first-paint-ns \\d+ peak-rss-kib \\d+\\n$"_s).match(out).hasMatch(),
                 qPrintable(out));
        if (withoutModules)
            QVERIFY2(err.contains("module pbx-admin-session not loaded"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TstAppStart)
#include "tst_app_start.moc"
