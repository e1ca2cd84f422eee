// pbx-admin as a user starts it: the built executable paints its sign-in
// window. PBX_MEASURE_STARTUP makes it report the first frame and quit. With
// --demo it also starts pbx-portal-sim as a child process, which must end
// with the app, however early the app quits.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The processes whose command line mentions `text` (Linux: /proc).
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        QFile cmdline(dir + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && QString::fromLocal8Bit(cmdline.readAll()).contains(text))
            found << dir;
    }
    return found;
}
} // namespace

class TstAppStart : public QObject
{
    Q_OBJECT

private slots:
    void paintsItsFirstFrame_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("sign-in") << QStringList();
        QTest::newRow("demo") << QStringList{u"--demo"_s};
        QTest::newRow("demo afresh") << QStringList{u"--demo-reset"_s};
    }
    void paintsItsFirstFrame()
    {
        QFETCH(QStringList, arguments);
        const QString app = qEnvironmentVariable("PBX_APP");
        QVERIFY2(!app.isEmpty(), "PBX_APP is not set");
        QTemporaryDir home;
        QVERIFY(home.isValid());
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
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(QRegularExpression(u"^first-paint-ns \\d+ peak-rss-kib \\d+\\n$"_s).match(out).hasMatch(),
                 qPrintable(out));
#ifdef Q_OS_LINUX
        // The demo portal (started with the data directory under this
        // home) ended with the app: pbx-admin waits for it as it quits.
        const QStringList left = processesMentioning(home.path());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
#endif
        // It did start: its data directory is there.
        const QString demoData = home.filePath(u"pbx-admin/pbx-admin/demo-portal"_s);
        QCOMPARE(QDir(demoData).exists(), !arguments.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAppStart)
#include "tst_app_start.moc"
